import { panelData } from './panel-data';
import type { Handler } from './resolver-wrapper';

/**
 * getPanel: the item read as the person (an issue they cannot see answers
 * NOT_FOUND exactly like a missing one), with whether they may edit it from
 * the same search (editmeta): at most 4 Jira requests, none of them
 * /mypermissions.
 */
export const getPanel: Handler<'getPanel'> = async (deps, context, { issueKey }) => panelData(deps, deps.jiraAsUser(context), issueKey);
