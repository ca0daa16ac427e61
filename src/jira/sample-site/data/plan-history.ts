import { addDays, jiraDateTime } from '../dates';
import type { SiteChangeItem, SiteIssue } from '../model';
import type { SamplePi } from '../pi-calendar';
import { STATUSES } from './catalog';
import { fixVersionItems, statusItem, type SiteBuilder } from './site-builder';

/**
 * Planning history for an epic: it was put into the first PI of `plan`
 * before that PI started, then moved to each following PI. A move out of a
 * PI that had started (past or current) is a carry-over; a move out of a
 * future PI is a re-plan. Dates never pass `today`.
 */

export interface PiContext {
  readonly today: string;
  piAt(offset: number): SamplePi;
  versionId(offset: number, projectKey: string): string;
}

export const builderContext = (b: SiteBuilder): PiContext => ({
  today: b.today,
  piAt: (offset) => b.pi(offset).pi,
  versionId: (offset, projectKey) => {
    const id = b.pi(offset).versionIds.get(projectKey);
    if (id === undefined) throw new Error(`No PI version at ${offset} in ${projectKey}`);
    return id;
  },
});

export interface PlannedChange {
  /** Jira date-time. */
  readonly created: string;
  readonly items: readonly SiteChangeItem[];
}

/** When the epic is moved out of the PI at `offset`. */
const moveDate = (ctx: PiContext, offset: number): string => {
  const pi = ctx.piAt(offset);
  if (pi.endDate < ctx.today) return addDays(pi.endDate, -3);
  if (pi.startDate <= ctx.today) return addDays(pi.startDate, Math.floor((Date.parse(ctx.today) - Date.parse(pi.startDate)) / 86_400_000 / 2));
  return addDays(ctx.today, -3);
};

/** The created date for an epic planned along `plan` (or a backlog epic when plan is empty). */
export const createdDateFor = (ctx: PiContext, plan: readonly number[], backlogAgeDays: number): string => {
  const first = plan[0];
  if (first === undefined) return addDays(ctx.today, -backlogAgeDays);
  const start = ctx.piAt(first).startDate;
  return addDays(start < ctx.today ? start : ctx.today, -30);
};

/** The Fix Version changes of an epic created on `created` and planned along `plan`, oldest first. */
export const planChanges = (ctx: PiContext, plan: readonly number[], projectKey: string, created: string): PlannedChange[] => {
  const version = (offset: number) => ({ id: ctx.versionId(offset, projectKey), name: ctx.piAt(offset).name });
  const changes: PlannedChange[] = [];
  let last = created;
  plan.forEach((offset, i) => {
    const previous = plan[i - 1];
    if (previous === undefined) {
      last = addDays(last, 2);
      changes.push({ created: jiraDateTime(last, '10:12'), items: fixVersionItems([], [version(offset)]) });
      return;
    }
    const at = moveDate(ctx, previous);
    last = at > last ? at : last;
    changes.push({ created: jiraDateTime(last, '16:40'), items: fixVersionItems([version(previous)], [version(offset)]) });
  });
  return changes;
};

/** Records planChanges on the builder; returns the date of the last change (or `created`). */
export const recordPlanHistory = (b: SiteBuilder, issue: SiteIssue, plan: readonly number[], projectKey: string, authorAccountId: string): string => {
  const changes = planChanges(builderContext(b), plan, projectKey, issue.created.slice(0, 10));
  for (const c of changes) b.addHistory(issue, authorAccountId, c.created, c.items);
  return changes[changes.length - 1]?.created.slice(0, 10) ?? issue.created.slice(0, 10);
};

const statusRef = (name: string) => {
  const s = STATUSES.find((x) => x.name === name);
  if (s === undefined) throw new Error(`No status ${name}`);
  return { id: s.id, name: s.name };
};

/** Status transitions leading to `statusName`, after `since`, within the PI at `lastPlanOffset`. */
export const statusChanges = (ctx: PiContext, statusName: string, lastPlanOffset: number | undefined, since: string): PlannedChange[] => {
  if (statusName === 'Funnel' || statusName === 'To Do') return [];
  const pi = lastPlanOffset === undefined ? undefined : ctx.piAt(lastPlanOffset);
  const at = addDays(since, 1) > ctx.today ? ctx.today : addDays(since, 1);
  const changes: PlannedChange[] = [{ created: jiraDateTime(at, '11:05'), items: [statusItem(statusRef('Funnel'), statusRef('Analyzing'))] }];
  if (statusName === 'Analyzing') return changes;
  const started = pi !== undefined && pi.startDate > at && pi.startDate <= ctx.today ? pi.startDate : at;
  changes.push({ created: jiraDateTime(started, '11:30'), items: [statusItem(statusRef('Analyzing'), statusRef('Implementing'))] });
  if (statusName !== 'Done') return changes;
  let done = pi !== undefined && pi.endDate < ctx.today ? addDays(pi.endDate, -2) : ctx.today;
  if (done < started) done = started;
  changes.push({ created: jiraDateTime(done, '15:00'), items: [statusItem(statusRef('Implementing'), statusRef('Done'))] });
  return changes;
};

export const recordStatusHistory = (b: SiteBuilder, issue: SiteIssue, lastPlanOffset: number | undefined, since: string, authorAccountId: string): string => {
  const changes = statusChanges(builderContext(b), issue.statusName, lastPlanOffset, since);
  for (const c of changes) b.addHistory(issue, authorAccountId, c.created, c.items);
  return changes[changes.length - 1]?.created.slice(0, 10) ?? since;
};
