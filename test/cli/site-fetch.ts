import type { JiraRequest, JiraTransport } from '../../src/jira/transport';

/**
 * A fetch that serves a JiraTransport (the sample site, a generated site) over
 * HTTP, as a real Jira Cloud site would answer the CLI's --site mode.
 * `onAnswer` sees each request's method, host and path after it is answered.
 */
export const fetchFromTransport =
  (transport: JiraTransport, onAnswer: (seen: string) => void = () => undefined): typeof fetch =>
  async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(input));
    const query: Record<string, string | string[]> = {};
    for (const [name, value] of url.searchParams) {
      const before = query[name];
      query[name] = before === undefined ? value : Array.isArray(before) ? [...before, value] : [before, value];
    }
    const request: JiraRequest = {
      method: (init?.method ?? 'GET') as JiraRequest['method'],
      path: url.pathname,
      query,
      ...(typeof init?.body === 'string' ? { body: JSON.parse(init.body) as unknown } : {}),
    };
    const response = await transport(request);
    onAnswer(`${request.method} ${url.host}${url.pathname}`);
    return new Response(response.body === '' ? null : response.body, { status: response.status, headers: response.headers });
  };
