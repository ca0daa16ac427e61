import type { z } from 'zod';
import type { SprintRef } from '../domain/model';
import { SprintFieldValueSchema, type SprintSchema } from './schemas';
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
  return {
    id: sprint.id,
    name: sprint.name,
    state: stateOf(sprint.state),
    ...(startDate === undefined ? {} : { startDate }),
    ...(endDate === undefined ? {} : { endDate }),
  };
};

/** The sprints in a sprint field value (unreadable entries, like old Server strings, are skipped). */
export const sprintsOfFieldValue = (value: unknown): SprintRef[] =>
  Array.isArray(value)
    ? value.flatMap((v) => {
        const parsed = SprintFieldValueSchema.safeParse(v);
        return parsed.success ? [toSprintRef(parsed.data)] : [];
      })
    : [];

/** Every sprint seen in the sprint field of these issues. */
export const sprintsOfIssues = (issues: readonly RawIssue[], fieldId: string): SprintRef[] =>
  issues.flatMap((issue) => sprintsOfFieldValue(issue.fields[fieldId]));
