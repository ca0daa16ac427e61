import { AppError } from '../shared/result';
import type { ActionHandler } from './action-handler';

/** The `record-decision` action. CONTRACT: being built (issue 14). */
export const recordDecision: ActionHandler<'record-decision'> = async () => {
  throw new AppError('JIRA_BAD_RESPONSE', 'The record-decision action is not built yet.');
};
