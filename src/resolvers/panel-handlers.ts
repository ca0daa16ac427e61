import { isAppError } from '../shared/result';
import type { AppDeps, ResolverContext } from './app-deps';
import { projectKeyOf } from './access';
import { canEditProject } from './edit-permission-cache';
import { panelData } from './panel-data';
import type { Handler } from './resolver-wrapper';

const accountIdOrNull = (deps: AppDeps, context: ResolverContext): string | null => {
  try {
    return deps.accountId(context);
  } catch (error) {
    if (isAppError(error)) return null;
    throw error;
  }
};

/**
 * getPanel: the item read as the person (an issue they cannot see answers
 * NOT_FOUND exactly like a missing one), then whether they may edit it
 * (cached per project, see edit-permission-cache.ts).
 */
export const getPanel: Handler<'getPanel'> = async (deps, context, { issueKey }) => {
  const client = deps.jiraAsUser(context);
  const panel = await panelData(deps, client, issueKey, false);
  const canEdit = await canEditProject(deps.kvs, client, accountIdOrNull(deps, context), panel.assessment.projectKey || projectKeyOf(issueKey));
  return { ...panel, canEdit };
};
