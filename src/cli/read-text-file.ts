import { AppError } from '../shared/result';
import type { CliIo, FileReadLimits } from './io';
import { jsonErrorOffset } from './json-error-offset';

const MIB = 1024 * 1024;

/**
 * How much the CLI reads of each kind of file, and for how long. A snapshot
 * of a 10,000-item scope is about 40 MiB of Jira JSON, so 64 MiB leaves room;
 * a settings file is a few hundred bytes, so 1 MiB is generous. A local file
 * that has not been read in 10 s is not a file the CLI should wait for.
 */
export const FILE_LIMITS = {
  snapshot: { maxBytes: 64 * MIB, timeoutMs: 10_000 },
  settings: { maxBytes: 1 * MIB, timeoutMs: 10_000 },
} as const satisfies Record<string, FileReadLimits>;

/** Reads a file named on the command line; a failure becomes one readable line. */
export const readTextFile = async (io: CliIo, path: string, what: string, limits: FileReadLimits): Promise<string> => {
  try {
    return await io.readFile(path, limits);
  } catch (e) {
    throw new AppError('BAD_PAYLOAD', `Cannot read the ${what} ${path}: ${fileErrorReason(e)}`);
  }
};

export const fileErrorReason = (e: unknown): string => {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
  if (code.startsWith('FG_') && e instanceof Error) return e.message; // src/cli/node-io.ts words its own refusals
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a directory';
    case 'ENOTDIR':
      return 'a folder in the path does not exist';
    default:
      return e instanceof Error ? e.message.split('\n')[0] ?? 'unknown error' : String(e);
  }
};

/** "line 3, column 7" for a 0-based offset into text. */
const lineAndColumn = (text: string, offset: number): string => {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
};

/**
 * Where JSON.parse stopped, without any of the file's text: V8's message
 * quotes the input ('Unexpected token 'x', "secret…" is not valid JSON'), so
 * only a position is reported, V8's when it gives one, else the first fault
 * jsonErrorOffset finds.
 */
export const jsonErrorWhere = (text: string, error: unknown): string => {
  const message = error instanceof Error ? error.message : '';
  const fromV8 = /at position (\d+)/.exec(message)?.[1];
  const offset = fromV8 === undefined ? jsonErrorOffset(text) : Number(fromV8);
  if (offset === null) return 'a syntax error';
  return offset >= text.length ? `it ends before the JSON is complete (${lineAndColumn(text, offset)})` : `a syntax error at ${lineAndColumn(text, offset)}`;
};

/** Parses JSON text from a named file; a syntax error becomes one readable line that never quotes the file. */
export const parseJsonFile = (text: string, path: string, what: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new AppError('BAD_PAYLOAD', `The ${what} ${path} is not valid JSON: ${jsonErrorWhere(text, e)}`);
  }
};
