import { JsonReportSchema, type JsonReport } from '../../src/cli/json-report';
import { main } from '../../src/cli/main';
import { TABLE_WIDTH } from '../../src/cli/format-table';
import { width } from '../../src/cli/text-cells';
import { parseCsv } from './csv-parse';
import { fakeIo, type FakeIo } from './fake-io';

const TODAY = '2026-11-26';

const run = async (args: string[], io: FakeIo = fakeIo()) => {
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err(), io };
};

const scanJson = async (args: string[] = [], io: FakeIo = fakeIo()): Promise<JsonReport> => {
  const { code, out, err } = await run(['scan', '--sample', '--today', TODAY, '--format', 'json', ...args], io);
  expect(err).toBe('');
  expect(code).toBe(0);
  return JsonReportSchema.parse(JSON.parse(out));
};

/** One line on stderr, prefixed, no stack trace. */
const expectOneLineError = (err: string, pattern: RegExp | string) => {
  expect(err.endsWith('\n')).toBe(true);
  expect(err.trimEnd().split('\n')).toHaveLength(1);
  expect(err).toMatch(/^factory-gravity: /);
  expect(err).not.toMatch(/\n\s+at /);
  expect(err).not.toMatch(/\.ts:\d+/);
  if (typeof pattern === 'string') expect(err).toContain(pattern);
  else expect(err).toMatch(pattern);
};

describe('scan on the sample site', () => {
  it('prints JSON that matches its schema, with counts that agree with the items', async () => {
    const report = await scanJson();
    expect(report.today).toBe(TODAY);
    expect(report.items.length).toBeGreaterThan(0);
    expect(report.total).toBe(report.items.length);
    for (const [verdict, n] of Object.entries(report.counts)) expect(report.items.filter((i) => i.verdict === verdict)).toHaveLength(n);
    expect(report.scope).toContain('CLIN');
  });

  it('prints a table that fits 80 columns with the headline first and the worst item on top', async () => {
    const json = await scanJson();
    const { code, out, err } = await run(['scan', '--today', TODAY]);
    expect([code, err]).toEqual([0, '']);
    const lines = out.split('\n');
    for (const line of lines) expect(width(line)).toBeLessThanOrEqual(TABLE_WIDTH);
    expect(out.startsWith(json.headline.slice(0, 40))).toBe(true);
    const header = lines.findIndex((l) => l.startsWith('KEY'));
    expect(lines[header + 1]?.startsWith(json.items[0]?.key ?? '?')).toBe(true);
    expect(out).not.toContain('\u001b[');
  });

  it('JSON: sizes, the capacity (sums equal the total) and the candidates waiting, consistent with the items', async () => {
    const report = await scanJson();
    expect(report.capacity.unit).toBe('points');
    const sum = Object.values(report.capacity.byVerdict).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(report.capacity.total, 6);
    const unsized = report.items.filter((i) => i.size === null).map((i) => i.key);
    expect(report.capacity.unsized.map((u) => u.key)).toEqual(unsized);
    // The next PI has not ended: candidates and swaps are there (maybe empty), outside the PI's items.
    expect(report.candidates).not.toBeNull();
    const inPi = new Set(report.items.map((i) => i.key));
    const candidateKeys = (report.candidates ?? []).map((c) => c.key);
    for (const key of candidateKeys) expect(inPi.has(key)).toBe(false);
    expect(report.swaps?.map((s) => s.key)).toEqual(report.items.filter((i) => i.verdict === 'gravity').map((i) => i.key));
    for (const swap of report.swaps ?? []) for (const key of swap.candidates) expect(candidateKeys).toContain(key);
  });

  it('table: the capacity line and, when candidates wait, the waiting section', async () => {
    const json = await scanJson();
    const { out } = await run(['scan', '--today', TODAY]);
    expect(out).toMatch(/^Capacity: \d+(\.\d)? points/m);
    if ((json.candidates ?? []).length > 0) {
      expect(out).toContain('Waiting outside the PI');
      expect(out).toContain(json.candidates?.[0]?.key ?? '?');
    }
  });

  it('uses colour on a terminal unless NO_COLOR is set', async () => {
    expect((await run(['scan', '--today', TODAY], fakeIo({ tty: true }))).out).toContain('\u001b[');
    expect((await run(['scan', '--today', TODAY], fakeIo({ tty: true, env: { NO_COLOR: '1' } }))).out).not.toContain('\u001b[');
  });

  it('prints Markdown with the headline', async () => {
    const json = await scanJson();
    const { code, out } = await run(['scan', '--today', TODAY, '--format', 'markdown']);
    expect(code).toBe(0);
    expect(out).toMatch(/^# Factory Gravity/);
    expect(out).toContain('| Verdict | Items |');
    const firstWord = json.headline.split(' ')[0] ?? '';
    expect(out).toContain(`**${firstWord}`);
  });

  it('prints CSV that parses back to one row per item', async () => {
    const json = await scanJson();
    const { code, out } = await run(['scan', '--today', TODAY, '--format', 'csv']);
    expect(code).toBe(0);
    const rows = parseCsv(out);
    expect(rows[0]?.[0]).toBe('key');
    expect(rows.slice(1).map((r) => r[0])).toEqual(json.items.map((i) => i.key));
  });

  it('defaults --today to the clock (UTC) and --pi to next', async () => {
    const { out } = await run(['scan', '--format', 'json']);
    const report = JsonReportSchema.parse(JSON.parse(out));
    expect(report.today).toBe('2026-11-26');
    expect(report.piRole).toBe('next');
  });

  it('reads the current PI when asked', async () => {
    expect((await scanJson(['--pi', 'current'])).piRole).toBe('current');
  });
});

describe('--fail-on', () => {
  it('exits 1 when an item has one of the verdicts and 0 when none has', async () => {
    const report = await scanJson();
    const present = report.items[0]?.verdict ?? 'gravity';
    const absent = (['gravity', 'zombie', 'ungrounded', 'unanchored', 'aligned', 'unplanned'] as const).find((v) => report.counts[v] === 0);
    expect((await run(['scan', '--today', TODAY, '--fail-on', present])).code).toBe(1);
    expect((await run(['scan', '--today', TODAY, '--fail-on', `zombie,${present}`])).code).toBe(1);
    if (absent !== undefined) expect((await run(['scan', '--today', TODAY, '--fail-on', absent])).code).toBe(0);
  });

  it('still prints the report when it fails the gate', async () => {
    const report = await scanJson();
    const { out } = await run(['scan', '--today', TODAY, '--format', 'json', '--fail-on', report.items[0]?.verdict ?? 'gravity']);
    expect(JsonReportSchema.safeParse(JSON.parse(out)).success).toBe(true);
  });
});

describe('bad input: exit 2 and one line on stderr', () => {
  const cases: [string, string[], RegExp | string][] = [
    ['unknown flag', ['scan', '--colour'], "unknown option '--colour'"],
    ['unknown command', ['sacn'], /unknown command 'sacn'/],
    ['no command', [], 'choose a command'],
    ['malformed date', ['scan', '--today', '26/11/2026'], '--today: Use a date like 2026-11-26'],
    ['impossible date', ['scan', '--today', '2026-02-30'], '--today: Not a real date'],
    ['unknown format', ['scan', '--format', 'xml'], '--format: Use one of table, markdown, csv, json'],
    ['unknown verdict', ['scan', '--fail-on', 'gravity,zombi'], '--fail-on: unknown verdict "zombi"'],
    ['bad project key', ['scan', '--project', 'clin'], '--project: Use a project key like CLIN'],
    ['bad board id', ['scan', '--board', 'abc'], '--board: Use a board id like 12'],
    ['two scopes', ['scan', '--project', 'CLIN', '--jql', 'x = 1'], 'Choose one scope: --project or --jql'],
    ['two sources', ['scan', '--sample', '--snapshot', 'a.json'], 'Choose one source: --sample or --snapshot'],
    ['site without email', ['scan', '--site', 'https://x.atlassian.net'], '--site needs --email'],
    ['email without site', ['scan', '--email', 'a@b.org'], '--email goes with --site'],
    ['http site', ['scan', '--site', 'http://x.atlassian.net', '--email', 'a@b.org'], '--site: use an https:// address'],
    ['missing token', ['scan', '--site', 'https://x.atlassian.net', '--email', 'a@b.org'], 'Set JIRA_API_TOKEN'],
    ['missing settings file', ['scan', '--settings', 'nope.json'], 'Cannot read the settings file nope.json: no such file'],
    ['malformed settings', ['scan', '--settings', 'broken.json'], 'The settings file broken.json is not valid JSON'],
    ['missing snapshot', ['scan', '--snapshot', 'nope.json'], 'Cannot read the snapshot nope.json: no such file'],
    ['not a snapshot', ['scan', '--snapshot', 'settings.json'], 'settings.json is not a factory-gravity snapshot'],
    ['unknown PI', ['scan', '--today', TODAY, '--pi', 'PI 99.9'], /PI 99\.9/],
    ['snapshot without --out', ['snapshot', '--sample'], '--out FILE is required'],
    ['snapshot of a snapshot', ['snapshot', '--snapshot', 'x.json', '--out', 'y.json'], "unknown option '--snapshot'"],
    ['unwritable snapshot file', ['snapshot', '--today', TODAY, '--out', '/nonexistent/s.json'], 'Cannot write the snapshot /nonexistent/s.json'],
  ];
  it.each(cases)('%s', async (_name, args, message) => {
    const io = fakeIo({ files: { 'broken.json': '{"weights": ', 'settings.json': '{}' } });
    const { code, err, out } = await run(args, io);
    expectOneLineError(err, message);
    expect(code).toBe(2);
    expect(out).toBe('');
  });
});

describe('--settings', () => {
  it('reports an unknown key with its path', async () => {
    const io = fakeIo({ files: { 's.json': JSON.stringify({ weights: { strategy: 40, evidance: 10 } }) } });
    const { code, err } = await run(['scan', '--settings', 's.json'], io);
    expect(code).toBe(2);
    expectOneLineError(err, 'settings.weights.evidance: Unknown key');
  });

  it('reports a bad value with its path', async () => {
    const io = fakeIo({ files: { 's.json': JSON.stringify({ weights: { strategy: 400 } }) } });
    const { code, err } = await run(['scan', '--settings', 's.json'], io);
    expect(code).toBe(2);
    expectOneLineError(err, 'settings.weights.strategy: At most 100');
  });

  it('uses valid settings', async () => {
    const io = fakeIo({ files: { 's.json': JSON.stringify({ weights: { strategy: 50, evidence: 30, delivery: 20 } }) } });
    const report = await scanJson(['--settings', 's.json'], io);
    expect(report.total).toBeGreaterThan(0);
  });
});

describe('snapshots', () => {
  it('round trip: a replayed snapshot gives the same JSON as the live scan', async () => {
    const io = fakeIo();
    const taken = await run(['snapshot', '--sample', '--today', TODAY, '--out', 'snap.json'], io);
    expect([taken.code, taken.err]).toEqual([0, '']);
    expect(taken.out).toContain('snap.json');
    const file = JSON.parse(io.files.get('snap.json') ?? '{}') as { format: string; site: string; today: string; exchanges: unknown[] };
    expect(file).toMatchObject({ format: 'factory-gravity-snapshot', version: 1, site: 'sample', today: TODAY });
    expect(file.exchanges.length).toBeGreaterThan(0);

    const live = await scanJson();
    const replayIo = fakeIo({ files: { 'snap.json': io.files.get('snap.json') ?? '' } });
    const replayed = await run(['scan', '--snapshot', 'snap.json', '--format', 'json'], replayIo);
    expect([replayed.code, replayed.err]).toEqual([0, '']);
    expect(JSON.parse(replayed.out)).toEqual(live);
  });

  it('fails loudly when an edited snapshot misses one exchange', async () => {
    const io = fakeIo();
    await run(['snapshot', '--today', TODAY, '--out', 'snap.json'], io);
    const snapshot = JSON.parse(io.files.get('snap.json') ?? '{}') as { exchanges: unknown[] };
    snapshot.exchanges.splice(snapshot.exchanges.length - 1, 1);
    const edited = fakeIo({ files: { 'snap.json': JSON.stringify(snapshot) } });
    const { code, err, out } = await run(['scan', '--snapshot', 'snap.json'], edited);
    expect(code).toBe(2);
    expect(out).toBe('');
    expectOneLineError(err, /^factory-gravity: The snapshot has no response for (GET|POST) \/rest\/.* — take the snapshot again with the same scope and settings\n$/);
  });

  it('fails loudly when replayed for another scope', async () => {
    const io = fakeIo();
    await run(['snapshot', '--today', TODAY, '--out', 'snap.json'], io);
    const { code, err } = await run(['scan', '--snapshot', 'snap.json', '--jql', 'project = OTHER'], io);
    expect(code).toBe(2);
    expectOneLineError(err, 'The snapshot has no response for');
  });
});

describe('--site', () => {
  it('exits 2 with "Jira refused the credentials" when Jira answers 401', async () => {
    const requests: { url: string; auth: string | null }[] = [];
    const fetch401 = (async (url: string | URL | Request, init?: RequestInit) => {
      requests.push({ url: String(url), auth: new Headers(init?.headers).get('authorization') });
      return new Response('{"errorMessages":["Client must be authenticated to access this resource."]}', {
        status: 401,
        headers: { 'content-type': 'application/json' },
      });
    }) as typeof fetch;
    const io = fakeIo({ env: { JIRA_API_TOKEN: 'secret-token' }, fetch: fetch401 });
    const { code, err } = await run(['scan', '--site', 'https://acme.atlassian.net', '--email', 'rte@acme.org', '--project', 'CLIN'], io);
    expect(code).toBe(2);
    expectOneLineError(err, 'Jira refused the credentials');
    expect(err).not.toContain('secret-token');
    expect(requests[0]?.url.startsWith('https://acme.atlassian.net/rest/')).toBe(true);
    expect(requests[0]?.auth).toBe(`Basic ${Buffer.from('rte@acme.org:secret-token').toString('base64')}`);
  });

  it('exits 2 when the site cannot be reached', async () => {
    const failing = (async () => {
      throw new TypeError('fetch failed');
    }) as typeof fetch;
    const io = fakeIo({ env: { JIRA_API_TOKEN: 't' }, fetch: failing });
    const { code, err } = await run(['scan', '--site', 'acme.atlassian.net', '--email', 'rte@acme.org', '--project', 'CLIN'], io);
    expect(code).toBe(2);
    expectOneLineError(err, 'acme.atlassian.net');
  });

  it('needs a scope: the sample default does not apply to a real site', async () => {
    const io = fakeIo({ env: { JIRA_API_TOKEN: 't' } });
    const { code, err } = await run(['scan', '--site', 'https://acme.atlassian.net', '--email', 'rte@acme.org'], io);
    expect(code).toBe(2);
    expectOneLineError(err, 'Choose a scope');
  });
});

describe('help and version', () => {
  it('prints help on stdout and exits 0', async () => {
    const { code, out, err } = await run(['--help']);
    expect([code, err]).toEqual([0, '']);
    expect(out).toContain('scan');
    expect(out).toContain('snapshot');
  });

  it('prints the scan options', async () => {
    const { code, out } = await run(['scan', '--help']);
    expect(code).toBe(0);
    for (const flag of ['--sample', '--site', '--snapshot', '--project', '--board', '--jql', '--pi', '--settings', '--today', '--format', '--fail-on'])
      expect(out).toContain(flag);
  });

  it('prints the version', async () => {
    const { code, out } = await run(['--version']);
    expect(code).toBe(0);
    expect(out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('internal errors', () => {
  it('exit 3 with one line asking to report it', async () => {
    // An exception that is not an AppError (here: writing the output fails) is a bug.
    let err = '';
    const code = await main(['scan', '--today', TODAY], {
      ...fakeIo(),
      stdout: () => {
        throw new RangeError('boom');
      },
      stderr: (t) => {
        err += t;
      },
    });
    expect(code).toBe(3);
    expect(err).toMatch(/^factory-gravity: internal error \(RangeError: boom\); please report this/);
    expect(err.trimEnd().split('\n')).toHaveLength(1);
  });
});
