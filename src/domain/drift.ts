import type { Assessment, Verdict } from '../shared/assessment';
import type { Baseline, BaselineItem, Drift } from '../shared/baseline';

/**
 * Drift since commit: how a PI moved away from its committed baseline.
 * Pure; the storage lives in src/storage/baseline-store.ts.
 */

/** One item as a baseline freezes it: verdict, score, forces, finding codes, counts and the decision that applied. */
export const baselineItemOf = (a: Assessment): BaselineItem => ({
  key: a.key,
  summary: a.summary,
  verdict: a.verdict,
  score: a.score,
  forces: { strategy: a.forces.strategy, evidence: a.forces.evidence, delivery: a.forces.delivery },
  findings: a.findings.map((f) => f.code),
  counts: {
    objectives: a.objectives.length,
    liveObjectives: a.counts.liveObjectives,
    evidence: a.evidence.length,
    freshEvidence: a.counts.freshEvidence,
  },
  decision: a.decision === null ? null : { kind: a.decision.kind, version: a.decision.version, sponsor: a.decision.sponsor },
  // Kept since issue 11: the trend reads a committed PI's capacity from it.
  size: a.size,
});

/**
 * How bad a verdict is inside a PI, 0 the worst: gravity, zombie, ungrounded,
 * unanchored, aligned, delivered. `unplanned` has no rank: an item in a PI
 * report is planned in that PI, so it is never unplanned there; should one
 * appear (a corrupt baseline), a move to or from it is never called worse.
 */
const RANK: Readonly<Record<Verdict, number | null>> = {
  gravity: 0,
  zombie: 1,
  ungrounded: 2,
  unanchored: 3,
  aligned: 4,
  delivered: 5,
  unplanned: null,
};

/** Whether `to` is a worse verdict than `from` (both ranked). */
export const isWorse = (from: Verdict, to: Verdict): boolean => {
  const a = RANK[from];
  const b = RANK[to];
  return a !== null && b !== null && b < a;
};

/** Issue keys in natural order: by project key, then by number (CLIN-2 before CLIN-10). */
export const compareIssueKeys = (a: string, b: string): number => {
  const cut = (k: string): [string, number] => {
    const dash = k.lastIndexOf('-');
    const n = Number(k.slice(dash + 1));
    return dash < 0 || !Number.isInteger(n) ? [k, -1] : [k.slice(0, dash), n];
  };
  const [pa, na] = cut(a);
  const [pb, nb] = cut(b);
  if (pa !== pb) return pa < pb ? -1 : 1;
  if (na !== nb) return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
};

const byKey = <T extends { readonly key: string }>(list: T[]): T[] => list.sort((x, y) => compareIssueKeys(x.key, y.key));

/** The drift of the PI as it stands (`items`, the report's assessments) from its baseline; each list in natural key order. */
export const driftOf = (baseline: Baseline, items: readonly Assessment[]): Drift => {
  const then = new Map(baseline.items.map((i) => [i.key, i]));
  const now = new Map(items.map((a) => [a.key, a]));
  const added = byKey([...now.values()].filter((a) => !then.has(a.key)).map((a) => ({ key: a.key, summary: a.summary, verdict: a.verdict })));
  const removed = byKey(
    [...then.values()].filter((i) => !now.has(i.key)).map((i) => ({ key: i.key, summary: i.summary, verdictAtCommit: i.verdict })),
  );
  const both = [...now.values()].flatMap((a) => {
    const at = then.get(a.key);
    return at === undefined ? [] : [{ a, at }];
  });
  const worsened = byKey(
    both.filter(({ a, at }) => isWorse(at.verdict, a.verdict)).map(({ a, at }) => ({ key: a.key, summary: a.summary, from: at.verdict, to: a.verdict })),
  );
  const evidenceExpired = byKey(
    both
      .filter(({ a, at }) => a.counts.freshEvidence < at.counts.freshEvidence)
      .map(({ a, at }) => ({ key: a.key, summary: a.summary, freshAtCommit: at.counts.freshEvidence, freshNow: a.counts.freshEvidence })),
  );
  return { added, removed, worsened, evidenceExpired };
};
