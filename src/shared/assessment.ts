import type { DecisionView } from './decision';
import type { EvidenceRecord } from './evidence';
import type { OutcomeView } from './outcome';

/**
 * What the app computes for a work item: the wire contract shared by the
 * back end, the front ends and the CLI's JSON output. Keep it stable.
 */

export type StatusCategory = 'new' | 'indeterminate' | 'done';

export interface ObjectiveCandidate {
  readonly key: string;
  readonly summary: string;
  readonly issueType: string;
  readonly status: string;
  readonly statusCategory: StatusCategory;
  /** YYYY-MM-DD, or null when the issue has no target date. */
  readonly targetDate: string | null;
  readonly via: 'link' | 'parent' | 'field';
  /** The link type's name when via = 'link'. */
  readonly linkType?: string;
  /** 1 for the direct parent, 2 for the grandparent... when via = 'parent'. */
  readonly depth?: number;
}

/** A Program Increment with its dates (YYYY-MM-DD, both inclusive). */
export interface Pi {
  readonly name: string;
  readonly startDate: string;
  readonly endDate: string;
}

/** Every PI known for the scope, oldest first, with current and next resolved for today. */
export interface PiCalendar {
  readonly pis: readonly Pi[];
  readonly current: Pi | null;
  readonly next: Pi | null;
}

export type Force = 'strategy' | 'evidence' | 'delivery';

export type Verdict = 'gravity' | 'zombie' | 'ungrounded' | 'unanchored' | 'aligned' | 'delivered' | 'unplanned';
/**
 * Every verdict, worst first: the order of lists, counts, legends and filters. It is not
 * the order verdicts are checked in (src/domain/verdict.ts): `delivered` is checked first
 * (a Done item is never gravity, zombie, ungrounded or unanchored) but needs no action, so
 * it sorts after `aligned`, before `unplanned`.
 */
export const VERDICTS = ['gravity', 'zombie', 'ungrounded', 'unanchored', 'aligned', 'delivered', 'unplanned'] as const satisfies readonly Verdict[];

export type Severity = 'error' | 'warning' | 'info';

export type FindingCode =
  | 'NO_OBJECTIVE'
  | 'OBJECTIVE_NOT_LIVE'
  | 'NO_EVIDENCE'
  | 'STALE_EVIDENCE'
  | 'HIPPO_RISK'
  | 'SINGLE_SOURCE'
  | 'SUGGESTED_EVIDENCE'
  | 'CARRIED_OVER'
  | 'ZOMBIE'
  | 'ONLY_FITS'
  | 'NOT_PLANNED'
  /** info: a keep decision applies (sponsor, rationale, date); the verdict stays what the evidence says. */
  | 'KEPT_BY_DECISION'
  /** error: a rejustify decision's due date has passed and the verdict has not changed since. */
  | 'REJUSTIFY_OVERDUE'
  /** info: a delivered item's outcome check is pending (due on a day, or the delivery day is unknown). */
  | 'OUTCOME_DUE'
  /** error: delivered, the outcome check's day has passed, and no adoption or outcome evidence: a zombie product candidate. */
  | 'OUTCOME_OVERDUE';

/** Every finding code, for the schemas that parse stored or printed findings (a baseline, the CLI's JSON). */
export const FINDING_CODES = [
  'NO_OBJECTIVE',
  'OBJECTIVE_NOT_LIVE',
  'NO_EVIDENCE',
  'STALE_EVIDENCE',
  'HIPPO_RISK',
  'SINGLE_SOURCE',
  'SUGGESTED_EVIDENCE',
  'CARRIED_OVER',
  'ZOMBIE',
  'ONLY_FITS',
  'NOT_PLANNED',
  'KEPT_BY_DECISION',
  'REJUSTIFY_OVERDUE',
  'OUTCOME_DUE',
  'OUTCOME_OVERDUE',
] as const satisfies readonly FindingCode[];

export type FixKind =
  | 'link-objective'
  | 'add-evidence'
  | 'confirm-suggestion'
  | 'refresh-evidence'
  | 'review-carry-over'
  | 'plan-into-pi'
  | 'review-planning'
  | 'review-decision'
  | 'rejustify'
  /** Add adoption or outcome evidence to a delivered item (or retire it). */
  | 'check-outcome';

export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly force: Force;
  readonly message: string;
  readonly fix: { readonly kind: FixKind; readonly label: string };
  /** Points of the alignment score this finding explains (0 when it costs none). Sum over findings = 100 - score. */
  readonly points: number;
}

export interface ObjectiveView extends ObjectiveCandidate {
  readonly live: boolean;
}

export interface EvidenceView extends EvidenceRecord {
  readonly fresh: boolean;
  /** false for stakeholder requests: they are not field evidence by themselves. */
  readonly isFieldEvidence: boolean;
}

export interface SuggestedEvidence {
  readonly linkId: string;
  readonly url: string;
  readonly title: string;
  /** The research pattern that matched. */
  readonly pattern: string;
}

export type Planning = 'current' | 'next' | 'other' | 'none';

export interface Assessment {
  readonly key: string;
  readonly summary: string;
  readonly issueType: string;
  readonly status: string;
  readonly statusCategory: StatusCategory;
  readonly projectKey: string;
  readonly verdict: Verdict;
  /** The verdict's headline in plain words ("Carried over 3 times"). */
  readonly headline: string;
  /** Alignment score 0-100 (integer). */
  readonly score: number;
  /** Force scores 0-100 (integers). */
  readonly forces: { readonly strategy: number; readonly evidence: number; readonly delivery: number };
  readonly findings: readonly Finding[];
  readonly carriedOver: number;
  /** The PI the item is planned in: the current, else the next, else the latest other; null when none. */
  readonly pi: string | null;
  readonly planning: Planning;
  readonly objectives: readonly ObjectiveView[];
  /** Non-removed evidence only. */
  readonly evidence: readonly EvidenceView[];
  readonly suggestions: readonly SuggestedEvidence[];
  readonly counts: {
    readonly liveObjectives: number;
    readonly freshEvidence: number;
    readonly distinctSources: number;
  };
  /** The PI decision that applies to the item for its PI (src/shared/decision.ts), or null when none does. */
  readonly decision: DecisionView | null;
  /**
   * The item's size in its project's capacity unit (story points, or hours of
   * original estimate: settings capacity.field); null when it has none, or
   * when items are counted. Never guessed.
   */
  readonly size: number | null;
  /** The outcome check after delivery (src/shared/outcome.ts): `not-delivered` until the item is Done. */
  readonly outcome: OutcomeView;
}
