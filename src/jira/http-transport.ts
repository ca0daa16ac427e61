import type { Deadline } from '../shared/deadline';
import { AppError } from '../shared/result';
import { requestTarget, type JiraResponse, type JiraTransport } from './transport';

/**
 * The JiraTransport for a real Jira Cloud site (the CLI): global fetch, Basic
 * auth with email + API token, JSON bodies, a per-request timeout. The token
 * is never logged and never appears in an error message.
 */
export interface HttpTransportOptions {
  /** https://your-site.atlassian.net (no path). */
  readonly siteUrl: string;
  readonly email: string;
  readonly apiToken: string;
  readonly fetch?: typeof fetch;
  /** Per request, default 10000 ms; a timed-out request rejects with an AbortError (retried by the client). */
  readonly timeoutMs?: number;
  /**
   * The run's deadline: a request is aborted when it comes, even inside
   * timeoutMs, so no fetch outlives the run (the client stops waiting for it
   * then anyway, src/jira/request-json.ts).
   */
  readonly deadline?: Deadline;
}

/** Validates the site URL: https, a host, nothing else. Returns the origin. */
export const siteOrigin = (siteUrl: string): string => {
  let url: URL;
  try {
    url = new URL(siteUrl.trim());
  } catch {
    throw new AppError('BAD_PAYLOAD', `"${siteUrl}" is not a URL. Use your site's address, like https://your-site.atlassian.net`);
  }
  if (url.protocol !== 'https:') throw new AppError('BAD_PAYLOAD', 'The Jira site URL must start with https://');
  if (url.username !== '' || url.password !== '') throw new AppError('BAD_PAYLOAD', 'Put no user name or password in the Jira site URL.');
  if ((url.pathname !== '/' && url.pathname !== '') || url.search !== '' || url.hash !== '') {
    throw new AppError('BAD_PAYLOAD', `Use the site address only, without a path, like ${url.origin}`);
  }
  return url.origin;
};

export const createHttpTransport = (options: HttpTransportOptions): JiraTransport => {
  const origin = siteOrigin(options.siteUrl);
  if (options.email.trim() === '' || options.apiToken.trim() === '') {
    throw new AppError('JIRA_UNAUTHORIZED', 'Give the email and API token of the Jira account to read with.');
  }
  const doFetch = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const authorization = `Basic ${Buffer.from(`${options.email}:${options.apiToken}`, 'utf8').toString('base64')}`;

  return async (request) => {
    if (!request.path.startsWith('/rest/')) throw new AppError('BAD_PAYLOAD', `Not a Jira REST path: ${request.path}`);
    const controller = new AbortController();
    const requestTimeoutMs = Math.min(timeoutMs, options.deadline?.remainingMs() ?? timeoutMs);
    const timer = setTimeout(() => controller.abort(), requestTimeoutMs);
    try {
      const headers: Record<string, string> = { Accept: 'application/json', Authorization: authorization };
      if (request.body !== undefined) headers['Content-Type'] = 'application/json';
      const response = await doFetch(`${origin}${requestTarget(request)}`, {
        method: request.method,
        headers,
        ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
        signal: controller.signal,
      });
      const out: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        out[name.toLowerCase()] = value;
      });
      const body = await response.text();
      const result: JiraResponse = { status: response.status, headers: out, body };
      return result;
    } catch (error) {
      // Rethrow without the request details (the Authorization header lives there).
      if (error instanceof Error && error.name === 'AbortError') {
        const timeout = new Error(`${request.method} ${request.path} timed out after ${requestTimeoutMs} ms`);
        timeout.name = 'AbortError';
        throw timeout;
      }
      const failure = new Error(`${request.method} ${request.path} failed: ${error instanceof Error ? error.message.split(options.apiToken).join('***') : 'network error'}`);
      failure.name = 'NetworkError';
      throw failure;
    } finally {
      clearTimeout(timer);
    }
  };
};
