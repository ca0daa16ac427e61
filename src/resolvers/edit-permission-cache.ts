import type { JiraClient } from '../jira/client';
import type { KeyValueStore } from '../storage/key-value-store';

/**
 * Whether a person may edit issues of a project, for showing the panel's
 * edit controls only. Edit issues comes from the project's permission scheme
 * (issue security levels limit who sees an issue, not who edits a visible
 * one), so the answer is kept for a few minutes per person and project:
 * repeated panel views then cost no /mypermissions request. Every write still
 * checks Edit issues on the issue itself (requireIssueEdit), so a stale or
 * approximate answer (a scheme granting by reporter or assignee) can only
 * show or hide a button, never allow a change.
 */
export const EDIT_CACHE_TTL_SECONDS = 300;

export const editCacheKey = (accountId: string, projectKey: string): string => `perm:edit:${projectKey}:${accountId}`;

export const canEditProject = async (
  kvs: KeyValueStore,
  client: JiraClient,
  accountId: string | null,
  projectKey: string,
): Promise<boolean> => {
  const key = accountId === null ? null : editCacheKey(accountId, projectKey);
  if (key !== null) {
    const cached = await kvs.get(key);
    if (typeof cached === 'boolean') return cached;
  }
  const granted = await client.myPermissions({ projectKey }, ['EDIT_ISSUES']);
  const canEdit = granted['EDIT_ISSUES'] === true;
  if (key !== null) await kvs.setIfAbsent(key, canEdit, EDIT_CACHE_TTL_SECONDS);
  return canEdit;
};
