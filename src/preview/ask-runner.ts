import { runAgentAction } from '../agent/run-action';
import { SAMPLE_USERS } from '../jira/sample-site/users';
import type { AgentAction, AgentResult } from '../shared/agent';
import { DEADLINES } from '../shared/deadline';
import type { KeyValueStore } from '../storage/key-value-store';
import { createLocalDeps, type LocalSite } from './local-deps';
import type { PreviewUser } from './preview-context';

/** Runs one agent action as a sample user: what the Ask page calls. */
export type AskRunner = (action: AgentAction, inputs: Readonly<Record<string, unknown>>, user: PreviewUser) => Promise<AgentResult<AgentAction>>;

/**
 * The actions over a local site and app storage, called the way Forge calls
 * an action's function (src/agent/agent-context.ts): the inputs as top-level
 * keys of the payload beside `context.jira` (the issue or project the inputs
 * name, as Rovo would send from that page), and the person as
 * `principal.accountId` of the invocation; one resolver-sized deadline each.
 * `ready` is awaited first (the preview's start re-score).
 */
export const localAskRunner =
  (site: LocalSite, kvs: KeyValueStore, today: string, ready: Promise<unknown> = Promise.resolve()): AskRunner =>
  async (action, inputs, user) => {
    await ready;
    const account = SAMPLE_USERS.find((u) => u.id === user);
    if (account === undefined) throw new Error(`No sample user ${user}`);
    const deps = createLocalDeps(site, user, { kvs, today }).forInvocation(DEADLINES.resolver);
    const jira = Object.fromEntries(Object.entries({ issueKey: inputs['issueKey'], projectKey: inputs['projectKey'] }).filter(([, v]) => typeof v === 'string'));
    return runAgentAction(deps, action, { ...inputs, context: { jira } }, { principal: { accountId: account.accountId } });
  };
