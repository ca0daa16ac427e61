import type { JiraRequest } from '../transport';

/**
 * The identity of a request for snapshot matching: method, path, query
 * (parameter order does not matter) and body (deep-equal: object key order
 * does not matter, array order does).
 */

type QueryLike = Readonly<Record<string, string | number | boolean | readonly string[] | undefined>>;

/** The query as sorted name=value pairs; numbers and booleans become strings, undefined values are dropped. */
export const normalisedQuery = (query: QueryLike | undefined): [string, string][] => {
  const pairs: [string, string][] = [];
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value as readonly unknown[]) pairs.push([name, String(v)]);
    else pairs.push([name, String(value)]);
  }
  return pairs.sort(([a, av], [b, bv]) => (a === b ? compare(av, bv) : compare(a, b)));
};

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** JSON with object keys sorted, so deep-equal values give equal text. */
export const canonicalJson = (value: unknown): string => {
  if (value === undefined) return '';
  return JSON.stringify(sortKeys(value));
};

const sortKeys = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[k];
      if (v !== undefined) out[k] = sortKeys(v);
    }
    return out;
  }
  return value;
};

export const exchangeKey = (request: Pick<JiraRequest, 'method' | 'path' | 'query' | 'body'>): string =>
  JSON.stringify([request.method, request.path, normalisedQuery(request.query), canonicalJson(request.body)]);

/** "GET /rest/api/3/search/jql?jql=…" for messages. */
export const describeRequest = (request: Pick<JiraRequest, 'method' | 'path' | 'query'>): string => {
  const params = new URLSearchParams(normalisedQuery(request.query));
  const qs = params.toString();
  return `${request.method} ${request.path}${qs === '' ? '' : `?${qs}`}`;
};
