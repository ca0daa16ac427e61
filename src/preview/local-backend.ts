import { localAskRunner } from './ask-runner';
import { createSampleSite, INTENDED_VERDICTS } from '../jira/sample-site';
import { SAMPLE_USERS } from '../jira/sample-site/users';
import { createLocalDeps, rescoreSampleSite } from './local-deps';
import { seedSampleAppStorage } from './sample-app-storage';
import { createMemoryKeyValueStore } from '../storage/key-value-store';
import { createResolver } from '../resolvers/create-resolver';
import type { Verdict } from '../shared/assessment';
import type { PanelData, ScopeOptions } from '../shared/payloads';
import type { Envelope } from '../shared/result';
import { z } from 'zod';
import { buildForgeContext, buildForgeRequest, type ForgeLikeRequest, type PreviewIssue } from './forge-request';
import { manifestModules } from './manifest-modules';
import type { IndexData } from './index-page';
import type { PreviewBackend } from './preview-backend';
import type { PreviewUser } from './preview-context';

type ResolverHandler = (request: ForgeLikeRequest, backendRuntimePayload?: unknown) => Promise<unknown>;

/** The fields of an enhanced-search answer the Forge context needs. */
const IssueFactsSchema = z.object({
  issues: z.array(
    z.object({
      id: z.string(),
      key: z.string(),
      fields: z.object({
        issuetype: z.object({ id: z.string(), name: z.string() }),
        project: z.object({ id: z.string(), key: z.string(), projectTypeKey: z.string().optional() }),
      }),
    }),
  ),
});

/**
 * The preview's back end: ONE sample site for the server's lifetime (evidence
 * added and settings saved persist while it runs) and the real resolver
 * handler, called the way Forge calls it, once per sample user.
 */
export const createLocalBackend = (today: string): PreviewBackend => {
  const site = createSampleSite({ today });
  // One store for every user: settings saved by alex are what sam reads.
  const kvs = createMemoryKeyValueStore();
  // Every assessment property written once at start, so the JQL aliases answer from the first page; every call waits for it.
  // Then the app-storage data of the sample site (the not-doing register: src/preview/sample-app-storage.ts) in the same store.
  const rescored = rescoreSampleSite(site, kvs, today).then(async (outcome) => {
    await seedSampleAppStorage(kvs, site.transport('alex'), today);
    return outcome;
  });
  rescored.catch(() => undefined); // awaited (and so reported) by the first call
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
  // Forge passes the principal in the runtime payload; @forge/resolver puts it into context.accountId
  // (node_modules/@forge/resolver/out/index.js, getDefinitions), as it does here.
  const invoke = async (request: ForgeLikeRequest, user: PreviewUser) => {
    await rescored;
    return handlerFor(user)(request, { principal: { accountId: accountIdOf(user) } });
  };
  const describeIssue = async (issueKey: string): Promise<PreviewIssue | null> => {
    await rescored;
    const response = await site.transport('alex')({
      method: 'GET',
      path: '/rest/api/3/search/jql',
      query: { jql: `key = "${issueKey.replace(/[\\"]/g, '')}"`, fields: 'issuetype,project', maxResults: 1 },
    });
    if (response.status !== 200) return null;
    const parsed = IssueFactsSchema.safeParse(JSON.parse(response.body));
    const issue = parsed.success ? parsed.data.issues[0] : undefined;
    if (issue === undefined) return null;
    const { issuetype, project } = issue.fields;
    return { id: issue.id, key: issue.key, type: issuetype.name, typeId: issuetype.id, project: { id: project.id, key: project.key, type: project.projectTypeKey ?? 'software' } };
  };
  const invokeAsAlex = async <T>(functionKey: string, payload: unknown, page: Readonly<Record<string, string>>): Promise<T | null> => {
    const context = buildForgeContext(manifestModules(), { page: { user: 'alex', ...page }, accountId: accountIdOf('alex'), gadgetConfig: null, issue: null });
    const answer = (await invoke(buildForgeRequest(functionKey, payload, context), 'alex')) as Envelope<T>;
    return answer.ok ? answer.data : null;
  };

  return {
    today,
    accountIdOf,
    invoke,
    describeIssue,
    dump: () => site.dump(),
    ask: localAskRunner(site, kvs, today, rescored),
    indexData: async (): Promise<IndexData> => {
      const intended: Readonly<Record<string, Verdict>> = INTENDED_VERDICTS;
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
