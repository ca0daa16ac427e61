import type { JiraClient } from '../jira/client';
import type { KeyValueStore } from '../storage/key-value-store';
import type { RescoreQueue } from './rescore-queue';

/** What the background handlers need: Jira as the app, storage, the queue and the date. */
export interface TriggerDeps {
  readonly jira: JiraClient;
  readonly kvs: KeyValueStore;
  readonly queue: RescoreQueue;
  /** YYYY-MM-DD */
  today(): string;
}
