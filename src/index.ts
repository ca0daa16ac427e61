import { createForgeDeps } from './forge/forge-deps';
import { createForgeQueue } from './forge/forge-queue';
import { createResolver } from './resolvers/create-resolver';
import { runAgentAction } from './agent/run-action';
import { DEADLINES } from './shared/deadline';
import { admissionGate as checkAdmissionGate } from './triggers/admission-gate';
import { handleIssueEvent } from './triggers/issue-event';
import { consumeRescoreBatch } from './triggers/rescore-consumer';
import { runScheduledRescore } from './triggers/scheduled-rescore';
import type { TriggerDeps } from './triggers/trigger-deps';

/** The handlers manifest.yml names, and nothing else. */

/** One invocation's dependencies: the Jira client shares one deadline of `budgetMs` (functions' timeoutSeconds in manifest.yml). */
const triggerDeps = (budgetMs: number): TriggerDeps => {
  const deps = createForgeDeps().forInvocation(budgetMs);
  return { jira: deps.jiraAsApp(), kvs: deps.kvs, queue: createForgeQueue(), today: () => deps.today() };
};

/** Every resolver of the Custom UI modules (function `resolver`). */
export const resolver = createResolver(createForgeDeps());

/** trigger: issue created/updated, issue link created/deleted (function `on-issue-event`). */
export const onIssueEvent = (event: unknown) => handleIssueEvent(triggerDeps(DEADLINES.event), event);

/** scheduledTrigger, daily (function `daily-rescore`). */
export const dailyRescore = () => runScheduledRescore(triggerDeps(DEADLINES.background));

/** consumer of the rescore-queue (function `rescore-batch`). */
export const rescoreBatch = (event: unknown) => consumeRescoreBatch(triggerDeps(DEADLINES.background), event);

/** jira:workflowValidator "Factory Gravity PI admission gate" (function `admission-gate`): Jira as the app, one DEADLINES.validator budget. */
export const admissionGate = (event: unknown) => {
  const deps = createForgeDeps().forInvocation(DEADLINES.validator);
  return checkAdmissionGate({ jira: deps.jiraAsApp(), kvs: deps.kvs, deadline: deps.deadline, today: () => deps.today() }, event);
};

/** Rovo actions of the "PI alignment coach" agent (functions `agent-*`): as the person asking, one DEADLINES.resolver budget each. */
const agentDeps = () => createForgeDeps().forInvocation(DEADLINES.resolver);
export const agentExplainItem = (payload: unknown, context: unknown) => runAgentAction(agentDeps(), 'explain-item', payload, context);
export const agentPiReport = (payload: unknown, context: unknown) => runAgentAction(agentDeps(), 'pi-report', payload, context);
export const agentSuggestSwaps = (payload: unknown, context: unknown) => runAgentAction(agentDeps(), 'suggest-swaps', payload, context);
export const agentRecordDecision = (payload: unknown, context: unknown) => runAgentAction(agentDeps(), 'record-decision', payload, context);
