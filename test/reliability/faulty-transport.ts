import { seededRandom } from '../../src/jira/retry-policy';
import type { JiraRequest, JiraResponse, JiraTransport } from '../../src/jira/transport';

/**
 * A seeded, fault-injecting JiraTransport wrapper for the reliability tests.
 * Each request draws from a seeded PRNG: with probability `rate` it gets one
 * fault of the allowed kinds instead of (or on top of) the real answer, so
 * the same seed always injects the same faults in the same order.
 *
 * Faults that stand in for the request never reaching Jira (429, 5xx,
 * timeouts, a failing search page) do not forward it; faults that spoil the
 * answer (malformed or truncated JSON) forward it and corrupt the body.
 */

export const FAULT_KINDS = [
  'rate-limited', // 429 with Retry-After
  'server-error', // 500, 502 or 503
  'timeout-reject', // rejects with an AbortError after a short real delay
  'timeout-hang', // never settles: only a client-side timeout can end it
  'malformed-json', // 200 with a body that is not JSON
  'truncated-body', // 200 with the real body cut in half
  'page-failure', // a 503 on a search page after the first (a page in the middle of a paged search)
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultOptions {
  readonly seed: number;
  /** Probability in [0, 1] that a request gets a fault. */
  readonly rate: number;
  /** The kinds to draw from (default: every kind except timeout-hang). */
  readonly kinds?: readonly FaultKind[];
  /** Retry-After seconds sent with a 429 (default: 0 to 2, drawn from the seed). */
  readonly retryAfterSeconds?: number;
  /** Real milliseconds before a timeout-reject rejects (default 1). */
  readonly rejectAfterMs?: number;
  /** Only requests for which this is true may get a fault (default: all). */
  readonly only?: (request: JiraRequest) => boolean;
}

export interface FaultyTransport extends JiraTransport {
  /** Faults injected so far, by kind. */
  readonly injected: Readonly<Record<FaultKind, number>>;
  /** Total faults injected so far. */
  totalInjected(): number;
  /** Requests seen so far. */
  requests(): number;
}

/** The seeded PRNG the client's jitter uses (mulberry32). */
export const prng = seededRandom;

const DEFAULT_KINDS: readonly FaultKind[] = FAULT_KINDS.filter((k) => k !== 'timeout-hang');

const isLaterSearchPage = (request: JiraRequest): boolean =>
  request.path === '/rest/api/3/search/jql' &&
  typeof request.query?.['nextPageToken'] === 'string' &&
  request.query['nextPageToken'] !== '';

const jsonError = (status: number, headers: Record<string, string> = {}): JiraResponse => ({
  status,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify({ errorMessages: [`Injected fault: ${status}`], errors: {} }),
});

export interface FaultInjector {
  /** Wraps one transport; every wrapped transport draws from the injector's one seeded sequence. */
  wrap(inner: JiraTransport): JiraTransport;
  /** Faults injected so far, by kind. */
  readonly injected: Readonly<Record<FaultKind, number>>;
  /** Total faults injected so far. */
  totalInjected(): number;
  /** Requests seen so far. */
  requests(): number;
}

export const createFaultInjector = (options: FaultOptions): FaultInjector => {
  const random = prng(options.seed);
  const kinds = options.kinds ?? DEFAULT_KINDS;
  if (kinds.length === 0) throw new Error('Give at least one fault kind');
  const injected = Object.fromEntries(FAULT_KINDS.map((k) => [k, 0])) as Record<FaultKind, number>;
  let seen = 0;

  const pick = (request: JiraRequest): FaultKind | null => {
    // Always draw the same number of values per request, so one decision never shifts the next.
    const roll = random();
    const which = random();
    if (options.only !== undefined && !options.only(request)) return null;
    if (roll >= options.rate) return null;
    const candidates = kinds.filter((k) => k !== 'page-failure' || isLaterSearchPage(request));
    if (candidates.length === 0) return null;
    return candidates[Math.floor(which * candidates.length)] ?? null;
  };

  const wrap =
    (inner: JiraTransport): JiraTransport =>
    async (request) => {
      seen += 1;
      const fault = pick(request);
      const detail = random();
      if (fault !== null) injected[fault] += 1;
      switch (fault) {
        case null:
          return inner(request);
        case 'rate-limited': {
          const seconds = options.retryAfterSeconds ?? Math.floor(detail * 3);
          return jsonError(429, { 'retry-after': String(seconds) });
        }
        case 'server-error':
          return jsonError(([500, 502, 503] as const)[Math.floor(detail * 3)] ?? 503);
        case 'page-failure':
          return jsonError(503);
        case 'timeout-reject':
          return new Promise<JiraResponse>((_resolve, reject) => {
            setTimeout(() => {
              const error = new Error(`Injected timeout: ${request.method} ${request.path}`);
              error.name = 'AbortError';
              reject(error);
            }, options.rejectAfterMs ?? 1);
          });
        case 'timeout-hang':
          return new Promise<JiraResponse>(() => undefined);
        case 'malformed-json': {
          const real = await inner(request);
          return { ...real, status: 200, body: '{"issues": [ {"id": "1", "key": <html>Service Unavailable</html>' };
        }
        case 'truncated-body': {
          const real = await inner(request);
          const body = real.body.length > 1 ? real.body.slice(0, Math.floor(real.body.length / 2)) : '{';
          return { ...real, body };
        }
      }
    };

  return {
    wrap,
    injected,
    totalInjected: () => Object.values(injected).reduce((a, b) => a + b, 0),
    requests: () => seen,
  };
};

/** One faulty transport over `inner` (a fresh injector). */
export const createFaultyTransport = (inner: JiraTransport, options: FaultOptions): FaultyTransport => {
  const injector = createFaultInjector(options);
  return Object.assign(injector.wrap(inner), {
    injected: injector.injected,
    totalInjected: injector.totalInjected,
    requests: injector.requests,
  });
};
