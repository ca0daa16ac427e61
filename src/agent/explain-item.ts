import { AppError } from '../shared/result';
import type { ActionHandler } from './action-handler';

/** The `explain-item` action. CONTRACT: being built (issue 14). */
export const explainItem: ActionHandler<'explain-item'> = async () => {
  throw new AppError('JIRA_BAD_RESPONSE', 'The explain-item action is not built yet.');
};
