import { z } from 'zod';
import { ChangeHistorySchema } from './issue';

/** POST /rest/api/3/changelog/bulkfetch (OAS BulkChangelogResponseBean). */
export const BulkChangelogResponseSchema = z
  .object({
    issueChangeLogs: z
      .array(z.object({ issueId: z.string(), changeHistories: z.array(ChangeHistorySchema).optional() }).loose())
      .optional(),
    nextPageToken: z.string().nullable().optional(),
  })
  .loose();
