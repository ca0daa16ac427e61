import type { JiraClient } from '../jira/client';
import type { Deadline } from '../shared/deadline';
import type { KeyValueStore } from '../storage/key-value-store';

/** What Forge passes a resolver as `context` (the fields this app reads). */
export interface ResolverContext {
  readonly accountId?: string;
  readonly extension?: Readonly<Record<string, unknown>>;
  readonly [key: string]: unknown;
}

/**
 * Everything the resolvers need from the outside world, in one object, so the
 * same resolvers run inside Forge (src/forge/forge-deps.ts) and locally over
 * the sample site (createLocalDeps in src/preview/local-deps.ts).
 *
 * One invocation, one deadline: the resolver wrapper calls forInvocation()
 * once per resolver call, and every Jira client and lock wait of that call
 * shares the deadline it sets.
 */
export interface AppDeps {
  /** Jira as the person calling: every user-facing read and write, bounded by `deadline`. */
  jiraAsUser(context: ResolverContext): JiraClient;
  /** Jira as the app: triggers and background re-scoring only, bounded by `deadline`. */
  jiraAsApp(): JiraClient;
  /** The time budget of the invocation these dependencies serve (NO_DEADLINE until forInvocation sets one). */
  readonly deadline: Deadline;
  /** The same dependencies for one invocation whose budget starts now (DEADLINES in src/shared/deadline.ts). */
  forInvocation(budgetMs: number): AppDeps;
  readonly kvs: KeyValueStore;
  /** YYYY-MM-DD */
  today(): string;
  /** ISO date-time */
  now(): string;
  newId(): string;
  /** The calling person's Atlassian account id (recorded as addedBy / removedBy). */
  accountId(context: ResolverContext): string;
  /** Waits between lock attempts. */
  sleep(ms: number): Promise<void>;
  /** Lock attempts before CONFLICT (default 25). */
  readonly lockAttempts?: number;
}
