import type { EvidenceRecord } from '../../src/shared/evidence';
import type { PanelData } from '../../src/shared/payloads';
import type { Envelope } from '../../src/shared/result';
import { createMemoryKeyValueStore } from '../../src/storage/key-value-store';
import { seededRandom } from '../../src/jira/retry-policy';
import { latency, overNetwork, transportOverNetwork } from './network-latency';
import { printFigures, records, resolverHarness, storedProperty, V1_EVIDENCE_KEYS, validEvidence } from './support';

/**
 * No lost evidence: concurrent adds and removes on one epic through the
 * real resolver handler keep exactly what was answered ok; evidence in the
 * older version-1 format is upgraded on the next write without losing a
 * field; a removal can be undone.
 */

const CONCURRENT = 100;
const figures = { concurrentWrites: 0, conflictsRetried: 0, lockAttemptsInFlight: 0, lockAttemptsRefused: 0 };
afterAll(() => printFigures('evidence-integrity', figures));

/** Waits really (so concurrent calls interleave) but 20 times shorter than asked. */
const quickSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.ceil(ms / 20)));

describe(`${CONCURRENT} concurrent adds and removes on one epic`, () => {
  it('leave exactly the records that were answered ok: nothing lost, nothing doubled', async () => {
    // The store and Jira behave like the remote services they stand for: every call is a seeded
    // round trip, so the lock's set-if-absent calls and the read-modify-writes really overlap.
    const net = latency(seededRandom(20261126), 3);
    const memory = createMemoryKeyValueStore();
    const remote = overNetwork(memory, net);
    let refused = 0;
    const kvs = new Proxy(remote.store, {
      get: (t, p, r) =>
        p === 'setIfAbsent'
          ? async (key: string, value: unknown, ttl: number) => {
              const won = await t.setIfAbsent(key, value, ttl);
              if (!won) refused += 1;
              return won;
            }
          : (Reflect.get(t, p, r) as unknown),
    });
    const h = resolverHarness({ sleep: quickSleep, lockAttempts: 200, kvs, wrapTransport: transportOverNetwork(net) });
    const issueKey = 'CLIN-7';
    const priya = h.as('priya');
    const alex = h.as('alex');

    // 50 records to remove later, added one after the other.
    const seeded: string[] = [];
    for (let i = 0; i < CONCURRENT / 2; i += 1) {
      const envelope = (await priya('addEvidence', {
        issueKey,
        evidence: validEvidence({ url: undefined, source: { name: `seed ${i}` }, summary: `seed ${i}` }),
      })) as Envelope<PanelData>;
      if (!envelope.ok) throw new Error(JSON.stringify(envelope.error));
      const id = envelope.data.assessment.evidence.find((e) => e.summary === `seed ${i}`)?.id;
      if (id === undefined) throw new Error(`seed ${i} not stored`);
      seeded.push(id);
    }
    const revisionBefore = (storedProperty(h.site, issueKey) as { revision: number }).revision;

    // 50 adds and 50 removes at once, from two people.
    const writes = Array.from({ length: CONCURRENT }, (_, i) =>
      i % 2 === 0
        ? { kind: 'add' as const, summary: `new ${i}`, run: () => (i % 4 === 0 ? priya : alex)('addEvidence', { issueKey, evidence: validEvidence({ url: undefined, source: { name: `new ${i}` }, summary: `new ${i}` }) }) }
        : { kind: 'remove' as const, id: seeded[(i - 1) / 2] as string, run: () => (i % 4 === 1 ? priya : alex)('removeEvidence', { issueKey, id: seeded[(i - 1) / 2] }) },
    );
    let results = await Promise.all(writes.map((w) => w.run()));
    figures.concurrentWrites += writes.length;
    for (const r of results) if (!r.ok) expect(r.error.code).toBe('CONFLICT');

    // Retry what answered CONFLICT (what a person would do), until everything landed.
    let pending = writes.filter((_, i) => !(results[i] as Envelope<unknown>).ok);
    for (let round = 0; round < 10 && pending.length > 0; round += 1) {
      figures.conflictsRetried += pending.length;
      results = await Promise.all(pending.map((w) => w.run()));
      pending = pending.filter((_, i) => !(results[i] as Envelope<unknown>).ok);
    }
    expect(pending).toEqual([]);

    const after = records(h.site, issueKey);
    const adds = writes.filter((w) => w.kind === 'add').map((w) => (w as { summary: string }).summary);
    const live = after.filter((r) => r.removedAt === undefined).map((r) => r.summary);
    const removed = after.filter((r) => r.removedAt !== undefined).map((r) => r.id);
    expect(live.sort()).toEqual([...adds].sort());
    expect(removed.sort()).toEqual([...seeded].sort());
    expect(new Set(after.map((r) => r.id)).size).toBe(after.length);
    expect(after).toHaveLength(CONCURRENT);
    // Every write bumped the revision once it held the lock (the counter is a write log, not a guess).
    expect((storedProperty(h.site, issueKey) as { revision: number }).revision).toBeGreaterThanOrEqual(revisionBefore + CONCURRENT);
    // The lock is released.
    expect(await h.kvs.get(`lock:evidence:${issueKey}`)).toBeUndefined();
    // The lock really was contended (the run is not vacuous): attempts overlapped and were refused.
    figures.lockAttemptsInFlight = remote.figures.maxInFlight.get('setIfAbsent') ?? 0;
    figures.lockAttemptsRefused = refused;
    expect(figures.lockAttemptsInFlight).toBeGreaterThanOrEqual(10);
    expect(refused).toBeGreaterThan(CONCURRENT);
  }, 60_000);
});

describe('evidence stored in the older version-1 format', () => {
  it.each(V1_EVIDENCE_KEYS)('%s: read as records, then upgraded on the next write without losing a field', async (issueKey) => {
    const h = resolverHarness();
    const v1 = storedProperty(h.site, issueKey) as { items: { type: string; link?: string; who: string; date: string; note: string }[] };
    expect(v1).toEqual({ items: expect.any(Array) });
    expect(v1.items.length).toBeGreaterThan(0);

    const panel = (await h.as('alex')('getPanel', { issueKey })) as Envelope<PanelData>;
    if (!panel.ok) throw new Error(JSON.stringify(panel.error));
    // Version 1 predates signing: every record is read and shown, as unsigned, and none counts yet.
    expect(panel.data.untrusted).toHaveLength(v1.items.length);
    expect(panel.data.untrusted.every((u) => u.trust === 'unsigned')).toBe(true);
    expect(panel.data.assessment.evidence).toHaveLength(0);

    const added = await h.as('priya')('addEvidence', { issueKey, evidence: validEvidence({ summary: 'after upgrade' }) });
    expect(added.ok).toBe(true);
    const upgraded = storedProperty(h.site, issueKey) as { schemaVersion: number; revision: number; records: EvidenceRecord[] };
    expect(upgraded.schemaVersion).toBe(2);
    expect(upgraded.records).toHaveLength(v1.items.length + 1);
    for (const item of v1.items) {
      const record = upgraded.records.find((r) => r.summary === item.note);
      expect(record).toBeDefined();
      expect({
        kind: record?.kind,
        url: record?.url,
        who: record?.source.name,
        date: record?.observedOn,
        note: record?.summary,
      }).toEqual({ kind: item.type.trim().toLowerCase(), url: item.link === undefined || item.link === '' ? undefined : item.link, who: item.who, date: item.date, note: item.note });
      // The upgraded record keeps the id the panel showed (an edit or removal aimed at it still finds it).
      expect(panel.data.untrusted.map((u) => u.record.id)).toContain(record?.id);
    }
  });

  it('a record of the v1 format can be removed and restored by the id the panel showed', async () => {
    const h = resolverHarness();
    const [issueKey] = V1_EVIDENCE_KEYS;
    const panel = (await h.as('alex')('getPanel', { issueKey })) as Envelope<PanelData>;
    if (!panel.ok) throw new Error(JSON.stringify(panel.error));
    const id = panel.data.untrusted[0]?.record.id as string;
    const removed = (await h.as('priya')('removeEvidence', { issueKey, id })) as Envelope<PanelData>;
    expect(removed.ok && removed.data.removed.map((r) => r.id)).toEqual([id]);
    const restored = (await h.as('priya')('restoreEvidence', { issueKey, id })) as Envelope<PanelData>;
    // Restored as it was: still unsigned (removal and restore never sign a record the app did not make).
    expect(restored.ok && restored.data.untrusted.map((u) => u.record.id)).toContain(id);
  });
});

describe('undo', () => {
  it('removing evidence can be undone: the record, the verdict and the score come back exactly', async () => {
    const h = resolverHarness();
    const issueKey = 'CLIN-1';
    const before = (await h.as('priya')('getPanel', { issueKey })) as Envelope<PanelData>;
    if (!before.ok) throw new Error(JSON.stringify(before.error));
    const original = records(h.site, issueKey);
    for (const record of original) {
      const r = (await h.as('priya')('removeEvidence', { issueKey, id: record.id })) as Envelope<PanelData>;
      expect(r.ok).toBe(true);
    }
    const gone = (await h.as('priya')('getPanel', { issueKey })) as Envelope<PanelData>;
    if (!gone.ok) throw new Error(JSON.stringify(gone.error));
    expect(gone.data.assessment.evidence).toEqual([]);
    expect(gone.data.assessment.verdict).not.toBe(before.data.assessment.verdict);
    expect(gone.data.removed.map((r) => r.id).sort()).toEqual(original.map((r) => r.id).sort());

    for (const record of original) {
      const r = (await h.as('priya')('restoreEvidence', { issueKey, id: record.id })) as Envelope<PanelData>;
      expect(r.ok).toBe(true);
    }
    const back = (await h.as('priya')('getPanel', { issueKey })) as Envelope<PanelData>;
    if (!back.ok) throw new Error(JSON.stringify(back.error));
    expect(back.data.assessment).toEqual(before.data.assessment);
    expect(back.data.removed).toEqual([]);
    expect(records(h.site, issueKey)).toEqual(original);
  });

  it('restoring a record that never existed answers NOT_FOUND and changes nothing', async () => {
    const h = resolverHarness();
    const issueKey = 'CLIN-1';
    const before = h.site.dump();
    const missing = await h.as('priya')('restoreEvidence', { issueKey, id: 'no-such-record' });
    expect(missing).toEqual({ ok: false, error: expect.objectContaining({ code: 'NOT_FOUND' }) });
    expect(h.site.dump()).toBe(before);
  });
});

describe('a full evidence property', () => {
  it('refuses the record that would pass Jira’s 32 KB limit with PROPERTY_FULL, keeping every record already there', async () => {
    const h = resolverHarness();
    const issueKey = 'CLIN-8';
    const ok: string[] = [];
    let refused: Envelope<unknown> | undefined;
    for (let i = 0; i < 200 && refused === undefined; i += 1) {
      const summary = `${i} ${'long text '.repeat(48)}`.slice(0, 500).trim();
      const before = h.site.dump();
      const envelope = await h.as('priya')('addEvidence', { issueKey, evidence: validEvidence({ summary, source: { name: 'S'.repeat(120), role: 'R'.repeat(120), site: 'T'.repeat(120) } }) });
      if (envelope.ok) ok.push(summary);
      else {
        refused = envelope;
        expect(h.site.dump()).toBe(before);
      }
    }
    expect(refused).toEqual({ ok: false, error: expect.objectContaining({ code: 'PROPERTY_FULL', message: expect.stringContaining('Nothing was saved') }) });
    expect(ok.length).toBeGreaterThan(10);
    expect(records(h.site, issueKey).map((r) => r.summary)).toEqual(ok);
  });
});
