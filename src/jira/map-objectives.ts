import { z } from 'zod';
import type { ObjectiveCandidate } from '../domain/model';
import type { Settings } from '../shared/settings';
import type { RawIssue } from './client';
import { EmbeddedIssueSchema, safeParseIssueFields, type IssueFields } from './schemas';
import { statusCategoryOf } from './map-status';
import { dayOf } from './map-dates';

/** What the objective-details lookup read about one issue: a candidate's facts, before it is known how the item reaches it. */
export type ObjectiveDetails = Omit<ObjectiveCandidate, 'via' | 'linkType' | 'depth'> & { readonly parentKey: string | null };

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
  const fields = safeParseIssueFields(raw.fields);
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

/** Lower-cased name sets, per settings list (lists are never changed in place): the same few lists are checked for every item. */
const lowerSets = new WeakMap<readonly string[], ReadonlySet<string>>();

const lowerSetOf = (names: readonly string[]): ReadonlySet<string> => {
  const known = lowerSets.get(names);
  if (known !== undefined) return known;
  const set = new Set(names.map((t) => t.toLowerCase()));
  lowerSets.set(names, set);
  return set;
};

const isObjectiveType = (issueType: string | undefined, settings: Settings): boolean =>
  issueType !== undefined && lowerSetOf(settings.objectives.issueTypes).has(issueType.toLowerCase());

const linkTypeCounts = (name: string, settings: Settings): boolean =>
  settings.objectives.linkTypes.length === 0 || lowerSetOf(settings.objectives.linkTypes).has(name.toLowerCase());

const FieldKeysSchema = z.union([
  z.string(),
  z.array(z.union([z.string(), z.object({ key: z.string() }).loose()])),
  z.object({ key: z.string() }).loose(),
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

type ParsedFields = IssueFields | null;

/** The issue's fields as IssueFieldsSchema reads them; null when they do not parse. */
const parseFields = (fields: Readonly<Record<string, unknown>>): ParsedFields => {
  const parsed = safeParseIssueFields(fields);
  return parsed.success ? parsed.data : null;
};

const linkedIssuesOf = (parsed: ParsedFields, settings: Settings): LinkedIssue[] => {
  if (parsed === null) return [];
  return (parsed.issuelinks ?? []).flatMap((link) => {
    const other = link.inwardIssue ?? link.outwardIssue;
    if (other === undefined || !linkTypeCounts(link.type.name, settings)) return [];
    return [{ key: other.key, linkType: link.type.name, issueType: other.fields?.issuetype?.name, embedded: other }];
  });
};

const parentOf = (parsed: ParsedFields) => (parsed === null ? undefined : (parsed.parent ?? undefined));

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
    const parsed = parseFields(issue.fields);
    for (const link of linkedIssuesOf(parsed, settings)) {
      if (link.issueType === undefined || isObjectiveType(link.issueType, settings)) want(link.key);
    }
    for (const key of objectiveFieldKeys(issue.fields, settings)) want(key);
    if (!settings.objectives.viaParent) continue;
    let key = parentOf(parsed)?.key;
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
): ObjectiveCandidate[] => objectiveCandidatesOfParsed(fields, parseFields(fields), settings, details);

/** objectiveCandidatesOf for fields already read with IssueFieldsSchema (null: they did not parse). */
export const objectiveCandidatesOfParsed = (
  fields: Readonly<Record<string, unknown>>,
  parsed: IssueFields | null,
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

  for (const link of linkedIssuesOf(parsed, settings)) {
    const d = details.get(link.key);
    const base = d ? fromDetails(d) : fromEmbedded(link.embedded);
    if (isObjectiveType(base.issueType, settings)) add(Object.assign(base, { via: 'link' as const, linkType: link.linkType }));
  }

  if (settings.objectives.viaParent) {
    const parent = parentOf(parsed);
    let key = parent?.key;
    for (let depth = 1; key !== undefined && depth <= MAX_PARENT_DEPTH; depth += 1) {
      const d = details.get(key);
      const base = d ? fromDetails(d) : depth === 1 && parent !== undefined && d === undefined ? fromEmbedded(parent) : null;
      if (base === null) break;
      if (isObjectiveType(base.issueType, settings)) {
        add(Object.assign(base, { via: 'parent' as const, depth }));
        break;
      }
      key = d?.parentKey ?? undefined;
    }
  }

  for (const key of objectiveFieldKeys(fields, settings)) {
    const d = details.get(key);
    if (d) add(Object.assign(fromDetails(d), { via: 'field' as const }));
  }
  return out;
};
