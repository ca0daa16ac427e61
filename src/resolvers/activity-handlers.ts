import { AppError } from '../shared/result';
import type { Handler } from './resolver-wrapper';

/** getActivity: the alignment history of one work item, read as the person. CONTRACT: being built (issue 14). */
export const getActivity: Handler<'getActivity'> = async () => {
  throw new AppError('JIRA_BAD_RESPONSE', 'The alignment history is not built yet.');
};
