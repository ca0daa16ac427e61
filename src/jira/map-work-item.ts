import { z } from 'zod';
import type { WebLink, WorkItem } from '../domain/model';
import { EVIDENCE_PROPERTY_KEY } from '../shared/evidence';
import type { Settings } from '../shared/settings';
import type { RawHistory, RawIssue } from './client';
import { safeParseIssueFields } from './schemas';
import { statusCategoryOf } from './map-status';
import { sprintsOfFieldValue } from './map-sprint';
import { evidencePropertyFromValue, isUnreadableEvidence, type EvidenceProblem } from './map-evidence';
import { objectiveCandidatesOfParsed, type ObjectiveDetails } from './map-objectives';
import { planningHistoryOf } from './map-history';

export interface WorkItemContext {
  readonly settings: Settings;
  /** Objective details by key (null: looked up, not visible). */
  readonly objectives: ReadonlyMap<string, ObjectiveDetails | null>;
  /** The item's changelog histories (PI field only is enough). */
  readonly histories: readonly RawHistory[];
  /** null when web links were not read (scope reports). */
  readonly webLinks: readonly WebLink[] | null;
  /** 'strict' (scope reports): an unreadable evidence property makes the item unreadable. 'lenient' (the panel): read it as no records and report the problem. Default strict. */
  readonly unreadableEvidence?: 'strict' | 'lenient';
}

export type MappedWorkItem =
  | { readonly ok: true; readonly item: WorkItem; readonly evidenceProblems: readonly EvidenceProblem[] }
  | { readonly ok: false; readonly key: string; readonly reason: string };

const DEFAULT_SPRINT_FIELD = 'customfield_10020';

const OptionSchema = z.union([
  z.string(),
  z.object({ value: z.string() }).transform((o) => o.value),
  z.object({ name: z.string() }).transform((o) => o.name),
]);

/** A select, multi-select or text field → its values as strings. */
export const fieldValuesOf = (value: unknown): string[] => {
  const list = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value];
  return list.flatMap((v) => {
    const o = OptionSchema.safeParse(v);
    return o.success ? [o.data.trim()].filter((s) => s.length > 0) : [];
  });
};

/** Current values of the PI-carrying field (what the changelog walk starts from). */
const currentPiValues = (item: Pick<WorkItem, 'fixVersions' | 'sprints' | 'labels' | 'piFieldValues'>, settings: Settings): string[] => {
  switch (settings.pi.source) {
    case 'fixVersion':
      return [...item.fixVersions];
    case 'sprint':
      return item.sprints.map((s) => s.name);
    case 'labelPrefix':
      return [...item.labels];
    case 'customField':
      return [...item.piFieldValues];
  }
};

/** A searched issue plus what was read around it → the core's WorkItem, or the reason it cannot be read. */
export const mapWorkItem = (raw: RawIssue, context: WorkItemContext): MappedWorkItem => {
  const { settings } = context;
  const parsed = safeParseIssueFields(raw.fields);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { ok: false, key: raw.key, reason: `Jira sent fields the app cannot read (${first?.path.join('.') ?? '?'}: ${first?.message ?? 'invalid'}).` };
  }
  const f = parsed.data;
  if (f.summary == null || f.status == null || f.issuetype == null || f.project == null) {
    return { ok: false, key: raw.key, reason: 'Jira did not send the summary, status, issue type or project of this item.' };
  }
  const evidence = evidencePropertyFromValue(raw.properties[EVIDENCE_PROPERTY_KEY]);
  if (isUnreadableEvidence(evidence) && context.unreadableEvidence !== 'lenient') {
    return { ok: false, key: raw.key, reason: evidence.problems.map((p) => p.message).join(' ') };
  }
  const sprintFieldId = settings.pi.source === 'sprint' ? settings.pi.sprintFieldId : DEFAULT_SPRINT_FIELD;
  const planning = {
    fixVersions: (f.fixVersions ?? []).map((v) => v.name),
    sprints: sprintsOfFieldValue(raw.fields[sprintFieldId]),
    labels: [...(f.labels ?? [])],
    piFieldValues: settings.pi.source === 'customField' ? fieldValuesOf(raw.fields[settings.pi.fieldId]) : [],
  };
  const item: WorkItem = {
    id: raw.id,
    key: raw.key,
    summary: f.summary,
    projectKey: f.project.key,
    issueType: f.issuetype.name,
    status: f.status.name,
    statusCategory: statusCategoryOf(f.status.statusCategory?.key),
    fixVersions: planning.fixVersions,
    sprints: planning.sprints,
    labels: planning.labels,
    piFieldValues: planning.piFieldValues,
    objectiveCandidates: objectiveCandidatesOfParsed(raw.fields, f, settings, context.objectives),
    evidence: evidence.records,
    webLinks: context.webLinks,
    planningHistory: planningHistoryOf(context.histories, settings.pi, currentPiValues(planning, settings)),
  };
  return { ok: true, item, evidenceProblems: evidence.problems };
};

/** The fields a work-item search asks for under these settings. */
export const workItemFields = (settings: Settings): string[] => {
  const fields = new Set(['summary', 'status', 'issuetype', 'project', 'fixVersions', 'issuelinks', 'parent', 'labels', 'duedate', DEFAULT_SPRINT_FIELD]);
  if (settings.pi.source === 'sprint') fields.add(settings.pi.sprintFieldId);
  if (settings.pi.source === 'customField') fields.add(settings.pi.fieldId);
  if (settings.objectives.fieldId !== null) fields.add(settings.objectives.fieldId);
  fields.add(settings.objectives.targetDateField);
  return [...fields];
};
