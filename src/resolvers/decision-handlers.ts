import type { JiraClient } from '../jira/client';
import { recordDecision, rememberingUsers, type RecordDecisionDeps } from '../services/record-decision';
import type { DecisionResult } from '../shared/payloads';
import { AppError, isAppError } from '../shared/result';
import { readSettings } from '../storage/settings-store';
import type { AppDeps, ResolverContext } from './app-deps';
import { projectKeyOf } from './access';
import type { Handler } from './resolver-wrapper';
import { storeDeps } from './store-deps';

/**
 * PI decisions, as the person (src/services/record-decision.ts): the items
 * are decided one at a time, in the order given, each succeeding or failing
 * on its own; when the invocation's deadline is near the rest answer
 * DEADLINE without being tried (nothing written for them).
 */

/** Time one more item needs (permissions, the panel read, the edit, the write and its re-read, the re-score). */
export const DECISION_ITEM_RESERVE_MS = 8000;

/**
 * What the decision service needs for one item: the person's client (one for the whole call, so people looked up once,
 * the decider and a sponsor, are not asked for again per item), the project's stored settings, the installation's
 * signer as the evidence check, today, ids and the person's account id. The agent's record-decision action builds its
 * deps with it too.
 */
export const decisionDeps = async (deps: AppDeps, context: ResolverContext, client: JiraClient, projectKey: string): Promise<RecordDecisionDeps> => {
  const store = await storeDeps(deps, client);
  const { settings } = await readSettings(deps.kvs, projectKey);
  return {
    ...store,
    evidenceCheck: store.signer.check,
    settings,
    today: deps.today(),
    newId: () => deps.newId(),
    accountId: deps.accountId(context),
  };
};

const deadlineResult = (issueKey: string): DecisionResult => ({
  issueKey,
  ok: false,
  error: new AppError('DEADLINE', `${issueKey} was not decided: the time limit ran out first. Nothing was written for it; decide it again.`).toBody(),
});

export const recordDecisions: Handler<'recordDecisions'> = async (deps, context, { issueKeys, pi, decision }) => {
  const results: DecisionResult[] = [];
  const byProject = new Map<string, RecordDecisionDeps>();
  const client = rememberingUsers(deps.jiraAsUser(context));
  for (const issueKey of issueKeys) {
    if (deps.deadline.isNear(DECISION_ITEM_RESERVE_MS)) {
      results.push(deadlineResult(issueKey));
      continue;
    }
    try {
      const projectKey = projectKeyOf(issueKey);
      let itemDeps = byProject.get(projectKey);
      if (itemDeps === undefined) {
        itemDeps = await decisionDeps(deps, context, client, projectKey);
        byProject.set(projectKey, itemDeps);
      }
      results.push({ issueKey, ok: true, decision: await recordDecision(itemDeps, { issueKey, pi, decision }) });
    } catch (error) {
      if (!isAppError(error)) throw error;
      results.push({ issueKey, ok: false, error: error.toBody() });
    }
  }
  return { results };
};

export const searchUsers: Handler<'searchUsers'> = async (deps, context, { query }) => ({
  users: await deps.jiraAsUser(context).searchUsers(query),
});
