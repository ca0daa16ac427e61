import { createJiraClient } from '../jira/create-client';
import { sameSettingsForEveryProject } from '../services/project-settings';
import { readScopeTrend, type CommittedBaselines } from '../services/read-scope-trend';
import { AppError } from '../shared/result';
import type { ScopeTrend, TrendFormat } from '../shared/trend';
import { readBaseline } from '../storage/baseline-store';
import { EXIT, type ExitCode } from './exit-codes';
import { formatTrend } from './format-trend';
import type { CliIo } from './io';
import { openSource } from './open-source';
import { runDeadline } from './run-deadline';
import { parseRunOptions, type RunOptions } from './run-options';
import { clientOptionsFor, evidenceCheckFor, resolveRun } from './run-report';

export interface TrendOptions extends RunOptions {
  readonly format: TrendFormat;
}

/** The run flags without --pi: the trend covers the last PIs (settings trend.pis), the current and the next. */
export const parseTrendOptions = (raw: unknown): TrendOptions => {
  const { run, flags } = parseRunOptions(raw);
  if (run.pi !== undefined)
    throw new AppError('BAD_PAYLOAD', '--pi: the trend shows the last PIs (settings trend.pis), the current and the next; leave --pi out');
  return { ...run, format: flags.format ?? 'table' };
};

/** The stderr line of a trend cut short by the time budget. */
export const partialTrendLine = (trend: ScopeTrend): string | null =>
  trend.partial === undefined ? null : `factory-gravity: partial trend (exit 4): ${trend.partial.message} Or allow more time with --timeout SECONDS.\n`;

/**
 * `factory-gravity trend`: one row per PI, oldest first. Committed baselines
 * are read from the app's storage where the source has one (the sample site:
 * OpenSource.appStorage); a real site or a snapshot has none here, so every
 * point is reconstructed and a note says why. Exit 0; 2 for bad input; 4 when
 * the time budget left the trend partial.
 */
export const trendCommand = async (rawOptions: unknown, io: CliIo): Promise<ExitCode> => {
  const options = parseTrendOptions(rawOptions);
  const source = await openSource(io, options.source);
  const run = await resolveRun(io, options, source);
  const deadline = runDeadline(io, options);
  // Baselines are per project: the sample's storage is opened (seeded) only when the scope is one project.
  const storage = run.scope.kind === 'project' ? await source.appStorage(run.today) : null;
  const committed: CommittedBaselines | undefined = storage === null ? undefined : (projectKey, piName) => readBaseline(storage, projectKey, piName);
  let trend: ScopeTrend;
  try {
    const client = createJiraClient(source.transport(run.today, deadline), { ...clientOptionsFor(io), deadline });
    const evidenceCheck = evidenceCheckFor(source);
    trend = await readScopeTrend(client, sameSettingsForEveryProject(run.settings), run.scope, run.today, {
      ...(evidenceCheck === undefined ? {} : { evidenceCheck }),
      ...(committed === undefined ? {} : { committed }),
    });
  } catch (error) {
    throw source.explain(error) ?? error;
  }
  io.stdout(formatTrend(trend, options.format));
  const partial = partialTrendLine(trend);
  if (partial !== null) io.stderr(partial);
  return partial === null ? EXIT.ok : EXIT.partial;
};
