import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { readLimitedFile, writeNewFile } from '../../src/cli/node-io';
import { FILE_LIMITS } from '../../src/cli/read-text-file';

/**
 * The CLI's real file access: regular files only, capped and timed reads,
 * writes that never follow a symbolic link nor replace a file without --force.
 */
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fg-node-io-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const limits = { maxBytes: 1024, timeoutMs: 5_000 };
const codeOf = async (work: Promise<unknown>): Promise<unknown> => work.then(() => 'no error', (e: unknown) => (e as { code?: unknown }).code);

const realIo = (): CliIo & { err(): string } => {
  let stderr = '';
  return {
    stdout: () => undefined,
    stderr: (t) => {
      stderr += t;
    },
    err: () => stderr,
    env: {},
    readFile: readLimitedFile,
    writeFile: writeNewFile,
    now: () => new Date('2026-11-26T09:30:00Z'),
    sleep: async () => undefined,
  };
};

describe('reading', () => {
  it('reads a regular file', async () => {
    writeFileSync(join(dir, 'a.json'), '{"a":1}');
    expect(await readLimitedFile(join(dir, 'a.json'), limits)).toBe('{"a":1}');
  });

  it('refuses a FIFO without blocking on it', async () => {
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    expect(await codeOf(readLimitedFile(fifo, limits))).toBe('FG_NOT_REGULAR');
  });

  it.each(['/dev/urandom', '/dev/zero'])('refuses the device %s', async (device) => {
    expect(await codeOf(readLimitedFile(device, limits))).toBe('FG_NOT_REGULAR');
  });

  it('refuses a file larger than the cap by its size, without reading it', async () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, '');
    truncateSync(big, FILE_LIMITS.snapshot.maxBytes + 1); // sparse: nothing is really written
    expect(await codeOf(readLimitedFile(big, FILE_LIMITS.snapshot))).toBe('FG_TOO_BIG');
  });

  it('stops reading at the cap even when the size says less (files such as /proc ones report 0)', async () => {
    expect(await codeOf(readLimitedFile('/proc/self/status', { maxBytes: 16, timeoutMs: 5_000 }))).toBe('FG_TOO_BIG');
  });

  it('gives up when reading takes longer than the timeout', async () => {
    const slow = join(dir, 'slow.json');
    writeFileSync(slow, Buffer.alloc(48 * 1024 * 1024, 0x20));
    expect(await codeOf(readLimitedFile(slow, { maxBytes: 64 * 1024 * 1024, timeoutMs: 1 }))).toBe('FG_TIMEOUT');
  });
});

describe('writing', () => {
  it('creates a new file', async () => {
    await writeNewFile(join(dir, 'new.json'), 'x', { force: false });
    expect(readFileSync(join(dir, 'new.json'), 'utf8')).toBe('x');
  });

  it('refuses to replace an existing file without force, and replaces it with force', async () => {
    const file = join(dir, 'old.json');
    writeFileSync(file, 'keep me');
    expect(await codeOf(writeNewFile(file, 'x', { force: false }))).toBe('FG_EXISTS');
    expect(readFileSync(file, 'utf8')).toBe('keep me');
    await writeNewFile(file, 'new', { force: true });
    expect(readFileSync(file, 'utf8')).toBe('new');
  });

  it.each([false, true])('never writes through a symbolic link (force: %s)', async (force) => {
    const target = join(dir, 'target.txt');
    writeFileSync(target, 'precious');
    symlinkSync(target, join(dir, 'link.json'));
    expect(await codeOf(writeNewFile(join(dir, 'link.json'), 'x', { force }))).toBe('FG_SYMLINK');
    expect(readFileSync(target, 'utf8')).toBe('precious');
  });

  it('refuses a FIFO as the target, even with force', async () => {
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    expect(await codeOf(writeNewFile(fifo, 'x', { force: true }))).toBe('FG_NOT_REGULAR');
  });
});

describe('the CLI over the real files: exit 2 and one line', () => {
  const run = async (args: string[]) => {
    const io = realIo();
    const code = await main(args, io);
    return { code, err: io.err() };
  };
  const oneLine = (err: string) => err.split('\n').filter(Boolean).length === 1;

  it('--settings /dev/urandom', async () => {
    const { code, err } = await run(['scan', '--settings', '/dev/urandom']);
    expect(code).toBe(2);
    expect(err).toMatch(/Cannot read the settings file \/dev\/urandom: it is not a regular file/);
    expect(oneLine(err)).toBe(true);
  });

  it('--settings larger than 1 MiB', async () => {
    const file = join(dir, 'settings.json');
    writeFileSync(file, `{"workItemTypes": ["Epic"]${' '.repeat(FILE_LIMITS.settings.maxBytes)}}`);
    const { code, err } = await run(['scan', '--settings', file]);
    expect(code).toBe(2);
    expect(err).toMatch(/it is larger than 1 MiB/);
  });

  it('--snapshot naming a FIFO', async () => {
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const { code, err } = await run(['scan', '--snapshot', fifo]);
    expect(code).toBe(2);
    expect(err).toMatch(/Cannot read the snapshot .*pipe: it is not a regular file/);
  });

  it('snapshot --out over an existing file: refused without --force, written with it; a symlink always refused', async () => {
    const out = join(dir, 'clin.json');
    writeFileSync(out, 'mine');
    const refused = await run(['snapshot', '--sample', '--today', '2026-11-26', '--out', out]);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/Cannot write the snapshot .*clin\.json: it already exists; add --force/);
    expect(readFileSync(out, 'utf8')).toBe('mine');
    expect((await run(['snapshot', '--sample', '--today', '2026-11-26', '--out', out, '--force'])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/factory-gravity-snapshot/);
    symlinkSync(out, join(dir, 'link.json'));
    const viaLink = await run(['snapshot', '--sample', '--today', '2026-11-26', '--out', join(dir, 'link.json'), '--force']);
    expect(viaLink.code).toBe(2);
    expect(viaLink.err).toMatch(/symbolic link/);
    expect(existsSync(out)).toBe(true);
  });

  it.each([
    ['{"weights": {"strategy": SECRET-TOKEN-1234}}', /a syntax error at line 1, column 26/],
    ['SECRET-TOKEN-1234', /a syntax error at line 1, column 1/],
    ['{"weights": ', /it ends before the JSON is complete \(line 1, column 13\)/],
    ['{"SECRET-TOKEN-1234": 1,}', /line 1, column 25/],
    ['{\n  "a": 1,\n  SECRET-TOKEN-1234\n}', /line 3, column 3/],
  ])('a malformed settings file is named with the position, never quoted (%s)', async (text, where) => {
    const file = join(dir, 'settings.json');
    writeFileSync(file, text);
    const { code, err } = await run(['scan', '--settings', file]);
    expect(code).toBe(2);
    expect(err).toMatch(where);
    expect(err).not.toMatch(/SECRET|TOKEN/);
    expect(oneLine(err)).toBe(true);
  });
});
