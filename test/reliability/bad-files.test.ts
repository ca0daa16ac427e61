import fc from 'fast-check';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { SnapshotSchema } from '../../src/jira/snapshot';
import { DEFAULT_SETTINGS, SettingsSchema } from '../../src/shared/settings';
import { hostileValue, mutatedArb, prototypePolluted } from './fuzz-arbitraries';
import { printFigures, resolverHarness, TODAY } from './support';

/**
 * Malformed settings, snapshot files and command lines: the settings schema
 * never throws and names a path for each problem; the CLI answers bad input
 * with exit 2 and exactly one line on stderr, never a stack trace, never
 * exit 3 (a bug), and never touches the network.
 */

const figures = { settingsCases: 0, snapshotCases: 0, argvCases: 0, settingsFileCases: 0, exit0: 0, exit1: 0, exit2: 0 };
afterAll(() => printFigures('bad-files', figures));

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const noNetwork: typeof fetch = () => Promise.reject(new TypeError('fetch failed (network disabled in tests)'));

const io = (files: Record<string, string> = {}) => {
  let out = '';
  let err = '';
  const written = new Map<string, string>();
  const cli: CliIo = {
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
    env: { JIRA_API_TOKEN: 'not-a-real-token' },
    readFile: async (path) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
      return text;
    },
    writeFile: async (path, text) => {
      written.set(path, text);
    },
    now: () => new Date(`${TODAY}T09:30:00Z`),
    stdoutIsTTY: false,
    fetch: noNetwork,
    sleep: async () => undefined,
  };
  return { cli, out: () => out, err: () => err, written };
};

/** Exit 2 with one line and no stack trace, or a clean run (0/1) with nothing on stderr. */
const expectCleanExit = (code: number, err: string) => {
  expect([0, 1, 2]).toContain(code);
  if (code === 0) figures.exit0 += 1;
  else if (code === 1) figures.exit1 += 1;
  else if (code === 2) figures.exit2 += 1;
  if (code === 2) {
    expect(err.endsWith('\n')).toBe(true);
    expect(err.trimEnd().split('\n')).toHaveLength(1);
    expect(err.trim().length).toBeGreaterThan(15);
    expect(err).not.toMatch(/\n\s+at /);
    expect(err).not.toMatch(/\bat .*\.(ts|js):\d+/);
  } else {
    expect(err).toBe('');
  }
};

describe('settings', () => {
  it('SettingsSchema.safeParse never throws on anything, and every issue has a path and a message', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything({ withNullPrototype: true, withBoxedValues: true }), mutatedArb(DEFAULT_SETTINGS as unknown as Json)), (input) => {
        figures.settingsCases += 1;
        const parsed = SettingsSchema.safeParse(input);
        if (!parsed.success) {
          expect(parsed.error.issues.length).toBeGreaterThan(0);
          for (const issue of parsed.error.issues) {
            expect(Array.isArray(issue.path)).toBe(true);
            expect(issue.message.length).toBeGreaterThan(0);
          }
        }
        expect(prototypePolluted()).toBe(false);
      }),
      { numRuns: 400, seed: 7 },
    );
  });

  it('a nested bad value is reported at its path (the settings page marks the right field)', () => {
    const parsed = SettingsSchema.safeParse({ weights: { strategy: 'lots' }, evidence: { researchPatterns: ['(unclosed'] } });
    expect(parsed.success).toBe(false);
    const paths = parsed.error?.issues.map((i) => i.path.join('.')) ?? [];
    expect(paths).toEqual(expect.arrayContaining(['weights.strategy', 'evidence.researchPatterns.0']));
  });

  it('saveSettings with mutated settings: INVALID_SETTINGS with field paths, or saved; an invalid value never reaches storage', async () => {
    const h = resolverHarness();
    const call = h.as('alex');
    await fc.assert(
      fc.asyncProperty(mutatedArb(DEFAULT_SETTINGS as unknown as Json), async (settings) => {
        figures.settingsCases += 1;
        const before = JSON.stringify(await h.kvs.get('settings:CLIN'));
        const envelope = await call('saveSettings', { projectKey: 'CLIN', settings });
        const valid = SettingsSchema.safeParse(settings).success;
        if (valid) {
          expect(envelope.ok).toBe(true);
        } else {
          expect(envelope).toEqual({ ok: false, error: expect.objectContaining({ code: expect.stringMatching(/^(INVALID_SETTINGS|BAD_PAYLOAD)$/) }) });
          if (!envelope.ok) for (const issue of envelope.error.issues ?? []) expect(Array.isArray(issue.path)).toBe(true);
          expect(JSON.stringify(await h.kvs.get('settings:CLIN'))).toBe(before);
        }
        // Whatever is stored always parses (the settings page and scoring never meet an invalid value).
        const stored = await h.kvs.get('settings:CLIN');
        if (stored !== undefined) expect(SettingsSchema.safeParse(stored).success).toBe(true);
      }),
      { numRuns: 150, seed: 11 },
    );
  });

  it('the CLI answers a malformed --settings file with exit 2 and one line', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.anything().map((v) => JSON.stringify(v) ?? 'undefined'),
          mutatedArb(DEFAULT_SETTINGS as unknown as Json).map((v) => JSON.stringify(v) ?? ''),
          fc.constantFrom('', '{', '{"weights": {"strategy": 1e999}}', '\u0000\u0001', '{"__proto__": {"polluted": 1}}', 'null', '[]'),
        ),
        async (text) => {
          figures.settingsFileCases += 1;
          const t = io({ 's.json': text });
          const code = await main(['scan', '--sample', '--project', 'CLIN', '--settings', 's.json', '--format', 'json', '--today', TODAY], t.cli);
          expectCleanExit(code, t.err());
          expect(prototypePolluted()).toBe(false);
        },
      ),
      { numRuns: 60, seed: 13 },
    );
  });
});

describe('snapshot files', () => {
  let snapshotText = '';

  beforeAll(async () => {
    const t = io();
    const code = await main(['snapshot', '--sample', '--project', 'CLIN', '--pi', 'next', '--today', TODAY, '--out', 'snap.json'], t.cli);
    expect(code).toBe(0);
    snapshotText = t.written.get('snap.json') ?? '';
    expect(snapshotText.length).toBeGreaterThan(100);
  });

  it('the untouched snapshot replays cleanly (the fuzzing starts from a real file)', async () => {
    const t = io({ 'snap.json': snapshotText });
    expect(await main(['scan', '--snapshot', 'snap.json', '--format', 'json'], t.cli)).toBe(0);
  });

  it('SnapshotSchema.safeParse never throws on anything', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything({ withNullPrototype: true }), mutatedArb(JSON.parse(snapshotText) as Json)), (input) => {
        figures.snapshotCases += 1;
        const parsed = SnapshotSchema.safeParse(input);
        if (!parsed.success) for (const issue of parsed.error.issues) expect(Array.isArray(issue.path)).toBe(true);
      }),
      { numRuns: 200, seed: 17 },
    );
  });

  it('scan --snapshot with a mutated file (bodies, statuses, requests broken): exit 0/1, or 2 with one line; never a stack trace or exit 3', async () => {
    const valid = JSON.parse(snapshotText) as Json;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          { weight: 4, arbitrary: mutatedArb(valid).map((v) => JSON.stringify(v) ?? '') },
          { weight: 1, arbitrary: fc.string({ maxLength: 100 }) },
          { weight: 1, arbitrary: fc.integer({ min: 1, max: snapshotText.length - 1 }).map((n) => snapshotText.slice(0, n)) },
        ),
        async (text) => {
          figures.snapshotCases += 1;
          const t = io({ 'snap.json': text });
          const code = await main(['scan', '--snapshot', 'snap.json', '--format', 'json'], t.cli);
          expectCleanExit(code, t.err());
        },
      ),
      { numRuns: 150, seed: 19 },
    );
  });
});

describe('command lines', () => {
  const FLAGS = [
    'scan', 'snapshot', '--sample', '--site', '--email', '--project', '--board', '--jql', '--pi', '--settings', '--today',
    '--snapshot', '--format', '--fail-on', '--out', '--help', '--version', '--nope', '-x', '--',
  ];
  const VALUES = fc.oneof(
    fc.constantFrom('CLIN', 'PAT', 'clin', '12', '0', '-1', 'next', 'current', 'PI 26.4', 'json', 'csv', 'markdown', 'table', 'xml',
      'gravity,zombie', 'nope', '2026-02-30', TODAY, 'https://example.atlassian.net', 'http://127.0.0.1:1', 'a@b.c', 'project = CLIN',
      'missing.json', '', ' ', '\n', '\u202E', 'A'.repeat(5000)),
    fc.string({ maxLength: 30 }),
    hostileValue.map((v) => String(v)),
  );
  const argvArb = fc.array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...FLAGS) }, { weight: 2, arbitrary: VALUES }), { maxLength: 8 });

  it('any argv: exit 0/1, or 2 with one stderr line; never a stack trace, never exit 3, never the network', async () => {
    await fc.assert(
      fc.asyncProperty(argvArb, async (argv) => {
        figures.argvCases += 1;
        const t = io({ 's.json': '{}' });
        // --help and --version print to stdout and exit 0; everything else either runs or is refused.
        const code = await main(argv, t.cli);
        expectCleanExit(code, t.err());
      }),
      { numRuns: 300, seed: 23 },
    );
  });
});
