import type { z } from 'zod';
import type { AppDeps } from '../resolvers/app-deps';
import { AgentInputSchemas, type AgentAction, type AgentContext, type AgentResult } from '../shared/agent';
import { AppError, isAppError } from '../shared/result';
import { AGENT_HANDLERS } from './actions';
import { agentContextOf } from './agent-context';

/**
 * The one wrapper every Rovo action goes through (the `agent-*` functions in
 * manifest.yml): read who asks and from where out of the invocation
 * (src/agent/agent-context.ts), parse the inputs with the action's schema,
 * run the handler as that person, and answer {ok, summary, data} or
 * {ok: false, error}. A known failure (AppError) becomes an error a person can
 * act on; anything else is rethrown so Forge records a failed invocation.
 */

/**
 * The inputs as the schema should see them: Rovo sends them as top-level
 * keys of the payload, beside `context` (which the schemas strip). An
 * optional input the agent left empty ("" or null) counts as not given.
 */
const inputsOf = (payload: unknown): Record<string, unknown> | null => {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return null;
  return Object.fromEntries(Object.entries(payload).filter(([, v]) => v !== null && !(typeof v === 'string' && v.trim() === '')));
};

const MAX_MESSAGE = 300;

/** "issueKey: Give an issue key like CLIN-7", or "issueKey is required": the first problem, naming its input. */
export const badInputMessage = (action: AgentAction, issues: readonly z.core.$ZodIssue[]): string => {
  const issue = issues[0];
  if (issue === undefined) return `The ${action} action's inputs were not valid.`;
  const input = issue.path.map(String).join('.');
  const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
  const words = missing ? `The ${action} action needs the input ${input}.` : `The ${action} action's input ${input} is not valid: ${issue.message.replace(/\.+$/, '')}.`;
  return words.length > MAX_MESSAGE ? `${words.slice(0, MAX_MESSAGE - 1)}…` : words;
};

const failed = (code: string, message: string) => ({ ok: false as const, error: { code, message } });

export const runAgentAction = async <A extends AgentAction>(deps: AppDeps, action: A, payload: unknown, invocation: unknown): Promise<AgentResult<A>> => {
  try {
    // Who asks first: without a person there is nothing to answer, whatever the inputs.
    const context: AgentContext = agentContextOf(payload, invocation);
    const inputs = inputsOf(payload);
    if (inputs === null) return failed('BAD_PAYLOAD', `The ${action} action's inputs were not an object of named inputs.`);
    const parsed = AgentInputSchemas[action].safeParse(inputs);
    if (!parsed.success) return failed('BAD_PAYLOAD', badInputMessage(action, parsed.error.issues));
    // The handler of `action` takes the output of `action`'s schema: TypeScript cannot follow the pairing through the generic index.
    const handler = AGENT_HANDLERS[action] as unknown as (d: AppDeps, c: AgentContext, i: unknown) => Promise<{ summary: string; data: never }>;
    const { summary, data } = await handler(deps, context, parsed.data);
    return { ok: true, summary, data };
  } catch (error) {
    if (isAppError(error)) return failed(error.code, error.message);
    throw error instanceof Error ? error : new AppError('JIRA_BAD_RESPONSE', String(error));
  }
};
