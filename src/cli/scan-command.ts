import { withBaseline } from '../services/baseline-drift';
import { driftWords } from '../shared/baseline-export';
import type { ScopeReport } from '../shared/report';
import type { CliIo } from './io';
import { EXIT, type ExitCode } from './exit-codes';
import { openSource } from './open-source';
import { renderReport } from './render-report';
import { runDeadline } from './run-deadline';
import { parseScanOptions } from './run-options';
import { clientOptionsFor, resolveRun, runReport } from './run-report';

/** The stderr line of a partial report: a CI log shows it whatever the format. */
export const partialLine = (partial: NonNullable<ScopeReport['partial']>): string =>
  `factory-gravity: partial report (exit 4): ${partial.message} Or allow more time with --timeout SECONDS.\n`;

/** "Since commit on 2026-10-14 by Alex Rivera: 2 added, 1 worsened, 1 evidence expired"; null without a baseline. */
export const driftLine = (report: ScopeReport): string | null =>
  report.baseline === undefined || report.baseline === null
    ? null
    : `Since commit on ${report.baseline.committedAt.slice(0, 10)} by ${report.baseline.committedBy.displayName}: ${driftWords(report.baseline.drift)}`;

/**
 * `factory-gravity scan`: the PI report on stdout; exit 1 when an item has a
 * --fail-on verdict, else 4 when the time budget left the report partial.
 */
export const scanCommand = async (rawOptions: unknown, io: CliIo): Promise<ExitCode> => {
  const options = parseScanOptions(rawOptions);
  const source = await openSource(io, options.source);
  const run = await resolveRun(io, options, source);
  const deadline = runDeadline(io, options);
  const read = await runReport(run, source.transport(run.today, deadline), source, { ...clientOptionsFor(io), deadline });
  // Baselines are per project, and committed ones live in the app's storage: only the sample site's is in reach
  // (OpenSource.appStorage), and it is opened (seeded) only when a project scope can have one.
  const projectKey = run.scope.kind === 'project' ? run.scope.projectKey : null;
  const storage = projectKey === null ? null : await source.appStorage(run.today);
  const report = storage === null ? read : await withBaseline(storage, read, projectKey);
  io.stdout(renderReport(report, options.format, io));
  const line = driftLine(report);
  if (line !== null && (options.format === 'table' || options.format === 'markdown')) io.stdout(`${line}\n`);
  if (report.partial !== undefined) io.stderr(partialLine(report.partial));
  const failing = report.items.filter((i) => options.failOn.includes(i.verdict));
  if (failing.length > 0) return EXIT.failOn;
  return report.partial === undefined ? EXIT.ok : EXIT.partial;
};
