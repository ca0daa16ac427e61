import { scoreWorkItem, type Assessment, type PiCalendar, type WorkItem } from '../domain';
import type { JiraClient, RawHistory, RawIssue } from '../jira/client';
import { piFieldIdOf } from '../jira/map-history';
import { mapWorkItem } from '../jira/map-work-item';
import type { Settings } from '../shared/settings';
import { readObjectiveDetails } from './read-objectives';

export interface AssessedItem {
  readonly raw: RawIssue;
  readonly assessment: Assessment;
}

/** Each item's history: inline from the search when complete, else one bulkfetch for the rest (≤1000 ids a request). */
export const readHistories = async (
  client: JiraClient,
  issues: readonly RawIssue[],
  fieldId: string,
): Promise<Map<string, readonly RawHistory[]>> => {
  const histories = new Map<string, readonly RawHistory[]>();
  const cutShort: string[] = [];
  for (const issue of issues) {
    if (issue.changelog?.complete === true) histories.set(issue.id, issue.changelog.histories);
    else cutShort.push(issue.id);
  }
  if (cutShort.length > 0) for (const [id, h] of await client.changelogs(cutShort, [fieldId])) histories.set(id, h);
  return histories;
};

/**
 * Searched work items → assessments: their objectives (one search per 100
 * keys and parent level) and histories are read for all of them at once,
 * then each is mapped and scored. An item that cannot be mapped goes to
 * `unreadable` with its reason, never to a guessed verdict; `keep` drops
 * mapped items that do not belong (a PI filter applied after the search).
 */
export const assessRawItems = async (
  client: JiraClient,
  settings: Settings,
  calendar: PiCalendar,
  issues: readonly RawIssue[],
  today: string,
  keep: (item: WorkItem) => boolean = () => true,
): Promise<{ assessed: AssessedItem[]; unreadable: { key: string; reason: string }[] }> => {
  const objectives = await readObjectiveDetails(client, settings, issues);
  const histories = await readHistories(client, issues, piFieldIdOf(settings.pi));
  const assessed: AssessedItem[] = [];
  const unreadable: { key: string; reason: string }[] = [];
  for (const raw of issues) {
    const mapped = mapWorkItem(raw, { settings, objectives, histories: histories.get(raw.id) ?? [], webLinks: null });
    if (!mapped.ok) unreadable.push({ key: mapped.key, reason: mapped.reason });
    else if (keep(mapped.item)) assessed.push({ raw, assessment: scoreWorkItem(mapped.item, calendar, settings, today) });
  }
  return { assessed, unreadable };
};
