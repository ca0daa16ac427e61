import type { HttpMethod, JiraRequest, JiraResponse } from '../../transport';
import type { SiteState } from '../state';
import type { SampleUserId } from '../users';
import { boardConfiguration, boardSprints, getFilter, listBoards } from '../handlers/agile';
import { bulkChangelog } from '../handlers/changelog';
import { issueComments } from '../handlers/comments';
import { statusByIdOrName } from '../handlers/status';
import { editIssue } from '../handlers/issue-edit';
import { getUser, userSearch } from '../handlers/users';
import { bulkSetProperties, issueProperty, propertyKeys, remoteLinks } from '../handlers/issue-resources';
import { fields, issueLinkTypes, issueTypes } from '../handlers/metadata';
import { myPermissions } from '../handlers/permissions';
import { projectSearch, projectVersions } from '../handlers/projects';
import { search, SearchCache } from '../handlers/search';
import { errorResponse, SiteError } from './responses';

/** Path patterns → handlers. Segments in braces are path parameters (URI-decoded). */

type Handler = (ctx: { state: SiteState; cache: SearchCache; user: SampleUserId; request: JiraRequest; params: string[] }) => JiraResponse;

interface Route {
  readonly pattern: RegExp;
  readonly methods: Partial<Record<HttpMethod, Handler>>;
}

const SEG = '([^/]+)';

const ROUTES: readonly Route[] = [
  {
    pattern: /^\/rest\/api\/3\/search\/jql$/,
    methods: { GET: (c) => search(c.state, c.cache, c.user, c.request), POST: (c) => search(c.state, c.cache, c.user, c.request) },
  },
  { pattern: /^\/rest\/api\/3\/issuetype$/, methods: { GET: (c) => issueTypes(c.state, c.request) } },
  { pattern: /^\/rest\/api\/3\/issueLinkType$/, methods: { GET: (c) => issueLinkTypes(c.state, c.request) } },
  { pattern: /^\/rest\/api\/3\/field$/, methods: { GET: (c) => fields(c.request) } },
  { pattern: /^\/rest\/api\/3\/project\/search$/, methods: { GET: (c) => projectSearch(c.state, c.user, c.request) } },
  {
    pattern: new RegExp(`^/rest/api/3/project/${SEG}/version$`),
    methods: { GET: (c) => projectVersions(c.state, c.user, c.request, c.params[0] ?? '') },
  },
  { pattern: /^\/rest\/agile\/1\.0\/board$/, methods: { GET: (c) => listBoards(c.state, c.user, c.request) } },
  {
    pattern: new RegExp(`^/rest/agile/1\\.0/board/${SEG}/configuration$`),
    methods: { GET: (c) => boardConfiguration(c.state, c.user, c.request, c.params[0] ?? '') },
  },
  {
    pattern: new RegExp(`^/rest/agile/1\\.0/board/${SEG}/sprint$`),
    methods: { GET: (c) => boardSprints(c.state, c.cache, c.user, c.request, c.params[0] ?? '') },
  },
  { pattern: new RegExp(`^/rest/api/3/filter/${SEG}$`), methods: { GET: (c) => getFilter(c.state, c.request, c.params[0] ?? '') } },
  { pattern: /^\/rest\/api\/3\/issue\/properties\/multi$/, methods: { POST: (c) => bulkSetProperties(c.state, c.user, c.request) } },
  {
    pattern: new RegExp(`^/rest/api/3/issue/${SEG}/remotelink$`),
    methods: { GET: (c) => remoteLinks(c.state, c.user, c.request, c.params[0] ?? '') },
  },
  {
    pattern: new RegExp(`^/rest/api/3/issue/${SEG}/properties$`),
    methods: { GET: (c) => propertyKeys(c.state, c.user, c.request, c.params[0] ?? '') },
  },
  {
    pattern: new RegExp(`^/rest/api/3/issue/${SEG}/properties/${SEG}$`),
    methods: Object.fromEntries(
      (['GET', 'PUT', 'DELETE'] as const).map((m) => [m, (c: Parameters<Handler>[0]) => issueProperty(c.state, c.user, c.request, c.params[0] ?? '', c.params[1] ?? '')]),
    ),
  },
  { pattern: /^\/rest\/api\/3\/changelog\/bulkfetch$/, methods: { POST: (c) => bulkChangelog(c.state, c.user, c.request) } },
  {
    pattern: new RegExp(`^/rest/api/3/issue/${SEG}/comment$`),
    methods: { GET: (c) => issueComments(c.state, c.user, c.request, c.params[0] ?? ''), POST: (c) => issueComments(c.state, c.user, c.request, c.params[0] ?? '') },
  },
  { pattern: new RegExp(`^/rest/api/3/status/${SEG}$`), methods: { GET: (c) => statusByIdOrName(c.state, c.user, c.request, c.params[0] ?? '') } },
  { pattern: /^\/rest\/api\/3\/mypermissions$/, methods: { GET: (c) => myPermissions(c.state, c.user, c.request) } },
  { pattern: new RegExp(`^/rest/api/3/issue/${SEG}$`), methods: { PUT: (c) => editIssue(c.state, c.user, c.request, c.params[0] ?? '') } },
  { pattern: /^\/rest\/api\/3\/user\/search$/, methods: { GET: (c) => userSearch(c.state, c.request) } },
  { pattern: /^\/rest\/api\/3\/user$/, methods: { GET: (c) => getUser(c.state, c.request) } },
];

const decode = (segment: string): string | undefined => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
};

export const route = (state: SiteState, cache: SearchCache, user: SampleUserId, request: JiraRequest): JiraResponse => {
  const path = request.path;
  if (path.includes('?')) return errorResponse(400, 'Pass query parameters in request.query, not in the path.');
  for (const r of ROUTES) {
    const match = r.pattern.exec(path);
    if (match === null) continue;
    const handler = r.methods[request.method];
    if (handler === undefined) {
      return {
        status: 405,
        headers: { allow: Object.keys(r.methods).join(', '), 'content-type': 'application/json;charset=UTF-8' },
        body: JSON.stringify({ errorMessages: [`Method ${request.method} is not allowed for ${path}.`], errors: {} }),
      };
    }
    const params = match.slice(1).map(decode);
    if (params.some((p) => p === undefined)) return errorResponse(400, `The path ${path} is not correctly encoded.`);
    try {
      return handler({ state, cache, user, request, params: params as string[] });
    } catch (e) {
      if (e instanceof SiteError) return errorResponse(e.status, e.message, e.errors);
      throw e;
    }
  }
  return errorResponse(404, `No endpoint ${request.method} ${path} on the sample site.`);
};
