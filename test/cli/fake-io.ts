import type { CliIo } from '../../src/cli/io';

/** An in-memory CliIo: files in a map, output captured, a fixed clock. */
export interface FakeIo extends CliIo {
  readonly files: Map<string, string>;
  out(): string;
  err(): string;
}

export const fakeIo = (options: { files?: Record<string, string>; env?: Record<string, string>; fetch?: typeof fetch; tty?: boolean } = {}): FakeIo => {
  const files = new Map(Object.entries(options.files ?? {}));
  let stdout = '';
  let stderr = '';
  const io: FakeIo = {
    files,
    out: () => stdout,
    err: () => stderr,
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    env: options.env ?? {},
    readFile: async (path) => {
      const text = files.get(path);
      if (text === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
      return text;
    },
    writeFile: async (path, text, { force }) => {
      if (path.startsWith('/nonexistent/')) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      if (files.has(path) && !force) throw Object.assign(new Error('it already exists; add --force to replace it'), { code: 'FG_EXISTS' });
      files.set(path, text);
    },
    now: () => new Date('2026-11-26T09:30:00Z'),
    stdoutIsTTY: options.tty ?? false,
    sleep: async () => undefined,
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
  };
  return io;
};
