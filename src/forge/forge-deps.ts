import { randomUUID } from 'node:crypto';
import { createJiraClient } from '../jira/create-client';
import type { AppDeps } from '../resolvers/app-deps';
import { deadlineIn, NO_DEADLINE, type Deadline } from '../shared/deadline';
import { AppError } from '../shared/result';
import { createForgeKeyValueStore } from './forge-key-value-store';
import { createForgeTransport } from './forge-transport';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The resolvers' dependencies inside Forge: requestJira as the user or the
 * app, Forge KVS, the real clock. Each invocation binds its own deadline
 * (forInvocation); the unbound deps have none.
 */
export const createForgeDeps = (deadline: Deadline = NO_DEADLINE): AppDeps => ({
  jiraAsUser: () => createJiraClient(createForgeTransport('user'), { sleep, deadline }),
  jiraAsApp: () => createJiraClient(createForgeTransport('app'), { sleep, deadline }),
  deadline,
  forInvocation: (budgetMs) => createForgeDeps(deadlineIn(budgetMs)),
  kvs: createForgeKeyValueStore(),
  today: () => new Date().toISOString().slice(0, 10),
  now: () => new Date().toISOString(),
  newId: randomUUID,
  accountId: (context) => {
    if (typeof context.accountId === 'string' && context.accountId !== '') return context.accountId;
    throw new AppError('JIRA_UNAUTHORIZED', 'Sign in to Jira to change evidence: this request came without a signed-in user.');
  },
  sleep,
});
