import { Command, CommanderError, Option } from 'commander';
import { version } from '../../package.json';
import { VERDICTS } from '../shared/assessment';
import { DEADLINES } from '../shared/deadline';
import { describeFailure } from './describe-failure';
import { EXIT, type ExitCode } from './exit-codes';
import { FORMATS } from './formats';
import type { CliIo } from './io';
import { baselineCommand } from './baseline-command';
import { scanCommand } from './scan-command';
import { snapshotCommand } from './snapshot-command';
import { trendCommand } from './trend-command';
import { outcomesCommand } from './outcomes-command';
import { TREND_FORMATS } from '../shared/trend';
import { OUTCOME_FORMATS } from '../shared/outcome';

export type { CliIo } from './io';
export { EXIT } from './exit-codes';

const PROGRAM = 'factory-gravity';

/**
 * Runs `factory-gravity` with the arguments after the program name and
 * returns the exit code. Every failure ends here as one line on stderr.
 */
export const main = async (argv: readonly string[], io: CliIo): Promise<ExitCode> => {
  let exit: ExitCode = EXIT.ok;
  const program = buildProgram(io, (run) => {
    // Each command's action reports its exit code through here.
    exit = run;
  });
  try {
    if (argv.length === 0) {
      io.stderr(`${PROGRAM}: choose a command: scan, baseline, trend, outcomes or snapshot (see ${PROGRAM} --help)\n`);
      return EXIT.input;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return exit;
  } catch (error) {
    if (error instanceof CommanderError && error.exitCode === 0) return EXIT.ok; // --help, --version
    const { line, code } = describeFailure(error);
    io.stderr(`${PROGRAM}: ${line}\n`);
    return code;
  }
};

const buildProgram = (io: CliIo, setExit: (code: ExitCode) => void): Command => {
  const program = new Command(PROGRAM)
    .description('Warns when work enters a SAFe Program Increment only because it fits.')
    .version(version, '-V, --version')
    // Program options only before the command, so `baseline --version N` is the baseline's, not the program's.
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      // Commander's own error text is replaced by our one line (see main).
      writeErr: () => undefined,
      outputError: () => undefined,
    })
    .showSuggestionAfterError(true)
    .addHelpText(
      'after',
      `
Exit codes: 0 ok; 1 an item has a --fail-on verdict (outcomes: an overdue
outcome); 2 bad input (flags, files, settings, credentials, unknown PI,
incomplete snapshot); 3 internal error; 4 --timeout ran out: the report is
partial (or none was written).`,
    );

  const withRunOptions = (command: Command): Command =>
    command
      .option('--sample', 'read the embedded sample site (default source)')
      .option('--site <url>', 'read a Jira Cloud site, e.g. https://your-site.atlassian.net (API token from JIRA_API_TOKEN)')
      .option('--email <email>', 'the Atlassian account the API token belongs to (with --site)')
      .option('--project <key>', 'scope: a project key (sample default: CLIN)')
      .option('--board <id>', "scope: a board id (its filter's JQL)")
      .option('--jql <query>', 'scope: a JQL query')
      .option('--pi <pi>', 'current, next (default) or a PI name')
      .option('--settings <file>', 'project settings as JSON (defaults otherwise)')
      .option('--today <date>', 'the date to assess on, YYYY-MM-DD (default: today in UTC)')
      .option('--timeout <seconds>', `stop reading after this many seconds (default ${DEADLINES.cli / 1000}); a scan cut short is partial: exit 4`);

  withRunOptions(program.command('scan').description('report every work item of a scope for a PI, worst first'))
    .option('--snapshot <file>', 'replay a snapshot taken with `factory-gravity snapshot`')
    .addOption(new Option('--format <format>', `output format: ${FORMATS.join(', ')}`).default(undefined, 'table'))
    .option('--fail-on <verdicts>', `exit 1 when any item has one of these verdicts (comma-separated: ${VERDICTS.join(', ')})`)
    .action(async (options: unknown) => setExit(await scanCommand(options, io)));

  withRunOptions(
    program
      .command('baseline')
      .description("a project's PI baseline: the committed one with its drift, or the PI as it would be committed now (\"not committed\")"),
  )
    .addOption(new Option('--format <format>', `output format: ${FORMATS.join(', ')}`).default(undefined, 'table'))
    .option('--version <n>', 'a committed version (default: the newest)')
    .action(async (options: unknown) => setExit(await baselineCommand(options, io)));

  withRunOptions(
    program
      .command('trend')
      .description('the trend across PIs: per PI (the last ones, the current and the next) the count and capacity share of each verdict and the carry-overs'),
  )
    .addOption(new Option('--format <format>', `output format: ${TREND_FORMATS.join(', ')}`).default(undefined, 'table'))
    .action(async (options: unknown) => setExit(await trendCommand(options, io)));

  withRunOptions(
    program
      .command('outcomes')
      .description('delivered work items by outcome status (overdue, pending, evidenced, retired), overdue first: zombie product candidates'),
  )
    .option('--since <date>', 'list items delivered on or after this day, YYYY-MM-DD (default: settings outcome.lookbackMonths months before today)')
    .addOption(new Option('--format <format>', `output format: ${OUTCOME_FORMATS.join(', ')}`).default(undefined, 'table'))
    .option('--fail-on <status>', 'exit 1 when any listed item has this outcome status (only overdue is accepted)')
    .action(async (options: unknown) => setExit(await outcomesCommand(options, io)));

  withRunOptions(
    program.command('snapshot').description('record every Jira exchange a scan needs into a file, for offline replay with scan --snapshot'),
  )
    .option('--out <file>', 'where to write the snapshot (required; an existing file is replaced only with --force)')
    .option('--force', 'replace the --out file if it exists (a symbolic link is still refused)')
    .action(async (options: unknown) => setExit(await snapshotCommand(options, io)));

  return program;
};
