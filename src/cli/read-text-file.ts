import { AppError } from '../shared/result';
import type { CliIo } from './io';

/** Reads a file named on the command line; a failure becomes one readable line. */
export const readTextFile = async (io: CliIo, path: string, what: string): Promise<string> => {
  try {
    return await io.readFile(path);
  } catch (e) {
    throw new AppError('BAD_PAYLOAD', `Cannot read the ${what} ${path}: ${fileErrorReason(e)}`);
  }
};

export const fileErrorReason = (e: unknown): string => {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
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

/** Parses JSON text from a named file; a syntax error becomes one readable line. */
export const parseJsonFile = (text: string, path: string, what: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    const reason = e instanceof Error ? e.message.split('\n')[0] : 'syntax error';
    throw new AppError('BAD_PAYLOAD', `The ${what} ${path} is not valid JSON: ${reason}`);
  }
};
