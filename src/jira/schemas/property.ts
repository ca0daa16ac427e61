import { z } from 'zod';

export const IssuePropertySchema = z.object({ key: z.string(), value: z.unknown() }).loose();
export const IssuePropertyKeysSchema = z
  .object({ keys: z.array(z.object({ key: z.string(), self: z.string().optional() }).loose()) })
  .loose();
