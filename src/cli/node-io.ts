import { constants } from 'node:fs';
import { lstat, open, type FileHandle } from 'node:fs/promises';
import type { FileReadLimits, FileWriteOptions } from './io';

/**
 * The CLI's real file access (bin.cjs), with the guards a command-line tool
 * owes its user:
 * - reads accept regular files only: a FIFO would block for ever and
 *   /dev/urandom never ends. The file is opened with O_NONBLOCK so opening a
 *   FIFO cannot hang either, then checked with fstat on the open handle (no
 *   race between the check and the read).
 * - reads stop at `maxBytes` (one byte more is read to detect a larger file,
 *   including files whose stat size is 0, as in /proc) and at `timeoutMs`.
 * - writes never follow a symbolic link (O_NOFOLLOW) and never replace an
 *   existing file unless `force` (O_EXCL otherwise); a target that is not a
 *   regular file (a FIFO, a device) is refused before anything is written.
 * Each refusal is an Error with a `code` that fileErrorReason() words
 * (src/cli/read-text-file.ts).
 */

const refusal = (code: string, message: string): Error => Object.assign(new Error(message), { code });

const MIB = 1024 * 1024;
const describeBytes = (bytes: number): string => (bytes >= MIB ? `${Math.round(bytes / MIB)} MiB` : `${Math.round(bytes / 1024)} KiB`);

const withTimeout = async <T>(work: Promise<T>, timeoutMs: number, onTimeout: () => Error): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), timeoutMs);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
};

const readAtMost = async (handle: FileHandle, maxBytes: number): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.alloc(Math.min(1 * MIB, maxBytes + 1 - total));
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
    if (total > maxBytes) throw refusal('FG_TOO_BIG', `it is larger than ${describeBytes(maxBytes)}`);
  }
  return Buffer.concat(chunks, total);
};

export const readLimitedFile = async (path: string, limits: FileReadLimits): Promise<string> => {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw refusal('EISDIR', 'it is a directory');
    if (!stat.isFile()) throw refusal('FG_NOT_REGULAR', 'it is not a regular file (a pipe, device or socket)');
    if (stat.size > limits.maxBytes) throw refusal('FG_TOO_BIG', `it is larger than ${describeBytes(limits.maxBytes)}`);
    const bytes = await withTimeout(readAtMost(handle, limits.maxBytes), limits.timeoutMs, () =>
      refusal('FG_TIMEOUT', `reading it took longer than ${Math.round(limits.timeoutMs / 1000)} s`),
    );
    return bytes.toString('utf8');
  } finally {
    await handle.close();
  }
};

export const writeNewFile = async (path: string, text: string, options: FileWriteOptions): Promise<void> => {
  const replace = options.force ? constants.O_TRUNC : constants.O_EXCL;
  let handle: FileHandle;
  try {
    // O_NONBLOCK: opening a FIFO for writing with no reader fails (ENXIO) instead of waiting.
    handle = await open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_NOFOLLOW | constants.O_NONBLOCK | replace, 0o644);
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (code === 'ELOOP') throw refusal('FG_SYMLINK', 'it is a symbolic link; name the file itself');
    // O_CREAT|O_EXCL refuses an existing symbolic link too (EEXIST); say which it was.
    if (code === 'EEXIST' && (await lstat(path)).isSymbolicLink()) throw refusal('FG_SYMLINK', 'it is a symbolic link; name the file itself');
    if (code === 'EEXIST') throw refusal('FG_EXISTS', 'it already exists; add --force to replace it');
    if (code === 'ENXIO') throw refusal('FG_NOT_REGULAR', 'it is not a regular file (a pipe, device or socket)');
    throw e;
  }
  try {
    if (!(await handle.stat()).isFile()) throw refusal('FG_NOT_REGULAR', 'it is not a regular file (a pipe, device or socket)');
    await handle.writeFile(text, 'utf8');
  } finally {
    await handle.close();
  }
};
