/**
 * The one envelope every resolver answers with, and the error codes a person
 * can be shown. Imported by the back end (src/*) and the front ends (static/*).
 */
export type ErrorCode =
  | 'BAD_PAYLOAD' // the request did not match its schema
  | 'NOT_FOUND' // the issue does not exist or the user cannot see it (never distinguished)
  | 'FORBIDDEN' // the user can see it but may not change it
  | 'CONFLICT' // someone else changed the same thing at the same moment; retry
  | 'PROPERTY_FULL' // the issue's evidence property would pass Jira's 32 KB limit
  | 'INVALID_SETTINGS' // settings failed validation; see issues
  | 'PHI_SUSPECTED' // evidence text looks like a patient identifier and was not confirmed as not patient data; see issues
  | 'JIRA_BAD_REQUEST' // Jira refused the request (for example, a JQL error)
  | 'JIRA_UNAUTHORIZED' // credentials missing or wrong, or consent not granted
  | 'JIRA_FORBIDDEN' // Jira said 403
  | 'JIRA_UNAVAILABLE' // Jira kept failing (429/5xx/timeouts) after bounded retries
  | 'JIRA_BAD_RESPONSE' // Jira answered with JSON the app cannot read
  | 'DEADLINE' // the invocation's time budget ran out before the work was done (src/shared/deadline.ts)
  | 'PARTIAL'; // part of a scope could not be read (see data.unreadable)

/** One problem with one field: `path` points into the payload or settings. */
export interface FieldIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

export interface AppErrorBody {
  readonly code: ErrorCode;
  readonly message: string;
  readonly issues?: readonly FieldIssue[];
}

export type Envelope<T> = { readonly ok: true; readonly data: T } | { readonly ok: false; readonly error: AppErrorBody };

export const ok = <T>(data: T): Envelope<T> => ({ ok: true, data });
export const fail = (code: ErrorCode, message: string, issues?: readonly FieldIssue[]): Envelope<never> =>
  issues === undefined ? { ok: false, error: { code, message } } : { ok: false, error: { code, message, issues } };

/**
 * A known failure, thrown inside the back end and turned into an error
 * envelope (resolvers) or one line on stderr with exit code 2 (CLI) at the edge.
 * Anything that is not an AppError is a bug and is rethrown.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: readonly FieldIssue[] | undefined;
  constructor(code: ErrorCode, message: string, issues?: readonly FieldIssue[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = issues;
  }
  toBody(): AppErrorBody {
    return this.issues === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, issues: this.issues };
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;

/** At most this many field issues go back to a person; the rest are counted in one last issue. */
export const MAX_FIELD_ISSUES = 20;
const MAX_PATH = 12;
const MAX_MESSAGE = 300;

/**
 * zod issues → FieldIssues (kept structural so static/* does not need zod
 * types). Bounded: a payload with 100,000 bad keys gets a short answer, not
 * a megabyte of echoes.
 */
export const toFieldIssues = (
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): FieldIssue[] => {
  const shown = issues.slice(0, MAX_FIELD_ISSUES).map((i) => ({
    path: i.path.slice(0, MAX_PATH).map((p) => (typeof p === 'number' ? p : String(p).slice(0, 100))),
    message: i.message.length > MAX_MESSAGE ? `${i.message.slice(0, MAX_MESSAGE - 1)}…` : i.message,
  }));
  const more = issues.length - shown.length;
  return more > 0 ? [...shown, { path: [], message: `…and ${more} more problems` }] : shown;
};
