import type { CliIo } from './io';
import { EXIT, type ExitCode } from './exit-codes';
import { openSource } from './open-source';
import { renderReport } from './render-report';
import { parseScanOptions } from './run-options';
import { clientOptionsFor, resolveRun, runReport } from './run-report';

/** `factory-gravity scan`: the PI report on stdout; exit 1 when an item has a --fail-on verdict. */
export const scanCommand = async (rawOptions: unknown, io: CliIo): Promise<ExitCode> => {
  const options = parseScanOptions(rawOptions);
  const source = await openSource(io, options.source);
  const run = await resolveRun(io, options, source);
  const report = await runReport(run, source.transport(run.today), source, clientOptionsFor(io));
  io.stdout(renderReport(report, options.format, io));
  const failing = report.items.filter((i) => options.failOn.includes(i.verdict));
  return failing.length > 0 ? EXIT.failOn : EXIT.ok;
};
