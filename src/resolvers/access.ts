import type { JiraClient } from '../jira/client';
import { AppError, isAppError } from '../shared/result';

/**
 * Server-side permission checks, one /mypermissions request each. An issue
 * the person cannot see answers exactly like one that does not exist.
 */

export const issueNotFound = (issueKey: string): AppError =>
  new AppError('NOT_FOUND', `Issue ${issueKey} does not exist or you cannot see it.`);

export const projectNotFound = (projectKey: string): AppError =>
  new AppError('NOT_FOUND', `Project ${projectKey} does not exist or you cannot see it.`);

const permissionsOr = async (
  read: () => Promise<Record<string, boolean>>,
  notFound: AppError,
): Promise<Record<string, boolean>> => {
  try {
    return await read();
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') throw notFound;
    throw error;
  }
};

/** Whether the person may edit the issue; NOT_FOUND when they cannot see it. */
export const issueAccess = async (client: JiraClient, issueKey: string): Promise<{ readonly canEdit: boolean }> => {
  const granted = await permissionsOr(
    () => client.myPermissions({ issueKey }, ['BROWSE_PROJECTS', 'EDIT_ISSUES']),
    issueNotFound(issueKey),
  );
  if (granted['BROWSE_PROJECTS'] !== true) throw issueNotFound(issueKey);
  return { canEdit: granted['EDIT_ISSUES'] === true };
};

export const requireIssueEdit = async (client: JiraClient, issueKey: string): Promise<void> => {
  const { canEdit } = await issueAccess(client, issueKey);
  if (!canEdit) {
    throw new AppError('FORBIDDEN', `You can see ${issueKey} but may not edit it, so you cannot change its evidence. Ask a project admin for the Edit issues permission.`);
  }
};

/** Whether the person administers the project; NOT_FOUND when they cannot see it. */
export const projectAccess = async (client: JiraClient, projectKey: string): Promise<{ readonly canAdminister: boolean }> => {
  const granted = await permissionsOr(
    () => client.myPermissions({ projectKey }, ['BROWSE_PROJECTS', 'ADMINISTER_PROJECTS']),
    projectNotFound(projectKey),
  );
  if (granted['BROWSE_PROJECTS'] !== true) throw projectNotFound(projectKey);
  return { canAdminister: granted['ADMINISTER_PROJECTS'] === true };
};

/** Jira issue keys start with the project key. */
export const projectKeyOf = (issueKey: string): string => issueKey.slice(0, issueKey.lastIndexOf('-'));
