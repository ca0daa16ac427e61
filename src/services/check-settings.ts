import type { PiCalendar, SprintRef } from '../domain';
import { undatableSprints, undatableVersions } from '../domain/undatable-pis';
import type { JiraClient } from '../jira/client';
import { projectJql, workItemJql } from '../jira/jql';
import { sprintsOfIssues } from '../jira/map-sprint';
import { mergeVersionsByName } from '../jira/map-version';
import type { SettingsCheck } from '../shared/payloads';
import type { ScopeReport } from '../shared/report';
import type { Settings } from '../shared/settings';
import { readPiCalendar, rememberingCalendarReads } from './read-pi-calendar';
import { readCapacityField } from './capacity-field';
import { readScopeReport } from './read-scope-report';

/**
 * The live check of the settings page: with these (unsaved) settings, which
 * PIs the project has, which is current and next, how many work items are in
 * them, how many objectives they reach, and what the PI pattern matches but
 * cannot date. Every read goes through `client` (asUser in the resolver).
 * Requests: the calendar (versions once, remembered), one search of the
 * project's work items for sprint PIs, one scope report for each of the
 * current and next PI (see readScopeReport), and the site's fields once (for
 * the capacity field).
 */

const undatableOf = async (client: JiraClient, settings: Settings, projectKey: string, calendar: PiCalendar, sprints: readonly SprintRef[]) => {
  const pi = settings.pi;
  switch (pi.source) {
    case 'fixVersion':
      return undatableVersions(mergeVersionsByName(await client.projectVersions(projectKey)), pi.namePattern, calendar);
    case 'sprint':
      return undatableSprints(sprints, pi.namePattern, calendar);
    case 'customField':
    case 'labelPrefix':
      return [];
  }
};

/** The project's sprints as its work items carry them (sprint PIs of a project scope are read from the items, as in readScopeReport). */
const projectSprints = async (client: JiraClient, settings: Settings, projectKey: string): Promise<SprintRef[]> => {
  if (settings.pi.source !== 'sprint') return [];
  const issues = await client.search({ jql: workItemJql(projectJql(projectKey), settings, null), fields: [settings.pi.sprintFieldId] });
  return [...new Map(sprintsOfIssues(issues, settings.pi.sprintFieldId).map((s) => [s.id, s])).values()];
};

const notesOf = (report: ScopeReport | null): string[] =>
  report === null
    ? []
    : [
        ...(report.partial === undefined ? [] : [report.partial.message]),
        ...(report.unreadable.length === 0 ? [] : [`${report.unreadable.length} items of ${report.pi?.name ?? 'the PI'} could not be read.`]),
      ];

export const checkSettings = async (rawClient: JiraClient, settings: Settings, projectKey: string, today: string): Promise<SettingsCheck> => {
  // One wrapper for the whole check: readScopeReport keeps it (rememberingCalendarReads gives a wrapper back), so versions and the site's fields are read once.
  const client = rememberingCalendarReads(rawClient);
  const itemSprints = await projectSprints(client, settings, projectKey);
  const { calendar } = await readPiCalendar(client, settings, { projectKeys: [projectKey], itemSprints }, today);
  const undatable = await undatableOf(client, settings, projectKey, calendar, itemSprints);
  const scope = { kind: 'project', projectKey } as const;
  // The check counts items and sizes; it needs no candidates (and none of their search).
  const current = calendar.current === null ? null : await readScopeReport(client, settings, scope, 'current', today, undefined, { candidates: false });
  const next = calendar.next === null ? null : await readScopeReport(client, settings, scope, 'next', today, undefined, { candidates: false });
  const capacity = await readCapacityField(client, settings);
  const reports = [current, next].filter((r): r is ScopeReport => r !== null);
  const unsized = capacity.field === null ? 0 : reports.reduce((n, r) => n + r.capacity.unsized.length, 0);
  const objectives = new Map<string, boolean>();
  for (const item of [...(current?.items ?? []), ...(next?.items ?? [])]) {
    for (const o of item.objectives) objectives.set(o.key, (objectives.get(o.key) ?? false) || o.live);
  }
  return {
    today,
    pis: calendar.pis,
    current: calendar.current,
    next: calendar.next,
    workItems: { current: current?.total ?? null, next: next?.total ?? null },
    objectives: { found: objectives.size, live: [...objectives.values()].filter(Boolean).length },
    undatable,
    notes: [...notesOf(current), ...notesOf(next)],
    capacity: {
      field: capacity.field,
      sized: capacity.field === null ? 0 : reports.reduce((n, r) => n + r.total, 0) - unsized,
      unsized,
      warning: capacity.ok ? null : capacity.warning,
    },
  };
};
