import { randomUUID } from 'node:crypto';
import { createJiraClient } from '../jira/create-client';
import type { AppDeps } from '../resolvers/app-deps';
import { AppError } from '../shared/result';
import { createForgeKeyValueStore } from './forge-key-value-store';
import { createForgeTransport } from './forge-transport';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The resolvers' dependencies inside Forge: requestJira as the user or the app, Forge KVS, the real clock. */
export const createForgeDeps = (): AppDeps => ({
  jiraAsUser: () => createJiraClient(createForgeTransport('user'), { sleep }),
  jiraAsApp: () => createJiraClient(createForgeTransport('app'), { sleep }),
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
