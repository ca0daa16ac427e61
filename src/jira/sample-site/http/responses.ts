import type { JiraResponse } from '../../transport';

/** Jira-shaped responses. */

const JSON_HEADERS = { 'content-type': 'application/json;charset=UTF-8' } as const;

export const jsonResponse = (status: number, body: unknown): JiraResponse => ({
  status,
  headers: JSON_HEADERS,
  body: JSON.stringify(body),
});

/** A body that is already serialised JSON. */
export const rawJsonResponse = (status: number, body: string): JiraResponse => ({ status, headers: JSON_HEADERS, body });

export const noContent = (): JiraResponse => ({ status: 204, headers: {}, body: '' });

export const errorResponse = (status: number, message: string, errors: Record<string, string> = {}): JiraResponse =>
  jsonResponse(status, { errorMessages: message === '' ? [] : [message], errors });

/** Thrown inside handlers; the router turns it into an error response. */
export class SiteError extends Error {
  readonly status: number;
  readonly errors: Record<string, string>;
  constructor(status: number, message: string, errors: Record<string, string> = {}) {
    super(message);
    this.status = status;
    this.errors = errors;
  }
}

export const badRequest = (message: string): SiteError => new SiteError(400, message);

export const ISSUE_NOT_FOUND = 'Issue does not exist or you do not have permission to see it.';
export const issueNotFound = (): SiteError => new SiteError(404, ISSUE_NOT_FOUND);
