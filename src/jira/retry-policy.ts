import { deadlineIn, DEADLINES, type Deadline } from '../shared/deadline';

/** Bounded retries: how many, how long between them, and the invocation's deadline. */
export interface RetryOptions {
  /** Retries after the first attempt (default 4). */
  readonly maxRetries?: number;
  /** First backoff step in ms (default 500); doubles each retry. */
  readonly baseDelayMs?: number;
  /** Cap of one backoff step in ms (default 8000). */
  readonly maxDelayMs?: number;
  /**
   * The invocation's time budget (src/shared/deadline.ts), shared by every
   * call of this client: each exchange's timeout and each retry wait is cut
   * to what it leaves. Default: DEADLINES.resolver from the client's
   * creation, on `now` (a client serves one invocation).
   */
  readonly deadline?: Deadline;
  /** One exchange that has not answered after this long is abandoned as timed out and retried (default 10000). */
  readonly requestTimeoutMs?: number;
  /** Waits; injected in tests so they do not wait. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** The clock of the default deadline and of Retry-After dates (default Date.now). */
  readonly now?: () => number;
  /**
   * Seed of a deterministic jitter source, for tests only. Without one the
   * jitter is Math.random, so that many consumers failing at once do not
   * retry in lockstep.
   */
  readonly seed?: number;
}

export interface RetryPolicy {
  readonly maxRetries: number;
  readonly deadline: Deadline;
  readonly requestTimeoutMs: number;
  readonly sleep: (ms: number) => Promise<void>;
  readonly now: () => number;
  /** Delay before retry number `attempt` (1-based): Retry-After seconds when given, else exponential backoff with full jitter. */
  delayFor(attempt: number, retryAfterHeader: string | undefined): number;
}

/** mulberry32: a small seedable PRNG in [0, 1). */
export const seededRandom = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/** Retry-After as seconds (or an HTTP date); undefined when absent or unreadable. */
export const retryAfterMs = (header: string | undefined, now: number): number | undefined => {
  if (header === undefined || header.trim() === '') return undefined;
  const seconds = Number(header.trim());
  if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
};

export const retryPolicy = (options: RetryOptions = {}): RetryPolicy => {
  const baseDelayMs = options.baseDelayMs ?? 500;
  const maxDelayMs = options.maxDelayMs ?? 8000;
  const random = options.seed === undefined ? Math.random : seededRandom(options.seed);
  const now = options.now ?? Date.now;
  return {
    maxRetries: options.maxRetries ?? 4,
    deadline: options.deadline ?? deadlineIn(DEADLINES.resolver, now),
    requestTimeoutMs: options.requestTimeoutMs ?? 10_000,
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    now,
    delayFor(attempt, retryAfterHeader) {
      const honoured = retryAfterMs(retryAfterHeader, now());
      if (honoured !== undefined) return honoured;
      const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
      return Math.round(ceiling / 2 + random() * (ceiling / 2));
    },
  };
};
