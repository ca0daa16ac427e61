import type { JiraClient } from '../jira/client';
import type { KeyValueStore } from '../storage/key-value-store';
import type { RescoreQueue } from './rescore-queue';

/** What the background handlers need: Jira as the app, storage, the queue and the date. */
export interface TriggerDeps {
  /** Bound to the invocation's deadline (src/index.ts: DEADLINES.event or DEADLINES.background). */
  readonly jira: JiraClient;
  readonly kvs: KeyValueStore;
  readonly queue: RescoreQueue;
  /** YYYY-MM-DD */
  today(): string;
}
