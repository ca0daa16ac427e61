import { readItemActivity } from '../services/read-item-activity';
import { readEvidenceSigner } from '../storage/evidence-signature';
import { readSettings } from '../storage/settings-store';
import { projectKeyOf } from './access';
import type { Handler } from './resolver-wrapper';

/**
 * getActivity: the alignment history of one work item (jira:issueActivity), read
 * as the person: an issue they cannot see answers NOT_FOUND exactly like a
 * missing one. The project's settings say which field carries the PI and which
 * issue types are objectives. Jira requests: src/services/read-item-activity.ts
 * (2 for an item without a parent whose links all still stand).
 */
export const getActivity: Handler<'getActivity'> = async (deps, context, { issueKey }) => {
  const { settings } = await readSettings(deps.kvs, projectKeyOf(issueKey));
  const signer = await readEvidenceSigner(deps.kvs);
  return readItemActivity(deps.jiraAsUser(context), settings, issueKey, deps.today(), signer.check);
};
