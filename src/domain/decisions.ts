import type { DecisionRecord, DecisionView } from '../shared/decision';
import type { Finding, Verdict } from './model';
import { normaliseName, piLabel } from './text';

/**
 * PI decisions as the core reads them: of an item's trusted decision records
 * (src/shared/decision.ts; the Jira adapter drops unsigned and changed ones),
 * the one that applies is the newest (highest version) for the PI the item is
 * planned in. A decision never changes the verdict or the score: a keep says
 * who answers for keeping an item the evidence does not pull, it does not
 * make the evidence appear. It adds a finding worth 0 points.
 */

/** The decision that applies to an item planned in `pi` with this verdict today, or null when none does. */
export const decisionFor = (records: readonly DecisionRecord[], pi: string | null, verdict: Verdict, today: string): DecisionView | null => {
  if (pi === null) return null;
  const wanted = normaliseName(pi);
  let newest: DecisionRecord | null = null;
  for (const r of records) if (normaliseName(r.pi) === wanted && (newest === null || r.version > newest.version)) newest = r;
  if (newest === null) return null;
  const dueDate = newest.kind === 'rejustify' ? (newest.dueDate ?? null) : null;
  return {
    kind: newest.kind,
    pi: newest.pi,
    version: newest.version,
    rationale: newest.rationale,
    sponsor: newest.kind === 'keep' ? (newest.sponsor ?? null) : null,
    dueDate,
    decidedBy: newest.decidedBy,
    decidedAt: newest.decidedAt,
    verdictAtDecision: newest.verdictAtDecision,
    // A Done item owes no re-justification; otherwise overdue once the date is past with the verdict unchanged.
    overdue: dueDate !== null && verdict !== 'delivered' && today > dueDate && verdict === newest.verdictAtDecision,
  };
};

const RATIONALE_SHOWN = 120;

/** The rationale as a finding quotes it: white space collapsed, cut to about 120 characters with an ellipsis. */
export const shortRationale = (rationale: string): string => {
  const flat = rationale.trim().replace(/\s+/g, ' ');
  const chars = Array.from(flat);
  return chars.length <= RATIONALE_SHOWN ? flat : `${chars.slice(0, RATIONALE_SHOWN - 1).join('').trimEnd()}…`;
};

/** YYYY-MM-DD of an ISO date-time (as recorded, in UTC). */
const dayOf = (isoDateTime: string): string => isoDateTime.slice(0, 10);

const personName = (name: string | undefined, fallback: string): string => name?.trim() || fallback;

export interface DecisionFacts {
  readonly decision: DecisionView | null;
  /** The item's status category is Done. */
  readonly done: boolean;
  readonly verdict: Verdict;
}

/**
 * KEPT_BY_DECISION (info) for a keep; REJUSTIFY_OVERDUE (error) for an overdue
 * re-justification of an item not done. A drop for the item's current PI (the
 * Jira edit did not take it out, or it was planned back) adds no finding: the
 * decision is shown, the planning speaks for itself.
 */
export const decisionFindings = (f: DecisionFacts, fixLabel: (kind: 'review-decision' | 'rejustify') => string): Finding[] => {
  const d = f.decision;
  if (d === null) return [];
  if (d.kind === 'keep') {
    const sponsor = personName(d.sponsor?.displayName, 'a sponsor');
    const message = `Kept in ${piLabel(d.pi)} by ${sponsor} on ${dayOf(d.decidedAt)}: “${shortRationale(d.rationale)}”. The verdict stays what the evidence says.`;
    return [{ code: 'KEPT_BY_DECISION', severity: 'info', force: 'delivery', message, fix: { kind: 'review-decision', label: fixLabel('review-decision') }, points: 0 }];
  }
  if (d.kind === 'rejustify' && d.overdue && !f.done) {
    const asker = personName(d.decidedBy.displayName, 'someone');
    const message = `A new justification was due on ${d.dueDate ?? '?'} (asked by ${asker} on ${dayOf(d.decidedAt)}) and the verdict is still ${f.verdict}.`;
    return [{ code: 'REJUSTIFY_OVERDUE', severity: 'error', force: 'delivery', message, fix: { kind: 'rejustify', label: fixLabel('rejustify') }, points: 0 }];
  }
  return [];
};
