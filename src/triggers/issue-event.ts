import { z } from 'zod';
import { quote } from '../jira/jql';
import { rescoreItems, type RescoreOutcome } from '../services/rescore-items';
import { mayChangeAssessment } from './event-filter';
import { toBatches } from './rescore-queue';
import type { TriggerDeps } from './trigger-deps';

/**
 * avi:jira:created:issue / updated:issue, created/deleted:issuelink and
 * set:issue-property: the changed issue (or both ends of the link) is
 * re-scored right away, and when it is a strategic objective its linked
 * work items and children are queued. Events that cannot change an
 * assessment (mayChangeAssessment) cost nothing: no storage, no Jira.
 * A property set by someone else on the app's keys re-scores the issue,
 * which recomputes the assessment from the evidence and overwrites a
 * tampered one; the app's own writes do not come back here (ignoreSelf),
 * and even if one did, the second pass finds nothing changed and writes nothing.
 */

const id = z.union([z.string().regex(/^\d+$/), z.number().int().nonnegative()]).transform(String);
const IssueEventSchema = z.union([z.object({ issue: z.object({ id }) }).transform((e) => e.issue), z.object({ entityId: id }).transform((e) => ({ id: e.entityId }))]);
const LinkSchema = z.object({ sourceIssueId: id, destinationIssueId: id });
const LinkEventSchema = z.union([z.object({ issueLink: LinkSchema }).transform((e) => e.issueLink), LinkSchema]);

/** The ids the event is about; [] for events this app does not read. */
export const changedIssueIds = (event: unknown): string[] => {
  const issue = IssueEventSchema.safeParse(event);
  if (issue.success) return [issue.data.id];
  const link = LinkEventSchema.safeParse(event);
  if (link.success) return [link.data.sourceIssueId, link.data.destinationIssueId];
  return [];
};

/** Ids of the work items that hang off these objectives: linked to them, or their children. */
export const relatedIssueIds = async (deps: TriggerDeps, objectiveKeys: readonly string[]): Promise<string[]> => {
  if (objectiveKeys.length === 0) return [];
  const linked = objectiveKeys.map((key) => `issue in linkedIssues(${quote(key)})`);
  const children = `parent in (${objectiveKeys.map(quote).join(', ')})`;
  const issues = await deps.jira.search({ jql: `${[children, ...linked].join(' OR ')} ORDER BY key ASC`, fields: ['id'], pageSize: 1000 });
  return issues.map((i) => i.id);
};

export interface IssueEventOutcome extends RescoreOutcome {
  /** Work items queued because an objective they depend on changed. */
  readonly queued: number;
}

const NOTHING: IssueEventOutcome = { scored: 0, written: 0, objectives: [], unreadable: [], queued: 0 };

export const handleIssueEvent = async (deps: TriggerDeps, event: unknown): Promise<IssueEventOutcome> => {
  if (!mayChangeAssessment(event)) return NOTHING;
  const outcome = await rescoreItems(deps.jira, deps.kvs, changedIssueIds(event), deps.today());
  const related: string[] = [];
  // linkedIssues() takes one key: search 20 objectives at a time to keep the JQL short.
  for (let i = 0; i < outcome.objectives.length; i += 20) {
    related.push(...(await relatedIssueIds(deps, outcome.objectives.slice(i, i + 20).map((o) => o.key))));
  }
  const batches = toBatches(related);
  if (batches.length > 0) await deps.queue.push(batches);
  return { ...outcome, queued: batches.reduce((n, b) => n + b.issueIds.length, 0) };
};
