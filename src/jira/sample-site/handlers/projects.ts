import type { JiraRequest, JiraResponse } from '../../transport';
import type { SiteProject } from '../model';
import type { SiteState } from '../state';
import { hasProjectPermission, type SampleUserId } from '../users';
import { pageBean, QueryParams } from '../http/query';
import { jsonResponse, SiteError } from '../http/responses';
import { versionJson } from './version-json';

/** GET /rest/api/3/project/search and GET /rest/api/3/project/{key}/version. */

export const findProject = (state: SiteState, user: SampleUserId, keyOrId: string): SiteProject => {
  const p = state.store.projects.find((x) => x.key.toUpperCase() === keyOrId.toUpperCase() || x.id === keyOrId);
  if (p === undefined || !hasProjectPermission(user, p.key, 'BROWSE_PROJECTS')) {
    throw new SiteError(404, `No project could be found with key '${keyOrId}'.`);
  }
  return p;
};

export const projectSearch = (state: SiteState, user: SampleUserId, request: JiraRequest): JiraResponse => {
  const q = new QueryParams(request.query, ['startAt', 'maxResults']);
  const startAt = q.int('startAt', 0, 0);
  const maxResults = Math.min(q.int('maxResults', 50, 1), 100);
  const base = state.store.baseUrl;
  const values = state.store.projects
    .filter((p) => hasProjectPermission(user, p.key, 'BROWSE_PROJECTS'))
    .map((p) => ({
      self: `${base}/rest/api/3/project/${p.id}`,
      id: p.id,
      key: p.key,
      name: p.name,
      projectTypeKey: 'software',
      simplified: false,
      style: 'classic',
      isPrivate: false,
    }));
  return jsonResponse(200, pageBean(values, startAt, maxResults, (s) => `${base}/rest/api/3/project/search?maxResults=${maxResults}&startAt=${s}`, true));
};

export const projectVersions = (state: SiteState, user: SampleUserId, request: JiraRequest, projectKeyOrId: string): JiraResponse => {
  const q = new QueryParams(request.query, ['startAt', 'maxResults']);
  const startAt = q.int('startAt', 0, 0);
  const maxResults = Math.min(q.int('maxResults', 50, 1), 100);
  const p = findProject(state, user, projectKeyOrId);
  const base = state.store.baseUrl;
  const today = state.store.today;
  const values = state.store.versions
    .filter((v) => v.projectId === p.id)
    .map((v) => ({
      ...versionJson(base, v),
      ...(v.startDate !== undefined ? { startDate: v.startDate } : {}),
      ...(v.releaseDate !== undefined ? { overdue: !v.released && v.releaseDate < today } : {}),
      projectId: Number(p.id),
    }));
  return jsonResponse(
    200,
    pageBean(values, startAt, maxResults, (s) => `${base}/rest/api/3/project/${p.key}/version?maxResults=${maxResults}&startAt=${s}`, true),
  );
};
