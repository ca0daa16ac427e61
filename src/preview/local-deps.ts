import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createJiraClient, type JiraClientOptions } from '../jira/create-client';
import { deadlineIn, NO_DEADLINE, type Deadline } from '../shared/deadline';
import { SAMPLE_USERS, type SampleUserId } from '../jira/sample-site/users';
import type { JiraTransport } from '../jira/transport';
import { EVIDENCE_KEY_SECRET } from '../storage/evidence-signature';
import { createMemoryKeyValueStore, type KeyValueStore } from '../storage/key-value-store';
import type { AppDeps } from '../resolvers/app-deps';
import { rescoreItems, type RescoreOutcome } from '../services/rescore-items';

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
  /** ISO date-time of a write (decidedAt, addedAt); default: the time now on the site's today, so records made in the preview carry the day it lives on. */
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
  const today = options.today ?? site.today;
  const now = options.now ?? (() => (today === undefined ? new Date().toISOString() : `${today}${new Date().toISOString().slice(10)}`));
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

/** A site the local hosts re-score at start: it lists its issues. */
export interface RescorableSite extends LocalSite {
  readonly issueIds: readonly string[];
}

export interface StartRescore extends RescoreOutcome {
  /** Wall-clock milliseconds the re-score took. */
  readonly ms: number;
}

/**
 * Re-scores every issue of the sample site once, as the app's background
 * re-score does (rescoreItems: one search per 100 ids, one bulk property
 * write), so its `factory-gravity.assessment` properties, and with them the
 * JQL aliases of manifest.yml (gravityVerdict, gravityScore, ...), answer
 * from the first request. `kvs` holds the settings it scores with (none:
 * the defaults); the site's evidence key is put into it as the app's.
 */
export const rescoreSampleSite = async (site: RescorableSite, kvs: KeyValueStore, today: string, clock: () => number = () => performance.now()): Promise<StartRescore> => {
  const started = clock();
  const store = site.evidenceKey === undefined ? kvs : withEvidenceKey(kvs, site.evidenceKey);
  const outcome = await rescoreItems(createJiraClient(site.transport('alex')), store, site.issueIds, today);
  return { ...outcome, ms: clock() - started };
};

/**
 * A transport over the sample site that answers only once the start re-score
 * (rescoreSampleSite) has written every assessment; the re-score itself goes
 * to the site directly, so a recording or counting wrapper around this
 * transport sees only the host's own requests.
 */
export const rescoredSampleTransport = (site: RescorableSite, today: string, user: SampleUserId = 'alex'): JiraTransport => {
  let ready: Promise<StartRescore> | undefined;
  const transport = site.transport(user);
  return async (request) => {
    ready ??= rescoreSampleSite(site, createMemoryKeyValueStore(), today);
    await ready;
    return transport(request);
  };
};
