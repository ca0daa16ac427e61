import type { Person } from './decision';
import type { EvidenceKind } from './evidence';
import type { StatusCategory } from './assessment';

/**
 * The outcome check after delivery (zombie products): once a work item
 * reaches a Done status category, an outcome is due `outcome.dueWeeks` weeks
 * later (settings, default 12). Until then it is `pending`; adoption or
 * outcome evidence observed on or after the delivery day makes it
 * `evidenced`; a due day passed with none makes it `overdue`, a zombie
 * product candidate; a `retire` decision makes it `retired`. The wire
 * contract shared by the back end, the front ends and the CLI.
 */

/** Every outcome status, in list order: what needs action first. */
export const OUTCOME_STATUSES = ['overdue', 'pending', 'evidenced', 'retired', 'not-delivered'] as const;
export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];

export const OUTCOME_STATUS_LABELS: Readonly<Record<OutcomeStatus, string>> = {
  overdue: 'Outcome overdue',
  pending: 'Outcome pending',
  evidenced: 'Outcome evidenced',
  retired: 'Retired',
  'not-delivered': 'Not delivered',
};

/**
 * Where the delivery day comes from: Jira's resolution date, else the day of
 * the changelog's transition into the item's current (Done) status.
 */
export type DeliverySource = 'resolution' | 'changelog';

export interface Delivery {
  /** YYYY-MM-DD, as the site's zone wrote it. */
  readonly on: string;
  readonly from: DeliverySource;
}

/** The retire decision that applies (the newest trusted retire record of the item, whatever its PI). */
export interface Retirement {
  readonly rationale: string;
  readonly decidedBy: Person;
  /** ISO date-time. */
  readonly decidedAt: string;
  readonly version: number;
}

/** The adoption or outcome evidence that made an outcome `evidenced`: the newest such record. */
export interface OutcomeEvidence {
  readonly id: string;
  readonly kind: EvidenceKind;
  readonly summary: string;
  readonly observedOn: string;
  readonly figure: number | null;
  readonly unit: string | null;
  readonly sourceName: string;
}

export interface OutcomeView {
  readonly status: OutcomeStatus;
  /** null when the item is not Done, or Done on a day Jira does not tell (no resolution date, no transition in the history). */
  readonly delivery: Delivery | null;
  /** delivery.on + dueWeeks weeks (YYYY-MM-DD); null without a delivery day. */
  readonly dueOn: string | null;
  /** Whole days from the delivery day to today (0 on the day); null without a delivery day. */
  readonly daysSinceDelivery: number | null;
  /** Adoption and outcome records observed on or after the delivery day (newest first); only `evidenced` has any. */
  readonly evidence: readonly OutcomeEvidence[];
  readonly retirement: Retirement | null;
}

/** One delivered item in an outcomes list. */
export interface OutcomeRow {
  readonly key: string;
  readonly summary: string;
  readonly projectKey: string;
  readonly issueType: string;
  /** The Jira status name ("Done", "Closed"). */
  readonly status: string;
  readonly statusCategory: StatusCategory;
  /** The PI the item was planned in (assessment.pi), or null. */
  readonly pi: string | null;
  readonly outcome: OutcomeView;
}

/** The outcomes list of a scope: items delivered on or after `since`, overdue first. */
export interface OutcomeReport {
  readonly scopeLabel: string;
  /** The JQL the app searched with. */
  readonly jql: string;
  readonly today: string;
  /** YYYY-MM-DD: the earliest delivery day listed (settings outcome.lookbackMonths before today, or the CLI's --since). */
  readonly since: string;
  /** The scope's setting outcome.dueWeeks (each item is due by its own project's). */
  readonly dueWeeks: number;
  /**
   * Status order (OUTCOME_STATUSES: overdue, pending, evidenced, retired), then the
   * longest since delivery first (an unknown delivery day last), then key.
   * `not-delivered` items are never listed.
   */
  readonly items: readonly OutcomeRow[];
  readonly counts: Readonly<Record<Exclude<OutcomeStatus, 'not-delivered'>, number>>;
  /** "2 of 6 items delivered since 3 March 2026 show no sign of use: zombie product candidates" */
  readonly headline: string;
  readonly unreadable: readonly { readonly key: string; readonly reason: string }[];
  readonly settingsWarning?: string;
  readonly partial?: { readonly code: 'DEADLINE'; readonly message: string; readonly itemsRead: number };
  readonly evidenceChecked: boolean;
}

export const OUTCOME_FORMATS = ['table', 'markdown', 'csv', 'json'] as const;
export type OutcomeFormat = (typeof OUTCOME_FORMATS)[number];
