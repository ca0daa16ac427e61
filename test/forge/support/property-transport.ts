import type { JiraRequest, JiraResponse, JiraTransport } from '../../../src/jira/transport';

/**
 * A Jira transport that knows issue properties only (GET/PUT/DELETE
 * /rest/api/3/issue/{key}/properties[/{propertyKey}]), with Jira's 404 for
 * unknown issues and unset properties. Values are stored as JSON text, like Jira.
 */
export interface PropertySite {
  readonly transport: JiraTransport;
  readonly raw: (issueKey: string, propertyKey: string) => unknown;
  readonly put: (issueKey: string, propertyKey: string, value: unknown) => void;
  readonly log: JiraRequest[];
}

const json = (status: number, body: unknown): JiraResponse => ({
  status,
  headers: { 'content-type': 'application/json' },
  body: body === undefined ? '' : JSON.stringify(body),
});

export const createPropertySite = (issueKeys: readonly string[]): PropertySite => {
  const issues = new Map<string, Map<string, string>>(issueKeys.map((k) => [k, new Map()]));
  const log: JiraRequest[] = [];
  const transport: JiraTransport = async (request) => {
    log.push(request);
    await Promise.resolve();
    const match = /^\/rest\/api\/3\/issue\/([^/]+)\/properties(?:\/([^/]+))?$/.exec(request.path);
    if (match === null) return json(404, { errorMessages: ['No such endpoint'] });
    const issue = issues.get(decodeURIComponent(match[1] ?? ''));
    if (issue === undefined) return json(404, { errorMessages: ['Issue does not exist or you do not have permission to see it.'] });
    const key = match[2] === undefined ? undefined : decodeURIComponent(match[2]);
    if (key === undefined) return json(200, { keys: [...issue.keys()].map((k) => ({ key: k })) });
    switch (request.method) {
      case 'GET': {
        const value = issue.get(key);
        return value === undefined ? json(404, { errorMessages: ['The property was not found.'] }) : json(200, { key, value: JSON.parse(value) });
      }
      case 'PUT': {
        const text = JSON.stringify(request.body);
        if (text.length > 32_768) return json(400, { errorMessages: ['The property value is too long.'] });
        const existed = issue.has(key);
        issue.set(key, text);
        return json(existed ? 200 : 201, undefined);
      }
      case 'DELETE':
        issue.delete(key);
        return json(204, undefined);
      default:
        return json(405, undefined);
    }
  };
  return {
    transport,
    log,
    raw: (issueKey, propertyKey) => {
      const text = issues.get(issueKey)?.get(propertyKey);
      return text === undefined ? undefined : JSON.parse(text);
    },
    put: (issueKey, propertyKey, value) => {
      issues.get(issueKey)?.set(propertyKey, JSON.stringify(value));
    },
  };
};
