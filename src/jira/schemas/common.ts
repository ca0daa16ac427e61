import { z } from 'zod';

/** Jira's error body: `{errorMessages: [...], errors: {field: message}}` (either part may be absent). */
export const ErrorBodySchema = z
  .object({
    errorMessages: z.array(z.string()).optional(),
    errors: z.record(z.string(), z.unknown()).optional(),
  })
  .loose();
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

/** Offset paging used by the platform PageBean and the agile lists. */
export const offsetPage = <T extends z.ZodType>(item: T) =>
  z
    .object({
      startAt: z.number().int().optional(),
      maxResults: z.number().int().optional(),
      total: z.number().int().optional(),
      isLast: z.boolean().optional(),
      values: z.array(item),
    })
    .loose();

/** `{count}` from /search/approximate-count. */
export const CountSchema = z.object({ count: z.number().int() }).loose();
