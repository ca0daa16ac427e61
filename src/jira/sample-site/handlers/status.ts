import type { JiraRequest, JiraResponse } from '../../transport';
import type { SiteState } from '../state';
import type { SampleUserId } from '../users';
import { QueryParams } from '../http/query';
import { jsonResponse, SiteError } from '../http/responses';
import { IssueJson } from './issue-json';

/**
 * GET /rest/api/3/status/{idOrName} (OAS getStatus: StatusDetails, 404 when
 * there is none). The site's statuses are global, so every user sees them all;
 * a name matches in any case, as Jira matches it.
 */
export const statusByIdOrName = (state: SiteState, user: SampleUserId, request: JiraRequest, idOrName: string): JiraResponse => {
  new QueryParams(request.query, []);
  const found = state.store.statuses.find((s) => s.id === idOrName || s.name.toLowerCase() === idOrName.toLowerCase());
  if (found === undefined) throw new SiteError(404, `The status with id or name '${idOrName}' does not exist.`);
  return jsonResponse(200, new IssueJson(state, user).status(found.name));
};
