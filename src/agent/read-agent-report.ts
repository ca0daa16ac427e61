import type { AppDeps } from '../resolvers/app-deps';
import { readProjectSettings } from '../services/project-settings';
import { readScopeReport } from '../services/read-scope-report';
import type { AgentContext, AgentInput } from '../shared/agent';
import type { ScopeReport } from '../shared/report';
import { readEvidenceSigner } from '../storage/evidence-signature';
import { resolverContextOf } from './agent-context';
import { agentPiOf, agentScopeOf } from './resolve-agent-scope';

/**
 * The PI report the pi-report and suggest-swaps actions answer from: the
 * gadget's report (src/resolvers/scope-handlers.ts getScopeReport: every
 * project's settings, the evidence signature check), read as the person,
 * so an item they cannot see is in no count, list or candidate.
 */
export const readAgentReport = async (deps: AppDeps, context: AgentContext, input: AgentInput<'suggest-swaps'>): Promise<ScopeReport> => {
  const scope = agentScopeOf(input, context);
  const pi = agentPiOf(input.pi);
  const client = deps.jiraAsUser(resolverContextOf(context));
  const settingsOf = await readProjectSettings(deps.kvs);
  const signer = await readEvidenceSigner(deps.kvs);
  return readScopeReport(client, settingsOf, scope, pi, deps.today(), signer.check);
};
