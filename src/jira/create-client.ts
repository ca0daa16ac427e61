import { z } from 'zod';
import type { SprintRef, VersionRef, WebLink } from '../domain/model';
import { isAppError } from '../shared/result';
import type { JiraClient, RawHistory, RawIssue, SearchRequest } from './client';
import type { JiraRequest, JiraTransport } from './transport';
import { requestJson, type Exchange } from './request-json';
import { retryPolicy, type RetryOptions } from './retry-policy';
import {
  BoardConfigSchema,
  BoardsPageSchema,
  BulkChangelogResponseSchema,
  ChangeHistorySchema,
  IssuePropertySchema,
  MyPermissionsSchema,
  ProjectVersionsPageSchema,
  RemoteLinksSchema,
  SearchPageSchema,
  SprintsPageSchema,
} from './schemas';
import { toVersionRef } from './map-version';
import { quote } from './jql';
import { toSprintRef } from './map-sprint';
import { chunks, MAX_PAGES, readOffsetPages } from './paging';

export type JiraClientOptions = RetryOptions;

/** Jira's cap on ids per changelog bulkfetch request. */
export const BULKFETCH_MAX_IDS = 1000;
const enc = encodeURIComponent;

const ProjectsPageSchema = z.object({
  values: z.array(z.object({ key: z.string(), name: z.string() }).passthrough()),
  isLast: z.boolean().optional(),
  startAt: z.number().int().optional(),
  total: z.number().int().optional(),
}).passthrough();

const toRawHistory = (h: z.infer<typeof ChangeHistorySchema>): RawHistory => ({
  created: h.created,
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
  const call = <S extends z.ZodTypeAny>(request: JiraRequest, schema: S) => requestJson(exchange, request, schema);

  const search = async (request: SearchRequest): Promise<RawIssue[]> => {
    const issues: RawIssue[] = [];
    const withEditMeta = request.expand?.includes('editmeta') === true;
    let nextPageToken: string | undefined;
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const result = await call(
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
      if (result.isLast === true || nextPageToken === undefined || result.issues.length === 0) break;
    }
    return issues;
  };

  const projectVersions = async (projectKey: string): Promise<VersionRef[]> => {
    const versions = await readOffsetPages((startAt) =>
      call({ method: 'GET', path: `/rest/api/3/project/${enc(projectKey)}/version`, query: { startAt, maxResults: 50 } }, ProjectVersionsPageSchema),
    );
    return versions.map(toVersionRef);
  };

  const boardSprints = async (boardId: number): Promise<SprintRef[]> => {
    const sprints = await readOffsetPages((startAt) =>
      call({ method: 'GET', path: `/rest/agile/1.0/board/${boardId}/sprint`, query: { startAt, maxResults: 50 } }, SprintsPageSchema),
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
    const projects = await readOffsetPages((startAt) =>
      call({ method: 'GET', path: '/rest/api/3/project/search', query: { startAt, maxResults: 50 } }, ProjectsPageSchema),
    );
    return projects.map((p) => ({ key: p.key, name: p.name }));
  };

  const listBoards = async () => {
    const boards = await readOffsetPages((startAt) =>
      call({ method: 'GET', path: '/rest/agile/1.0/board', query: { startAt, maxResults: 50 } }, BoardsPageSchema),
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
      let nextPageToken: string | undefined;
      for (let page = 0; page < MAX_PAGES; page += 1) {
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
        for (const log of result.issueChangeLogs ?? []) {
          const list = byIssue.get(log.issueId) ?? [];
          for (const h of log.changeHistories ?? []) list.push(toRawHistory(h));
          byIssue.set(log.issueId, list);
        }
        nextPageToken = result.nextPageToken ?? undefined;
        if (nextPageToken === undefined) break;
      }
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

  return {
    search,
    projectVersions,
    boardSprints,
    boardScope,
    listProjects,
    listBoards,
    remoteLinks,
    changelogs,
    getIssueProperty,
    setIssueProperty,
    deleteIssueProperty,
    myPermissions,
  };
};
