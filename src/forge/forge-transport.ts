import api, { assumeTrustedRoute } from '@forge/api';
import { requestTarget, type JiraTransport } from '../jira/transport';

/**
 * The Jira transport inside Forge: requestJira as the current user (resolvers)
 * or as the app (triggers, scheduled re-score, queue consumer). Paths come
 * from the Jira client, which encodes every path parameter; Forge's
 * NeedsAuthenticationError is left to propagate so Forge asks for consent.
 *
 * REST calls made through it (scopes in manifest.yml):
 *   GET  /rest/api/3/search/jql, /rest/api/3/project/{key}/version, /rest/api/3/project/search,
 *        /rest/api/3/issue/{key}/remotelink, /rest/api/3/issue/{key}/properties/{propertyKey},
 *        /rest/api/3/mypermissions, /rest/api/3/filter/{id},
 *        /rest/agile/1.0/board, /rest/agile/1.0/board/{id}/configuration, /rest/agile/1.0/board/{id}/sprint
 *   POST /rest/api/3/changelog/bulkfetch, /rest/api/3/issue/properties/multi (the re-score's bulk assessment write)
 *   PUT, DELETE /rest/api/3/issue/{key}/properties/{propertyKey}
 */
export type Principal = 'user' | 'app';

export const createForgeTransport =
  (principal: Principal): JiraTransport =>
  async (request) => {
    const requester = principal === 'user' ? api.asUser() : api.asApp();
    const init =
      request.body === undefined
        ? { method: request.method, headers: { Accept: 'application/json' } }
        : {
            method: request.method,
            headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
            body: JSON.stringify(request.body),
          };
    const response = await requester.requestJira(assumeTrustedRoute(requestTarget(request)), init);
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      headers[name.toLowerCase()] = value;
    });
    return { status: response.status, headers, body: await response.text() };
  };
