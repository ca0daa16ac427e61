import fc from 'fast-check';
import { PayloadSchemas, type ResolverKey } from '../../src/shared/payloads';
import type { Envelope, ErrorCode } from '../../src/shared/result';
import type { SampleUserId } from '../../src/jira/sample-site/users';
import { mutatedArb, prototypePolluted } from './fuzz-arbitraries';
import { printFigures, RESOLVER_KEYS, resolverHarness, validEvidence, type ResolverHarness } from './support';

/**
 * Every resolver key, thrown ≥1,000 arbitrary payloads: anything at all,
 * valid payloads with a part broken, huge strings, wrong types and
 * prototype-pollution keys. Each call answers with an envelope (never an
 * exception, never an unhandled rejection); an invalid payload answers
 * BAD_PAYLOAD with a message and field issues, and writes nothing.
 */

const ERROR_CODES: readonly ErrorCode[] = [
  'BAD_PAYLOAD',
  'NOT_FOUND',
  'FORBIDDEN',
  'CONFLICT',
  'PROPERTY_FULL',
  'INVALID_SETTINGS',
  'JIRA_BAD_REQUEST',
  'JIRA_UNAUTHORIZED',
  'JIRA_FORBIDDEN',
  'JIRA_UNAVAILABLE',
  'JIRA_BAD_RESPONSE',
  'DEADLINE',
  'PARTIAL',
];

const { url: _url, ...evidenceWithoutUrl } = validEvidence();

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const VALID: Record<ResolverKey, Json> = {
  getPanel: { issueKey: 'CLIN-1' },
  addEvidence: { issueKey: 'CLIN-7', evidence: validEvidence() },
  editEvidence: { issueKey: 'CLIN-1', id: 'ev-clin-1-1', evidence: validEvidence() },
  removeEvidence: { issueKey: 'CLIN-1', id: 'ev-clin-1-2' },
  restoreEvidence: { issueKey: 'CLIN-1', id: 'ev-clin-1-2' },
  confirmEvidence: { issueKey: 'PAT-3', id: 'ev-clin-1-1' },
  confirmSuggestion: { issueKey: 'CLIN-3', linkId: '30001', evidence: evidenceWithoutUrl },
  getScopeReport: { scope: { kind: 'project', projectKey: 'CLIN' }, pi: 'next' },
  getScopeOptions: {},
  getSettings: { projectKey: 'CLIN' },
  saveSettings: { projectKey: 'CLIN', settings: {} },
  getSiteOptions: { projectKey: 'CLIN' },
  checkSettings: { projectKey: 'CLIN', settings: {} },
  getPiReview: { scope: { kind: 'project', projectKey: 'CLIN' }, pi: 'current' },
  recordDecisions: { issueKeys: ['CLIN-1'], pi: 'PI 26.4', decision: { kind: 'keep', rationale: 'The board asked for it by name.', sponsorAccountId: 'x' } },
  searchUsers: { query: 'dana' },
  commitBaseline: { projectKey: 'CLIN', pi: 'current' },
  getBaseline: { projectKey: 'CLIN', pi: 'PI 26.4', version: 1 },
  getTrend: { scope: { kind: 'project', projectKey: 'CLIN' } },
  getOutcomes: { scope: { kind: 'project', projectKey: 'CLIN' }, since: '2026-01-01' },
  getActivity: { issueKey: 'CLIN-1' },
};

const RUNS_ANYTHING = 60;
const RUNS_MUTATED = 80;
const figures = { casesFuzzed: 0, invalid: 0, validAfterMutation: 0, keys: RESOLVER_KEYS.length };
afterAll(() => printFigures('bad-payloads', figures));

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(() => process.on('unhandledRejection', onUnhandled));
afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
});

const expectEnvelope = (envelope: unknown): Envelope<unknown> => {
  expect(envelope).toEqual(expect.objectContaining({ ok: expect.any(Boolean) }));
  const e = envelope as Envelope<unknown>;
  if (!e.ok) {
    expect(ERROR_CODES).toContain(e.error.code);
    expect(typeof e.error.message).toBe('string');
    expect(e.error.message.trim().length).toBeGreaterThan(0);
  }
  return e;
};

/** What Forge hands the handler: a falsy payload becomes {}. */
const asForgeSees = (payload: unknown): unknown => payload || {};

describe.each(RESOLVER_KEYS)('%s with arbitrary payloads', (key) => {
  let h: ResolverHarness;
  beforeAll(() => {
    h = resolverHarness();
  });

  const property = (payloads: fc.Arbitrary<unknown>, numRuns: number, seed: number) =>
    fc.assert(
      fc.asyncProperty(payloads, fc.constantFrom<SampleUserId>('alex', 'priya', 'sam'), async (payload, user) => {
        figures.casesFuzzed += 1;
        const invalid = !PayloadSchemas[key].safeParse(asForgeSees(payload)).success;
        const before = h.site.dump();
        const kvsBefore = JSON.stringify(await h.kvs.get('settings:CLIN'));
        const envelope = expectEnvelope(await h.as(user)(key, payload));
        if (invalid) {
          figures.invalid += 1;
          expect(envelope.ok).toBe(false);
          if (!envelope.ok) {
            expect(envelope.error.code).toBe('BAD_PAYLOAD');
            expect(envelope.error.issues?.length ?? 0).toBeGreaterThan(0);
          }
          expect(h.site.dump()).toBe(before);
          expect(JSON.stringify(await h.kvs.get('settings:CLIN'))).toBe(kvsBefore);
        } else {
          figures.validAfterMutation += 1;
        }
        expect(prototypePolluted()).toBe(false);
      }),
      { numRuns, seed, endOnFailure: true },
    );

  it('fc.anything(): an envelope every time, BAD_PAYLOAD and nothing written when invalid', async () => {
    await property(fc.anything({ withObjectString: true, withNullPrototype: true, withBoxedValues: true, withSparseArray: true }), RUNS_ANYTHING, 42);
  });

  it('a valid payload with up to three parts broken (wrong types, missing keys, __proto__/constructor keys, huge strings)', async () => {
    await property(mutatedArb(VALID[key]), RUNS_MUTATED, 4242);
  });

  it('the valid payload itself is answered (the fuzzing starts from a real request)', async () => {
    expect(PayloadSchemas[key].safeParse(VALID[key]).success).toBe(true);
    expectEnvelope(await h.as('alex')(key, VALID[key]));
  });
});

describe('prototype pollution through JSON payloads', () => {
  it.each(RESOLVER_KEYS)('%s: a JSON payload with __proto__ and constructor.prototype keys pollutes nothing and is refused', async (key) => {
    const h = resolverHarness();
    const before = h.site.dump();
    const rest = JSON.stringify(VALID[key]).slice(1);
    const text = `{"__proto__":{"polluted":"yes","isAdmin":true},"constructor":{"prototype":{"polluted":"yes"}}${rest === '}' ? '' : ','}${rest}`;
    const payload = JSON.parse(text) as unknown;
    figures.casesFuzzed += 1;
    const envelope = expectEnvelope(await h.as('alex')(key, payload));
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) expect(envelope.error.code).toBe('BAD_PAYLOAD');
    expect(prototypePolluted()).toBe(false);
    expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
    expect(h.site.dump()).toBe(before);
  });
});

describe('deeply nested and very large payloads', () => {
  const deep = (depth: number): unknown => {
    let value: unknown = 'bottom';
    for (let i = 0; i < depth; i += 1) value = i % 2 === 0 ? [value] : { a: value };
    return value;
  };
  const wide = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i]));

  it.each(RESOLVER_KEYS)('%s: a 100,000-deep value and a 100,000-key object in every field answer BAD_PAYLOAD (no stack overflow)', async (key) => {
    const h = resolverHarness();
    const before = h.site.dump();
    const valid = VALID[key] as Record<string, unknown>;
    const fields = Object.keys(valid).length === 0 ? ['extra'] : Object.keys(valid);
    for (const field of fields) {
      for (const value of [deep(100_000), wide]) {
        figures.casesFuzzed += 1;
        const envelope = expectEnvelope(await h.as('alex')(key, { ...valid, [field]: value }));
        if (key === 'saveSettings' && field === 'settings') {
          expect(envelope).toEqual({ ok: false, error: expect.objectContaining({ code: 'INVALID_SETTINGS' }) });
        } else {
          expect(envelope).toEqual({ ok: false, error: expect.objectContaining({ code: 'BAD_PAYLOAD' }) });
        }
        // The answer names the problem; it does not echo 100,000 keys back (a megabyte for the page to show).
        if (!envelope.ok) expect(JSON.stringify(envelope).length).toBeLessThan(20_000);
      }
    }
    expect(h.site.dump()).toBe(before);
  });
});

describe('after the fuzzing', () => {
  it('no unhandled promise rejection happened', async () => {
    await new Promise((resolve) => setImmediate(resolve));
    expect(unhandled).toEqual([]);
  });
});
