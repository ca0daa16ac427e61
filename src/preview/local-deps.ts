import { randomUUID } from 'node:crypto';
import { createJiraClient, type JiraClientOptions } from '../jira/create-client';
import { deadlineIn, NO_DEADLINE, type Deadline } from '../shared/deadline';
import { SAMPLE_USERS, type SampleUserId } from '../jira/sample-site/users';
import type { JiraTransport } from '../jira/transport';
import { EVIDENCE_KEY_SECRET } from '../storage/evidence-signature';
import { createMemoryKeyValueStore, type KeyValueStore } from '../storage/key-value-store';
import type { AppDeps } from '../resolvers/app-deps';

/** What createLocalDeps needs of the sample site (createSampleSite({today}) provides it). */
export interface LocalSite {
  transport(user: SampleUserId): JiraTransport;
  /** The date the site was built around (the default `today`). */
  readonly today?: string;
  /** The evidence key (base64) the site's seeded evidence is signed with; the app's key in the local store. */
  readonly evidenceKey?: string;
}

export interface LocalDepsOptions {
  /** Share one store between users (the preview server does) so settings and locks are common. */
  readonly kvs?: KeyValueStore;
  /** YYYY-MM-DD; default: the site's today, else today in UTC. */
  readonly today?: string;
  readonly now?: () => string;
  readonly newId?: () => string;
  readonly sleep?: (ms: number) => Promise<void>;
  /**
   * Retry options of the Jira client (tests inject sleep so nothing waits).
   * Its `now` is also the clock of each invocation's deadline, so a test's
   * simulated time moves both; a `deadline` here is ignored (forInvocation sets it).
   */
  readonly client?: JiraClientOptions;
  readonly lockAttempts?: number;
  /** Wraps each transport (tests count or pause requests). */
  readonly wrapTransport?: (transport: JiraTransport) => JiraTransport;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The store with `evidenceKey` (base64) as the installation's evidence key when
 * it holds none yet (set if absent, so a key already there stays). The sample
 * site's seeded evidence is signed with its public key (SampleSite.evidenceKey,
 * src/jira/sample-site/evidence-key.ts), so the local hosts use that one.
 */
export const withEvidenceKey = (kvs: KeyValueStore, evidenceKey: string): KeyValueStore => ({
  ...kvs,
  getSecret: async (key) => {
    if (key === EVIDENCE_KEY_SECRET) await kvs.setSecretIfAbsent(key, evidenceKey);
    return kvs.getSecret(key);
  },
});

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
  const now = options.now ?? (() => new Date().toISOString());
  const today = options.today ?? site.today;
  const clock = options.client?.now ?? Date.now;
  const store = options.kvs ?? createMemoryKeyValueStore();
  const kvs = site.evidenceKey === undefined ? store : withEvidenceKey(store, site.evidenceKey);
  const bound = (deadline: Deadline): AppDeps => {
    const clientOptions: JiraClientOptions = { sleep, ...options.client, deadline };
    return {
      jiraAsUser: () => createJiraClient(wrap(site.transport(user)), clientOptions),
      jiraAsApp: () => createJiraClient(wrap(site.transport('alex')), clientOptions),
      deadline,
      forInvocation: (budgetMs) => bound(deadlineIn(budgetMs, clock)),
      kvs,
      today: () => today ?? now().slice(0, 10),
      now,
      newId: options.newId ?? randomUUID,
      accountId: () => account.accountId,
      sleep,
      ...(options.lockAttempts === undefined ? {} : { lockAttempts: options.lockAttempts }),
    };
  };
  return bound(NO_DEADLINE);
};
