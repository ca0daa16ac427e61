import { AppError } from '../shared/result';
import type { ActionHandler } from './action-handler';

/** The `pi-report` action. CONTRACT: being built (issue 14). */
export const piReport: ActionHandler<'pi-report'> = async () => {
  throw new AppError('JIRA_BAD_RESPONSE', 'The pi-report action is not built yet.');
};
