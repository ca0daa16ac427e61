import type { AppDeps } from '../resolvers/app-deps';
import type { AgentAction, AgentAnswers, AgentContext, AgentInput } from '../shared/agent';

/**
 * One Rovo action's work, after its input was parsed (src/agent/run-action.ts):
 * the data and one factual sentence built from it. Throws AppError for what
 * a person can act on; run-action turns it into {ok: false, error}.
 */
export type ActionHandler<A extends AgentAction> = (
  deps: AppDeps,
  context: AgentContext,
  input: AgentInput<A>,
) => Promise<{ readonly summary: string; readonly data: AgentAnswers[A] }>;
