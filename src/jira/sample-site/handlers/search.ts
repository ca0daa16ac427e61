import type { JiraRequest, JiraResponse } from '../../transport';
import type { SiteIssue } from '../model';
import type { SiteState } from '../state';
import type { SampleUserId } from '../users';
import { compileJql } from '../jql/compile';
import { JqlError } from '../jql/jql-error';
import { decodePageToken, encodePageToken } from '../http/page-token';
import { parseIntParam, QueryParams } from '../http/query';
import { badRequest, errorResponse, jsonResponse } from '../http/responses';
import { editMeta } from './edit-meta';
import { IssueJson, selectFields } from './issue-json';

/**
 * Enhanced search: GET/POST /rest/api/3/search/jql. Token paging, no total.
 * maxResults defaults to 50 and is capped at 100 (Jira may return fewer per
 * page than asked; the app must follow nextPageToken).
 */

export const SEARCH_DEFAULT_MAX_RESULTS = 50;
export const SEARCH_MAX_RESULTS_CAP = 100;
const MAX_PROPERTIES = 5;
/** The expand values the site honours (Jira also knows renderedFields, names, schema, transitions, operations, versionedRepresentations). */
export const SEARCH_EXPANDS = ['changelog', 'editmeta'] as const;

interface SearchInput {
  readonly jql: string;
  readonly nextPageToken: string | undefined;
  readonly maxResults: number;
  readonly fields: string[] | undefined;
  readonly properties: string[];
  readonly expand: string[];
}

const PARAMS = ['jql', 'nextPageToken', 'maxResults', 'fields', 'properties', 'expand'];

const listOf = (name: string, value: unknown): string[] | undefined => {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
    return value.flatMap((v) => v.split(',')).map((s) => s.trim()).filter((s) => s !== '');
  }
  throw badRequest(`'${name}' must be a list of strings.`);
};

const fromGet = (request: JiraRequest): SearchInput => {
  const q = new QueryParams(request.query, PARAMS);
  return {
    jql: q.string('jql') ?? '',
    nextPageToken: q.string('nextPageToken'),
    maxResults: q.int('maxResults', SEARCH_DEFAULT_MAX_RESULTS, 1),
    fields: q.list('fields'),
    properties: q.list('properties') ?? [],
    expand: q.list('expand') ?? [],
  };
};

const fromPost = (request: JiraRequest): SearchInput => {
  new QueryParams(request.query, []);
  const body = request.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest('The request body must be a JSON object.');
  const b = body as Record<string, unknown>;
  for (const k of Object.keys(b)) {
    if (!PARAMS.includes(k)) throw badRequest(`The sample site does not support '${k}' in the search request body.`);
  }
  if (b['jql'] !== undefined && typeof b['jql'] !== 'string') throw badRequest("'jql' must be a string.");
  if (b['nextPageToken'] !== undefined && b['nextPageToken'] !== null && typeof b['nextPageToken'] !== 'string') {
    throw badRequest("'nextPageToken' must be a string.");
  }
  const max = b['maxResults'];
  if (max !== undefined && typeof max !== 'number') throw badRequest("'maxResults' must be a number.");
  return {
    jql: b['jql'] ?? '',
    nextPageToken: b['nextPageToken'] ?? undefined,
    maxResults: max === undefined ? SEARCH_DEFAULT_MAX_RESULTS : parseIntParam('maxResults', max, 1),
    fields: listOf('fields', b['fields']),
    properties: listOf('properties', b['properties']) ?? [],
    expand: listOf('expand', b['expand']) ?? [],
  };
};

/**
 * Matching issues per (user, jql), reused while paging: kept until the next
 * issue edit, and an answer over a property alias only until the next
 * property write.
 */
export class SearchCache {
  private readonly entries = new Map<string, { readonly issues: SiteIssue[]; readonly writes: number | null; readonly edits: number }>();
  get(state: SiteState, user: SampleUserId, jql: string): SiteIssue[] {
    const cacheKey = `${user}\u0000${jql}`;
    const hit = this.entries.get(cacheKey);
    if (hit !== undefined && hit.edits === state.issueEdits && (hit.writes === null || hit.writes === state.propertyWrites)) return hit.issues;
    const query = compileJql({ state, user }, jql);
    const issues = state.issues.filter((i) => state.canSee(user, i) && query.matches(i)).sort(query.compare);
    this.entries.delete(cacheKey);
    if (this.entries.size >= 16) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(cacheKey, { issues, writes: query.readsProperties ? state.propertyWrites : null, edits: state.issueEdits });
    return issues;
  }
}

export const search = (state: SiteState, cache: SearchCache, user: SampleUserId, request: JiraRequest): JiraResponse => {
  const input = request.method === 'GET' ? fromGet(request) : fromPost(request);
  if (input.properties.length > MAX_PROPERTIES) {
    throw badRequest(`You can request at most ${MAX_PROPERTIES} issue properties; ${input.properties.length} were requested.`);
  }
  for (const e of input.expand) {
    if (!(SEARCH_EXPANDS as readonly string[]).includes(e)) {
      throw badRequest(`The sample site does not support expand '${e}'; only ${SEARCH_EXPANDS.map((x) => `'${x}'`).join(' and ')}.`);
    }
  }
  const fields = selectFields(input.fields);
  let matching: SiteIssue[];
  try {
    matching = cache.get(state, user, input.jql);
  } catch (e) {
    if (e instanceof JqlError) return errorResponse(400, e.message);
    throw e;
  }
  const scope = `${user}\u0000${input.jql}`;
  const offset = decodePageToken(scope, input.nextPageToken);
  const pageSize = Math.min(input.maxResults, SEARCH_MAX_RESULTS_CAP);
  const page = matching.slice(offset, offset + pageSize);
  const json = new IssueJson(state, user);
  const issues = page.map((issue) => {
    const out: Record<string, unknown> = {
      expand: '',
      id: issue.id,
      self: `${state.store.baseUrl}/rest/api/3/issue/${issue.id}`,
      key: issue.key,
      fields: json.fields(issue, fields),
    };
    if (input.properties.length > 0) {
      const props: Record<string, unknown> = {};
      for (const key of input.properties) {
        const raw = state.property(issue.id, key);
        if (raw !== undefined) props[key] = JSON.parse(raw) as unknown;
      }
      out['properties'] = props;
    }
    if (input.expand.includes('changelog')) {
      const histories = state.historiesOf(issue.id).map((h) => json.history(h));
      out['changelog'] = { startAt: 0, maxResults: histories.length, total: histories.length, histories };
    }
    if (input.expand.includes('editmeta')) out['editmeta'] = editMeta(state, user, issue);
    return out;
  });
  const end = offset + page.length;
  const isLast = end >= matching.length;
  return jsonResponse(200, isLast ? { issues, isLast } : { issues, nextPageToken: encodePageToken(scope, end), isLast });
};
