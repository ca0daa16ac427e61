import type { z } from 'zod';
import type { SprintRef } from '../domain/model';
import { safeParseSprintFieldValue, type SprintFieldValueSchema, type SprintSchema } from './schemas';
import type { RawIssue } from './client';
import { dayOf } from './map-dates';

type SprintJson = z.infer<typeof SprintFieldValueSchema> | z.infer<typeof SprintSchema>;

const stateOf = (state: string): SprintRef['state'] => {
  const s = state.toLowerCase();
  return s === 'active' ? 'active' : s === 'closed' ? 'closed' : 'future';
};

/** A sprint from the sprint field or the board sprint list → SprintRef (dates as YYYY-MM-DD). */
export const toSprintRef = (sprint: SprintJson): SprintRef => {
  const startDate = dayOf(sprint.startDate);
  const endDate = dayOf(sprint.endDate);
  const ref: { -readonly [K in keyof SprintRef]: SprintRef[K] } = { id: sprint.id, name: sprint.name, state: stateOf(sprint.state) };
  if (startDate !== undefined) ref.startDate = startDate;
  if (endDate !== undefined) ref.endDate = endDate;
  return ref;
};

/**
 * What a sprint field held: the sprints the app can read, and how many values it held in all.
 * `values` counts every non-null entry (a lone non-array value counts as one).
 */
export interface SprintFieldReading {
  readonly sprints: readonly SprintRef[];
  readonly values: number;
  /** A short description of the first value that could not be read, for messages; null when all were read. */
  readonly firstSkipped: string | null;
}

/** "a text value", "a number", "an object without id, name or state"... for one unreadable value. */
const shapeOf = (v: unknown): string => {
  if (typeof v === 'string') return v.includes('greenhopper.service.sprint.Sprint@') ? 'an old Jira Server sprint text' : 'a text value';
  if (typeof v === 'number') return 'a number';
  if (Array.isArray(v)) return 'a list inside the list';
  if (typeof v === 'object' && v !== null) return 'an object without a whole-number id, a name and a state';
  return `a ${typeof v} value`;
};

/**
 * A sprint field value read leniently. Jira Cloud sends an array of sprint objects or null
 * (since 1 September 2020 Cloud no longer sends the text form: https://developer.atlassian.com/cloud/jira/platform/deprecation-notice-tostring-representation-of-sprints-in-get-issue-response/;
 * example in test/fixtures/jira-rest/fixtures/cloud-go-atlassian); sites and archives also hold
 * other shapes: the Jira Server text "com.atlassian.greenhopper.service.sprint.Sprint@1a2b[id=1,name=...]",
 * bare sprint ids (numbers), objects missing fields, a lone object instead of an array. A value
 * that is not a sprint object with a whole-number id, a name and a state (SprintFieldValueSchema)
 * is skipped, never a reason to fail the item; the caller decides what "none readable" means.
 */
export const readSprintField = (value: unknown): SprintFieldReading => {
  const list = Array.isArray(value) ? (value as readonly unknown[]) : value === null || value === undefined ? [] : [value];
  const sprints: SprintRef[] = [];
  let values = 0;
  let firstSkipped: string | null = null;
  for (const v of list) {
    if (v === null || v === undefined) continue;
    values += 1;
    const parsed = safeParseSprintFieldValue(v);
    if (parsed.success) sprints.push(toSprintRef(parsed.data));
    else firstSkipped ??= shapeOf(v);
  }
  return { sprints, values, firstSkipped };
};

/** The sprints in a sprint field value; values of other shapes are skipped (see readSprintField). */
export const sprintsOfFieldValue = (value: unknown): SprintRef[] => [...readSprintField(value).sprints];

/** Every sprint seen in the sprint field of these issues. */
export const sprintsOfIssues = (issues: readonly RawIssue[], fieldId: string): SprintRef[] =>
  issues.flatMap((issue) => sprintsOfFieldValue(issue.fields[fieldId]));
