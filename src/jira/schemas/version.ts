import { z } from 'zod';
import { offsetPage } from './common';

/** A date as Jira sends it: YYYY-MM-DD, a date-time, or (old docs example) epoch milliseconds. */
export const DateLikeSchema = z.union([z.string(), z.number()]).nullable().optional();

/** Platform version: string id, plain YYYY-MM-DD dates (Cloud PageBean and the Server bare array). */
export const PlatformVersionSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    startDate: DateLikeSchema,
    releaseDate: DateLikeSchema,
    released: z.boolean().nullable().optional(),
    archived: z.boolean().nullable().optional(),
  })
  .loose();

export const ProjectVersionsPageSchema = offsetPage(PlatformVersionSchema);
export const ProjectVersionsArraySchema = z.array(PlatformVersionSchema);
/** Either shape: /project/{key}/version (paged) or /project/{key}/versions (bare array). */
export const ProjectVersionsSchema = z.union([ProjectVersionsPageSchema, ProjectVersionsArraySchema]);

/** Agile board version: numeric id, date-time releaseDate. */
export const AgileVersionSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    released: z.boolean().nullable().optional(),
    archived: z.boolean().nullable().optional(),
    startDate: DateLikeSchema,
    releaseDate: DateLikeSchema,
  })
  .loose();
export const AgileVersionsPageSchema = offsetPage(AgileVersionSchema);

export const VersionRelatedIssueCountsSchema = z
  .object({
    issuesFixedCount: z.number().int(),
    issuesAffectedCount: z.number().int(),
    issueCountWithCustomFieldsShowingVersion: z.number().int().optional(),
  })
  .loose();
