import type { VersionRef, SprintRef, WebLink } from '../domain/model';
import type { Person } from '../shared/decision';

/**
 * What the app needs from Jira, over any JiraTransport. Implemented by
 * createJiraClient() in create-client.ts: paging, bounded retries of 429/5xx
 * (Retry-After honoured), zod parsing of every response, and failures thrown
 * as AppError (JIRA_* codes, with status and path in the message).
 */

/** An issue from enhanced search, after parsing: only what the app reads. */
export interface RawIssue {
  readonly id: string;
  readonly key: string;
  /** Field values by field id (summary, status, issuetype, project, fixVersions, issuelinks, parent, labels, duedate, customfield_*). */
  readonly fields: Readonly<Record<string, unknown>>;
  /** Issue properties requested inline, by key. */
  readonly properties: Readonly<Record<string, unknown>>;
  /** The changelog, when the search asked for expand: ['changelog']; complete = false when Jira cut it short. */
  readonly changelog?: { readonly histories: readonly RawHistory[]; readonly complete: boolean };
  /**
   * Whether the user may edit the issue, when the search asked for
   * expand: ['editmeta'] (Jira's editmeta lists no field when they may not;
   * an issue sent without editmeta counts as not editable).
   */
  readonly editable?: boolean;
}

export interface SearchRequest {
  readonly jql: string;
  readonly fields: readonly string[];
  /** At most 5 (Jira's limit). */
  readonly properties?: readonly string[];
  /** Page size; Jira may return fewer. Default 100. */
  readonly pageSize?: number;
  /**
   * 'changelog' inlines each issue's history; 'editmeta' tells whether the
   * user may edit each issue (RawIssue.editable). Used for a single item: the panel.
   */
  readonly expand?: readonly ('changelog' | 'editmeta')[];
}

/** One history entry of the changelog, limited to the fields asked for. */
export interface RawHistory {
  readonly created: string;
  /** Who made the change, when Jira says (the alignment history names them). */
  readonly author?: { readonly accountId?: string; readonly displayName?: string };
  readonly items: readonly {
    readonly fieldId?: string;
    readonly field: string;
    readonly from: string | null;
    readonly fromString: string | null;
    readonly to: string | null;
    readonly toString: string | null;
  }[];
}

/** A search that may stop early when the invocation's deadline is near (see searchUntilDeadline). */
export interface SearchResult {
  readonly issues: RawIssue[];
  /** False when the deadline stopped the paging before the last page: `issues` holds what was read. */
  readonly complete: boolean;
}

/** An issue type of the site (GET /rest/api/3/issuetype), for the settings pickers. */
export interface SiteIssueTypeRef {
  readonly id: string;
  readonly name: string;
  readonly subtask: boolean;
  /** Set for a team-managed project's own type: the project id it belongs to. */
  readonly projectId?: string;
}

/** An issue link type (GET /rest/api/3/issueLinkType). */
export interface SiteLinkTypeRef {
  readonly id: string;
  readonly name: string;
  readonly inward: string;
  readonly outward: string;
}

/** A field (GET /rest/api/3/field): id, name, whether custom, and its schema type ("date", "array", "option", ...). */
export interface SiteFieldRef {
  readonly id: string;
  readonly name: string;
  readonly custom: boolean;
  readonly type?: string;
  /** The custom field type key, e.g. com.atlassian.jira.plugin.system.customfieldtypes:datepicker. */
  readonly customType?: string;
}

export interface JiraClient {
  /** Every page of an enhanced search (/rest/api/3/search/jql, nextPageToken paging); all or a thrown AppError. */
  search(request: SearchRequest): Promise<RawIssue[]>;
  /**
   * The same search, but when the client's deadline is near it stops before
   * the next page and answers the pages read so far with complete = false,
   * instead of failing (scope reports show an explicit partial result).
   */
  searchUntilDeadline(request: SearchRequest): Promise<SearchResult>;
  /** The issue types the user can see (GET /rest/api/3/issuetype, one request, not paged). */
  issueTypes(): Promise<SiteIssueTypeRef[]>;
  /** Every issue link type (GET /rest/api/3/issueLinkType, one request). */
  issueLinkTypes(): Promise<SiteLinkTypeRef[]>;
  /** Every system and custom field (GET /rest/api/3/field, one request, not paged). */
  fields(): Promise<SiteFieldRef[]>;
  /** Every version of a project (/rest/api/3/project/{key}/version, paged). */
  projectVersions(projectKey: string): Promise<VersionRef[]>;
  /** Every sprint of a board (/rest/agile/1.0/board/{id}/sprint, paged). */
  boardSprints(boardId: number): Promise<SprintRef[]>;
  /** A board's issues as JQL (`filter = <its filter id>`) and its project, from the board configuration. */
  boardScope(boardId: number): Promise<{ readonly jql: string; readonly projectKeys: readonly string[]; readonly name: string }>;
  /** Projects and boards the user can see (for the gadget's edit view). */
  listProjects(): Promise<{ key: string; name: string }[]>;
  listBoards(): Promise<{ id: number; name: string; projectKey?: string }[]>;
  /** Web links of one issue (/rest/api/3/issue/{key}/remotelink). */
  remoteLinks(issueKey: string): Promise<WebLink[]>;
  /** Changelogs of many issues (POST /rest/api/3/changelog/bulkfetch, ≤1000 issues a request), by issue id. */
  changelogs(issueIds: readonly string[], fieldIds: readonly string[]): Promise<Map<string, RawHistory[]>>;
  /** An issue property's value, or undefined when not set. Throws NOT_FOUND when the issue is not visible. */
  getIssueProperty(issueKey: string, propertyKey: string): Promise<unknown>;
  setIssueProperty(issueKey: string, propertyKey: string, value: unknown): Promise<void>;
  /**
   * One property on many issues, by issue id: POST /rest/api/3/issue/properties/multi,
   * ≤100 issues a request (BULK_PROPERTY_MAX_ISSUES). Jira applies it as an
   * asynchronous, non-transactional task (OAS bulkSetIssuePropertiesByIssue):
   * the call returns once Jira accepted the task, and an issue that no longer
   * exists is ignored.
   */
  setIssuePropertyBulk(propertyKey: string, values: readonly { readonly issueId: string; readonly value: unknown }[]): Promise<void>;
  deleteIssueProperty(issueKey: string, propertyKey: string): Promise<void>;
  /** The user's permissions (/rest/api/3/mypermissions) in a project or on an issue. */
  myPermissions(
    context: { readonly issueKey?: string; readonly projectKey?: string },
    permissions: readonly string[],
  ): Promise<Record<string, boolean>>;
  /** A workflow status by id (GET /rest/api/3/status/{idOrName}): its id and name. NOT_FOUND when there is none. */
  status(statusId: string): Promise<{ readonly id: string; readonly name: string }>;
  /** Adds a comment of plain text, as one ADF paragraph per line (POST /rest/api/3/issue/{key}/comment, 201). */
  addComment(issueKey: string, text: string): Promise<void>;
  /**
   * Edits an issue as the caller (PUT /rest/api/3/issue/{key}, 204): `fields`
   * sets values, `update` applies operations ({fixVersions: [{remove: {name}}]}).
   * Jira's refusal (400 with errors per field, 403, 404) is thrown as AppError.
   */
  editIssue(issueKey: string, body: IssueEdit): Promise<void>;
  /** Active people (accountType atlassian) whose name matches the text, as the caller may see them (GET /rest/api/3/user/search, at most 20). */
  searchUsers(query: string): Promise<Person[]>;
  /** One user by account id (GET /rest/api/3/user), null when there is none; `active` tells a deactivated account. */
  user(accountId: string): Promise<(Person & { readonly active: boolean; readonly accountType: string }) | null>;
}

/** The body of an issue edit (OAS IssueUpdateDetails): field values to set and operations to apply. */
export interface IssueEdit {
  readonly fields?: Readonly<Record<string, unknown>>;
  readonly update?: Readonly<Record<string, unknown>>;
}
