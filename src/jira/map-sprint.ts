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

/** The sprints in a sprint field value (unreadable entries, like old Server strings, are skipped). */
export const sprintsOfFieldValue = (value: unknown): SprintRef[] => {
  if (!Array.isArray(value)) return [];
  const sprints: SprintRef[] = [];
  for (const v of value) {
    const parsed = safeParseSprintFieldValue(v);
    if (parsed.success) sprints.push(toSprintRef(parsed.data));
  }
  return sprints;
};

/** Every sprint seen in the sprint field of these issues. */
export const sprintsOfIssues = (issues: readonly RawIssue[], fieldId: string): SprintRef[] =>
  issues.flatMap((issue) => sprintsOfFieldValue(issue.fields[fieldId]));
