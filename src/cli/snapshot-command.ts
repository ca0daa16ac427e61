import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, createRecordingTransport, type SnapshotInput } from '../jira/snapshot';
import { AppError } from '../shared/result';
import { EXIT, type ExitCode } from './exit-codes';
import type { CliIo } from './io';
import { openSource } from './open-source';
import { fileErrorReason } from './read-text-file';
import { runDeadline } from './run-deadline';
import { parseSnapshotOptions } from './run-options';
import { clientOptionsFor, resolveRun, runReport } from './run-report';

/**
 * `factory-gravity snapshot --out FILE`: runs the scan through a recording
 * transport and writes every exchange it needed, as Jira returned it, so
 * `scan --snapshot FILE` can replay it offline.
 */
export const snapshotCommand = async (rawOptions: unknown, io: CliIo): Promise<ExitCode> => {
  const options = parseSnapshotOptions(rawOptions);
  const source = await openSource(io, options.source);
  const run = await resolveRun(io, options, source);
  const deadline = runDeadline(io, options);
  const recorder = createRecordingTransport(source.transport(run.today, deadline));
  const report = await runReport(run, recorder.transport, source, { ...clientOptionsFor(io), deadline });
  // A snapshot of half a scope would replay as a report that looks whole (or fail on the first page it lacks).
  if (report.partial !== undefined) {
    throw new AppError('DEADLINE', `No snapshot written: ${report.partial.message} Or allow more time with --timeout SECONDS.`);
  }
  const snapshot: SnapshotInput = {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    createdAt: io.now().toISOString(),
    today: run.today,
    site: source.site,
    scope: run.scope,
    pi: run.pi,
    exchanges: recorder.exchanges(),
  };
  try {
    await io.writeFile(options.out, `${JSON.stringify(snapshot, null, 2)}\n`, { force: options.force });
  } catch (e) {
    throw new AppError('BAD_PAYLOAD', `Cannot write the snapshot ${options.out}: ${fileErrorReason(e)}`);
  }
  io.stdout(
    `Snapshot of ${snapshot.exchanges.length} Jira exchanges (${report.total} items, ${report.scopeLabel}) written to ${options.out}\n`,
  );
  return EXIT.ok;
};
