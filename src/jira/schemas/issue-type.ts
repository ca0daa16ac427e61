import { z } from 'zod';

/**
 * GET /rest/api/3/issuetype: a bare array of IssueTypeDetails (Jira platform
 * OAS, operation getIssueAllTypes). `scope` is set on team-managed projects'
 * own types; `hierarchyLevel` 1 is Epic level, 0 standard, -1 subtask.
 */
export const IssueTypeDetailsSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    subtask: z.boolean().optional(),
    hierarchyLevel: z.number().int().optional(),
    scope: z.object({ type: z.string().optional(), project: z.object({ id: z.string() }).loose().optional() }).loose().optional(),
  })
  .loose();
export const IssueTypesSchema = z.array(IssueTypeDetailsSchema);
