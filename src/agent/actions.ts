import type { AgentAction } from '../shared/agent';
import type { ActionHandler } from './action-handler';
import { explainItem } from './explain-item';
import { piReport } from './pi-report';
import { recordDecision } from './record-decision';
import { suggestSwaps } from './suggest-swaps';

/** Every action the agent may call, by its key in src/shared/agent.ts. */
export const AGENT_HANDLERS: { readonly [A in AgentAction]: ActionHandler<A> } = {
  'explain-item': explainItem,
  'pi-report': piReport,
  'suggest-swaps': suggestSwaps,
  'record-decision': recordDecision,
};
