import type { ScopeReport } from '../shared/report';
import { VERDICTS, type Assessment, type Pi, type Verdict } from './model';
import { compareText, countOf, piLabel } from './text';

/** Worst first: verdict order (VERDICTS), then score ascending, then key in human order. */
export const compareWorstFirst = (a: Assessment, b: Assessment): number =>
  VERDICTS.indexOf(a.verdict) - VERDICTS.indexOf(b.verdict) || a.score - b.score || compareText(a.key, b.key);

export type PiRole = ScopeReport['piRole'];

export type ScopeSummary = Pick<ScopeReport, 'items' | 'total' | 'counts' | 'balance' | 'headline'>;

/**
 * The headline of a scope: "12 of 47 items in PI 26.3 only fit the next PI"
 * (gravity items of all items; "the current PI" when the PI is the current one, "the PI"
 * for a PI chosen by name); "No work items in PI 26.3" when there are none. Delivered (Done)
 * items count in the total and the distribution, never as only fitting the PI: they are never gravity.
 */
export const scopeHeadline = (gravity: number, total: number, pi: Pi | null, piRole: PiRole): string => {
  const where = pi === null ? '' : ` in ${piLabel(pi.name)}`;
  if (total === 0) return `No work items${where}`;
  const fit = piRole === 'current' ? 'the current PI' : piRole === 'next' ? 'the next PI' : 'the PI';
  return `${gravity} of ${countOf(total, 'item')}${where} only ${gravity === 1 ? 'fits' : 'fit'} ${fit}`;
};

/**
 * Counts per verdict, the balance of forces (how many items hold a live objective, fresh
 * field evidence, a place in the current or next PI), the headline, and the items worst first.
 */
export const summariseScope = (items: readonly Assessment[], pi: Pi | null, piRole: PiRole): ScopeSummary => {
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const a of items) counts[a.verdict] += 1;
  const balance = {
    strategy: items.filter((a) => a.counts.liveObjectives > 0).length,
    evidence: items.filter((a) => a.counts.freshEvidence > 0).length,
    delivery: items.filter((a) => a.planning === 'current' || a.planning === 'next').length,
  };
  return {
    items: [...items].sort(compareWorstFirst),
    total: items.length,
    counts,
    balance,
    headline: scopeHeadline(counts.gravity, items.length, pi, piRole),
  };
};
