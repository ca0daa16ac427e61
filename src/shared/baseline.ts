import type { FindingCode, Pi, Verdict } from './assessment';
import type { CapacityUnit } from './capacity';
import type { DecisionKind, Person } from './decision';

/**
 * The PI baseline: what a project admin froze when the train committed a PI,
 * per item, and who committed it when. Immutable once written; committing the
 * same PI again makes version 2, 3... and keeps every earlier one. Drift is
 * the difference between a baseline and the PI as it stands today.
 * Shared by the back end (storage, drift, the CLI) and the front ends.
 */

/** One item as it stood at commit. */
export interface BaselineItem {
  readonly key: string;
  readonly summary: string;
  readonly verdict: Verdict;
  readonly score: number;
  readonly forces: { readonly strategy: number; readonly evidence: number; readonly delivery: number };
  /** The finding codes, in the assessment's order. */
  readonly findings: readonly FindingCode[];
  readonly counts: {
    readonly objectives: number;
    readonly liveObjectives: number;
    readonly evidence: number;
    readonly freshEvidence: number;
  };
  /** The item's size at commit (src/shared/capacity.ts); absent in baselines committed before sizes were kept. */
  readonly size?: number | null;
  /** The decision that applied at commit, or null. */
  readonly decision: { readonly kind: DecisionKind; readonly version: number; readonly sponsor: Person | null } | null;
}

/** Who committed which PI of which project, when; without the items. */
export interface BaselineMeta {
  readonly projectKey: string;
  readonly pi: Pi;
  /** 1 for the first commit of this PI, then 2, 3... */
  readonly version: number;
  /** ISO date-time. */
  readonly committedAt: string;
  readonly committedBy: Person;
  readonly itemCount: number;
}

export interface Baseline extends BaselineMeta {
  /** The unit the items' sizes are in; absent in baselines committed before sizes were kept. */
  readonly capacityUnit?: CapacityUnit;
  /** In the report's order at commit (worst first). */
  readonly items: readonly BaselineItem[];
}

export interface DriftItem {
  readonly key: string;
  readonly summary: string;
}

/** What changed in the PI since its baseline was committed. */
export interface Drift {
  /** In the PI now, not at commit: scope creep. */
  readonly added: readonly (DriftItem & { readonly verdict: Verdict })[];
  /** In the PI at commit, not now (dropped, moved or finished elsewhere). */
  readonly removed: readonly (DriftItem & { readonly verdictAtCommit: Verdict })[];
  /** In the PI at both times, with a worse verdict now. */
  readonly worsened: readonly (DriftItem & { readonly from: Verdict; readonly to: Verdict })[];
  /** In the PI at both times, with fewer fresh field evidence records now than at commit (evidence aged out or was removed). */
  readonly evidenceExpired: readonly (DriftItem & { readonly freshAtCommit: number; readonly freshNow: number })[];
}

/** A report's view of its baseline: the newest version for the report's project and PI, and the drift since. */
export interface BaselineDrift {
  readonly committedAt: string;
  readonly committedBy: Person;
  readonly version: number;
  readonly drift: Drift;
}

export const BASELINE_FORMATS = ['markdown', 'csv', 'json'] as const;
export type BaselineFormat = (typeof BASELINE_FORMATS)[number];
