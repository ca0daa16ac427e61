import { runAgentAction } from '../../../src/agent/run-action';
import type { SampleUserId } from '../../../src/jira/sample-site';
import type { AgentAction, AgentAnswers, AgentResult } from '../../../src/shared/agent';
import { accountOf, harness, type Harness } from '../../forge/support/resolver-harness';

/**
 * The agent's actions called the way Forge calls an action's function
 * (src/agent/agent-context.ts): `handler(payload, context)`, the inputs as
 * top-level keys of the payload beside Rovo's `context.jira`, the person in
 * the invocation context's `principal.accountId`. Over the sample site on
 * TODAY (2026-11-26): CLIN's current PI is PI 26.4, the next PI 27.1.
 */

export const JIRA_CONTEXT = (projectKey = 'CLIN', issueKey?: string) => ({
  cloudId: 'local',
  moduleKey: 'factory-gravity-coach',
  jira: { url: `https://riverside.example/browse/${issueKey ?? projectKey}`, resourceType: issueKey === undefined ? 'project' : 'issue', projectKey, ...(issueKey === undefined ? {} : { issueKey, issueId: '10007' }) },
});

export const invocationOf = (user: SampleUserId) => ({ installContext: 'ari:cloud:jira::site/local', principal: { accountId: accountOf(user) } });

export interface AgentHarness extends Harness {
  ask<A extends AgentAction>(action: A, payload: unknown, invocation?: unknown): Promise<AgentResult<A>>;
}

export const agentHarness = (user: SampleUserId): AgentHarness => {
  const h = harness(user);
  return { ...h, ask: (action, payload, invocation = invocationOf(user)) => runAgentAction(h.deps, action, payload, invocation) };
};

/** The answer of a successful action; fails the test with the error otherwise. */
export const answerOf = <A extends AgentAction>(result: AgentResult<A>): { summary: string; data: AgentAnswers[A] } => {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return { summary: result.summary, data: result.data };
};

export const refusalOf = <A extends AgentAction>(result: AgentResult<A>): { code: string; message: string } => {
  if (result.ok) throw new Error(`expected an error, got: ${result.summary}`);
  return result.error;
};

/** Every number written in `text` ("12", "27.1", "57"), the score's scale "/100" aside. */
export const numbersIn = (text: string): string[] => text.replace(/\/100\b/g, '').match(/\d+(?:\.\d+)?/g) ?? [];

/** The length of every list in `value`, at any depth. */
const listLengths = (value: unknown): number[] =>
  Array.isArray(value)
    ? [value.length, ...value.flatMap(listLengths)]
    : typeof value === 'object' && value !== null
      ? Object.values(value).flatMap(listLengths)
      : [];

/** The numbers of `summary` that are neither written in `data` nor the length of one of its lists (every figure must come from the data). */
export const inventedNumbers = (summary: string, data: unknown): string[] => {
  const known = new Set([...numbersIn(JSON.stringify(data)), ...listLengths(data).map(String)]);
  return numbersIn(summary).filter((n) => !known.has(n));
};
