import type { JiraRequest, JiraResponse } from '../../transport';
import type { SiteHistory } from '../model';
import type { SiteState } from '../state';
import type { SampleUserId } from '../users';
import { decodePageToken, encodePageToken } from '../http/page-token';
import { parseIntParam, QueryParams } from '../http/query';
import { badRequest, jsonResponse } from '../http/responses';
import { IssueJson } from './issue-json';

/**
 * POST /rest/api/3/changelog/bulkfetch (BulkChangelogRequestBean →
 * BulkChangelogResponseBean). Histories are ordered oldest first, then by
 * issue id; maxResults counts histories. Issues the user cannot see (or that
 * do not exist) are silently left out, as Jira does.
 */

const MAX_ISSUES = 1000;
const MAX_FIELDS = 10;
const MAX_RESULTS = 10_000;
const DEFAULT_RESULTS = 1000;

const stringList = (name: string, value: unknown): string[] => {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw badRequest(`'${name}' must be a list of strings.`);
  return value;
};

export const bulkChangelog = (state: SiteState, user: SampleUserId, request: JiraRequest): JiraResponse => {
  new QueryParams(request.query, []);
  const body = request.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest('The request body must be a JSON object.');
  const b = body as Record<string, unknown>;
  for (const k of Object.keys(b)) {
    if (!['issueIdsOrKeys', 'fieldIds', 'maxResults', 'nextPageToken'].includes(k)) throw badRequest(`Unrecognized field "${k}".`);
  }
  const ids = stringList('issueIdsOrKeys', b['issueIdsOrKeys']);
  if (ids.length < 1) throw badRequest('issueIdsOrKeys must contain at least 1 issue.');
  if (ids.length > MAX_ISSUES) throw badRequest(`issueIdsOrKeys must not contain more than ${MAX_ISSUES} issues.`);
  const fieldIds = b['fieldIds'] === undefined ? [] : stringList('fieldIds', b['fieldIds']);
  if (fieldIds.length > MAX_FIELDS) throw badRequest(`fieldIds must not contain more than ${MAX_FIELDS} fields.`);
  if (new Set(fieldIds).size !== fieldIds.length) throw badRequest('fieldIds must not contain duplicates.');
  if (b['maxResults'] !== undefined && typeof b['maxResults'] !== 'number') throw badRequest("'maxResults' must be a number.");
  const maxResults = b['maxResults'] === undefined ? DEFAULT_RESULTS : parseIntParam('maxResults', b['maxResults'], 1);
  if (maxResults > MAX_RESULTS) throw badRequest(`maxResults must not be greater than ${MAX_RESULTS}.`);
  const token = b['nextPageToken'];
  if (token !== undefined && typeof token !== 'string') throw badRequest("'nextPageToken' must be a string.");

  const issueIds = [...new Set(ids.flatMap((k) => {
    const issue = state.visibleIssue(user, k.trim());
    return issue === undefined ? [] : [issue.id];
  }))];
  const entries: { issueId: string; history: SiteHistory }[] = [];
  for (const issueId of issueIds) {
    for (const h of state.historiesOf(issueId)) {
      const items = fieldIds.length === 0 ? h.items : h.items.filter((i) => i.fieldId !== undefined && fieldIds.includes(i.fieldId));
      if (items.length > 0) entries.push({ issueId, history: items === h.items ? h : { ...h, items } });
    }
  }
  entries.sort(
    (a, b) =>
      (a.history.created < b.history.created ? -1 : a.history.created > b.history.created ? 1 : 0) ||
      Number(a.issueId) - Number(b.issueId) ||
      Number(a.history.id) - Number(b.history.id),
  );
  const scope = `${user}\u0000${[...ids].sort().join(',')}\u0000${[...fieldIds].sort().join(',')}`;
  const offset = decodePageToken(scope, token);
  const page = entries.slice(offset, offset + maxResults);
  const json = new IssueJson(state, user);
  const grouped = new Map<string, Record<string, unknown>[]>();
  for (const e of page) {
    const list = grouped.get(e.issueId) ?? [];
    list.push(json.history(e.history));
    grouped.set(e.issueId, list);
  }
  const issueChangeLogs = [...grouped].map(([issueId, changeHistories]) => ({ issueId, changeHistories }));
  const end = offset + page.length;
  return jsonResponse(200, end < entries.length ? { issueChangeLogs, nextPageToken: encodePageToken(scope, end) } : { issueChangeLogs });
};
