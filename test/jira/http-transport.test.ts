import { createHttpTransport, siteOrigin } from '../../src/jira/http-transport';
import { createJiraClient } from '../../src/jira/create-client';
import { deadlineIn } from '../../src/shared/deadline';
import { AppError } from '../../src/shared/result';

const TOKEN = 'ATATT-secret-token-123';

const fakeFetch = (answer: (url: string, init: RequestInit) => Promise<Response>) => {
  const calls: { url: string; init: RequestInit }[] = [];
  const fn = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    calls.push({ url, init: init ?? {} });
    return answer(url, init ?? {});
  }) as typeof fetch;
  return { fn, calls };
};

const base = { siteUrl: 'https://clinic.atlassian.net', email: 'pm@example.org', apiToken: TOKEN };

describe('createHttpTransport', () => {
  it('sends Basic auth, Accept JSON, a JSON body and the query string', async () => {
    const f = fakeFetch(async () => new Response('{"ok":true}', { status: 201, headers: { 'X-Thing': 'a' } }));
    const transport = createHttpTransport({ ...base, fetch: f.fn });
    const response = await transport({ method: 'POST', path: '/rest/api/3/changelog/bulkfetch', query: { a: '1', b: ['x', 'y'] }, body: { issueIdsOrKeys: ['1'] } });
    expect(response).toEqual({ status: 201, headers: expect.objectContaining({ 'x-thing': 'a' }), body: '{"ok":true}' });
    const call = f.calls[0];
    expect(call?.url).toBe('https://clinic.atlassian.net/rest/api/3/changelog/bulkfetch?a=1&b=x&b=y');
    const headers = call?.init.headers as Record<string, string>;
    expect(headers['Authorization']).toBe(`Basic ${Buffer.from(`pm@example.org:${TOKEN}`).toString('base64')}`);
    expect(headers['Accept']).toBe('application/json');
    expect(headers['Content-Type']).toBe('application/json');
    expect(call?.init.body).toBe('{"issueIdsOrKeys":["1"]}');
  });

  it('never puts the token in an error', async () => {
    const f = fakeFetch(async () => {
      throw new TypeError(`fetch failed for Basic ${TOKEN}`);
    });
    const transport = createHttpTransport({ ...base, fetch: f.fn });
    const error: unknown = await transport({ method: 'GET', path: '/rest/api/3/myself' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).not.toContain(TOKEN);
    expect(JSON.stringify(error)).not.toContain(TOKEN);
    // Through the client too: retries exhausted, message names the path and not the token.
    const client = createJiraClient(transport, { sleep: async () => undefined, maxRetries: 1 });
    const appError: unknown = await client.remoteLinks('CLIN-1').catch((e: unknown) => e);
    expect(appError).toBeInstanceOf(AppError);
    expect((appError as AppError).code).toBe('JIRA_UNAVAILABLE');
    expect((appError as AppError).message).not.toContain(TOKEN);
  });

  it('aborts a request that takes longer than timeoutMs', async () => {
    const f = fakeFetch(
      (_url, init) =>
        new Promise<Response>((_resolve, reject) => {
          init.signal?.addEventListener('abort', () => {
            const e = new Error('aborted');
            e.name = 'AbortError';
            reject(e);
          });
        }),
    );
    const transport = createHttpTransport({ ...base, fetch: f.fn, timeoutMs: 20 });
    const error: unknown = await transport({ method: 'GET', path: '/rest/api/3/myself' }).catch((e: unknown) => e);
    expect((error as Error).name).toBe('AbortError');
    expect((error as Error).message).toMatch(/timed out after 20 ms/);
  });

  it('aborts a request when the run’s deadline comes, even inside its own timeout', async () => {
    const f = fakeFetch(
      (_url, init) =>
        new Promise<Response>((_resolve, reject) => {
          init.signal?.addEventListener('abort', () => {
            const e = new Error('aborted');
            e.name = 'AbortError';
            reject(e);
          });
        }),
    );
    const transport = createHttpTransport({ ...base, fetch: f.fn, timeoutMs: 10_000, deadline: deadlineIn(30) });
    const started = Date.now();
    const error: unknown = await transport({ method: 'GET', path: '/rest/api/3/myself' }).catch((e: unknown) => e);
    expect((error as Error).name).toBe('AbortError');
    expect((error as Error).message).toMatch(/timed out after (30|[12]\d) ms/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it.each([
    'http://clinic.atlassian.net',
    'https://clinic.atlassian.net/jira',
    'https://user:pw@clinic.atlassian.net',
    'clinic.atlassian.net',
    'https://clinic.atlassian.net/?x=1',
  ])('refuses the site URL %s', (siteUrl) => {
    expect(() => createHttpTransport({ ...base, siteUrl })).toThrow(AppError);
  });

  it('accepts a site URL with a trailing slash', () => {
    expect(siteOrigin('https://clinic.atlassian.net/')).toBe('https://clinic.atlassian.net');
  });
});
