import type { z } from 'zod';
import { AppError } from '../shared/result';
import { ErrorBodySchema } from './schemas';
import type { JiraRequest, JiraResponse, JiraTransport } from './transport';
import type { RetryPolicy } from './retry-policy';
import { budgetWords, type Deadline } from '../shared/deadline';

/**
 * One logical Jira call: the exchange, bounded retries of 429/5xx/network
 * failures and unreadable bodies, all inside the invocation's deadline, then
 * the status and the body checked against its schema. Every
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

/** No exchange, and no retry wait before one, starts with less than this left of the deadline. */
export const MIN_EXCHANGE_MS = 500;

/** The invocation's budget ran out: stop before the platform cuts the invocation off without an answer. */
export const deadlineError = (request: JiraRequest, deadline: Deadline): AppError =>
  new AppError(
    'DEADLINE',
    `The ${budgetWords(deadline)} time limit ran out before Jira answered ${describe(request)}. Try again; if it happens every time, narrow the scope (a board or a PI with fewer items).`,
  );

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

/**
 * A 2xx body as JSON, or why it is not: an HTML page (a proxy, a login page
 * or Jira's own error page: content-type text/html, or a body starting with
 * `<`) or a cut-off body. Both are transient often enough to be worth one retry.
 */
const readJson = (response: JiraResponse): { readonly json: unknown } | { readonly unreadable: string } => {
  if (/\btext\/html\b/i.test(response.headers['content-type'] ?? '') || response.body.trimStart().startsWith('<')) {
    return { unreadable: 'an HTML page instead of JSON' };
  }
  try {
    return { json: JSON.parse(response.body) as unknown };
  } catch {
    return { unreadable: 'a body that is not JSON (cut off or malformed)' };
  }
};

const notJson = (request: JiraRequest, response: JiraResponse, what: string): AppError =>
  new AppError(
    'JIRA_BAD_RESPONSE',
    `Jira answered ${response.status} to ${describe(request)} with ${what}: the body is not JSON. Try again; if it stays, check the site URL (a proxy or login page may be answering).`,
  );

interface Answer {
  readonly response: JiraResponse;
  /** The parsed body of a 2xx answer when `expectsJson`; undefined otherwise. */
  readonly json: unknown;
}

/**
 * The answer once it is not a retryable failure. Retried: 429, 5xx, network
 * failures, timeouts, and (once) a 2xx body that is HTML or not JSON. Every
 * exchange's timeout and every wait is cut to what the deadline leaves:
 * DEADLINE when it runs out, JIRA_UNAVAILABLE when retries run out or the
 * next wait would not fit, JIRA_BAD_RESPONSE when the body stays unreadable.
 */
const exchangeWithRetries = async ({ transport, policy }: Exchange, request: JiraRequest, expectsJson: boolean): Promise<Answer> => {
  let lastProblem = '';
  /** Set while the last answer was an unreadable 2xx body; `retriedUnreadable` allows that only once. */
  let unreadable: AppError | undefined;
  let retriedUnreadable = false;
  for (let attempt = 0; ; attempt += 1) {
    const left = policy.deadline.remainingMs();
    if (left < MIN_EXCHANGE_MS) throw deadlineError(request, policy.deadline);
    const timeoutMs = Math.min(policy.requestTimeoutMs, left);
    let retryAfter: string | undefined;
    unreadable = undefined;
    try {
      const response = await withTimeout(transport, request, timeoutMs);
      if (isRetryable(response.status)) {
        lastProblem = `Jira answered ${response.status}`;
        retryAfter = response.headers['retry-after'];
      } else if (!expectsJson || response.status < 200 || response.status >= 300) {
        return { response, json: undefined };
      } else {
        const read = readJson(response);
        if ('json' in read) return { response, json: read.json };
        if (retriedUnreadable) throw notJson(request, response, read.unreadable);
        retriedUnreadable = true;
        unreadable = notJson(request, response, read.unreadable);
        lastProblem = `Jira answered ${response.status} with ${read.unreadable}`;
      }
    } catch (error) {
      if (error instanceof AppError) throw error;
      const timedOut = error instanceof Error && error.name === 'AbortError';
      if (error instanceof ExchangeTimeout && timeoutMs < policy.requestTimeoutMs) throw deadlineError(request, policy.deadline);
      lastProblem = `the request failed (${timedOut ? 'timed out' : 'network error'})`;
    }
    if (attempt >= policy.maxRetries) break;
    const delay = policy.delayFor(attempt + 1, retryAfter);
    if (delay + MIN_EXCHANGE_MS > policy.deadline.remainingMs()) {
      lastProblem += `; waiting ${Math.ceil(delay / 1000)} s more would pass the ${budgetWords(policy.deadline)} limit`;
      break;
    }
    await policy.sleep(delay);
  }
  if (unreadable !== undefined) throw unreadable;
  throw new AppError(
    'JIRA_UNAVAILABLE',
    `Jira is not answering ${describe(request)}: ${lastProblem}. Try again in a minute.`,
  );
};

/** Sends the request and returns the parsed body (undefined for 204/empty bodies when `schema` is undefined). */
export async function requestJson<S extends z.ZodType>(exchange: Exchange, request: JiraRequest, schema: S): Promise<z.output<S>>;
export async function requestJson(exchange: Exchange, request: JiraRequest, schema: undefined): Promise<undefined>;
export async function requestJson(exchange: Exchange, request: JiraRequest, schema: z.ZodType | undefined): Promise<unknown> {
  const { response, json } = await exchangeWithRetries(exchange, request, schema !== undefined);
  if (response.status < 200 || response.status >= 300) throw failure(request, response);
  if (schema === undefined) return undefined;
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

/**
 * Sends a request whose success is an asynchronous task: Jira answers 303
 * See Other pointing at the task (OAS bulkSetIssuePropertiesByIssue,
 * /work/shared/jira-openapi/jira-platform.json: "303 Returned if the
 * operation is successful"), or the task itself (2xx) when the transport
 * follows the redirect. Anything else fails like requestJson.
 */
export const requestAccepted = async (exchange: Exchange, request: JiraRequest): Promise<void> => {
  const { response } = await exchangeWithRetries(exchange, request, false);
  if (response.status === 303 || (response.status >= 200 && response.status < 300)) return;
  throw failure(request, response);
};
