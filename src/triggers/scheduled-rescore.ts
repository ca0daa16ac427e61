import { inList } from '../jira/jql';
import { readProjectSettings, unionOf } from '../services/project-settings';
import { chunk, MAX_EVENTS_PER_PUSH, toBatches } from './rescore-queue';
import type { TriggerDeps } from './trigger-deps';

/**
 * The daily re-score: every work item of the site (every work-item type any
 * project uses), listed with ids only (5,000 a page), queued in batches of
 * 100 ids, 50 batches a push, and spread over time so no more than
 * PUSHES_PER_MINUTE × 50 events arrive per minute (Forge allows 500 per
 * minute per installation). 50,000 items = 10 pages, 500 batches, 10 pushes.
 */
export const IDS_PAGE_SIZE = 5000;
export const PUSHES_PER_MINUTE = 8;

export const workItemTypesJql = async (deps: Pick<TriggerDeps, 'kvs'>): Promise<string> => {
  // Every project's settings with one storage query by prefix; the defaults are among them.
  const types = unionOf((await readProjectSettings(deps.kvs)).all.map((s) => s.workItemTypes));
  return `${inList('issuetype', types.sort())} ORDER BY key ASC`;
};

export interface ScheduledOutcome {
  readonly items: number;
  readonly batches: number;
  readonly pushes: number;
}

export const runScheduledRescore = async (deps: TriggerDeps): Promise<ScheduledOutcome> => {
  const issues = await deps.jira.search({ jql: await workItemTypesJql(deps), fields: ['id'], pageSize: IDS_PAGE_SIZE });
  const batches = toBatches(issues.map((i) => i.id));
  const pushes = chunk(batches, MAX_EVENTS_PER_PUSH);
  for (const [index, events] of pushes.entries()) {
    await deps.queue.push(events, Math.min(900, Math.floor(index / PUSHES_PER_MINUTE) * 60));
  }
  return { items: issues.length, batches: batches.length, pushes: pushes.length };
};
