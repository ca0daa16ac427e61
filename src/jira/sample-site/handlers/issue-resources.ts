import type { JiraRequest, JiraResponse } from '../../transport';
import type { SiteState } from '../state';
import type { SampleUserId } from '../users';
import { QueryParams } from '../http/query';
import { badRequest, issueNotFound, jsonResponse, noContent, rawJsonResponse, SiteError } from '../http/responses';

/** Per-issue resources: remote links and issue properties. */

export const PROPERTY_VALUE_LIMIT = 32_768;
const PROPERTY_KEY_LIMIT = 255;

export const remoteLinks = (state: SiteState, user: SampleUserId, request: JiraRequest, keyOrId: string): JiraResponse => {
  const q = new QueryParams(request.query, ['globalId']);
  const issue = state.visibleIssue(user, keyOrId);
  if (issue === undefined) throw issueNotFound();
  const globalId = q.string('globalId');
  const base = state.store.baseUrl;
  const links = state.store
    .remoteLinksOf(issue.id)
    .filter((l) => globalId === undefined || l.globalId === globalId)
    .map((l) => ({
      id: l.id,
      self: `${base}/rest/api/3/issue/${issue.key}/remotelink/${l.id}`,
      ...(l.globalId !== undefined ? { globalId: l.globalId } : {}),
      ...(l.application !== undefined ? { application: { ...l.application } } : {}),
      ...(l.relationship !== undefined ? { relationship: l.relationship } : {}),
      object: {
        url: l.url,
        title: l.title,
        ...(l.summary !== undefined ? { summary: l.summary } : {}),
        icon: { url16x16: `${base}/favicon.ico`, title: l.title },
      },
    }));
  return jsonResponse(200, links);
};

export const propertyKeys = (state: SiteState, user: SampleUserId, request: JiraRequest, keyOrId: string): JiraResponse => {
  new QueryParams(request.query, []);
  const issue = state.visibleIssue(user, keyOrId);
  if (issue === undefined) throw issueNotFound();
  const base = state.store.baseUrl;
  const keys = [...state.properties(issue.id).keys()]
    .sort()
    .map((key) => ({ key, self: `${base}/rest/api/3/issue/${issue.id}/properties/${encodeURIComponent(key)}` }));
  return jsonResponse(200, { keys });
};

export const issueProperty = (state: SiteState, user: SampleUserId, request: JiraRequest, keyOrId: string, propertyKey: string): JiraResponse => {
  new QueryParams(request.query, []);
  const issue = state.visibleIssue(user, keyOrId);
  if (issue === undefined) throw issueNotFound();
  if (propertyKey.length > PROPERTY_KEY_LIMIT) throw badRequest(`The property key can not be longer than ${PROPERTY_KEY_LIMIT} characters.`);
  const existing = state.property(issue.id, propertyKey);
  if (request.method === 'GET') {
    if (existing === undefined) throw new SiteError(404, `The property with key '${propertyKey}' does not exist.`);
    return rawJsonResponse(200, `{"key":${JSON.stringify(propertyKey)},"value":${existing}}`);
  }
  if (!state.can(user, issue, 'EDIT_ISSUES')) {
    throw new SiteError(403, 'You do not have permission to edit issue properties of this issue.');
  }
  if (request.method === 'DELETE') {
    if (existing === undefined) throw new SiteError(404, `The property with key '${propertyKey}' does not exist.`);
    state.setProperty(issue.id, propertyKey, null);
    return noContent();
  }
  // PUT
  if (request.body === undefined) throw badRequest('The property value must be valid, non-empty JSON.');
  // JSON.stringify answers undefined for undefined (no body); lib.d.ts types it as string.
  const json = JSON.stringify(request.body) as string | undefined;
  if (json === undefined) throw badRequest('The property value must be valid, non-empty JSON.');
  if (json.length > PROPERTY_VALUE_LIMIT) {
    throw badRequest(`The property value is too long: ${json.length} characters. The maximum allowed length is ${PROPERTY_VALUE_LIMIT} characters.`);
  }
  state.setProperty(issue.id, propertyKey, json);
  return existing === undefined ? jsonResponse(201, {}) : jsonResponse(200, {});
};

const BULK_MAX_ISSUES = 100;
const BULK_MAX_PROPERTIES = 10;

/**
 * POST /rest/api/3/issue/properties/multi (OAS bulkSetIssuePropertiesByIssue,
 * body MultiIssueEntityProperties `{issues: [{issueID, properties}]}`): 1–100
 * issues, 1–10 properties each, each value valid JSON of at most 32,768
 * characters. Jira answers 303 See Other with the task's location and sets
 * the properties asynchronously and non-transactionally; here the task has
 * already run when the answer comes. Issues that do not exist or that the
 * user cannot see are ignored ("if an issue is not found, it is ignored");
 * issues the user may not edit are left unchanged (a failure in Jira's task
 * result). Nothing is written when the body is invalid.
 */
export const bulkSetProperties = (state: SiteState, user: SampleUserId, request: JiraRequest): JiraResponse => {
  new QueryParams(request.query, []);
  const body = request.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest('The request body must be a JSON object.');
  const extra = Object.keys(body).filter((k) => k !== 'issues');
  if (extra.length > 0) throw badRequest(`Unrecognized field "${extra[0] ?? ''}".`);
  const issues = (body as { issues?: unknown }).issues;
  if (!Array.isArray(issues) || issues.length < 1) throw badRequest('issues must contain at least 1 issue.');
  if (issues.length > BULK_MAX_ISSUES) throw badRequest(`issues must not contain more than ${BULK_MAX_ISSUES} issues.`);
  const writes: { issueId: string; key: string; json: string }[] = [];
  for (const entry of issues as unknown[]) {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) throw badRequest('Each entry of issues must be an object.');
    const { issueID, properties, ...rest } = entry as { issueID?: unknown; properties?: unknown };
    if (Object.keys(rest).length > 0) throw badRequest(`Unrecognized field "${Object.keys(rest)[0] ?? ''}".`);
    if (typeof issueID !== 'number' || !Number.isInteger(issueID) || issueID < 0) throw badRequest('issueID must be an integer.');
    if (typeof properties !== 'object' || properties === null || Array.isArray(properties)) throw badRequest('properties must be an object.');
    const entries = Object.entries(properties);
    if (entries.length < 1 || entries.length > BULK_MAX_PROPERTIES) throw badRequest(`Each issue takes 1 to ${BULK_MAX_PROPERTIES} properties.`);
    for (const [key, value] of entries) {
      if (key.length > PROPERTY_KEY_LIMIT) throw badRequest(`The property key can not be longer than ${PROPERTY_KEY_LIMIT} characters.`);
      const json = JSON.stringify(value) as string | undefined;
      if (json === undefined) throw badRequest('The property value must be valid, non-empty JSON.');
      if (json.length > PROPERTY_VALUE_LIMIT) {
        throw badRequest(`The property value is too long: ${json.length} characters. The maximum allowed length is ${PROPERTY_VALUE_LIMIT} characters.`);
      }
      writes.push({ issueId: String(issueID), key, json });
    }
  }
  for (const write of writes) {
    const issue = state.visibleIssue(user, write.issueId);
    if (issue !== undefined && state.can(user, issue, 'EDIT_ISSUES')) state.setProperty(issue.id, write.key, write.json);
  }
  // A task id of its own would need state the dump does not hold; the first issue's id names it.
  return { status: 303, headers: { location: `${state.store.baseUrl}/rest/api/3/task/${writes[0]?.issueId ?? '0'}` }, body: '' };
};
