import { randomUUID } from 'node:crypto';
import { createJiraClient, type JiraClientOptions } from '../jira/create-client';
import { SAMPLE_USERS, type SampleUserId } from '../jira/sample-site/users';
import type { JiraTransport } from '../jira/transport';
import { createMemoryKeyValueStore, type KeyValueStore } from '../storage/key-value-store';
import type { AppDeps } from './app-deps';

/** What createLocalDeps needs of the sample site (createSampleSite({today}) provides it). */
export interface LocalSite {
  transport(user: SampleUserId): JiraTransport;
  /** The date the site was built around (the default `today`). */
  readonly today?: string;
}

export interface LocalDepsOptions {
  /** Share one store between users (the preview server does) so settings and locks are common. */
  readonly kvs?: KeyValueStore;
  /** YYYY-MM-DD; default: the site's today, else today in UTC. */
  readonly today?: string;
  readonly now?: () => string;
  readonly newId?: () => string;
  readonly sleep?: (ms: number) => Promise<void>;
  /** Retry options of the Jira client (tests inject sleep so nothing waits). */
  readonly client?: JiraClientOptions;
  readonly lockAttempts?: number;
  /** Wraps each transport (tests count or pause requests). */
  readonly wrapTransport?: (transport: JiraTransport) => JiraTransport;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The resolvers' dependencies over the embedded sample site, acting as one of
 * its users (alex: project admin; priya: product manager; sam: viewer). The
 * app's own background identity is modelled by alex, who sees every issue.
 */
export const createLocalDeps = (site: LocalSite, user: SampleUserId, options: LocalDepsOptions = {}): AppDeps => {
  const account = SAMPLE_USERS.find((u) => u.id === user);
  if (account === undefined) throw new Error(`Unknown sample user ${user}`);
  const wrap = options.wrapTransport ?? ((t: JiraTransport) => t);
  const sleep = options.sleep ?? realSleep;
  const clientOptions: JiraClientOptions = { sleep, ...options.client };
  const now = options.now ?? (() => new Date().toISOString());
  const today = options.today ?? site.today;
  return {
    jiraAsUser: () => createJiraClient(wrap(site.transport(user)), clientOptions),
    jiraAsApp: () => createJiraClient(wrap(site.transport('alex')), clientOptions),
    kvs: options.kvs ?? createMemoryKeyValueStore(),
    today: () => today ?? now().slice(0, 10),
    now,
    newId: options.newId ?? randomUUID,
    accountId: () => account.accountId,
    sleep,
    ...(options.lockAttempts === undefined ? {} : { lockAttempts: options.lockAttempts }),
  };
};
