import { z } from 'zod';
import type { SprintRef, WebLink, WorkItem } from '../domain/model';
import { DECISIONS_PROPERTY_KEY } from '../shared/decision';
import { EVIDENCE_PROPERTY_KEY } from '../shared/evidence';
import type { Settings } from '../shared/settings';
import type { RawHistory, RawIssue } from './client';
import { safeParseIssueFields } from './schemas';
import { statusCategoryOf } from './map-status';
import { readSprintField } from './map-sprint';
import { readDecisionsProperty, trustedRecords } from './map-decisions';
import { countedEvidence, evidencePropertyFromValue, isUnreadableEvidence, type EvidenceProblem } from './map-evidence';
import { UNCHECKED_EVIDENCE, type EvidenceCheck } from './evidence-mac';
import { objectiveCandidatesOfParsed, type ObjectiveDetails } from './map-objectives';
import { planningHistoryOf } from './map-history';
import { sizeOf } from './map-size';
import { deliveryOf, RESOLUTION_DATE_FIELD } from './map-delivery';
import type { CapacityField } from '../shared/capacity';

export interface WorkItemContext {
  readonly settings: Settings;
  /** Objective details by key (null: looked up, not visible). */
  readonly objectives: ReadonlyMap<string, ObjectiveDetails | null>;
  /** The item's changelog histories (the PI field and status are enough). */
  readonly histories: readonly RawHistory[];
  /** null when web links were not read (scope reports). */
  readonly webLinks: readonly WebLink[] | null;
  /**
   * 'strict' (scope reports): an unreadable evidence or decisions property makes the item unreadable
   * (listed with the reason, the rest of the report goes on). 'lenient' (the panel): read it as no
   * records and report the problem. Default strict.
   */
  readonly unreadableEvidence?: 'strict' | 'lenient';
  /**
   * How evidence records are checked: only signed ones count (src/jira/evidence-mac.ts).
   * Default UNCHECKED_EVIDENCE (every record counts): for hosts without the
   * installation's key (the CLI against a real site); the Forge app always passes its signer's check.
   * The same check (domain 'decision') decides which PI decision records count.
   */
  readonly evidenceCheck?: EvidenceCheck;
  /** The field that sizes the item (settings capacity.field, resolved: src/services/capacity-field.ts); null or absent: unsized. */
  readonly capacityField?: CapacityField | null;
}

export type MappedWorkItem =
  | {
      readonly ok: true;
      readonly item: WorkItem;
      readonly evidenceProblems: readonly EvidenceProblem[];
      /** Why the decisions property was read as no decisions (lenient only), or null. */
      readonly decisionsProblem: string | null;
    }
  | { readonly ok: false; readonly key: string; readonly reason: string };

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

/**
 * The item's sprints. Only read when PIs come from sprints (settings.pi.source = sprint): no other
 * rule uses them. Values of shapes the app cannot read are skipped (readSprintField); the item is
 * unreadable only when the field held values and NONE of them could be read, since its PI would
 * then be guessed as "none". An empty or null field is an item in no sprint.
 */
const sprintsOfItem = (raw: RawIssue, settings: Settings): { ok: true; sprints: readonly SprintRef[] } | { ok: false; reason: string } => {
  if (settings.pi.source !== 'sprint') return { ok: true, sprints: [] };
  const fieldId = settings.pi.sprintFieldId;
  const reading = readSprintField(raw.fields[fieldId]);
  if (reading.values > 0 && reading.sprints.length === 0) {
    const what = reading.values === 1 ? 'its only value is' : `none of its ${reading.values} values is a sprint; the first is`;
    return {
      ok: false,
      reason: `The sprint field ${fieldId} cannot be read: ${what} ${reading.firstSkipped ?? 'of another shape'}. Check that the PI settings name the Sprint field (Jira Cloud sends it as a list of sprint objects).`,
    };
  }
  return { ok: true, sprints: reading.sprints };
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
  const decisions = readDecisionsProperty(raw.properties[DECISIONS_PROPERTY_KEY]);
  if (!decisions.ok && context.unreadableEvidence !== 'lenient') return { ok: false, key: raw.key, reason: decisions.problem };
  const sprintField = sprintsOfItem(raw, settings);
  if (!sprintField.ok) return { ok: false, key: raw.key, reason: sprintField.reason };
  const planning = {
    fixVersions: (f.fixVersions ?? []).map((v) => v.name),
    sprints: sprintField.sprints,
    labels: [...(f.labels ?? [])],
    piFieldValues: settings.pi.source === 'customField' ? fieldValuesOf(raw.fields[settings.pi.fieldId]) : [],
  };
  const statusCategory = statusCategoryOf(f.status.statusCategory?.key);
  const item: WorkItem = {
    id: raw.id,
    key: raw.key,
    summary: f.summary,
    projectKey: f.project.key,
    issueType: f.issuetype.name,
    status: f.status.name,
    statusCategory,
    fixVersions: planning.fixVersions,
    sprints: planning.sprints,
    labels: planning.labels,
    piFieldValues: planning.piFieldValues,
    objectiveCandidates: objectiveCandidatesOfParsed(raw.fields, f, settings, context.objectives),
    evidence: countedEvidence(raw.key, evidence, context.evidenceCheck ?? UNCHECKED_EVIDENCE),
    webLinks: context.webLinks,
    planningHistory: planningHistoryOf(context.histories, settings.pi, currentPiValues(planning, settings)),
    decisions: decisions.ok ? trustedRecords(raw.key, decisions.records, context.evidenceCheck ?? UNCHECKED_EVIDENCE) : [],
    size: sizeOf(raw.fields, context.capacityField ?? null),
    delivery: deliveryOf(raw.fields, statusCategory, context.histories),
  };
  return { ok: true, item, evidenceProblems: evidence.problems, decisionsProblem: decisions.ok ? null : decisions.problem };
};

/** The fields a work-item search asks for under these settings (and the capacity field they resolved to). */
export const workItemFields = (settings: Settings, capacityField: CapacityField | null = null): string[] => {
  const fields = new Set(['summary', 'status', 'issuetype', 'project', 'fixVersions', 'issuelinks', 'parent', 'labels', 'duedate', RESOLUTION_DATE_FIELD]);
  // The sprint field only when PIs come from sprints: nothing else reads it (sprintsOfItem).
  if (settings.pi.source === 'sprint') fields.add(settings.pi.sprintFieldId);
  if (settings.pi.source === 'customField') fields.add(settings.pi.fieldId);
  if (settings.objectives.fieldId !== null) fields.add(settings.objectives.fieldId);
  fields.add(settings.objectives.targetDateField);
  if (capacityField !== null) fields.add(capacityField.id);
  return [...fields];
};
