import type { JiraRequest, JiraResponse } from '../../transport';
import { QueryParams } from '../http/query';
import { badRequest, errorResponse, jsonResponse } from '../http/responses';
import type { SiteState } from '../state';
import { SITE_PEOPLE, type SitePerson } from '../users';

/**
 * The site's user directory (SITE_PEOPLE), as Jira answers it (OAS User):
 * GET /rest/api/3/user/search?query= (a bare array; a name matches when one
 * of its words starts with the text, case-insensitively; inactive accounts
 * included with active: false, as Jira does) and GET /rest/api/3/user?accountId=.
 */

const userJson = (state: SiteState, p: SitePerson) => ({
  self: `${state.store.baseUrl}/rest/api/3/user?accountId=${encodeURIComponent(p.accountId)}`,
  accountId: p.accountId,
  accountType: 'atlassian',
  displayName: p.displayName,
  active: p.active,
  timeZone: 'Europe/London',
  avatarUrls: { '48x48': `${state.store.baseUrl}/secure/useravatar?size=large&ownerId=${encodeURIComponent(p.accountId)}` },
});

const matches = (p: SitePerson, query: string): boolean => {
  const q = query.trim().toLowerCase();
  return p.displayName.toLowerCase().split(/\s+/).some((word) => word.startsWith(q)) || p.displayName.toLowerCase().startsWith(q);
};

export const userSearch = (state: SiteState, request: JiraRequest): JiraResponse => {
  const params = new QueryParams(request.query, ['query', 'startAt', 'maxResults']);
  const query = params.string('query');
  if (query === undefined || query.trim() === '') throw badRequest('The query parameter \'query\' is required.');
  const startAt = params.int('startAt', 0, 0);
  const maxResults = Math.min(params.int('maxResults', 50, 0), 1000);
  const found = SITE_PEOPLE.filter((p) => matches(p, query));
  return jsonResponse(200, found.slice(startAt, startAt + maxResults).map((p) => userJson(state, p)));
};

export const getUser = (state: SiteState, request: JiraRequest): JiraResponse => {
  const params = new QueryParams(request.query, ['accountId']);
  const accountId = params.string('accountId');
  if (accountId === undefined || accountId === '') throw badRequest('The query parameter \'accountId\' is required.');
  const person = SITE_PEOPLE.find((p) => p.accountId === accountId);
  if (person === undefined) return errorResponse(404, `Specified user does not exist or you do not have required permissions`);
  return jsonResponse(200, userJson(state, person));
};
