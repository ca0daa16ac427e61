import { BaselineUnreadableError, baselineChunkKey, baselineMetaKey, commitBaselineVersion, listBaselines, piKeySegment, readBaseline } from '../../src/storage/baseline-store';
import { createMemoryKeyValueStore } from '../../src/storage/key-value-store';
import type { BaselineItem } from '../../src/shared/baseline';

const PI = { name: 'PI 26.3', startDate: '2026-10-01', endDate: '2026-12-31' };
const ALEX = { accountId: 'a-1', displayName: 'Alex Rivera' };
const item = (n: number): BaselineItem => ({
  key: `CLIN-${n}`,
  summary: `Item ${n}`,
  verdict: 'aligned',
  score: 80,
  forces: { strategy: 80, evidence: 80, delivery: 80 },
  findings: [],
  counts: { objectives: 1, liveObjectives: 1, evidence: 1, freshEvidence: 1 },
  decision: null,
});
const commit = (items: BaselineItem[]) => ({ projectKey: 'CLIN', pi: PI, committedAt: '2026-10-14T09:00:00.000Z', committedBy: ALEX, items });
const KEY_RULE = /^(?!\s+$)[a-zA-Z0-9:._\s\-#]+$/;

describe('baseline store', () => {
  it('re-committing makes version 2 and leaves version 1 as it was', async () => {
    const kvs = createMemoryKeyValueStore();
    expect((await commitBaselineVersion(kvs, commit([item(1)]))).version).toBe(1);
    expect((await commitBaselineVersion(kvs, commit([item(1), item(2)]))).version).toBe(2);
    expect((await readBaseline(kvs, 'CLIN', 'PI 26.3', 1))?.items.map((i) => i.key)).toEqual(['CLIN-1']);
    expect((await readBaseline(kvs, 'CLIN', 'PI 26.3'))?.version).toBe(2);
    expect((await listBaselines(kvs, 'CLIN', 'PI 26.3')).map((m) => m.version)).toEqual([2, 1]);
  });

  it('gives 10 concurrent commits versions 1..10, all readable', async () => {
    const kvs = createMemoryKeyValueStore();
    const metas = await Promise.all(Array.from({ length: 10 }, (_, n) => commitBaselineVersion(kvs, commit([item(n + 1)]))));
    expect(metas.map((m) => m.version).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const m of metas) expect((await readBaseline(kvs, 'CLIN', 'PI 26.3', m.version))?.items).toHaveLength(1);
  });

  it('chunks 1,000 items into values of at most 250 and reads them back in order', async () => {
    const kvs = createMemoryKeyValueStore();
    const items = Array.from({ length: 1000 }, (_, n) => item(n + 1));
    await commitBaselineVersion(kvs, { ...commit(items), commitId: 'c1' });
    expect(kvs.keys().filter((k) => k.startsWith('baseline-items:'))).toHaveLength(4);
    expect((await kvs.get(baselineChunkKey('CLIN', 'PI 26.3', 'c1', 0))) as { items: unknown[] }).toMatchObject({ items: expect.any(Array) });
    expect((await readBaseline(kvs, 'CLIN', 'PI 26.3'))?.items).toEqual(items);
  });

  it('refuses a baseline with a missing chunk instead of answering it short', async () => {
    const kvs = createMemoryKeyValueStore();
    await commitBaselineVersion(kvs, { ...commit(Array.from({ length: 300 }, (_, n) => item(n + 1))), commitId: 'c1' });
    await kvs.delete(baselineChunkKey('CLIN', 'PI 26.3', 'c1', 1));
    await expect(readBaseline(kvs, 'CLIN', 'PI 26.3')).rejects.toBeInstanceOf(BaselineUnreadableError);
  });

  it('puts any PI name into keys the KVS key rule accepts, without two names sharing one', () => {
    for (const name of ['PI 26.3', 'PI/26:3', 'Ünïcode PI ☃', '  ', 'PI#20'])
      expect(baselineMetaKey('CLIN', name, 1)).toMatch(KEY_RULE);
    expect(piKeySegment('PI 26.3')).toBe('PI#2026.3');
    expect(piKeySegment('PI#20')).not.toBe(piKeySegment('PI 0'));
    expect(piKeySegment('a b')).not.toBe(piKeySegment('a#20b'));
  });
});
