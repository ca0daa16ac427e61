import { z } from 'zod';

/**
 * Issues as every issue-returning endpoint sends them. Only id and key are
 * required; fields stay unknown here and are parsed one by one by the
 * mapping (IssueFieldsSchema), so an odd field the app does not read never
 * breaks a page.
 */
export const ChangeItemSchema = z
  .object({
    field: z.string(),
    fieldId: z.string().optional(),
    fieldtype: z.string().optional(),
    from: z.string().nullable().optional(),
    fromString: z.string().nullable().optional(),
    to: z.string().nullable().optional(),
    toString: z.string().nullable().optional(),
  })
  .loose();

/** An ISO date-time; epoch seconds or milliseconds (seen in Atlassian's bulkfetch example) become one. */
const InstantSchema = z.union([
  z.string(),
  z.number().transform((n) => new Date(n < 1e12 ? n * 1000 : n).toISOString()),
]);

export const ChangeHistorySchema = z
  .object({
    id: z.string().optional(),
    created: InstantSchema,
    items: z.array(ChangeItemSchema),
    /** Who made the change (OAS ChangeDetails/Changelog author: UserDetails); absent or null for anonymous changes. An author of another shape is read as none. */
    author: z
      .object({ accountId: z.string().optional(), displayName: z.string().optional() })
      .loose()
      .nullable()
      .optional()
      .catch(undefined),
  })
  .loose();

export const IssueSchema = z
  .object({
    id: z.string(),
    key: z.string(),
    fields: z.record(z.string(), z.unknown()).optional(),
    properties: z.record(z.string(), z.unknown()).optional(),
    changelog: z
      .object({ histories: z.array(ChangeHistorySchema).optional(), total: z.number().int().optional(), maxResults: z.number().int().optional() })
      .loose()
      .optional(),
    /** expand=editmeta (IssueUpdateMetadata): the fields the user may edit; `fields` is empty when they may not edit the issue. */
    editmeta: z.object({ fields: z.record(z.string(), z.unknown()).optional() }).loose().optional(),
  })
  .loose();
export type IssueJson = z.infer<typeof IssueSchema>;

/** Enhanced search (/rest/api/3/search/jql): no total, nextPageToken absent on the last page. */
export const SearchPageSchema = z
  .object({
    issues: z.array(IssueSchema),
    nextPageToken: z.string().nullable().optional(),
    isLast: z.boolean().optional(),
  })
  .loose();
export type SearchPage = z.infer<typeof SearchPageSchema>;

/** Legacy search (/rest/api/3/search) and agile issue lists (sprint, epic, board issues): offset paging with total. */
export const IssueListSchema = z
  .object({
    startAt: z.number().int().optional(),
    maxResults: z.number().int().optional(),
    total: z.number().int().optional(),
    issues: z.array(IssueSchema),
  })
  .loose();

const named = z.object({ name: z.string() }).loose();

export const StatusSchema = z
  .object({
    name: z.string(),
    statusCategory: z.object({ key: z.string() }).loose().optional(),
  })
  .loose();

/** A linked or parent issue as embedded in another issue's fields. */
export const EmbeddedIssueSchema = z
  .object({
    id: z.string().optional(),
    key: z.string(),
    fields: z
      .object({
        summary: z.string().optional(),
        status: StatusSchema.optional(),
        issuetype: named.optional(),
      })
      .loose()
      .optional(),
  })
  .loose();

export const IssueLinkSchema = z
  .object({
    id: z.string().optional(),
    type: z.object({ name: z.string(), inward: z.string().optional(), outward: z.string().optional() }).loose(),
    inwardIssue: EmbeddedIssueSchema.optional(),
    outwardIssue: EmbeddedIssueSchema.optional(),
  })
  .loose();

/**
 * One sprint of the Cloud sprint field (customfield_10020 by default, an array of these or null).
 * Not part of IssueFieldsSchema: the field is read value by value (src/jira/map-sprint.ts
 * readSprintField), so a value of another shape is skipped instead of failing the item.
 */
export const SprintFieldValueSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    state: z.string(),
    boardId: z.number().int().optional(),
    startDate: z.string().optional(),
    endDate: z.string().optional(),
    completeDate: z.string().optional(),
  })
  .loose();

/** The fields the app reads, each one tolerant of absence and null. */
export const IssueFieldsSchema = z
  .object({
    summary: z.string().nullable().optional(),
    status: StatusSchema.nullable().optional(),
    issuetype: named.nullable().optional(),
    project: z.object({ key: z.string(), name: z.string().optional() }).loose().nullable().optional(),
    fixVersions: z.array(z.object({ id: z.string().optional(), name: z.string() }).loose()).nullable().optional(),
    issuelinks: z.array(IssueLinkSchema).nullable().optional(),
    parent: EmbeddedIssueSchema.nullable().optional(),
    labels: z.array(z.string()).nullable().optional(),
    duedate: z.string().nullable().optional(),
  })
  .loose();
export type IssueFields = z.infer<typeof IssueFieldsSchema>;
