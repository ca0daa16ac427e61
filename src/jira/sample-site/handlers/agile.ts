import type { JiraRequest, JiraResponse } from '../../transport';
import type { SiteBoard } from '../model';
import type { SiteState } from '../state';
import { hasProjectPermission, type SampleUserId } from '../users';
import { pageBean, QueryParams } from '../http/query';
import { badRequest, jsonResponse, SiteError } from '../http/responses';
import type { SearchCache } from './search';

/** Agile 1.0: boards, board configuration, board sprints; and the platform filter endpoint. */

const visibleBoards = (state: SiteState, user: SampleUserId): SiteBoard[] =>
  state.store.boards.filter((b) => hasProjectPermission(user, b.projectKey, 'BROWSE_PROJECTS'));

const findBoard = (state: SiteState, user: SampleUserId, idText: string): SiteBoard => {
  const board = /^\d+$/.test(idText) ? visibleBoards(state, user).find((b) => b.id === Number(idText)) : undefined;
  if (board === undefined) throw new SiteError(404, `Board does not exist or you do not have permission to see it.`);
  return board;
};

const location = (state: SiteState, board: SiteBoard): Record<string, unknown> => {
  const p = state.store.projects.find((x) => x.key === board.projectKey);
  if (p === undefined) throw new Error(`Sample data error: board ${board.id} in unknown project`);
  return { projectId: Number(p.id), displayName: `${p.name} (${p.key})`, projectName: p.name, projectKey: p.key, projectTypeKey: 'software', name: `${p.name} (${p.key})` };
};

export const listBoards = (state: SiteState, user: SampleUserId, request: JiraRequest): JiraResponse => {
  const q = new QueryParams(request.query, ['startAt', 'maxResults', 'projectKeyOrId', 'type', 'name']);
  const startAt = q.int('startAt', 0, 0);
  const maxResults = Math.min(q.int('maxResults', 50, 1), 50);
  const project = q.string('projectKeyOrId');
  const types = q.list('type');
  const name = q.string('name')?.toLowerCase();
  for (const t of types ?? []) if (t !== 'scrum' && t !== 'kanban' && t !== 'simple') throw badRequest(`Invalid board type '${t}'.`);
  const base = state.store.baseUrl;
  const values = visibleBoards(state, user)
    .filter((b) => {
      if (types !== undefined && !types.includes(b.type)) return false;
      if (name !== undefined && !b.name.toLowerCase().includes(name)) return false;
      if (project !== undefined) {
        const p = state.store.projects.find((x) => x.key.toUpperCase() === project.toUpperCase() || x.id === project);
        if (p === undefined) throw badRequest(`No project could be found with key or id '${project}'.`);
        const filter = state.store.filters.find((f) => f.id === b.filterId);
        const inFilter = filter !== undefined && new RegExp(`\\b${p.key}\\b`, 'i').test(filter.jql);
        if (b.projectKey !== p.key && !inFilter) return false;
      }
      return true;
    })
    .map((b) => ({ id: b.id, self: `${base}/rest/agile/1.0/board/${b.id}`, name: b.name, type: b.type, location: location(state, b) }));
  return jsonResponse(200, pageBean(values, startAt, maxResults, () => '', false));
};

export const boardConfiguration = (state: SiteState, user: SampleUserId, request: JiraRequest, idText: string): JiraResponse => {
  new QueryParams(request.query, []);
  const board = findBoard(state, user, idText);
  const base = state.store.baseUrl;
  const p = state.store.projects.find((x) => x.key === board.projectKey);
  return jsonResponse(200, {
    id: board.id,
    name: board.name,
    type: board.type,
    self: `${base}/rest/agile/1.0/board/${board.id}/configuration`,
    location: { type: 'project', key: board.projectKey, id: p?.id ?? '', self: `${base}/rest/api/3/project/${p?.id ?? ''}`, name: p?.name ?? '' },
    filter: { id: board.filterId, self: `${base}/rest/api/3/filter/${board.filterId}` },
    columnConfig: {
      columns: ['Funnel', 'Analyzing', 'Implementing', 'Done'].flatMap((name) => {
        const status = state.store.statuses.find((x) => x.name === name);
        return status === undefined ? [] : [{ name, statuses: [{ id: status.id, self: `${base}/rest/api/3/status/${status.id}` }] }];
      }),
      constraintType: 'none',
    },
    ranking: { rankCustomFieldId: 10019 },
  });
};

/**
 * A board's sprints, as Jira lists them: the sprints created on it plus any
 * sprint holding an issue of its filter (so a cross-project ART board shows
 * the sprints of its team boards).
 */
export const boardSprints = (state: SiteState, cache: SearchCache, user: SampleUserId, request: JiraRequest, idText: string): JiraResponse => {
  const q = new QueryParams(request.query, ['startAt', 'maxResults', 'state']);
  const board = findBoard(state, user, idText);
  if (board.type !== 'scrum') throw badRequest('The board does not support sprints');
  const startAt = q.int('startAt', 0, 0);
  const maxResults = Math.min(q.int('maxResults', 50, 1), 50);
  const states = q.list('state');
  for (const s of states ?? []) if (s !== 'future' && s !== 'active' && s !== 'closed') throw badRequest(`Invalid sprint state '${s}'.`);
  const filter = state.store.filters.find((f) => f.id === board.filterId);
  const inFilter = new Set<number>();
  if (filter !== undefined) for (const issue of cache.get(state, user, filter.jql)) for (const id of issue.sprintIds) inFilter.add(id);
  const base = state.store.baseUrl;
  const values = state.store.sprints
    .filter((s) => (s.boardId === board.id || inFilter.has(s.id)) && (states === undefined || states.includes(s.state)))
    .map((s) => ({
      id: s.id,
      self: `${base}/rest/agile/1.0/sprint/${s.id}`,
      state: s.state,
      name: s.name,
      startDate: s.startDate,
      endDate: s.endDate,
      ...(s.completeDate !== undefined ? { completeDate: s.completeDate } : {}),
      originBoardId: s.boardId,
      goal: s.goal,
    }));
  return jsonResponse(200, pageBean(values, startAt, maxResults, () => '', false));
};

export const getFilter = (state: SiteState, request: JiraRequest, idText: string): JiraResponse => {
  new QueryParams(request.query, ['expand', 'overrideSharePermissions']);
  const f = state.store.filters.find((x) => x.id === idText);
  if (f === undefined) throw badRequest(`The selected filter is not available to you, perhaps it has been deleted or had its permissions changed.`);
  const base = state.store.baseUrl;
  return jsonResponse(200, {
    self: `${base}/rest/api/3/filter/${f.id}`,
    id: f.id,
    name: f.name,
    owner: { self: `${base}/rest/api/3/user?accountId=${f.ownerAccountId}`, accountId: f.ownerAccountId, displayName: 'Alex Rivera', active: true },
    jql: f.jql,
    viewUrl: `${base}/issues/?filter=${f.id}`,
    searchUrl: `${base}/rest/api/3/search/jql?jql=${encodeURIComponent(f.jql)}`,
    favourite: false,
    favouritedCount: 0,
    sharePermissions: [{ id: Number(f.id), type: 'authenticated' }],
    editPermissions: [],
    isWritable: false,
    subscriptions: { size: 0, items: [], 'max-results': 0, 'start-index': 0, 'end-index': 0 },
  });
};
