import { z } from 'zod';

/**
 * A Jira user (OAS schema User) as GET /rest/api/3/user and
 * GET /rest/api/3/user/search answer it: only what the app reads. Built from
 * the OpenAPI schema (/work/shared/jira-openapi/jira-platform.json); the
 * stored REST examples hold no response of these endpoints.
 */
export const UserSchema = z
  .object({
    accountId: z.string().min(1),
    /** atlassian (a person), app (a bot) or customer (a service desk customer). */
    accountType: z.string().optional(),
    displayName: z.string().optional(),
    active: z.boolean().optional(),
  })
  .loose();
export type JiraUser = z.infer<typeof UserSchema>;

/** GET /rest/api/3/user/search answers a bare array of User. */
export const UserListSchema = z.array(UserSchema);
