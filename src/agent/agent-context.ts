import { z } from 'zod';
import type { ResolverContext } from '../resolvers/app-deps';
import type { AgentContext } from '../shared/agent';
import { AppError } from '../shared/result';

/**
 * Who asks and from where, out of a Rovo action's invocation.
 *
 * Forge calls an action's function as `handler(payload, context)`:
 * - the second argument is the invocation context, the same for every
 *   module, whose `principal.accountId` is the person the function runs for
 *   (developer.atlassian.com/platform/forge/function-reference/arguments/:
 *   `Context = { installContext, principal?: { accountId }, ... }`);
 * - the payload holds the action's inputs as top-level keys beside
 *   `context`, where Rovo puts the product context it was asked from; in
 *   Jira `context.jira` carries `url`, `resourceType`, `issueKey`, `issueId`,
 *   `projectKey`, ... (the Forge tutorial "Build a Jira issue analyst Rovo
 *   agent" reads `payload.context.jira.projectKey`; public Forge apps read
 *   `payload.context.jira.boardId` on a board).
 *
 * Both are read tolerantly (extra keys are fine; a field of the wrong shape
 * is as good as absent): they come from the platform, not from the person.
 */

const KEY = /^[A-Z][A-Z0-9_]{0,19}-[1-9]\d{0,9}$/;
const PROJECT = /^[A-Z][A-Z0-9_]{0,19}$/;

/** A string matching `pattern` after trimming and upper-casing, else null. */
const keyLike = (value: string | undefined, pattern: RegExp): string | null => {
  const s = value?.trim().toUpperCase() ?? '';
  return pattern.test(s) ? s : null;
};

/** An optional string field that is as good as absent when it is anything else. */
const optionalString = z.string().max(2000).optional().catch(undefined);

const InvocationSchema = z
  .object({
    principal: z.object({ accountId: z.string().trim().min(1).max(128) }).loose().nullish().catch(null),
  })
  .loose();

const PayloadContextSchema = z
  .object({
    context: z
      .object({ jira: z.object({ issueKey: optionalString, projectKey: optionalString }).loose().nullish().catch(null) })
      .loose()
      .nullish()
      .catch(null),
  })
  .loose();

/** The person asking: the invocation's principal, or null when there is none (never the app). */
export const accountIdOf = (invocation: unknown): string | null => {
  const parsed = InvocationSchema.safeParse(invocation);
  return parsed.success ? (parsed.data.principal?.accountId ?? null) : null;
};

/**
 * The Jira context the person asked from. The project is the context's
 * projectKey, else the project of its issueKey (an issue page).
 */
export const productContextOf = (payload: unknown): Pick<AgentContext, 'projectKey' | 'issueKey'> => {
  const parsed = PayloadContextSchema.safeParse(payload);
  const jira = parsed.success ? parsed.data.context?.jira : null;
  const issueKey = keyLike(jira?.issueKey, KEY);
  const projectKey = keyLike(jira?.projectKey, PROJECT) ?? (issueKey === null ? null : issueKey.slice(0, issueKey.lastIndexOf('-')));
  return { issueKey, projectKey };
};

/** The AgentContext of an invocation: JIRA_UNAUTHORIZED without a person, since the actions never read Jira as the app. */
export const agentContextOf = (payload: unknown, invocation: unknown): AgentContext & { readonly accountId: string } => {
  const accountId = accountIdOf(invocation);
  if (accountId === null) {
    throw new AppError(
      'JIRA_UNAUTHORIZED',
      'This question came without a signed-in Jira user, and the PI alignment coach answers only as the person asking. Sign in to Jira and ask again.',
    );
  }
  return { accountId, ...productContextOf(payload) };
};

/**
 * The resolver context that reads Jira as the person (deps.jiraAsUser, the
 * same call every resolver makes): Forge's asUser() acts for the invocation's
 * principal, and the local hosts act as the sample user they were built for.
 */
export const resolverContextOf = (context: AgentContext): ResolverContext => {
  if (context.accountId === null) {
    throw new AppError('JIRA_UNAUTHORIZED', 'This question came without a signed-in Jira user; sign in to Jira and ask again.');
  }
  return { accountId: context.accountId };
};
