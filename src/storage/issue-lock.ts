import { AppError } from '../shared/result';
import type { KeyValueStore } from './key-value-store';

/**
 * A short per-issue lock in the key-value store, so that concurrent evidence
 * writes on one issue run one after the other instead of overwriting each
 * other. Taken with an atomic set-if-absent plus a TTL (a crashed holder
 * cannot block the issue for longer than ttlSeconds), retried with capped
 * exponential backoff, released in finally by its holder only.
 */
export interface LockOptions {
  readonly sleep: (ms: number) => Promise<void>;
  readonly newId: () => string;
  /** How many times to try before answering CONFLICT. */
  readonly maxAttempts?: number;
  readonly ttlSeconds?: number;
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
}

export const LOCK_DEFAULTS = { maxAttempts: 25, ttlSeconds: 30, baseDelayMs: 50, maxDelayMs: 500 } as const;

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
  let acquired = false;
  for (let attempt = 0; attempt < maxAttempts && !acquired; attempt += 1) {
    acquired = await kvs.setIfAbsent(key, token, options.ttlSeconds ?? LOCK_DEFAULTS.ttlSeconds);
    if (!acquired) await options.sleep(Math.min(cap, base * 2 ** attempt));
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
