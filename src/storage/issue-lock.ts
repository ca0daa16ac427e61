import type { Deadline } from '../shared/deadline';
import { AppError } from '../shared/result';
import type { KeyValueStore } from './key-value-store';

/**
 * A short per-issue lock in the key-value store, so that concurrent evidence
 * writes on one issue run one after the other instead of overwriting each
 * other. Taken with an atomic set-if-absent plus a TTL (a crashed holder
 * cannot block the issue for longer than ttlSeconds), retried with capped
 * exponential backoff, released in finally by its holder only. The waits
 * stay inside the invocation's deadline: a wait that would leave less than
 * `reserveMs` for the work itself is not started, and the answer is CONFLICT.
 */
export interface LockOptions {
  readonly sleep: (ms: number) => Promise<void>;
  readonly newId: () => string;
  /** How many times to try before answering CONFLICT. */
  readonly maxAttempts?: number;
  readonly ttlSeconds?: number;
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
  /** The invocation's deadline (src/shared/deadline.ts); without one only maxAttempts bounds the waiting. */
  readonly deadline?: Deadline;
  /** Time the work under the lock needs (the write, then the panel's re-read): no wait may eat into it. */
  readonly reserveMs?: number;
}

export const LOCK_DEFAULTS = { maxAttempts: 25, ttlSeconds: 30, baseDelayMs: 50, maxDelayMs: 500, reserveMs: 5000 } as const;

/** Whether a lock wait of `delayMs` still leaves the work its reserve before the deadline. */
export const lockWaitFits = (deadline: Deadline | undefined, delayMs: number, reserveMs: number): boolean =>
  deadline === undefined || delayMs + reserveMs <= deadline.remainingMs();

export const lockKey = (issueKey: string): string => `lock:evidence:${issueKey}`;

export const withIssueLock = async <T>(
  kvs: KeyValueStore,
  issueKey: string,
  options: LockOptions,
  work: () => Promise<T>,
): Promise<T> => {
  const key = lockKey(issueKey);
  const token = options.newId();
  const maxAttempts = options.maxAttempts ?? LOCK_DEFAULTS.maxAttempts;
  const base = options.baseDelayMs ?? LOCK_DEFAULTS.baseDelayMs;
  const cap = options.maxDelayMs ?? LOCK_DEFAULTS.maxDelayMs;
  const reserveMs = options.reserveMs ?? LOCK_DEFAULTS.reserveMs;
  let acquired = false;
  for (let attempt = 0; attempt < maxAttempts; attempt += 1) {
    acquired = await kvs.setIfAbsent(key, token, options.ttlSeconds ?? LOCK_DEFAULTS.ttlSeconds);
    if (acquired || attempt + 1 >= maxAttempts) break;
    const delay = Math.min(cap, base * 2 ** attempt);
    if (!lockWaitFits(options.deadline, delay, reserveMs)) break;
    await options.sleep(delay);
  }
  if (!acquired) {
    throw new AppError('CONFLICT', `Someone else is changing the evidence on ${issueKey} right now. Try again in a moment.`);
  }
  try {
    return await work();
  } finally {
    if ((await kvs.get(key)) === token) await kvs.delete(key);
  }
};
