/**
 * The sample site's data model: what a site holds before any request is
 * answered. Data modules (data/*) build a SiteStore; the server (http/*,
 * handlers/*) only reads it, plus the mutable issue properties in SiteState.
 */

export type StatusCategoryKey = 'new' | 'indeterminate' | 'done';

export interface SiteProject {
  readonly id: string;
  readonly key: string;
  readonly name: string;
}

export interface SiteIssueType {
  readonly id: string;
  readonly name: string;
  readonly hierarchyLevel: number;
}

export interface SiteStatus {
  readonly id: string;
  readonly name: string;
  readonly category: StatusCategoryKey;
}

export interface SiteVersion {
  readonly id: string;
  readonly projectId: string;
  readonly name: string;
  readonly startDate?: string;
  readonly releaseDate?: string;
  readonly released: boolean;
  readonly archived: boolean;
  readonly description?: string;
}

export interface SiteSprint {
  readonly id: number;
  readonly boardId: number;
  readonly name: string;
  readonly state: 'future' | 'active' | 'closed';
  /** ISO date-times. */
  readonly startDate: string;
  readonly endDate: string;
  readonly completeDate?: string;
  readonly goal: string;
}

export interface SiteFilter {
  readonly id: string;
  readonly name: string;
  readonly jql: string;
  readonly ownerAccountId: string;
}

export interface SiteBoard {
  readonly id: number;
  readonly name: string;
  readonly type: 'scrum' | 'kanban';
  readonly filterId: string;
  /** The project the board is located in. */
  readonly projectKey: string;
  /** Whether sprints are created on this board (a cross-project ART board only shows its projects' sprints). */
  readonly ownsSprints: boolean;
}

export interface SiteLinkType {
  readonly id: string;
  readonly name: string;
  readonly inward: string;
  readonly outward: string;
}

export interface SiteIssue {
  readonly id: string;
  readonly key: string;
  readonly projectKey: string;
  readonly summary: string;
  readonly typeName: string;
  readonly statusName: string;
  readonly fixVersionIds: readonly string[];
  readonly sprintIds: readonly number[];
  readonly labels: readonly string[];
  /** YYYY-MM-DD or null. */
  readonly duedate: string | null;
  readonly parentId: string | null;
  /** Jira date-times ("2026-01-05T10:12:00.000+0000"). */
  readonly created: string;
  readonly updated: string;
  /** Issue security level name, or null. */
  readonly securityLevel: string | null;
  /** Story points (custom field "Story Points", customfield_10016), or null when unsized. */
  readonly storyPoints: number | null;
  /**
   * Jira date-time the issue was resolved (the `resolutiondate` field), absent or null when it has
   * no resolution: a workflow without resolutions, or an issue never done.
   */
  readonly resolutionDate?: string | null;
}

/** "outwardId <type.outward> inwardId", e.g. CLIN-1 supports STRAT-2. */
export interface SiteLink {
  readonly id: string;
  readonly typeId: string;
  readonly outwardId: string;
  readonly inwardId: string;
}

export interface SiteRemoteLink {
  readonly id: number;
  readonly url: string;
  readonly title: string;
  readonly summary?: string;
  readonly globalId?: string;
  readonly relationship?: string;
  readonly application?: { readonly type: string; readonly name: string };
}

export interface SiteChangeItem {
  readonly field: string;
  readonly fieldtype: 'jira' | 'custom';
  /** Absent on link changes ("Link"), as Jira writes them. */
  readonly fieldId?: string;
  readonly from: string | null;
  readonly fromString: string | null;
  readonly to: string | null;
  readonly toString: string | null;
}

export interface SiteHistory {
  readonly id: string;
  readonly authorAccountId: string;
  /** Jira date-time. */
  readonly created: string;
  readonly items: readonly SiteChangeItem[];
}

export interface SiteStore {
  readonly today: string;
  readonly baseUrl: string;
  readonly projects: readonly SiteProject[];
  readonly issueTypes: readonly SiteIssueType[];
  readonly statuses: readonly SiteStatus[];
  readonly versions: readonly SiteVersion[];
  readonly sprints: readonly SiteSprint[];
  readonly filters: readonly SiteFilter[];
  readonly boards: readonly SiteBoard[];
  readonly linkTypes: readonly SiteLinkType[];
  /** In rank order (the order they were created). */
  readonly issues: readonly SiteIssue[];
  readonly links: readonly SiteLink[];
  remoteLinksOf(issueId: string): readonly SiteRemoteLink[];
  /** Oldest first. */
  historiesOf(issueId: string): readonly SiteHistory[];
  /** Issue properties at start, as serialised JSON by property key. */
  initialPropertiesOf(issueId: string): ReadonlyMap<string, string> | undefined;
}
