import { AppError } from '../shared/result';
import type { ActionHandler } from './action-handler';

/** The `suggest-swaps` action. CONTRACT: being built (issue 14). */
export const suggestSwaps: ActionHandler<'suggest-swaps'> = async () => {
  throw new AppError('JIRA_BAD_RESPONSE', 'The suggest-swaps action is not built yet.');
};
