import fc from 'fast-check';

/**
 * Arbitraries for hostile input: anything at all, and valid values with one
 * part broken (a key removed, a value replaced, an extra key such as
 * __proto__ or constructor added, a huge string).
 */

export const HUGE_STRING = 'A'.repeat(1_000_000);
export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf'] as const;

/** Values that break schemas in interesting ways. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything(),
  fc.constantFrom<unknown>(
    null,
    undefined,
    '',
    ' ',
    HUGE_STRING,
    '__proto__',
    NaN,
    Infinity,
    -0,
    -1,
    0,
    1e308,
    2 ** 53,
    true,
    [],
    {},
    [[[[[]]]]],
    '\u202Eevil\u202C',
    '<script>alert(1)</script>',
    'javascript:alert(1)',
    'CLIN-1',
    'CLIN',
    { __proto__: { polluted: 'yes' } },
    JSON.parse('{"__proto__": {"polluted": "yes"}}') as unknown,
    JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}') as unknown,
  ),
);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path into a JSON-like value (objects and arrays), the root included. */
export const pathsOf = (value: unknown, prefix: (string | number)[] = []): (string | number)[][] => {
  const paths: (string | number)[][] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => paths.push(...pathsOf(v, [...prefix, i])));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) paths.push(...pathsOf(v, [...prefix, k]));
  return paths;
};

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const setOwn = (target: Record<string | number, unknown>, key: string | number, value: unknown): void => {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
};

const at = (root: unknown, path: readonly (string | number)[]): unknown =>
  path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root);

export type Mutation =
  | { readonly op: 'replace'; readonly path: number; readonly value: unknown }
  | { readonly op: 'delete'; readonly path: number }
  | { readonly op: 'add'; readonly path: number; readonly key: string; readonly value: unknown };

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('replace' as const), path: fc.nat(), value: hostileValue }),
  fc.record({ op: fc.constant('delete' as const), path: fc.nat() }),
  fc.record({
    op: fc.constant('add' as const),
    path: fc.nat(),
    key: fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.string({ maxLength: 12 })),
    value: hostileValue,
  }),
);

/** Applies 1..n mutations to a copy of `valid`; replacing the root replaces the whole value. */
export const mutate = (valid: Json, mutations: readonly Mutation[]): unknown => {
  let value: unknown = clone(valid);
  for (const m of mutations) {
    const paths = pathsOf(value);
    const path = paths[m.path % paths.length] ?? [];
    if (path.length === 0) {
      if (m.op === 'replace') value = m.value;
      else if (m.op === 'add' && value !== null && typeof value === 'object') setOwn(value as Record<string, unknown>, m.key, m.value);
      continue;
    }
    const parent = at(value, path.slice(0, -1)) as Record<string | number, unknown>;
    const key = path[path.length - 1] as string | number;
    if (m.op === 'replace') setOwn(parent, key, m.value);
    else if (m.op === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    } else {
      const node = parent[key];
      if (node !== null && typeof node === 'object') setOwn(node as Record<string, unknown>, m.key, m.value);
      else setOwn(parent, m.key, m.value);
    }
  }
  return value;
};

export const mutatedArb = (valid: Json): fc.Arbitrary<unknown> =>
  fc.array(mutationArb, { minLength: 1, maxLength: 3 }).map((mutations) => mutate(valid, mutations));

/** Whether Object.prototype picked up anything (prototype pollution). */
export const prototypePolluted = (): boolean => {
  const probe: Record<string, unknown> = {};
  return 'polluted' in probe || Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted');
};
