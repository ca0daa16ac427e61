import { createJiraClient, type JiraClientOptions } from '../jira/create-client';
import type { EvidenceCheck } from '../jira/evidence-mac';
import { sampleEvidenceSigner } from '../jira/sample-site/evidence-key';
import type { JiraTransport } from '../jira/transport';
import { sameSettingsForEveryProject } from '../services/project-settings';
import { readScopeReport } from '../services/read-scope-report';
import type { ScopeReport } from '../shared/report';
import { AppError } from '../shared/result';
import type { PiSelector, ScopeSpec } from '../shared/scope';
import type { Settings } from '../shared/settings';
import type { CliIo } from './io';
import type { OpenSource } from './open-source';
import { readSettings } from './read-settings';
import type { RunOptions } from './run-options';

/** What one run resolved: the flags merged with the source's defaults and the clock. */
export interface ResolvedRun {
  readonly settings: Settings;
  readonly scope: ScopeSpec;
  readonly pi: PiSelector;
  readonly today: string;
}

/** Flags win; then the source's defaults; today falls back to the clock (UTC), read here at the edge only. */
export const resolveRun = async (io: CliIo, options: RunOptions, source: OpenSource): Promise<ResolvedRun> => {
  const settings = await readSettings(io, options.settingsFile);
  const scope = options.scope ?? source.defaults.scope;
  if (scope === undefined) throw new AppError('BAD_PAYLOAD', 'Choose a scope: --project KEY, --board ID or --jql "QUERY"');
  return {
    settings,
    scope,
    pi: options.pi ?? source.defaults.pi ?? 'next',
    today: options.today ?? source.defaults.today ?? io.now().toISOString().slice(0, 10),
  };
};

/** The client's retry waits: the real clock, or the one a test injects. */
export const clientOptionsFor = (io: CliIo): JiraClientOptions => (io.sleep === undefined ? {} : { sleep: io.sleep });

/**
 * How the CLI checks evidence signatures: the sample site's records are signed with its public demo key,
 * so they are checked like the app checks them. A real site's key lives in the app's Forge storage, out of
 * the CLI's reach: its records (and a snapshot's) are counted unchecked (README, "Reliability and security").
 */
export const evidenceCheckFor = (source: Pick<OpenSource, 'site'>): EvidenceCheck | undefined =>
  source.site === 'sample' ? sampleEvidenceSigner.check : undefined;

/** Reads the scope report over a transport; a failure is explained in the source's words when it has some. */
export const runReport = async (
  run: ResolvedRun,
  transport: JiraTransport,
  source: OpenSource,
  clientOptions: JiraClientOptions = {},
  /** `candidates: false` skips the candidates waiting and their search (the baseline freezes the PI only). */
  reportOptions: { readonly candidates?: boolean } = {},
): Promise<ScopeReport> => {
  try {
    const client = createJiraClient(transport, clientOptions);
    // The one --settings file (or the defaults) scores every project's items: the CLI has no per-project storage.
    return await readScopeReport(client, sameSettingsForEveryProject(run.settings), run.scope, run.pi, run.today, evidenceCheckFor(source), reportOptions);
  } catch (error) {
    throw source.explain(error) ?? error;
  }
};
