/**
 * The Jira port at its lowest level: one HTTP exchange. Three adapters
 * implement it: Forge's requestJira (production), fetch with an API token
 * (CLI against a real site), and the embedded sample site (preview, tests).
 * Everything above it (paging, retries, parsing) is shared.
 */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface JiraRequest {
  readonly method: HttpMethod;
  /** Path only, starting with /rest/, each path parameter already encodeURIComponent-ed. */
  readonly path: string;
  /** Query parameters; arrays repeat the parameter. */
  readonly query?: Readonly<Record<string, string | number | boolean | readonly string[] | undefined>>;
  /** JSON body (POST/PUT). */
  readonly body?: unknown;
}

export interface JiraResponse {
  readonly status: number;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  /** The raw body text (JSON for Jira; may be empty). */
  readonly body: string;
}

export type JiraTransport = (request: JiraRequest) => Promise<JiraResponse>;

/** Builds "path?query" the same way for every adapter (and for snapshot matching). */
export const requestTarget = (request: Pick<JiraRequest, 'path' | 'query'>): string => {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(request.query ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value as readonly string[]) params.append(name, v);
    else params.append(name, String(value));
  }
  const qs = params.toString();
  return qs === '' ? request.path : `${request.path}?${qs}`;
};
