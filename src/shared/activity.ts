import type { DecisionKind } from './decision';
import type { Verdict } from './assessment';
import type { OutcomeStatus } from './outcome';

/**
 * The activity timeline of a work item (jira:issueActivity, "Alignment
 * history"): what changed its standing, newest first. Built from what the
 * item holds (evidence records, decision records, the changelog of its PI
 * field and links) and the assessment history the re-score keeps in the
 * indexed property (bounded: ASSESSMENT_HISTORY_LIMIT entries).
 */

export const ACTIVITY_KINDS = [
  'evidence-added',
  'evidence-removed',
  'objective-linked',
  'objective-unlinked',
  'objective-done',
  'pi-moved',
  'carried-over',
  'decision',
  'verdict-changed',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export interface ActivityEntry {
  /** ISO date-time, or YYYY-MM-DD where only the day is known (a verdict change seen by the re-score, an objective's resolution day). */
  readonly at: string;
  readonly kind: ActivityKind;
  /** One line in plain words: "Added interview evidence from Ward 7 nurses", "Moved from PI 26.3 to PI 26.4". */
  readonly text: string;
  /** Who made the change, when known. */
  readonly by: string | null;
  /** The issue or link the entry is about (an objective's key, an evidence link), when there is one. */
  readonly ref: { readonly issueKey?: string; readonly url?: string } | null;
}

export interface ItemActivity {
  readonly issueKey: string;
  /** Newest first. */
  readonly entries: readonly ActivityEntry[];
  /** What the timeline cannot show, in words (e.g. "Verdict changes are kept from 2026-11-02, when the history began"). */
  readonly notes: readonly string[];
}

/** One remembered assessment: written by the re-score when the verdict, score, decision or outcome changed. */
export interface AssessmentHistoryEntry {
  /** YYYY-MM-DD: the day the re-score saw it. */
  readonly on: string;
  readonly verdict: Verdict;
  readonly score: number;
  readonly decision: DecisionKind | 'none';
  readonly outcome: OutcomeStatus;
}

/**
 * The history keeps the newest entries only: at most about 105 bytes each serialised (5.2 KB for 50),
 * far inside Jira's 32,768-character property value limit (OAS setIssueProperty): test/services/assessment-history.test.ts.
 */
export const ASSESSMENT_HISTORY_LIMIT = 50;
