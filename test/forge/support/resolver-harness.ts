import { createSampleSite, type SampleSite, type SampleUserId, SAMPLE_USERS } from '../../../src/jira/sample-site';
import type { JiraTransport } from '../../../src/jira/transport';
import type { AppDeps } from '../../../src/resolvers/app-deps';
import { createResolver } from '../../../src/resolvers/create-resolver';
import { createLocalDeps, type LocalDepsOptions } from '../../../src/preview/local-deps';
import type { ResolverKey, ResponseTypes } from '../../../src/shared/payloads';
import type { Envelope } from '../../../src/shared/result';
import { createMemoryKeyValueStore, type KeyValueStore } from '../../../src/storage/key-value-store';

export const TODAY = '2026-11-26';
export const NOW = '2026-11-26T10:00:00.000Z';

export const accountOf = (user: SampleUserId): string => SAMPLE_USERS.find((u) => u.id === user)?.accountId ?? '';

export interface Harness {
  readonly site: SampleSite;
  readonly kvs: KeyValueStore;
  readonly deps: AppDeps;
  /** Calls the exported handler the way Forge does. */
  call<K extends ResolverKey>(key: K, payload: unknown): Promise<Envelope<ResponseTypes[K]>>;
}

let counter = 0;

export const harness = (
  user: SampleUserId,
  options: { site?: SampleSite; kvs?: KeyValueStore; wrapTransport?: (t: JiraTransport) => JiraTransport; extra?: Partial<LocalDepsOptions> } = {},
): Harness => {
  const site = options.site ?? createSampleSite({ today: TODAY });
  const kvs = options.kvs ?? createMemoryKeyValueStore();
  const deps = createLocalDeps(site, user, {
    kvs,
    today: TODAY,
    now: () => NOW,
    newId: () => `id-${(counter += 1)}`,
    sleep: () => new Promise<void>((resolve) => setImmediate(resolve)),
    lockAttempts: 10_000,
    ...(options.wrapTransport === undefined ? {} : { wrapTransport: options.wrapTransport }),
    ...options.extra,
  });
  const handler = createResolver(deps);
  const accountId = accountOf(user);
  return {
    site,
    kvs,
    deps,
    call: async (key, payload) =>
      (await handler(
        {
          call: { functionKey: key, payload },
          context: { accountId, localId: 'ari:local', moduleKey: 'factory-gravity-panel', extension: { type: 'jira:issuePanel' } },
        },
        { principal: { accountId } },
      )) as never,
  };
};

/** The data of a successful envelope; fails the test with the error otherwise. */
export const dataOf = <T>(envelope: Envelope<T>): T => {
  if (!envelope.ok) throw new Error(`expected ok, got ${envelope.error.code}: ${envelope.error.message}`);
  return envelope.data;
};

export const errorOf = <T>(envelope: Envelope<T>) => {
  if (envelope.ok) throw new Error('expected an error envelope');
  return envelope.error;
};
