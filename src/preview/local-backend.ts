import { createSampleSite, INTENDED_VERDICTS } from '../jira/sample-site';
import { SAMPLE_USERS } from '../jira/sample-site/users';
import { createLocalDeps } from '../resolvers/local-deps';
import { createMemoryKeyValueStore } from '../storage/key-value-store';
import { createResolver } from '../resolvers/create-resolver';
import type { Verdict } from '../shared/assessment';
import type { PanelData, ScopeOptions } from '../shared/payloads';
import type { Envelope } from '../shared/result';
import { buildForgeRequest, type ForgeLikeRequest } from './forge-request';
import type { IndexData } from './index-page';
import type { PreviewBackend } from './preview-backend';
import type { PreviewUser } from './preview-context';

type ResolverHandler = (request: ForgeLikeRequest, backendRuntimePayload?: unknown) => Promise<unknown>;

/**
 * The preview's back end: ONE sample site for the server's lifetime (evidence
 * added and settings saved persist while it runs) and the real resolver
 * handler, called the way Forge calls it, once per sample user.
 */
export const createLocalBackend = (today: string): PreviewBackend => {
  const site = createSampleSite({ today });
  // One store for every user: settings saved by alex are what sam reads.
  const kvs = createMemoryKeyValueStore();
  const handlers = new Map<PreviewUser, ResolverHandler>();
  const handlerFor = (user: PreviewUser): ResolverHandler => {
    let handler = handlers.get(user);
    if (handler === undefined) {
      handler = createResolver(createLocalDeps(site, user, { kvs, today })) as unknown as ResolverHandler;
      handlers.set(user, handler);
    }
    return handler;
  };
  const accountIdOf = (user: PreviewUser): string => {
    const found = SAMPLE_USERS.find((u) => u.id === user);
    if (found === undefined) throw new Error(`No sample user ${user}`);
    return found.accountId;
  };
  const invoke = (request: ForgeLikeRequest, user: PreviewUser) => handlerFor(user)(request, {});
  const invokeAsAlex = async <T>(functionKey: string, payload: unknown, context: Readonly<Record<string, string>>): Promise<T | null> => {
    const answer = (await invoke(buildForgeRequest(functionKey, payload, { user: 'alex', ...context }, accountIdOf('alex'), null), 'alex')) as Envelope<T>;
    return answer.ok ? answer.data : null;
  };

  return {
    today,
    accountIdOf,
    invoke,
    dump: () => site.dump(),
    indexData: async (): Promise<IndexData> => {
      const intended = INTENDED_VERDICTS as Readonly<Record<string, Verdict>>;
      const epics = await Promise.all(
        Object.entries(intended).map(async ([key, verdict]) => {
          const panel = await invokeAsAlex<PanelData>('getPanel', { issueKey: key }, { issueKey: key });
          return { key, verdict, summary: panel?.assessment.summary ?? '' };
        }),
      );
      const options = await invokeAsAlex<ScopeOptions>('getScopeOptions', {}, {});
      return {
        today,
        epics,
        projects: options?.projects ?? [],
        boards: options?.boards ?? [],
        users: SAMPLE_USERS.map((u) => ({ id: u.id, displayName: u.displayName, role: u.role })),
      };
    },
  };
};
