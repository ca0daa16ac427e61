import type { JiraClient } from '../jira/client';
import type { EvidenceCheck } from '../jira/evidence-mac';
import type { OutcomeReport } from '../shared/outcome';
import { AppError } from '../shared/result';
import type { ScopeSpec } from '../shared/scope';
import type { Settings } from '../shared/settings';
import type { ProjectSettings } from './project-settings';

/**
 * The outcomes list of a scope (src/shared/outcome.ts): its work items
 * delivered on or after `since`, scored as every report scores them, listed
 * overdue first. CONTRACT: being built (issue 12).
 */
export interface OutcomeReadOptions {
  /** YYYY-MM-DD; default: settings outcome.lookbackMonths months before today. */
  readonly since?: string;
  readonly evidenceCheck?: EvidenceCheck;
}

export const readScopeOutcomes = async (
  _client: JiraClient,
  _settings: Settings | ProjectSettings,
  _scope: ScopeSpec,
  _today: string,
  _options: OutcomeReadOptions = {},
): Promise<OutcomeReport> => {
  throw new AppError('JIRA_BAD_RESPONSE', 'The outcomes list is not built yet.');
};
