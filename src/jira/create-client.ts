import { z } from 'zod';
import type { SprintRef, VersionRef, WebLink } from '../domain/model';
import { AppError, isAppError } from '../shared/result';
import type { IssueEdit, JiraClient, RawHistory, RawIssue, SearchRequest, SearchResult, SiteFieldRef, SiteIssueTypeRef, SiteLinkTypeRef } from './client';
import type { JiraRequest, JiraTransport } from './transport';
import { MIN_EXCHANGE_MS, requestAccepted, requestJson, type Exchange } from './request-json';
import { retryPolicy, type RetryOptions } from './retry-policy';
import {
  BoardConfigSchema,
  BoardsPageSchema,
  BulkChangelogResponseSchema,
  ChangeHistorySchema,
  FieldsSchema,
  IssueLinkTypesSchema,
  IssueTypesSchema,
  IssuePropertySchema,
  MyPermissionsSchema,
  ProjectVersionsPageSchema,
  RemoteLinksSchema,
  SearchPageSchema,
  SprintsPageSchema,
  UserListSchema,
  UserSchema,
  type JiraUser,
} from './schemas';
import { toVersionRef } from './map-version';
import { quote } from './jql';
import { toSprintRef } from './map-sprint';
import { chunks, endlessPaging, MAX_PAGES, pageLedger, readOffsetPages } from './paging';
import { budgetWords } from '../shared/deadline';

/** Retries and the invocation's deadline (RetryOptions.deadline): one client serves one invocation. */
export type JiraClientOptions = RetryOptions;

/**
 * searchUntilDeadline stops before the next page once less than this, plus
 * the slowest page so far, is left of the deadline: the time a resolver
 * needs to read the PI calendar and objectives, score and answer.
 */
export const SEARCH_RESERVE_MS = 3000;

/** Jira's cap on issues per bulk property request (OAS bulkSetIssuePropertiesByIssue: "up to 100 issues"). */
export const BULK_PROPERTY_MAX_ISSUES = 100;
/** Jira's cap on ids per changelog bulkfetch request. */
export const BULKFETCH_MAX_IDS = 1000;
const enc = encodeURIComponent;
/** The most people one user search answers (the sponsor picker's list). */
export const USER_SEARCH_MAX = 20;

const ProjectsPageSchema = z.object({
  values: z.array(z.object({ key: z.string(), name: z.string() }).loose()),
  isLast: z.boolean().optional(),
  startAt: z.number().int().optional(),
  total: z.number().int().optional(),
}).loose();

/** GET /rest/api/3/status/{idOrName} (OAS StatusDetails): only what the app reads. */
const StatusDetailsSchema = z.object({ id: z.string(), name: z.string() }).loose();

/** Plain text as an Atlassian Document Format document: one paragraph per non-empty line. */
export const adfOfText = (text: string) => ({
  type: 'doc',
  version: 1,
  content: text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => ({ type: 'paragraph', content: [{ type: 'text', text: line }] })),
});

const toRawHistory = (h: z.infer<typeof ChangeHistorySchema>): RawHistory => ({
  created: h.created,
  ...(h.author === undefined || h.author === null
    ? {}
    : {
        author: {
          ...(h.author.accountId === undefined ? {} : { accountId: h.author.accountId }),
          ...(h.author.displayName === undefined ? {} : { displayName: h.author.displayName }),
        },
      }),
  items: h.items.map((i) => ({
    ...(i.fieldId === undefined ? {} : { fieldId: i.fieldId }),
    field: i.field,
    from: i.from ?? null,
    fromString: i.fromString ?? null,
    to: i.to ?? null,
    toString: i.toString ?? null,
  })),
});

/** The JiraClient over any transport: paging, bounded retries, zod-checked responses, AppError failures. */
export const createJiraClient = (transport: JiraTransport, options: JiraClientOptions = {}): JiraClient => {
  const exchange: Exchange = { transport, policy: retryPolicy(options) };
  const call = <S extends z.ZodType>(request: JiraRequest, schema: S) => requestJson(exchange, request, schema);

  const deadline = exchange.policy.deadline;

  const searchPage = (request: SearchRequest, nextPageToken: string | undefined) =>
    call(
      {
        method: 'GET',
        path: '/rest/api/3/search/jql',
        query: {
          jql: request.jql,
          ...(request.fields.length > 0 ? { fields: request.fields.join(',') } : {}),
          ...(request.properties !== undefined && request.properties.length > 0 ? { properties: request.properties.join(',') } : {}),
          maxResults: request.pageSize ?? 100,
          ...(request.expand !== undefined && request.expand.length > 0 ? { expand: [...new Set(request.expand)].join(',') } : {}),
          ...(nextPageToken === undefined ? {} : { nextPageToken }),
        },
      },
      SearchPageSchema,
    );

  /**
   * The pages of a search, in order, until the last one; with `untilDeadline`
   * it stops early (complete = false) before a page the deadline leaves no
   * room for. Either way a looping token or an issue listed twice fails the
   * whole search: a wrong count is worse than none.
   */
  const readSearch = async (request: SearchRequest, untilDeadline: boolean): Promise<SearchResult> => {
    const issues: RawIssue[] = [];
    const withEditMeta = request.expand?.includes('editmeta') === true;
    const ledger = pageLedger('search');
    let nextPageToken: string | undefined;
    let slowestPageMs = 0;
    for (let page = 1; page <= MAX_PAGES; page += 1) {
      if (page > 1 && untilDeadline && deadline.isNear(SEARCH_RESERVE_MS + slowestPageMs)) return { issues, complete: false };
      if (page > 1 && deadline.isNear(MIN_EXCHANGE_MS)) {
        throw new AppError(
          'DEADLINE',
          `The ${budgetWords(deadline)} time limit ran out after ${page - 1} pages (${issues.length} issues) of the search, before its last page. Try again; if it happens every time, narrow the scope (a board or a PI with fewer items).`,
        );
      }
      const before = deadline.remainingMs();
      let result: z.output<typeof SearchPageSchema>;
      try {
        result = await searchPage(request, nextPageToken);
      } catch (error) {
        if (page > 1 && untilDeadline && isAppError(error) && error.code === 'DEADLINE') return { issues, complete: false };
        throw error;
      }
      const pageMs = before - deadline.remainingMs();
      if (Number.isFinite(pageMs)) slowestPageMs = Math.max(slowestPageMs, pageMs);
      ledger.addPage(page, result.issues.map((issue) => ({ id: issue.id, label: `issue ${issue.key}` })));
      for (const issue of result.issues) {
        const histories = issue.changelog?.histories;
        issues.push({
          id: issue.id,
          key: issue.key,
          fields: issue.fields ?? {},
          properties: issue.properties ?? {},
          ...(withEditMeta ? { editable: Object.keys(issue.editmeta?.fields ?? {}).length > 0 } : {}),
          ...(histories === undefined
            ? {}
            : {
                changelog: {
                  histories: histories.map(toRawHistory),
                  complete: issue.changelog?.total === undefined || histories.length >= issue.changelog.total,
                },
              }),
        });
      }
      nextPageToken = result.nextPageToken ?? undefined;
      // An empty page that names a next page is followed: the loop and MAX_PAGES checks still end it.
      if (result.isLast === true || nextPageToken === undefined) return { issues, complete: true };
      ledger.follow(page, nextPageToken);
    }
    throw endlessPaging('search');
  };

  const search = async (request: SearchRequest): Promise<RawIssue[]> => (await readSearch(request, false)).issues;

  const searchUntilDeadline = (request: SearchRequest): Promise<SearchResult> => readSearch(request, true);

  const issueTypes = async (): Promise<SiteIssueTypeRef[]> => {
    const types = await call({ method: 'GET', path: '/rest/api/3/issuetype' }, IssueTypesSchema);
    return types.map((t) => {
      const projectId = t.scope?.project?.id;
      return { id: t.id, name: t.name, subtask: t.subtask === true, ...(projectId === undefined ? {} : { projectId }) };
    });
  };

  const issueLinkTypes = async (): Promise<SiteLinkTypeRef[]> => {
    const answer = await call({ method: 'GET', path: '/rest/api/3/issueLinkType' }, IssueLinkTypesSchema);
    const types = Array.isArray(answer) ? answer : answer.issueLinkTypes;
    return types.map((t) => ({ id: t.id, name: t.name, inward: t.inward, outward: t.outward }));
  };

  const fields = async (): Promise<SiteFieldRef[]> => {
    const all = await call({ method: 'GET', path: '/rest/api/3/field' }, FieldsSchema);
    return all.map((f) => ({
      id: f.id,
      name: f.name,
      custom: f.custom === true,
      ...(f.schema?.type === undefined ? {} : { type: f.schema.type }),
      ...(f.schema?.custom === undefined ? {} : { customType: f.schema.custom }),
    }));
  };

  const projectVersions = async (projectKey: string): Promise<VersionRef[]> => {
    const versions = await readOffsetPages(
      `version list of ${projectKey}`,
      (startAt) =>
        call({ method: 'GET', path: `/rest/api/3/project/${enc(projectKey)}/version`, query: { startAt, maxResults: 50 } }, ProjectVersionsPageSchema),
      (v) => v.id,
    );
    return versions.map(toVersionRef);
  };

  const boardSprints = async (boardId: number): Promise<SprintRef[]> => {
    const sprints = await readOffsetPages(
      `sprint list of board ${boardId}`,
      (startAt) => call({ method: 'GET', path: `/rest/agile/1.0/board/${boardId}/sprint`, query: { startAt, maxResults: 50 } }, SprintsPageSchema),
      (sprint) => String(sprint.id),
    );
    return sprints.map(toSprintRef);
  };

  /** A board's issues as JQL: `filter = <its filter id>` (Jira expands the saved filter), from one configuration request. */
  const boardScope = async (boardId: number) => {
    const config = await call({ method: 'GET', path: `/rest/agile/1.0/board/${boardId}/configuration` }, BoardConfigSchema);
    const projectKey = config.location?.type === 'project' || config.location?.type === undefined ? (config.location?.key ?? config.location?.projectKey) : undefined;
    return { jql: `filter = ${quote(config.filter.id)}`, projectKeys: projectKey === undefined ? [] : [projectKey], name: config.name };
  };

  const listProjects = async () => {
    const projects = await readOffsetPages(
      'project list',
      (startAt) => call({ method: 'GET', path: '/rest/api/3/project/search', query: { startAt, maxResults: 50 } }, ProjectsPageSchema),
      (p) => p.key,
    );
    return projects.map((p) => ({ key: p.key, name: p.name }));
  };

  const listBoards = async () => {
    const boards = await readOffsetPages(
      'board list',
      (startAt) => call({ method: 'GET', path: '/rest/agile/1.0/board', query: { startAt, maxResults: 50 } }, BoardsPageSchema),
      (b) => String(b.id),
    );
    return boards.map((b) => {
      const projectKey = b.location?.projectKey;
      return projectKey === undefined ? { id: b.id, name: b.name } : { id: b.id, name: b.name, projectKey };
    });
  };

  const remoteLinks = async (issueKey: string): Promise<WebLink[]> => {
    const links = await call({ method: 'GET', path: `/rest/api/3/issue/${enc(issueKey)}/remotelink` }, RemoteLinksSchema);
    return links.map((l) => ({ id: String(l.id), url: l.object.url, title: l.object.title }));
  };

  const changelogs = async (issueIds: readonly string[], fieldIds: readonly string[]): Promise<Map<string, RawHistory[]>> => {
    const byIssue = new Map<string, RawHistory[]>();
    for (const ids of chunks([...new Set(issueIds)], BULKFETCH_MAX_IDS)) {
      const ledger = pageLedger('changelog bulkfetch');
      let nextPageToken: string | undefined;
      let ended = false;
      for (let page = 1; page <= MAX_PAGES && !ended; page += 1) {
        const result = await call(
          {
            method: 'POST',
            path: '/rest/api/3/changelog/bulkfetch',
            body: {
              issueIdsOrKeys: ids,
              ...(fieldIds.length > 0 ? { fieldIds: [...fieldIds] } : {}),
              maxResults: 10000,
              ...(nextPageToken === undefined ? {} : { nextPageToken }),
            },
          },
          BulkChangelogResponseSchema,
        );
        const logs = result.issueChangeLogs ?? [];
        // Histories without an id (older Jira) cannot be told apart: only the token loop check guards those.
        ledger.addPage(
          page,
          logs.flatMap((log) =>
            (log.changeHistories ?? []).flatMap((h) => (h.id === undefined ? [] : [{ id: `${log.issueId}/${h.id}`, label: `history ${h.id} of issue ${log.issueId}` }])),
          ),
        );
        for (const log of logs) {
          const list = byIssue.get(log.issueId) ?? [];
          for (const h of log.changeHistories ?? []) list.push(toRawHistory(h));
          byIssue.set(log.issueId, list);
        }
        nextPageToken = result.nextPageToken ?? undefined;
        if (nextPageToken === undefined) ended = true;
        else ledger.follow(page, nextPageToken);
      }
      if (!ended) throw endlessPaging('changelog bulkfetch');
    }
    return byIssue;
  };

  const propertyPath = (issueKey: string, propertyKey: string) => `/rest/api/3/issue/${enc(issueKey)}/properties/${enc(propertyKey)}`;

  const getIssueProperty = async (issueKey: string, propertyKey: string): Promise<unknown> => {
    try {
      const property = await call({ method: 'GET', path: propertyPath(issueKey, propertyKey) }, IssuePropertySchema);
      return property.value;
    } catch (error) {
      // Jira answers 404 both for an unset property and an invisible issue: tell them apart by asking for the keys.
      if (!isAppError(error) || error.code !== 'NOT_FOUND') throw error;
      await call({ method: 'GET', path: `/rest/api/3/issue/${enc(issueKey)}/properties` }, z.unknown());
      return undefined;
    }
  };

  const setIssueProperty = async (issueKey: string, propertyKey: string, value: unknown): Promise<void> => {
    await requestJson(exchange, { method: 'PUT', path: propertyPath(issueKey, propertyKey), body: value }, undefined);
  };

  /** Body: {issues: [{issueID (int64), properties: {key: value}}]}, 1–100 issues (OAS MultiIssueEntityProperties). */
  const setIssuePropertyBulk = async (propertyKey: string, values: readonly { readonly issueId: string; readonly value: unknown }[]): Promise<void> => {
    for (const batch of chunks([...values], BULK_PROPERTY_MAX_ISSUES)) {
      const issues = batch.map(({ issueId, value }) => ({ issueID: Number(issueId), properties: { [propertyKey]: value } }));
      await requestAccepted(exchange, { method: 'POST', path: '/rest/api/3/issue/properties/multi', body: { issues } });
    }
  };

  const deleteIssueProperty = async (issueKey: string, propertyKey: string): Promise<void> => {
    await requestJson(exchange, { method: 'DELETE', path: propertyPath(issueKey, propertyKey) }, undefined);
  };

  const myPermissions = async (
    context: { readonly issueKey?: string; readonly projectKey?: string },
    permissions: readonly string[],
  ): Promise<Record<string, boolean>> => {
    const result = await call(
      {
        method: 'GET',
        path: '/rest/api/3/mypermissions',
        query: {
          permissions: permissions.join(','),
          ...(context.issueKey === undefined ? {} : { issueKey: context.issueKey }),
          ...(context.projectKey === undefined ? {} : { projectKey: context.projectKey }),
        },
      },
      MyPermissionsSchema,
    );
    return Object.fromEntries(permissions.map((p) => [p, result.permissions[p]?.havePermission === true]));
  };

  const status = async (statusId: string) => {
    const found = await call({ method: 'GET', path: `/rest/api/3/status/${enc(statusId)}` }, StatusDetailsSchema);
    return { id: found.id, name: found.name };
  };

  /** Body: {body: ADF doc} (OAS addComment, schema Comment); the answer (the Comment) is not needed. */
  const addComment = async (issueKey: string, text: string): Promise<void> => {
    await call({ method: 'POST', path: `/rest/api/3/issue/${enc(issueKey)}/comment`, body: { body: adfOfText(text) } }, z.unknown());
  };

  /**
   * No notifyUsers=false: the OAS (editIssue) says disabling notifications
   * needs Administer Jira or Administer projects and is otherwise ignored, so
   * the edit notifies watchers as any edit by the person would.
   */
  const editIssue = async (issueKey: string, body: IssueEdit): Promise<void> => {
    await requestJson(exchange, { method: 'PUT', path: `/rest/api/3/issue/${enc(issueKey)}`, body }, undefined);
  };

  const toPerson = (u: JiraUser) => ({ accountId: u.accountId, displayName: u.displayName ?? u.accountId });

  /** OAS findUsers: a bare array of User; apps and customers are not people who can sponsor. */
  const searchUsers = async (query: string) => {
    const users = await call({ method: 'GET', path: '/rest/api/3/user/search', query: { query, maxResults: USER_SEARCH_MAX } }, UserListSchema);
    return users.filter((u) => u.active === true && u.accountType === 'atlassian').slice(0, USER_SEARCH_MAX).map(toPerson);
  };

  /** OAS getUser: 404 when there is no such user. */
  const user = async (accountId: string) => {
    try {
      const found = await call({ method: 'GET', path: '/rest/api/3/user', query: { accountId } }, UserSchema);
      return { ...toPerson(found), active: found.active === true, accountType: found.accountType ?? 'unknown' };
    } catch (error) {
      if (isAppError(error) && error.code === 'NOT_FOUND') return null;
      throw error;
    }
  };

  return {
    editIssue,
    searchUsers,
    user,
    status,
    addComment,
    search,
    searchUntilDeadline,
    issueTypes,
    issueLinkTypes,
    fields,
    projectVersions,
    boardSprints,
    boardScope,
    listProjects,
    listBoards,
    remoteLinks,
    changelogs,
    getIssueProperty,
    setIssueProperty,
    setIssuePropertyBulk,
    deleteIssueProperty,
    myPermissions,
  };
};
