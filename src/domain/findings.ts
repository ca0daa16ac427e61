import type { DecisionView } from '../shared/decision';
import { decisionFindings } from './decisions';
import { outcomeFindings } from './outcome';
import type { OutcomeView } from '../shared/outcome';
import type { EvidenceSummary } from './evidence';
import type { ForceScores, Losses } from './score';
import type { Finding, FindingCode, FixKind, Force, ObjectiveView, Pi, Planning, Severity, SuggestedEvidence, Verdict } from './model';
import { countOf, listOf, piLabel, times } from './text';
import { isPlanned } from './verdict';

/**
 * Findings: what is missing or risky, each with the action that fixes it and the
 * points of the alignment score it explains. The lost points of each cause go to one
 * finding (strategy → NO_OBJECTIVE or OBJECTIVE_NOT_LIVE; evidence → NO_EVIDENCE,
 * HIPPO_RISK, STALE_EVIDENCE or SINGLE_SOURCE; delivery → NOT_PLANNED; carry-over →
 * CARRIED_OVER or ZOMBIE); every other finding explains 0 points. No finding is raised
 * for a force that is fully present, except carry-over and ONLY_FITS, which are about
 * how the item got into its PI.
 *
 * A Done item (verdict delivered) gets no finding that demands planning action: no
 * ONLY_FITS, no NOT_PLANNED (its delivery force is 100), its carry-overs are one info
 * CARRIED_OVER looking back, and its strategy and evidence findings are worded and
 * graded as for an item that is not planned (warnings, never errors).
 */

export interface FindingFacts {
  readonly planning: Planning;
  /** The item's status category is Done. */
  readonly done: boolean;
  readonly pi: string | null;
  readonly forces: ForceScores;
  readonly losses: Losses;
  readonly objectives: readonly ObjectiveView[];
  readonly objectiveTypes: readonly string[];
  readonly evidence: EvidenceSummary;
  readonly freshnessMonths: number;
  readonly suggestions: readonly SuggestedEvidence[];
  readonly carriedOverFrom: readonly Pi[];
  readonly warnAt: number;
  readonly zombieAt: number;
  /** The verdict already reached (decision findings name it; no finding changes it). */
  readonly verdict: Verdict;
  /** The PI decision that applies (src/domain/decisions.ts), or null. */
  readonly decision: DecisionView | null;
  /** The outcome check after delivery (src/domain/outcome.ts). */
  readonly outcome: OutcomeView;
  /** YYYY-MM-DD: the outcome findings name days relative to it. */
  readonly today: string;
}

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];
const FORCE_ORDER: readonly Force[] = ['strategy', 'evidence', 'delivery'];
const CODE_ORDER: readonly FindingCode[] = [
  'NO_OBJECTIVE',
  'OBJECTIVE_NOT_LIVE',
  'NO_EVIDENCE',
  'HIPPO_RISK',
  'STALE_EVIDENCE',
  'SINGLE_SOURCE',
  'SUGGESTED_EVIDENCE',
  'ZOMBIE',
  'ONLY_FITS',
  'CARRIED_OVER',
  'NOT_PLANNED',
  'REJUSTIFY_OVERDUE',
  'KEPT_BY_DECISION',
  'OUTCOME_OVERDUE',
  'OUTCOME_DUE',
];

/** Severity (error, warning, info), then force (strategy, evidence, delivery), then code. */
export const compareFindings = (a: Finding, b: Finding): number =>
  SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
  FORCE_ORDER.indexOf(a.force) - FORCE_ORDER.indexOf(b.force) ||
  CODE_ORDER.indexOf(a.code) - CODE_ORDER.indexOf(b.code);

export const FIX_LABELS: Readonly<Record<FixKind, string>> = {
  'link-objective': 'Link a strategic objective',
  'add-evidence': 'Add field evidence',
  'confirm-suggestion': 'Confirm suggested evidence',
  'refresh-evidence': 'Refresh the evidence',
  'review-carry-over': 'Review the carry-over',
  'plan-into-pi': 'Plan it into a PI',
  'review-planning': 'Review why this is in the PI',
  'review-decision': 'Review the decision',
  rejustify: 'Re-justify it or drop it',
  'check-outcome': 'Add adoption or outcome evidence',
};

/** The fix of OUTCOME_OVERDUE: evidence of use, or the decision to stop maintaining it. */
const OUTCOME_OVERDUE_FIX = 'Add outcome evidence or retire it';

const finding = (code: FindingCode, severity: Severity, force: Force, message: string, fix: FixKind, points: number, fixLabel?: string): Finding => ({
  code,
  severity,
  force,
  message,
  fix: { kind: fix, label: fixLabel ?? FIX_LABELS[fix] },
  points,
});

const orList = (parts: readonly string[]): string =>
  parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1] ?? ''}`;

const quoted = (s: string): string => `“${s}”`;

/** Planned and still to be done: only then do missing forces become errors that block planning. */
const demandsPlanning = (f: FindingFacts): boolean => isPlanned(f.planning) && !f.done;

const inPi = (f: FindingFacts): string => {
  const role = f.planning === 'current' ? 'the current PI' : f.planning === 'next' ? 'the next PI' : null;
  if (f.pi === null) return role ?? 'a PI';
  return role === null ? piLabel(f.pi) : `${piLabel(f.pi)} (${role})`;
};

const strategyFindings = (f: FindingFacts): Finding[] => {
  if (f.forces.strategy >= 100) return [];
  const planned = demandsPlanning(f);
  if (f.objectives.length === 0) {
    const message = `${planned ? `Planned in ${inPi(f)} but no` : 'No'} strategic objective is linked: nothing says which ${orList(f.objectiveTypes)} this serves.`;
    return [finding('NO_OBJECTIVE', planned ? 'error' : 'warning', 'strategy', message, 'link-objective', f.losses.strategy)];
  }
  const reasons = f.objectives.map((o) =>
    o.statusCategory === 'done' ? `${o.key} is done` : `${o.key}'s target date ${o.targetDate ?? ''} has passed`,
  );
  const message = `None of the linked objectives is live: ${listOf(reasons)}.`;
  return [finding('OBJECTIVE_NOT_LIVE', 'warning', 'strategy', message, 'link-objective', f.losses.strategy, 'Link a live strategic objective')];
};

const evidenceFindings = (f: FindingFacts): Finding[] => {
  if (f.forces.evidence >= 100) return [];
  const e = f.evidence;
  const planned = demandsPlanning(f);
  const found: Finding[] = [];
  const window = countOf(f.freshnessMonths, 'month');
  if (e.sources.length === 0) {
    const staleMessage = (): string => {
      const newest = e.staleField.reduce((d, v) => (v.observedOn > d ? v.observedOn : d), '');
      return e.staleField.length === 1
        ? `The only field evidence is older than ${window}: it was observed on ${newest}.`
        : `All ${e.staleField.length} field evidence records are older than ${window}: the newest was observed on ${newest}.`;
    };
    if (e.freshRequests.length > 0) {
      const who = [...new Set(e.freshRequests.map((r) => r.source.name.trim()))];
      const message = `Backed only by ${countOf(e.freshRequests.length, 'stakeholder request')} (${listOf(who)}): no fresh field evidence shows who outside the office has this problem.`;
      found.push(finding('HIPPO_RISK', 'warning', 'evidence', message, 'add-evidence', f.losses.evidence));
      if (e.staleField.length > 0) found.push(finding('STALE_EVIDENCE', 'warning', 'evidence', staleMessage(), 'refresh-evidence', 0));
    } else if (e.staleField.length > 0) {
      found.push(finding('STALE_EVIDENCE', 'warning', 'evidence', staleMessage(), 'refresh-evidence', f.losses.evidence));
    } else {
      const message = `${planned ? `Planned in ${inPi(f)} with no` : 'No'} field evidence: nothing shows who outside the office has this problem.`;
      found.push(finding('NO_EVIDENCE', planned ? 'error' : 'warning', 'evidence', message, 'add-evidence', f.losses.evidence));
    }
  } else if (e.sources.length === 1) {
    const message = `All fresh field evidence comes from one source (${e.sources[0] ?? ''}): a vocal minority may be speaking for everyone.`;
    found.push(finding('SINGLE_SOURCE', 'warning', 'evidence', message, 'add-evidence', f.losses.evidence, 'Add evidence from another source'));
  } else {
    const message = `Fresh field evidence comes from only ${e.sources.length} sources (${listOf(e.sources)}): a third independent source gives full evidence pull.`;
    found.push(finding('SINGLE_SOURCE', 'info', 'evidence', message, 'add-evidence', f.losses.evidence, 'Add evidence from another source'));
  }
  if (f.suggestions.length > 0) {
    const n = f.suggestions.length;
    const message = `${countOf(n, 'web link')} on this item ${n === 1 ? 'looks' : 'look'} like research (${listOf(f.suggestions.map((s) => quoted(s.title || s.url)))}): confirm ${n === 1 ? 'it' : 'them'} as evidence with kind, source and date.`;
    found.push(finding('SUGGESTED_EVIDENCE', 'info', 'evidence', message, 'confirm-suggestion', 0));
  }
  return found;
};

const deliveryFindings = (f: FindingFacts): Finding[] => {
  const found: Finding[] = [];
  const planned = demandsPlanning(f);
  const count = f.carriedOverFrom.length;
  if (count > 0) {
    const from = listOf(f.carriedOverFrom.map((p) => piLabel(p.name)));
    if (f.done) {
      const message = `Carried over ${times(count)} before it was done: it left ${from} unfinished for a later PI.`;
      found.push(finding('CARRIED_OVER', 'info', 'delivery', message, 'review-carry-over', f.losses.carryOver, 'Look back at the carry-over'));
    } else if (count >= f.zombieAt) {
      const message = `Carried over ${times(count)}: it left ${from} unfinished for a later PI each time. Planned again and again, never finished.`;
      found.push(finding('ZOMBIE', 'error', 'delivery', message, 'review-carry-over', f.losses.carryOver));
    } else {
      const message = `Carried over ${times(count)}: it was in ${from} and moved unfinished into a later PI.`;
      found.push(finding('CARRIED_OVER', count >= f.warnAt ? 'warning' : 'info', 'delivery', message, 'review-carry-over', f.losses.carryOver));
    }
  }
  if (planned && f.forces.strategy < 100 && f.evidence.freshField.length === 0) {
    const message = `In ${inPi(f)} with no live strategic objective and no fresh field evidence: only delivery capacity pulls it in.`;
    found.push(finding('ONLY_FITS', 'error', 'delivery', message, 'review-planning', 0));
  }
  if (f.forces.delivery < 100) {
    const message =
      f.planning === 'other' && f.pi !== null
        ? `Planned only in ${piLabel(f.pi)}, which is neither the current nor the next PI.`
        : 'Not planned in any PI.';
    found.push(finding('NOT_PLANNED', 'info', 'delivery', message, 'plan-into-pi', f.losses.delivery));
  }
  return found;
};

export const findingsOf = (facts: FindingFacts): Finding[] =>
  [
    ...strategyFindings(facts),
    ...evidenceFindings(facts),
    ...deliveryFindings(facts),
    ...decisionFindings(facts, (kind) => FIX_LABELS[kind]),
    ...outcomeFindings(facts.outcome, facts.today, { due: FIX_LABELS['check-outcome'], overdue: OUTCOME_OVERDUE_FIX }),
  ].sort(compareFindings);
