import { SAMPLE_USERS, type SampleSite } from '../../src/jira/sample-site';
import type { AppDeps, ResolverContext } from '../../src/resolvers/app-deps';
import { createResolver } from '../../src/resolvers/create-resolver';
import { createLocalDeps } from '../../src/preview/local-deps';
import { AppError } from '../../src/shared/result';
import type { Envelope } from '../../src/shared/result';
import type { KeyValueStore } from '../../src/storage/key-value-store';
import { NOW, TODAY } from './support';

/**
 * The resolver handler with identity taken the way Forge takes it. Forge's
 * deps (src/forge/forge-deps.ts) know the caller only through
 * `context.accountId`, which @forge/resolver sets from the invocation's
 * principal, `backendRuntimePayload.principal.accountId`, after spreading the
 * front end's context (node_modules/@forge/resolver/out/index.js,
 * getDefinitions). These deps do the same over the sample site: each call acts
 * as the sample user whose account id is in `context.accountId`, so a test can
 * see whose identity the resolvers really used.
 */
export const forgeIdentityDeps = (site: SampleSite, kvs: KeyValueStore): AppDeps => {
  const byAccount = new Map(SAMPLE_USERS.map((u) => [u.accountId, createLocalDeps(site, u.id, { kvs, today: TODAY, now: () => NOW, sleep: async () => undefined })]));
  const app = byAccount.get(SAMPLE_USERS[0]?.accountId ?? '');
  if (app === undefined) throw new Error('The sample site has no users');
  const asCaller = (base: AppDeps, budgetMs: number | undefined): AppDeps => {
    const depsOf = (context: ResolverContext): AppDeps => {
      const deps = typeof context.accountId === 'string' ? byAccount.get(context.accountId) : undefined;
      if (deps === undefined) throw new AppError('JIRA_UNAUTHORIZED', 'No signed-in user.');
      return budgetMs === undefined ? deps : deps.forInvocation(budgetMs);
    };
    return {
      ...base,
      forInvocation: (ms) => asCaller(base.forInvocation(ms), ms),
      jiraAsUser: (context) => depsOf(context).jiraAsUser(context),
      accountId: (context) => depsOf(context).accountId(context),
    };
  };
  return asCaller(app, undefined);
};

export const accountOf = (user: string): string => {
  const account = SAMPLE_USERS.find((u) => u.id === user)?.accountId;
  if (account === undefined) throw new Error(`Unknown sample user ${user}`);
  return account;
};

export interface ForgeCall {
  readonly functionKey: string;
  readonly payload: unknown;
  /** What the front end sends as the call's context (anything it likes). */
  readonly frontendContext: Readonly<Record<string, unknown>>;
  /** Who Forge says is calling. */
  readonly principal: string;
}

/** Calls the real handler as Forge does: the front end's context, and the principal in the runtime payload. */
export const callAsForge = (site: SampleSite, kvs: KeyValueStore) => {
  const handler = createResolver(forgeIdentityDeps(site, kvs));
  return async (call: ForgeCall): Promise<Envelope<unknown>> =>
    (await handler(
      { call: { functionKey: call.functionKey, payload: call.payload }, context: call.frontendContext },
      { principal: { accountId: accountOf(call.principal) } },
    )) as Envelope<unknown>;
};
