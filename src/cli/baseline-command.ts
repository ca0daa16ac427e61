import { driftOf } from '../domain/drift';
import { frozenItemsOf } from '../services/commit-baseline';
import { formatBaseline, driftWords } from '../shared/baseline-export';
import type { Baseline } from '../shared/baseline';
import { AppError } from '../shared/result';
import { listBaselines, readBaseline } from '../storage/baseline-store';
import { EXIT, type ExitCode } from './exit-codes';
import type { CliIo } from './io';
import { openSource } from './open-source';
import { runDeadline } from './run-deadline';
import { parseBaselineOptions } from './run-options';
import { clientOptionsFor, resolveRun, runReport } from './run-report';
import { padEnd, plainText } from './text-cells';

/** A plain-text table of a baseline for a terminal. */
const baselineTable = (baseline: Baseline, committed: boolean, drift: string | null): string => {
  const head = committed
    ? `${baseline.projectKey} ${baseline.pi.name}: baseline version ${baseline.version}, committed ${baseline.committedAt} by ${plainText(baseline.committedBy.displayName)}`
    : `${baseline.projectKey} ${baseline.pi.name}: NOT COMMITTED (the PI as it would be committed now)`;
  const rows = baseline.items.map(
    (i) =>
      `${padEnd(i.key, 12)} ${padEnd(i.verdict, 11)} ${String(i.score).padStart(3)}  ${padEnd(i.decision?.kind ?? '–', 9)} ${plainText(i.summary)}`,
  );
  return [head, ...(drift === null ? [] : [`Since commit: ${drift}`]), '', ...rows, ''].join('\n');
};

/**
 * `factory-gravity baseline`: the committed baseline of a project's PI (the
 * newest, or --version N) with its drift; where none is committed or the
 * app's storage is out of reach (a real site, a snapshot), the PI as it would
 * be committed now, labelled "not committed". Exit 0; 2 for bad input or an
 * unknown --version; 4 when the time budget cut the read short (no baseline
 * is shown from half a PI).
 */
export const baselineCommand = async (rawOptions: unknown, io: CliIo): Promise<ExitCode> => {
  const options = parseBaselineOptions(rawOptions);
  const source = await openSource(io, options.source);
  const run = await resolveRun(io, options, source);
  if (run.scope.kind !== 'project') throw new AppError('BAD_PAYLOAD', 'baseline: a baseline belongs to one project: use --project KEY');
  const projectKey = run.scope.projectKey;
  const deadline = runDeadline(io, options);
  const storage = await source.appStorage(run.today);
  const report = await runReport(run, source.transport(run.today, deadline), source, { ...clientOptionsFor(io), deadline }, { candidates: false });
  if (report.partial !== undefined) {
    io.stderr(`factory-gravity: ${report.partial.message} A baseline needs the whole PI; allow more time with --timeout SECONDS.\n`);
    return EXIT.partial;
  }
  const piName = report.pi?.name;
  const committed = storage === null || piName === undefined ? null : await readBaseline(storage, projectKey, piName, options.version);
  if (committed === null && options.version !== undefined && storage !== null && piName !== undefined) {
    const known = (await listBaselines(storage, projectKey, piName)).map((m) => m.version).sort((a, b) => a - b);
    throw new AppError('NOT_FOUND', `There is no version ${options.version} of the ${piName} baseline in ${projectKey}. Committed versions: ${known.join(', ') || 'none'}.`);
  }
  const baseline: Baseline =
    committed ??
    (() => {
      const { pi, items, capacityUnit } = frozenItemsOf(report);
      return { projectKey, pi, version: 0, committedAt: io.now().toISOString(), committedBy: { accountId: '', displayName: '' }, itemCount: items.length, capacityUnit, items };
    })();
  const drift = committed === null ? null : driftOf(committed, report.items);
  io.stdout(
    options.format === 'table'
      ? baselineTable(baseline, committed !== null, drift === null ? null : driftWords(drift))
      : formatBaseline(baseline, options.format, drift, committed !== null),
  );
  return EXIT.ok;
};
