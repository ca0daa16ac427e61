import fc from 'fast-check';
import { baselineItemOf, compareIssueKeys, driftOf, isWorse } from '../../src/domain/drift';
import type { Assessment, Verdict } from '../../src/shared/assessment';
import type { Baseline } from '../../src/shared/baseline';

const RANKED: Verdict[] = ['gravity', 'zombie', 'ungrounded', 'unanchored', 'aligned', 'delivered'];
const assessment = (n: number, verdict: Verdict, fresh = 1): Assessment =>
  ({
    key: `CLIN-${n}`,
    summary: `Item ${n}`,
    verdict,
    score: 50,
    forces: { strategy: 50, evidence: 50, delivery: 50 },
    findings: [],
    objectives: [],
    evidence: [],
    counts: { liveObjectives: 0, freshEvidence: fresh, distinctSources: 0 },
    decision: null,
  }) as unknown as Assessment;
const baselineOf = (items: Assessment[]): Baseline => ({
  projectKey: 'CLIN',
  pi: { name: 'PI 26.3', startDate: '2026-10-01', endDate: '2026-12-31' },
  version: 1,
  committedAt: '2026-10-14T09:00:00.000Z',
  committedBy: { accountId: 'a', displayName: 'Alex' },
  itemCount: items.length,
  items: items.map(baselineItemOf),
});
const itemsArb = fc
  .uniqueArray(fc.integer({ min: 1, max: 40 }), { maxLength: 15 })
  .chain((ns) => fc.tuple(...ns.map((n) => fc.tuple(fc.constant(n), fc.constantFrom(...RANKED), fc.integer({ min: 0, max: 3 })))))
  .map((ts) => ts.map(([n, v, f]) => assessment(n, v, f)));

describe('drift since commit', () => {
  it('is empty for a baseline of the same items', () => {
    fc.assert(fc.property(itemsArb, (items) => expect(driftOf(baselineOf(items), items)).toEqual({ added: [], removed: [], worsened: [], evidenceExpired: [] })));
  });

  it('lists added and removed as the exact, disjoint set differences, in natural key order', () => {
    fc.assert(
      fc.property(itemsArb, itemsArb, (then, now) => {
        const drift = driftOf(baselineOf(then), now);
        const thenKeys = new Set(then.map((a) => a.key));
        const nowKeys = new Set(now.map((a) => a.key));
        expect(drift.added.map((d) => d.key)).toEqual(now.map((a) => a.key).filter((k) => !thenKeys.has(k)).sort(compareIssueKeys));
        expect(drift.removed.map((d) => d.key)).toEqual(then.map((a) => a.key).filter((k) => !nowKeys.has(k)).sort(compareIssueKeys));
        expect(drift.added.filter((a) => drift.removed.some((r) => r.key === a.key))).toEqual([]);
      }),
    );
  });

  it('never lists an item whose verdict improved or stayed as worsened', () => {
    fc.assert(
      fc.property(itemsArb, itemsArb, (then, now) => {
        const at = new Map(then.map((a) => [a.key, a.verdict]));
        for (const w of driftOf(baselineOf(then), now).worsened) {
          expect(RANKED.indexOf(w.to)).toBeLessThan(RANKED.indexOf(w.from));
          expect(at.get(w.key)).toBe(w.from);
        }
      }),
    );
  });

  it('ranks gravity worst, then zombie, ungrounded, unanchored, aligned, delivered; unplanned is never worse or better', () => {
    expect(isWorse('aligned', 'gravity')).toBe(true);
    expect(isWorse('gravity', 'aligned')).toBe(false);
    expect(isWorse('delivered', 'aligned')).toBe(true);
    expect(isWorse('aligned', 'unplanned')).toBe(false);
    expect(isWorse('unplanned', 'gravity')).toBe(false);
  });

  it('names worsened items and expired evidence, CLIN-2 before CLIN-10', () => {
    const drift = driftOf(baselineOf([assessment(10, 'aligned', 2), assessment(2, 'aligned', 2)]), [assessment(10, 'gravity', 1), assessment(2, 'zombie', 0)]);
    expect(drift.worsened).toEqual([
      { key: 'CLIN-2', summary: 'Item 2', from: 'aligned', to: 'zombie' },
      { key: 'CLIN-10', summary: 'Item 10', from: 'aligned', to: 'gravity' },
    ]);
    expect(drift.evidenceExpired.map((d) => [d.key, d.freshAtCommit, d.freshNow])).toEqual([['CLIN-2', 2, 0], ['CLIN-10', 2, 1]]);
  });
});
