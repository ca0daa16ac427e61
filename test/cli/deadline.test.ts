import { JsonReportSchema } from '../../src/cli/json-report';
import { main } from '../../src/cli/main';
import { generateLargeSite } from '../../src/jira/sample-site';
import { fakeIo, type FakeIo } from './fake-io';
import { fetchFromTransport } from './site-fetch';

/**
 * Issue 9 in the CLI: the run has its own budget (300 s, or --timeout
 * SECONDS), not Forge's. 53 search pages at 0.5 s each fit it; a run that
 * runs out of time prints a partial report that says so, and exits 4 so a
 * CI gate never passes on half a report. Time is simulated: every Jira
 * answer moves the io's clock by 0.5 s.
 */

const TODAY = '2026-11-26';
const EPICS = 5_300;
const site = generateLargeSite({ today: TODAY, epics: EPICS, seed: 5 });

/** A Jira Cloud site over HTTP whose every answer takes 0.5 s of the returned clock. */
const slowSite = () => {
  let now = Date.parse('2026-11-26T09:30:00Z');
  const fetchFromSite = fetchFromTransport(site.transport(), () => {
    now += 500;
  });
  const io: FakeIo = { ...fakeIo({ env: { JIRA_API_TOKEN: 'token' }, fetch: fetchFromSite }), now: () => new Date(now) };
  return io;
};

const scan = (...extra: string[]) => [
  'scan',
  '--site',
  'https://riverside.atlassian.net',
  '--email',
  'rte@riverside.org',
  '--jql',
  'issuetype = "Epic"',
  '--today',
  TODAY,
  ...extra,
];

describe('the CLI’s own time budget', () => {
  it('53 pages at 0.5 s each fit the default budget: the whole report, exit 0', async () => {
    const io = slowSite();
    expect(await main(scan('--format', 'json'), io)).toBe(0);
    const report = JsonReportSchema.parse(JSON.parse(io.out()));
    expect(report.partial).toBeNull();
    expect(io.err()).toBe('');
  }, 60_000);

  it('--timeout 20: a partial JSON report with the items read, a line on stderr, exit 4', async () => {
    const io = slowSite();
    expect(await main(scan('--format', 'json', '--timeout', '20'), io)).toBe(4);
    const report = JsonReportSchema.parse(JSON.parse(io.out()));
    expect(report.partial).toMatchObject({ code: 'DEADLINE' });
    expect(report.partial?.itemsRead).toBeGreaterThan(0);
    expect(report.partial?.itemsRead).toBeLessThan(EPICS);
    expect(report.total).toBeLessThanOrEqual(report.partial?.itemsRead ?? 0);
    expect(io.err()).toMatch(/^factory-gravity: partial report \(exit 4\): Read [\d,]+ items before the time limit.*--timeout SECONDS\.\n$/);
  }, 60_000);

  it.each([
    ['table', /^Partial result: Read [\d,]+ items before the time limit/m],
    ['markdown', /^> \*\*Partial result: Read [\d,]+ items before the time limit/m],
  ])('--format %s shows the partial line, and exits 4', async (format, line) => {
    const io = slowSite();
    expect(await main(scan('--format', format, '--timeout', '20'), io)).toBe(4);
    expect(io.out()).toMatch(line);
  }, 60_000);

  it('--format csv stays plain rows (no comment line); the exit code and stderr carry the partial', async () => {
    const io = slowSite();
    expect(await main(scan('--format', 'csv', '--timeout', '20'), io)).toBe(4);
    expect(io.out().split('\r\n')[0]).toMatch(/^key,verdict,score/);
    expect(io.out()).not.toMatch(/partial/i);
    expect(io.err()).toMatch(/partial report \(exit 4\)/);
  }, 60_000);

  it('--fail-on still wins over a partial report when an item that was read fails the gate', async () => {
    const io = slowSite();
    const code = await main(scan('--format', 'json', '--timeout', '20', '--fail-on', 'gravity,zombie,ungrounded,unanchored,aligned,unplanned'), io);
    expect(code).toBe(1);
    expect(io.err()).toMatch(/partial report/);
  }, 60_000);

  it('a snapshot cut short is not written (it would replay as a whole report): exit 4', async () => {
    const io = slowSite();
    expect(await main(['snapshot', ...scan('--timeout', '20').slice(1), '--out', 'cut.json'], io)).toBe(4);
    expect(io.files.has('cut.json')).toBe(false);
    expect(io.err()).toMatch(/^factory-gravity: No snapshot written: Read [\d,]+ items before the time limit/);
  }, 60_000);

  it.each(['0', '1.5', 'soon', '86401'])('--timeout %s is refused with one line, exit 2', async (value) => {
    const io = fakeIo();
    expect(await main(['scan', '--sample', '--timeout', value], io)).toBe(2);
    expect(io.err()).toMatch(/^factory-gravity: --timeout: /);
    expect(io.err().trim().split('\n')).toHaveLength(1);
  });
});
