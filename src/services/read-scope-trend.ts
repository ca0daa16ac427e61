import type { JiraClient } from '../jira/client';
import type { EvidenceCheck } from '../jira/evidence-mac';
import type { Baseline } from '../shared/baseline';
import { AppError } from '../shared/result';
import type { ScopeSpec } from '../shared/scope';
import type { Settings } from '../shared/settings';
import type { ScopeTrend } from '../shared/trend';
import type { ProjectSettings } from './project-settings';

/** The newest committed baseline of a project's PI, or null (the app's storage; absent where it cannot be read). */
export type CommittedBaselines = (projectKey: string, piName: string) => Promise<Baseline | null>;

/** The trend across PIs of a scope (src/shared/trend.ts). TO BE BUILT (issue 11). */
export const readScopeTrend = async (
  _client: JiraClient,
  _settings: Settings | ProjectSettings,
  _scope: ScopeSpec,
  _today: string,
  _options: { readonly evidenceCheck?: EvidenceCheck; readonly committed?: CommittedBaselines } = {},
): Promise<ScopeTrend> => {
  throw new AppError('NOT_FOUND', 'The trend is not built yet.');
};
