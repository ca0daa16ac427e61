import { z } from 'zod';
import { offsetPage } from './common';

const location = z
  .object({
    projectKey: z.string().optional(),
    key: z.string().optional(),
    type: z.string().optional(),
    name: z.string().optional(),
  })
  .loose();

export const BoardSchema = z
  .object({ id: z.number().int(), name: z.string(), type: z.string().optional(), location: location.optional() })
  .loose();
export const BoardsPageSchema = offsetPage(BoardSchema);

/** GET /rest/agile/1.0/board/{id}/configuration: its filter id and (project boards) its location. */
export const BoardConfigSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    location: location.optional(),
    filter: z.object({ id: z.union([z.string(), z.number()]).transform(String) }).loose(),
    subQuery: z.object({ query: z.string().optional() }).loose().optional(),
  })
  .loose();

/** GET /rest/api/3/filter/{id}. */
export const FilterSchema = z
  .object({ id: z.string(), name: z.string().optional(), jql: z.string() })
  .loose();

export const SprintSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    state: z.string(),
    startDate: z.string().optional(),
    endDate: z.string().optional(),
    completeDate: z.string().optional(),
    originBoardId: z.number().int().optional(),
  })
  .loose();
export const SprintsPageSchema = offsetPage(SprintSchema);

export const EpicSchema = z
  .object({ id: z.number().int(), name: z.string().optional(), summary: z.string().optional(), done: z.boolean().optional() })
  .loose();
export const EpicsPageSchema = offsetPage(EpicSchema);
