import type { JiraRequest, JiraResponse } from '../../transport';
import type { SiteState } from '../state';
import { hasProjectPermission, isSamplePermission, PERMISSION_DETAILS, type SamplePermission, type SampleUserId } from '../users';
import { QueryParams } from '../http/query';
import { badRequest, issueNotFound, jsonResponse } from '../http/responses';
import { findProject } from './projects';

/**
 * GET /rest/api/3/mypermissions. With an issue: whether the user holds the
 * permission on that issue (404 when the issue is invisible); with a
 * project: in that project; with neither: in at least one project (Jira's rule).
 */
export const myPermissions = (state: SiteState, user: SampleUserId, request: JiraRequest): JiraResponse => {
  const q = new QueryParams(request.query, ['permissions', 'issueKey', 'issueId', 'projectKey', 'projectId']);
  const requested = q.list('permissions');
  if (requested === undefined || requested.length === 0) {
    throw badRequest('The permissions query parameter is required. Pass a comma-separated list of permission keys.');
  }
  const keys: SamplePermission[] = requested.map((p) => {
    if (!isSamplePermission(p)) throw badRequest(`The sample site does not know the permission '${p}'. Supported: ${Object.keys(PERMISSION_DETAILS).join(', ')}.`);
    return p;
  });
  const issueRef = q.string('issueKey') ?? q.string('issueId');
  const projectRef = q.string('projectKey') ?? q.string('projectId');
  let have: (p: SamplePermission) => boolean;
  if (issueRef !== undefined) {
    const issue = state.visibleIssue(user, issueRef);
    if (issue === undefined) throw issueNotFound();
    have = (p) => state.can(user, issue, p);
  } else if (projectRef !== undefined) {
    const project = findProject(state, user, projectRef);
    have = (p) => hasProjectPermission(user, project.key, p);
  } else {
    have = (p) => state.store.projects.some((project) => hasProjectPermission(user, project.key, p));
  }
  const permissions: Record<string, unknown> = {};
  for (const key of keys) {
    const d = PERMISSION_DETAILS[key];
    permissions[key] = { id: d.id, key, name: d.name, type: 'PROJECT', description: d.description, havePermission: have(key) };
  }
  return jsonResponse(200, { permissions });
};
