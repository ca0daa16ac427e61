import type { z } from 'zod';
import { AppError } from '../shared/result';
import { ErrorBodySchema } from './schemas';
import type { JiraRequest, JiraResponse, JiraTransport } from './transport';
import type { RetryPolicy } from './retry-policy';

/**
 * One logical Jira call: the exchange, bounded retries of 429/5xx/network
 * failures, then the status and the body checked against its schema. Every
 * known failure becomes an AppError naming the method, path and status.
 */

const isRetryable = (status: number) => status === 429 || status >= 500;

const describe = (request: JiraRequest) => `${request.method} ${request.path}`;

const jiraMessages = (body: string): string => {
  try {
    const parsed = ErrorBodySchema.safeParse(JSON.parse(body));
    if (!parsed.success) return '';
    const messages = [
      ...(parsed.data.errorMessages ?? []),
      ...Object.entries(parsed.data.errors ?? {}).map(([field, message]) => `${field}: ${String(message)}`),
    ];
    return messages.join('; ');
  } catch {
    return '';
  }
};

/** The issue key or id of an issue endpoint (/rest/api/3/issue/{key}/...), if the path is one. */
const issueOfPath = (path: string): string | undefined => {
  const match = /^\/rest\/(?:api\/[23]|agile\/1\.0)\/issue\/([^/?]+)/.exec(path);
  return match?.[1] === undefined ? undefined : decodeURIComponent(match[1]);
};

const failure = (request: JiraRequest, response: JiraResponse): AppError => {
  const where = `Jira answered ${response.status} to ${describe(request)}`;
  const said = jiraMessages(response.body).replace(/[.\s]+$/, '');
  const saying = said === '' ? '' : `: ${said}`;
  switch (response.status) {
    case 400:
      return new AppError('JIRA_BAD_REQUEST', `${where}${saying}. Check the scope (its JQL or board) and the field ids in the settings.`);
    case 401:
      return new AppError('JIRA_UNAUTHORIZED', `${where}. Sign in again or grant the app access (for the CLI: check the email and API token).`);
    case 403:
      return new AppError('JIRA_FORBIDDEN', `${where}${saying}. Ask a Jira admin for the permission this needs.`);
    case 404: {
      const issue = issueOfPath(request.path);
      if (issue !== undefined) return new AppError('NOT_FOUND', `Issue ${issue} does not exist or you cannot see it.`);
      return new AppError('NOT_FOUND', `${where}${saying}. Check that it exists and that you can see it.`);
    }
    default:
      return new AppError('JIRA_BAD_RESPONSE', `${where}${saying}. The app did not expect this status; try again, and report it if it stays.`);
  }
};

export interface Exchange {
  readonly transport: JiraTransport;
  readonly policy: RetryPolicy;
}

class ExchangeTimeout extends Error {
  constructor() {
    super('timed out');
    this.name = 'AbortError';
  }
}

/** The transport's answer, or an ExchangeTimeout once `ms` have passed without one (the late answer is ignored). */
const withTimeout = (transport: JiraTransport, request: JiraRequest, ms: number): Promise<JiraResponse> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new ExchangeTimeout()), ms);
    transport(request).then(
      (response) => {
        clearTimeout(timer);
        resolve(response);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });

/** The response once it is not a retryable failure; throws JIRA_UNAVAILABLE when retries or the deadline run out. */
const exchangeWithRetries = async ({ transport, policy }: Exchange, request: JiraRequest): Promise<JiraResponse> => {
  const started = policy.now();
  let waited = 0;
  let lastProblem = '';
  for (let attempt = 0; ; attempt += 1) {
    let retryAfter: string | undefined;
    try {
      const response = await withTimeout(transport, request, policy.requestTimeoutMs);
      if (!isRetryable(response.status)) return response;
      lastProblem = `Jira answered ${response.status}`;
      retryAfter = response.headers['retry-after'];
    } catch (error) {
      if (error instanceof AppError) throw error;
      lastProblem = `the request failed (${error instanceof Error && error.name === 'AbortError' ? 'timed out' : 'network error'})`;
    }
    if (attempt >= policy.maxRetries) break;
    const delay = policy.delayFor(attempt + 1, retryAfter);
    const elapsed = Math.max(policy.now() - started, waited);
    if (elapsed + delay > policy.deadlineMs || policy.waitedMs + delay > policy.deadlineMs) {
      lastProblem += `; waiting ${Math.ceil(delay / 1000)} s more would pass the ${Math.round(policy.deadlineMs / 1000)} s limit`;
      break;
    }
    await policy.sleep(delay);
    waited += delay;
    policy.waitedMs += delay;
  }
  throw new AppError(
    'JIRA_UNAVAILABLE',
    `Jira is not answering ${describe(request)}: ${lastProblem}. Try again in a minute.`,
  );
};

/** Sends the request and returns the parsed body (undefined for 204/empty bodies when `schema` is undefined). */
export async function requestJson<S extends z.ZodTypeAny>(exchange: Exchange, request: JiraRequest, schema: S): Promise<z.output<S>>;
export async function requestJson(exchange: Exchange, request: JiraRequest, schema: undefined): Promise<undefined>;
export async function requestJson(exchange: Exchange, request: JiraRequest, schema: z.ZodTypeAny | undefined): Promise<unknown> {
  const response = await exchangeWithRetries(exchange, request);
  if (response.status < 200 || response.status >= 300) throw failure(request, response);
  if (schema === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(response.body);
  } catch {
    throw new AppError(
      'JIRA_BAD_RESPONSE',
      `Jira answered ${response.status} to ${describe(request)} with a body that is not JSON. Try again; if it stays, check the site URL (a proxy or login page may be answering).`,
    );
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new AppError(
      'JIRA_BAD_RESPONSE',
      `Jira answered ${response.status} to ${describe(request)} with JSON the app cannot read (${first?.path.join('.') || 'body'}: ${first?.message ?? 'invalid'}). Report this with the Jira version.`,
    );
  }
  return parsed.data;
}
