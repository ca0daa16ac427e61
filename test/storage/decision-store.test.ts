import { createJiraClient } from '../../src/jira/create-client';
import { createEvidenceSigner } from '../../src/jira/evidence-mac';
import { createSampleSite, type SampleSite } from '../../src/jira/sample-site';
import type { JiraTransport } from '../../src/jira/transport';
import { DECISIONS_PROPERTY_KEY, StoredDecisionsSchema, type DecisionRecord } from '../../src/shared/decision';
import { isAppError } from '../../src/shared/result';
import { appendDecision, type DecisionStoreDeps } from '../../src/storage/decision-store';
import { createMemoryKeyValueStore, type KeyValueStore } from '../../src/storage/key-value-store';

const TODAY = '2026-11-26';
const ISSUE = 'CLIN-11';
const signer = createEvidenceSigner(new Uint8Array(32).fill(7));
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A seeded generator, so a failure replays. */
let seed = 42;
const nextRandom = (): number => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};

/** Every Jira exchange waits 1 to 4 turns of the event loop, so concurrent appends interleave between their read, their write and their re-read. */
const slow = (t: JiraTransport): JiraTransport => async (request) => {
  for (let i = Math.floor(nextRandom() * 4); i >= 0; i -= 1) await tick();
  return t(request);
};

let ids = 0;
const deps = (site: SampleSite, kvs: KeyValueStore, lock: Partial<DecisionStoreDeps['lock']> = {}): DecisionStoreDeps => ({
  client: createJiraClient(slow(site.transport('priya'))),
  kvs,
  signer,
  lock: { sleep: tick, newId: () => `lock-${(ids += 1)}`, maxAttempts: 100_000, ...lock },
});

const record = (version: number, rationale = 'Keeps the ward pilot on track this PI.'): DecisionRecord => ({
  id: `d-${(ids += 1)}`,
  version,
  pi: 'PI 26.4',
  kind: 'drop',
  rationale,
  verdictAtDecision: 'gravity',
  decidedBy: { accountId: 'acc-priya', displayName: 'Priya Nair' },
  decidedAt: '2026-11-26T10:00:00.000Z',
});

const stored = async (site: SampleSite) =>
  StoredDecisionsSchema.parse(await createJiraClient(site.transport('alex')).getIssueProperty(ISSUE, DECISIONS_PROPERTY_KEY));

const thrown = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
  throw new Error('expected an AppError');
};

describe('decision store (issue property factory-gravity.decisions)', () => {
  it('appends versions 1, 2, 3 and never changes an earlier record or its mac', async () => {
    const site = createSampleSite({ today: TODAY });
    const kvs = createMemoryKeyValueStore();
    await appendDecision(deps(site, kvs), ISSUE, (v) => record(v));
    const first = (await stored(site)).records[0];
    await appendDecision(deps(site, kvs), ISSUE, (v) => record(v));
    await appendDecision(deps(site, kvs), ISSUE, (v) => record(v));
    const after = await stored(site);
    expect(after.records.map((r) => r.version)).toEqual([1, 2, 3]);
    expect(after.revision).toBe(3);
    expect(after.records[0]).toEqual(first);
    for (const r of after.records) {
      const { mac, ...plain } = r;
      expect(signer.check(ISSUE, plain, mac, 'decision')).toBe('signed');
    }
    expect(kvs.keys()).toEqual([]);
  });

  it('refuses a value over 32,768 characters with PROPERTY_FULL and writes nothing', async () => {
    const site = createSampleSite({ today: TODAY });
    const kvs = createMemoryKeyValueStore();
    const long = 'A reason that is long enough. '.repeat(33).slice(0, 1000);
    let error;
    for (let i = 0; i < 60 && error === undefined; i += 1) {
      const before = site.dump();
      try {
        await appendDecision(deps(site, kvs), ISSUE, (v) => record(v, long));
      } catch (e) {
        error = e;
        expect(site.dump()).toBe(before);
      }
    }
    expect(isAppError(error) && error.code).toBe('PROPERTY_FULL');
    expect(isAppError(error) && error.message).toMatch(/Nothing was recorded/);
  });

  it('refuses to write over a stored value it cannot read', async () => {
    const site = createSampleSite({ today: TODAY });
    await createJiraClient(site.transport('alex')).setIssueProperty(ISSUE, DECISIONS_PROPERTY_KEY, { schemaVersion: 9 });
    const before = site.dump();
    expect((await thrown(appendDecision(deps(site, createMemoryKeyValueStore()), ISSUE, (v) => record(v)))).code).toBe('JIRA_BAD_RESPONSE');
    expect(site.dump()).toBe(before);
  });

  it('loses nothing when 100 decisions are appended to one item at once', async () => {
    const site = createSampleSite({ today: TODAY });
    const kvs = createMemoryKeyValueStore();
    const outcomes = await Promise.allSettled(Array.from({ length: 100 }, () => appendDecision(deps(site, kvs), ISSUE, (v) => record(v, `Decision made concurrently, number ${v}.`))));
    const ok = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
    const failed = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as unknown] : []));
    for (const f of failed) expect(isAppError(f) && f.code).toBe('CONFLICT');
    const after = await stored(site);
    expect(ok).toHaveLength(100);
    expect(after.records).toHaveLength(ok.length);
    expect(new Set(after.records.map((r) => r.version)).size).toBe(ok.length);
    expect(after.records.map((r) => r.id).sort()).toEqual(ok.map((r) => r.id).sort());
    expect(after.revision).toBe(ok.length);
  });

  it('answers CONFLICT when the evidence lock of the item stays taken: one lock per issue', async () => {
    const site = createSampleSite({ today: TODAY });
    const kvs = createMemoryKeyValueStore();
    await kvs.setIfAbsent(`lock:evidence:${ISSUE}`, 'someone-else', 30);
    const before = site.dump();
    expect((await thrown(appendDecision(deps(site, kvs, { maxAttempts: 3 }), ISSUE, (v) => record(v)))).code).toBe('CONFLICT');
    expect(site.dump()).toBe(before);
  });
});
