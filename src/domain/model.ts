import type { DecisionRecord } from '../shared/decision';
import type { EvidenceRecord } from '../shared/evidence';
import type { ObjectiveCandidate, StatusCategory } from '../shared/assessment';
import type { Delivery } from '../shared/outcome';

export * from '../shared/assessment';

/**
 * The work item as the core sees it: what the Jira adapter read, already
 * mapped out of REST shapes, with nothing computed yet.
 */

/** A fixVersion as Jira lists it for a project (dates are YYYY-MM-DD or absent). */
export interface VersionRef {
  readonly id: string;
  readonly name: string;
  readonly startDate?: string;
  readonly releaseDate?: string;
  readonly released: boolean;
  readonly archived: boolean;
}

/** A sprint as it appears in the sprint field. */
export interface SprintRef {
  readonly id: number;
  readonly name: string;
  readonly state: 'future' | 'active' | 'closed';
  readonly startDate?: string;
  readonly endDate?: string;
}

/** A Jira web link (remote link) on the work item. */
export interface WebLink {
  readonly id: string;
  readonly url: string;
  readonly title: string;
}

/** One change of the PI-carrying field, from the item's history. */
export interface PlanningChange {
  /** ISO date-time of the change. */
  readonly at: string;
  /** PI-field values before and after (fixVersion names, sprint names, labels or field values). */
  readonly from: readonly string[];
  readonly to: readonly string[];
}

export interface WorkItem {
  readonly id: string;
  readonly key: string;
  readonly summary: string;
  readonly projectKey: string;
  readonly issueType: string;
  readonly status: string;
  readonly statusCategory: StatusCategory;
  /** Raw planning values; which one carries the PI depends on settings.pi. */
  readonly fixVersions: readonly string[];
  readonly sprints: readonly SprintRef[];
  readonly labels: readonly string[];
  /** Values of the PI custom field (settings.pi.source = customField), as strings. */
  readonly piFieldValues: readonly string[];
  readonly objectiveCandidates: readonly ObjectiveCandidate[];
  /** Every stored record, removed ones included (the core ignores those). */
  readonly evidence: readonly EvidenceRecord[];
  /** null when web links were not read (scope reports: Jira has no bulk read for them). */
  readonly webLinks: readonly WebLink[] | null;
  /** Changes of the PI-carrying field, oldest first. */
  readonly planningHistory: readonly PlanningChange[];
  /** PI decision records the app signed (or, without a key, every readable one), oldest first: src/jira/map-decisions.ts. */
  readonly decisions: readonly DecisionRecord[];
  /** The item's size in its project's capacity field (src/jira/map-size.ts), or null when unsized or items are counted. */
  readonly size: number | null;
  /**
   * When the item reached Done (src/jira/map-delivery.ts): Jira's resolution date, else the
   * changelog's transition into its current status; null when not Done or the day is unknown.
   */
  readonly delivery: Delivery | null;
}

