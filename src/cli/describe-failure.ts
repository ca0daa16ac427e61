import { CommanderError } from 'commander';
import { AppError } from '../shared/result';
import { EXIT, type ExitCode } from './exit-codes';

/** Any failure as one line for stderr and an exit code: 2 for input the person can fix, 4 for a run out of time, 3 for a bug. */
export const describeFailure = (error: unknown): { readonly line: string; readonly code: ExitCode } => {
  if (error instanceof AppError) return { line: oneLine(error.message), code: error.code === 'DEADLINE' ? EXIT.partial : EXIT.input };
  if (error instanceof CommanderError)
    return { line: `${oneLine(error.message.replace(/^error:\s*/, ''))} (see factory-gravity --help)`, code: EXIT.input };
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { line: `internal error (${oneLine(what)}); please report this at the project's issue tracker`, code: EXIT.internal };
};

const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ').trim();
