import { z } from 'zod';
import { normaliseName, scoreWorkItem, type Assessment, type PiCalendar, type WorkItem } from '../domain';
import type { JiraClient, RawHistory, RawIssue } from '../jira/client';
import { piFieldIdOf } from '../jira/map-history';
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
  evidenceCheck?: EvidenceCheck,
  knownObjectives: ReadonlyMap<string, ObjectiveDetails | null> = new Map(),
  /** The settings' capacity field, resolved (null: items unsized). */
  capacityField: CapacityField | null = null,
): Promise<{ assessed: AssessedItem[]; unreadable: { key: string; reason: string }[]; objectives: ReadonlyMap<string, ObjectiveDetails | null> }> => {
  const objectives = await readObjectiveDetails(client, settings, issues, knownObjectives);
  const histories = await readHistories(client, issues, piFieldIdOf(settings.pi));
  const assessed: AssessedItem[] = [];
  const unreadable: { key: string; reason: string }[] = [];
  for (const raw of issues) {
    const mapped = mapWorkItem(raw, {
      settings,
      objectives,
      histories: histories.get(raw.id) ?? [],
      webLinks: null,
      capacityField,
      ...(evidenceCheck === undefined ? {} : { evidenceCheck }),
    });
    if (!mapped.ok) unreadable.push({ key: mapped.key, reason: mapped.reason });
    else if (keep(mapped.item)) assessed.push({ raw, assessment: scoreWorkItem(mapped.item, calendar, settings, today) });
  }
  return { assessed, unreadable, objectives };
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
export const calendarOfGroup = async (client: JiraClient, group: ProjectGroup, today: string): Promise<PiCalendar> => {
  const pi = group.settings.pi;
  const itemSprints = pi.source === 'sprint' ? sprintsOfIssues(group.items, pi.sprintFieldId) : [];
  return (await readPiCalendar(client, group.settings, { projectKeys: [group.projectKey], itemSprints }, today)).calendar;
};

/**
 * The one scoring step of scope reports and the background re-score: the
 * searched issues are grouped by project and each group is scored with that
 * project's settings and that project's PI calendar, so an item gets the
 * same verdict whatever scope it is read in. Objective details already read
 * for a group are reused by groups whose objective settings are the same.
 */
export const assessByProject = async (
  client: JiraClient,
  settingsOf: ProjectSettings,
  issues: readonly RawIssue[],
  today: string,
  options: {
    readonly keep?: (item: WorkItem) => boolean;
    readonly evidenceCheck?: EvidenceCheck;
    /** Size the items with their project's capacity field (GET /rest/api/3/field once per client); off for the re-score, which keeps no sizes. */
    readonly sized?: boolean;
  } = {},
): Promise<{ assessed: AssessedItem[]; unreadable: { key: string; reason: string }[]; warnings: string[] }> => {
  const { groups, unreadable, warnings } = groupByProject(issues, settingsOf);
  const assessed: AssessedItem[] = [];
  const objectivesBySettings = new Map<string, ReadonlyMap<string, ObjectiveDetails | null>>();
  for (const group of groups) {
    const calendar = await calendarOfGroup(client, group, today);
    const sameObjectives = JSON.stringify(group.settings.objectives);
    const capacity = options.sized === true ? await readCapacityField(client, group.settings) : null;
    const result = await assessRawItems(
      client,
      group.settings,
      calendar,
      group.items,
      today,
      options.keep,
      options.evidenceCheck,
      objectivesBySettings.get(sameObjectives),
      capacity?.field ?? null,
    );
    objectivesBySettings.set(sameObjectives, result.objectives);
    assessed.push(...result.assessed);
    unreadable.push(...result.unreadable);
    if (capacity !== null && !capacity.ok && !warnings.includes(capacity.warning)) warnings.push(capacity.warning);
  }
  return { assessed, unreadable, warnings };
};
