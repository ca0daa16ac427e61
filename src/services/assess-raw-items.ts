import { z } from 'zod';
import { normaliseName, scoreWorkItem, type Assessment, type PiCalendar, type WorkItem } from '../domain';
import type { JiraClient, RawHistory, RawIssue } from '../jira/client';
import { piFieldIdOf } from '../jira/map-history';
import { STATUS_FIELD_ID } from '../jira/map-delivery';
import type { EvidenceCheck } from '../jira/evidence-mac';
import { sprintsOfIssues } from '../jira/map-sprint';
import type { ObjectiveDetails } from '../jira/map-objectives';
import { mapWorkItem, workItemFields } from '../jira/map-work-item';
import type { Settings } from '../shared/settings';
import type { CapacityField } from '../shared/capacity';
import { readCapacityField } from './capacity-field';
import type { ProjectSettings } from './project-settings';
import { unionOf } from './project-settings';
import { readObjectiveDetails } from './read-objectives';
import { readPiCalendar } from './read-pi-calendar';

export interface AssessedItem {
  readonly raw: RawIssue;
  readonly assessment: Assessment;
}

/**
 * Each item's history: inline from the search when complete, else one bulkfetch for the rest (≤1000 ids a request),
 * of the PI field and the status (the delivery day of a Done item without a resolution date: src/jira/map-delivery.ts).
 */
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
  if (cutShort.length > 0) for (const [id, h] of await client.changelogs(cutShort, [fieldId, STATUS_FIELD_ID])) histories.set(id, h);
  return histories;
};

const IssueHeadSchema = z.object({
  project: z.object({ key: z.string() }),
  issuetype: z.object({ name: z.string() }),
});

/** The issue's project key and normalised type name, or null when Jira did not send them. */
export const issueHead = (raw: RawIssue): { projectKey: string; type: string } | null => {
  const parsed = IssueHeadSchema.safeParse(raw.fields);
  return parsed.success ? { projectKey: parsed.data.project.key, type: normaliseName(parsed.data.issuetype.name) } : null;
};

export const hasType = (types: readonly string[], normalisedType: string): boolean => types.some((t) => normaliseName(t) === normalisedType);

/** What a search must ask for so that every involved project's items can be scored (and sized): the union of their fields. */
export const fieldsForSettings = (settings: readonly Settings[], capacityFields: readonly (CapacityField | null)[] = []): string[] =>
  unionOf([...settings.map((s) => workItemFields(s)), capacityFields.flatMap((f) => (f === null ? [] : [f.id]))]);

/** The union of the work-item types of the involved settings (a search's issuetype clause; each item is then checked against its own project's). */
export const workItemTypesOf = (settings: readonly Settings[]): string[] => unionOf(settings.map((s) => s.workItemTypes));

export interface ProjectGroup {
  readonly projectKey: string;
  readonly settings: Settings;
  readonly items: readonly RawIssue[];
}

/**
 * Searched issues by project, each group with its project's settings. Only
 * issues whose type is a work item of their OWN project are kept: a search
 * asks for the union of every project's types, so a Feature from a project
 * that plans with Epics is dropped here. Issues without a readable project
 * or type are unreadable.
 */
export const groupByProject = (
  issues: readonly RawIssue[],
  settingsOf: ProjectSettings,
): { groups: ProjectGroup[]; unreadable: { key: string; reason: string }[]; warnings: string[] } => {
  const byProject = new Map<string, RawIssue[]>();
  const unreadable: { key: string; reason: string }[] = [];
  for (const raw of issues) {
    const head = issueHead(raw);
    if (head === null) {
      unreadable.push({ key: raw.key, reason: 'Jira did not send the project or issue type of this item.' });
      continue;
    }
    if (!hasType(settingsOf.of(head.projectKey).settings.workItemTypes, head.type)) continue;
    const group = byProject.get(head.projectKey);
    if (group === undefined) byProject.set(head.projectKey, [raw]);
    else group.push(raw);
  }
  const groups = [...byProject].map(([projectKey, items]) => ({ projectKey, settings: settingsOf.of(projectKey).settings, items }));
  const warnings = unionOf([...byProject.keys()].map((key) => [settingsOf.of(key).warning].filter((w): w is string => w !== undefined)));
  return { groups, unreadable, warnings };
};

/** The PI calendar a project's items are scored against: its own versions, or the sprints on its items, with its own settings (as the re-score and the panel read it). */
const calendarOfGroup = async (client: JiraClient, group: ProjectGroup, today: string): Promise<PiCalendar> => {
  const pi = group.settings.pi;
  const itemSprints = pi.source === 'sprint' ? sprintsOfIssues(group.items, pi.sprintFieldId) : [];
  return (await readPiCalendar(client, group.settings, { projectKeys: [group.projectKey], itemSprints }, today)).calendar;
};

/** A searched item mapped with its OWN project's settings and PI calendar, ready to be scored (or replayed PI by PI: the trend). */
export interface MappedItem {
  readonly raw: RawIssue;
  readonly item: WorkItem;
  readonly settings: Settings;
  readonly calendar: PiCalendar;
}

/**
 * The one mapping step of scope reports, the trend and the background
 * re-score: the searched issues are grouped by project, and each group is
 * mapped with that project's settings, calendar and (when `sized`) capacity
 * field. Objectives (one search per 100 keys and parent level) and cut-short
 * histories (one bulkfetch per 1000) are read for a whole group at once;
 * objective details read for one group are reused by groups whose objective
 * settings are the same. An item that cannot be mapped goes to `unreadable`
 * with its reason, never to a guessed verdict.
 */
export const mapByProject = async (
  client: JiraClient,
  settingsOf: ProjectSettings,
  issues: readonly RawIssue[],
  today: string,
  options: {
    readonly evidenceCheck?: EvidenceCheck;
    /** Size the items with their project's capacity field (GET /rest/api/3/field once per client); off for the re-score, which keeps no sizes. */
    readonly sized?: boolean;
  } = {},
): Promise<{ mapped: MappedItem[]; unreadable: { key: string; reason: string }[]; warnings: string[] }> => {
  const { groups, unreadable, warnings } = groupByProject(issues, settingsOf);
  const mapped: MappedItem[] = [];
  const objectivesBySettings = new Map<string, ReadonlyMap<string, ObjectiveDetails | null>>();
  for (const group of groups) {
    const { settings } = group;
    const calendar = await calendarOfGroup(client, group, today);
    const capacity = options.sized === true ? await readCapacityField(client, settings) : null;
    if (capacity !== null && !capacity.ok && !warnings.includes(capacity.warning)) warnings.push(capacity.warning);
    const sameObjectives = JSON.stringify(settings.objectives);
    const objectives = await readObjectiveDetails(client, settings, group.items, objectivesBySettings.get(sameObjectives) ?? new Map());
    objectivesBySettings.set(sameObjectives, objectives);
    const histories = await readHistories(client, group.items, piFieldIdOf(settings.pi));
    for (const raw of group.items) {
      const result = mapWorkItem(raw, {
        settings,
        objectives,
        histories: histories.get(raw.id) ?? [],
        webLinks: null,
        capacityField: capacity?.field ?? null,
        ...(options.evidenceCheck === undefined ? {} : { evidenceCheck: options.evidenceCheck }),
      });
      if (result.ok) mapped.push({ raw, item: result.item, settings, calendar });
      else unreadable.push({ key: result.key, reason: result.reason });
    }
  }
  return { mapped, unreadable, warnings };
};

/**
 * The one scoring step of scope reports and the background re-score
 * (mapByProject, then each item scored with its own project's settings and
 * calendar), so an item gets the same verdict whatever scope it is read in.
 * `keep` drops mapped items that do not belong (a PI filter applied after the search).
 */
export const assessByProject = async (
  client: JiraClient,
  settingsOf: ProjectSettings,
  issues: readonly RawIssue[],
  today: string,
  options: {
    readonly keep?: (item: WorkItem) => boolean;
    readonly evidenceCheck?: EvidenceCheck;
    /** As mapByProject's `sized`. */
    readonly sized?: boolean;
  } = {},
): Promise<{ assessed: AssessedItem[]; unreadable: { key: string; reason: string }[]; warnings: string[] }> => {
  const { keep = () => true, ...mapping } = options;
  const { mapped, unreadable, warnings } = await mapByProject(client, settingsOf, issues, today, mapping);
  const assessed = mapped.filter((m) => keep(m.item)).map((m) => ({ raw: m.raw, assessment: scoreWorkItem(m.item, m.calendar, m.settings, today) }));
  return { assessed, unreadable, warnings };
};
