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
  const json = JSON.stringify(request.body);
  if (json === undefined) throw badRequest('The property value must be valid, non-empty JSON.');
  if (json.length > PROPERTY_VALUE_LIMIT) {
    throw badRequest(`The property value is too long: ${json.length} characters. The maximum allowed length is ${PROPERTY_VALUE_LIMIT} characters.`);
  }
  state.setProperty(issue.id, propertyKey, json);
  return existing === undefined ? jsonResponse(201, {}) : jsonResponse(200, {});
};
