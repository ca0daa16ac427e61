import type { AppDeps } from '../resolvers/app-deps';
import { AgentInputSchemas, type AgentAction, type AgentResult } from '../shared/agent';
import { AppError, isAppError } from '../shared/result';
import { AGENT_HANDLERS } from './actions';

/**
 * The one wrapper every Rovo action goes through (the `agent-*` functions in
 * manifest.yml): read who asks and from where out of the invocation, parse
 * the inputs with the action's schema, run the handler as that person, and
 * answer {ok, summary, data} or {ok: false, error}. CONTRACT: the payload and
 * context reading is being built (issue 14).
 */
export const runAgentAction = async <A extends AgentAction>(deps: AppDeps, action: A, payload: unknown, _invocation: unknown): Promise<AgentResult<A>> => {
  const parsed = AgentInputSchemas[action].safeParse(payload);
  if (!parsed.success) return { ok: false, error: { code: 'BAD_PAYLOAD', message: parsed.error.issues[0]?.message ?? 'Bad input' } };
  try {
    const handler = AGENT_HANDLERS[action] as unknown as (d: AppDeps, c: unknown, i: unknown) => Promise<{ summary: string; data: never }>;
    const { summary, data } = await handler(deps, { accountId: null, projectKey: null, issueKey: null }, parsed.data);
    return { ok: true, summary, data };
  } catch (error) {
    if (isAppError(error)) return { ok: false, error: { code: error.code, message: error.message } };
    throw error instanceof Error ? error : new AppError('JIRA_BAD_RESPONSE', String(error));
  }
};
