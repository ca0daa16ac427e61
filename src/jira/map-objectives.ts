import { z } from 'zod';
import type { ObjectiveCandidate, StatusCategory } from '../domain/model';
import type { Settings } from '../shared/settings';
import type { RawIssue } from './client';
import { EmbeddedIssueSchema, IssueFieldsSchema } from './schemas';
import { statusCategoryOf } from './map-status';
import { dayOf } from './map-dates';

/** What the objective-details lookup read about one issue. */
export interface ObjectiveDetails {
  readonly key: string;
  readonly summary: string;
  readonly issueType: string;
  readonly status: string;
  readonly statusCategory: StatusCategory;
  readonly targetDate: string | null;
  readonly parentKey: string | null;
}

export const MAX_PARENT_DEPTH = 3;

/** The fields an objective-details search asks for. */
export const objectiveDetailFields = (settings: Settings): string[] => [
  'summary',
  'status',
  'issuetype',
  'parent',
  settings.objectives.targetDateField,
];

/** A searched issue → ObjectiveDetails (null when its basic fields are missing). */
export const toObjectiveDetails = (raw: RawIssue, settings: Settings): ObjectiveDetails | null => {
  const fields = IssueFieldsSchema.safeParse(raw.fields);
  if (!fields.success) return null;
  const f = fields.data;
  const target = raw.fields[settings.objectives.targetDateField];
  return {
    key: raw.key,
    summary: f.summary ?? '',
    issueType: f.issuetype?.name ?? '',
    status: f.status?.name ?? '',
    statusCategory: statusCategoryOf(f.status?.statusCategory?.key),
    targetDate: typeof target === 'string' ? (dayOf(target) ?? null) : null,
    parentKey: f.parent?.key ?? null,
  };
};

const isObjectiveType = (issueType: string | undefined, settings: Settings): boolean =>
  issueType !== undefined && settings.objectives.issueTypes.some((t) => t.toLowerCase() === issueType.toLowerCase());

const linkTypeCounts = (name: string, settings: Settings): boolean =>
  settings.objectives.linkTypes.length === 0 ||
  settings.objectives.linkTypes.some((t) => t.toLowerCase() === name.toLowerCase());

const FieldKeysSchema = z.union([
  z.string(),
  z.array(z.union([z.string(), z.object({ key: z.string() }).passthrough()])),
  z.object({ key: z.string() }).passthrough(),
]);
const ISSUE_KEY = /\b[A-Z][A-Z0-9_]{0,19}-[1-9]\d{0,9}\b/g;

/** Issue keys named in the configured objectives field (text, a list of keys or issue objects). */
export const objectiveFieldKeys = (fields: Readonly<Record<string, unknown>>, settings: Settings): string[] => {
  const fieldId = settings.objectives.fieldId;
  if (fieldId === null) return [];
  const parsed = FieldKeysSchema.safeParse(fields[fieldId]);
  if (!parsed.success) return [];
  const values = Array.isArray(parsed.data) ? parsed.data : [parsed.data];
  return [...new Set(values.flatMap((v) => (typeof v === 'string' ? (v.match(ISSUE_KEY) ?? []) : [v.key])))];
};

interface LinkedIssue {
  readonly key: string;
  readonly linkType: string;
  readonly issueType: string | undefined;
  readonly embedded: z.infer<typeof EmbeddedIssueSchema>;
}

const linkedIssuesOf = (fields: Readonly<Record<string, unknown>>, settings: Settings): LinkedIssue[] => {
  const parsed = IssueFieldsSchema.safeParse(fields);
  if (!parsed.success) return [];
  return (parsed.data.issuelinks ?? []).flatMap((link) => {
    const other = link.inwardIssue ?? link.outwardIssue;
    if (other === undefined || !linkTypeCounts(link.type.name, settings)) return [];
    return [{ key: other.key, linkType: link.type.name, issueType: other.fields?.issuetype?.name, embedded: other }];
  });
};

const parentOf = (fields: Readonly<Record<string, unknown>>) => {
  const parsed = IssueFieldsSchema.safeParse(fields);
  return parsed.success ? (parsed.data.parent ?? undefined) : undefined;
};

/**
 * Keys whose details the work items need, one level at a time: level 1 is the
 * objective-typed (or untyped) linked issues, the direct parents and the
 * field keys; later levels walk up from parents that are not objectives.
 */
export const objectiveKeysNeeded = (
  issues: readonly RawIssue[],
  settings: Settings,
  known: ReadonlyMap<string, ObjectiveDetails | null>,
): string[] => {
  const needed = new Set<string>();
  const want = (key: string) => {
    if (!known.has(key)) needed.add(key);
  };
  for (const issue of issues) {
    for (const link of linkedIssuesOf(issue.fields, settings)) {
      if (link.issueType === undefined || isObjectiveType(link.issueType, settings)) want(link.key);
    }
    for (const key of objectiveFieldKeys(issue.fields, settings)) want(key);
    if (!settings.objectives.viaParent) continue;
    let key = parentOf(issue.fields)?.key;
    for (let depth = 1; key !== undefined && depth <= MAX_PARENT_DEPTH; depth += 1) {
      const details = known.get(key);
      if (details === undefined) {
        want(key);
        break;
      }
      if (details === null || isObjectiveType(details.issueType, settings)) break;
      key = details.parentKey ?? undefined;
    }
  }
  return [...needed].sort();
};

const fromDetails = (d: ObjectiveDetails): Omit<ObjectiveCandidate, 'via'> => ({
  key: d.key,
  summary: d.summary,
  issueType: d.issueType,
  status: d.status,
  statusCategory: d.statusCategory,
  targetDate: d.targetDate,
});

const fromEmbedded = (e: z.infer<typeof EmbeddedIssueSchema>): Omit<ObjectiveCandidate, 'via'> => ({
  key: e.key,
  summary: e.fields?.summary ?? '',
  issueType: e.fields?.issuetype?.name ?? '',
  status: e.fields?.status?.name ?? '',
  statusCategory: statusCategoryOf(e.fields?.status?.statusCategory?.key),
  targetDate: null,
});

/**
 * Objective candidates of one work item: linked issues of an objective type
 * (through a counted link type), the nearest objective up the parent chain
 * (depth 1..3, walking through non-objective levels), and the issues named in
 * the objectives field. Each objective appears once (link, then parent, then field).
 */
export const objectiveCandidatesOf = (
  fields: Readonly<Record<string, unknown>>,
  settings: Settings,
  details: ReadonlyMap<string, ObjectiveDetails | null>,
): ObjectiveCandidate[] => {
  const out: ObjectiveCandidate[] = [];
  const seen = new Set<string>();
  const add = (candidate: ObjectiveCandidate) => {
    if (seen.has(candidate.key)) return;
    seen.add(candidate.key);
    out.push(candidate);
  };

  for (const link of linkedIssuesOf(fields, settings)) {
    const d = details.get(link.key);
    const base = d ? fromDetails(d) : fromEmbedded(link.embedded);
    if (isObjectiveType(base.issueType, settings)) add({ ...base, via: 'link', linkType: link.linkType });
  }

  if (settings.objectives.viaParent) {
    const parent = parentOf(fields);
    let key = parent?.key;
    for (let depth = 1; key !== undefined && depth <= MAX_PARENT_DEPTH; depth += 1) {
      const d = details.get(key);
      const base = d ? fromDetails(d) : depth === 1 && parent !== undefined && d === undefined ? fromEmbedded(parent) : null;
      if (base === null) break;
      if (isObjectiveType(base.issueType, settings)) {
        add({ ...base, via: 'parent', depth });
        break;
      }
      key = d?.parentKey ?? undefined;
    }
  }

  for (const key of objectiveFieldKeys(fields, settings)) {
    const d = details.get(key);
    if (d) add({ ...fromDetails(d), via: 'field' });
  }
  return out;
};
