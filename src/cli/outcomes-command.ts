import { z } from 'zod';
import { createJiraClient } from '../jira/create-client';
import { sameSettingsForEveryProject } from '../services/project-settings';
import { readScopeOutcomes } from '../services/read-scope-outcomes';
import { calendarDate } from '../shared/calendar-date';
import type { OutcomeFormat, OutcomeReport } from '../shared/outcome';
import { AppError } from '../shared/result';
import { painter, useColour } from './colour';
import { EXIT, type ExitCode } from './exit-codes';
import { formatOutcomes } from './format-outcomes';
import type { CliIo } from './io';
import { openSource } from './open-source';
import { runDeadline } from './run-deadline';
import { parseRunOptions, type RunOptions } from './run-options';
import { clientOptionsFor, evidenceCheckFor, resolveRun } from './run-report';

/** The one status --fail-on takes: an overdue outcome is the zombie product candidate a CI gate stops on. */
export const OUTCOME_FAIL_ON = ['overdue'] as const;
export type OutcomeFailOn = (typeof OUTCOME_FAIL_ON)[number];

export interface OutcomesOptions extends RunOptions {
  readonly format: OutcomeFormat;
  /** YYYY-MM-DD: the earliest delivery day listed; undefined: settings outcome.lookbackMonths before today. */
  readonly since: string | undefined;
  readonly failOn: readonly OutcomeFailOn[];
}

const bad = (message: string): AppError => new AppError('BAD_PAYLOAD', message);

/** The outcomes command's own flag; the rest are the run flags (src/cli/run-options.ts). */
const OwnFlagsSchema = z.object({ since: calendarDate('2026-03-31').optional() }).loose();

/** --fail-on: `overdue` only (comma lists of it are accepted, as scan accepts lists); anything else names the one value. */
export const parseOutcomeFailOn = (value: string | undefined): OutcomeFailOn[] => {
  if (value === undefined) return [];
  const names = value
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== '');
  if (names.length === 0) throw bad('--fail-on: name the outcome status to fail on: overdue');
  const unknown = names.filter((n) => n !== 'overdue');
  if (unknown.length > 0)
    throw bad(`--fail-on: ${unknown.map((u) => `"${u}"`).join(', ')} is not accepted; the outcomes list fails only on overdue (use --fail-on overdue)`);
  return ['overdue'];
};

/** The run flags without --pi (the list is by delivery day, not by PI), plus --since and --fail-on overdue. */
export const parseOutcomesOptions = (raw: unknown): OutcomesOptions => {
  const own = OwnFlagsSchema.safeParse(raw);
  if (!own.success) throw bad(own.error.issues.map((i) => `--since: ${i.message}`).join('; '));
  const { since, ...rest } = own.data;
  const { run, flags } = parseRunOptions(rest);
  if (run.pi !== undefined)
    throw bad('--pi: the outcomes list is by delivery day, not by PI: use --since YYYY-MM-DD (default: settings outcome.lookbackMonths months back) and leave --pi out');
  return { ...run, format: flags.format ?? 'table', since, failOn: parseOutcomeFailOn(flags.failOn) };
};

/** --since must not be after today (the run's --today, or the clock's). */
export const sinceAfterToday = (since: string | undefined, today: string): AppError | null =>
  since !== undefined && since > today ? bad(`--since: ${since} is after today (${today}); give a day on or before today`) : null;

/**
 * The exit code of an outcomes list: 1 with --fail-on overdue when any item read is overdue (it wins over a
 * partial read, as in scan); else 4 when the time budget left the list partial; else 0.
 */
export const outcomesExitCode = (report: Pick<OutcomeReport, 'counts' | 'partial'>, failOn: readonly OutcomeFailOn[]): ExitCode => {
  if (failOn.includes('overdue') && report.counts.overdue > 0) return EXIT.failOn;
  return report.partial === undefined ? EXIT.ok : EXIT.partial;
};

/** The stderr line of a list cut short by the time budget, naming the exit code it ends with. */
export const partialOutcomesLine = (report: OutcomeReport, code: ExitCode): string | null =>
  report.partial === undefined
    ? null
    : `factory-gravity: partial outcomes list (exit ${code}): ${report.partial.message} Or allow more time with --timeout SECONDS.\n`;

/** The reader the command calls; a parameter so tests can hand it a built report. */
export type ReadOutcomes = typeof readScopeOutcomes;

/**
 * `factory-gravity outcomes`: the delivered work items of a scope by outcome status, overdue first, with
 * the time since delivery and the evidence, due day or rationale of each. Exit 0; 1 with --fail-on overdue
 * when an item is overdue; 2 for bad input (a --since that does not exist or is after today, --fail-on other
 * than overdue, --pi); 4 when the time budget left the list partial.
 */
export const outcomesCommand = async (rawOptions: unknown, io: CliIo, read: ReadOutcomes = readScopeOutcomes): Promise<ExitCode> => {
  const options = parseOutcomesOptions(rawOptions);
  const source = await openSource(io, options.source);
  const run = await resolveRun(io, options, source);
  const tooLate = sinceAfterToday(options.since, run.today);
  if (tooLate !== null) throw tooLate;
  const deadline = runDeadline(io, options);
  let report: OutcomeReport;
  try {
    const client = createJiraClient(source.transport(run.today, deadline), { ...clientOptionsFor(io), deadline });
    const evidenceCheck = evidenceCheckFor(source);
    report = await read(client, sameSettingsForEveryProject(run.settings), run.scope, run.today, {
      ...(evidenceCheck === undefined ? {} : { evidenceCheck }),
      ...(options.since === undefined ? {} : { since: options.since }),
    });
  } catch (error) {
    throw source.explain(error) ?? error;
  }
  io.stdout(formatOutcomes(report, options.format, painter(useColour(io.stdoutIsTTY, io.env))));
  const code = outcomesExitCode(report, options.failOn);
  const partial = partialOutcomesLine(report, code);
  if (partial !== null) io.stderr(partial);
  return code;
};
