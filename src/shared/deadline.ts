/**
 * One time budget per invocation (a resolver call, a trigger or queue event,
 * a CLI run), shared by every Jira call and every lock wait inside it, so
 * that the invocation answers before its platform ends it. Forge ends a
 * resolver at 25 s and a consumer at its `timeoutSeconds` (FORGE-NOTES §4,
 * lint MAX_TIMEOUT_SECONDS=25 in @forge/lint's function-timeout-linter).
 */
export interface Deadline {
  /** Epoch ms at which the budget is spent. */
  readonly at: number;
  /** The whole budget in ms, for messages ("the 22 s limit"). */
  readonly budgetMs: number;
  /** Milliseconds left (never negative). */
  remainingMs(): number;
  /** True once fewer than `reserveMs` remain. */
  isNear(reserveMs?: number): boolean;
}

/** Budgets per host, in ms: under Forge's limits with room to answer. */
export const DEADLINES = {
  /** Forge resolvers end at 25 s. */
  resolver: 22_000,
  /**
   * The issue-event trigger's function has no timeoutSeconds in manifest.yml,
   * so the default applies (FORGE-NOTES §4: 55 s for triggers, 25 s for UI
   * invocations): the resolver's budget fits under either.
   */
  event: 22_000,
  /**
   * The admission gate (jira:workflowValidator, function `admission-gate`): its function has no
   * timeoutSeconds, so the 25 s limit of a function invoked by a UI module applies (FORGE-NOTES §4,
   * lint MAX_TIMEOUT_SECONDS=25), and a person waits on the transition meanwhile. The check is one
   * KVS read, at most one status read and the panel's 3-4 Jira reads: 10 s is ample, and leaves
   * Jira's own wait for the validator a wide margin.
   */
  validator: 10_000,
  /** The consumer and the scheduled re-score run with timeoutSeconds 900 (manifest.yml). */
  background: 840_000,
  /** The CLI has no platform limit; a long board still ends (--timeout SECONDS changes it). */
  cli: 300_000,
} as const;

export const deadlineIn = (budgetMs: number, now: () => number = Date.now): Deadline => {
  const at = now() + budgetMs;
  return {
    at,
    budgetMs,
    remainingMs: () => Math.max(0, at - now()),
    isNear: (reserveMs = 0) => at - now() <= reserveMs,
  };
};

/** A deadline that never comes (tests, and callers that bound time elsewhere). */
export const NO_DEADLINE: Deadline = {
  at: Number.POSITIVE_INFINITY,
  budgetMs: Number.POSITIVE_INFINITY,
  remainingMs: () => Number.POSITIVE_INFINITY,
  isNear: () => false,
};

/** "22 s" for a budget in ms; "no" limit for NO_DEADLINE. */
export const budgetWords = (deadline: Deadline): string =>
  Number.isFinite(deadline.budgetMs) ? `${Math.round(deadline.budgetMs / 1000)} s` : 'no';
