import { formatTrend } from '../../src/cli/format-trend';
import { main } from '../../src/cli/main';
import { createSampleSite } from '../../src/jira/sample-site';
import { VERDICTS } from '../../src/shared/assessment';
import type { ScopeTrend, TrendPoint } from '../../src/shared/trend';
import { parseCsv } from './csv-parse';
import { fakeIo } from './fake-io';
import { fetchFromTransport } from './site-fetch';

const TODAY = '2026-11-26';

const run = async (...args: string[]) => {
  const io = fakeIo({ env: { JIRA_API_TOKEN: 'token' }, fetch: fetchFromTransport(createSampleSite({ today: TODAY }).transport()) });
  const code = await main(['trend', '--today', TODAY, ...args], io);
  return { code, out: io.out(), err: io.err() };
};

describe('factory-gravity trend over the sample site', () => {
  it('prints one JSON point per PI, oldest first, committed where the sample storage holds a baseline', async () => {
    const { code, out, err } = await run('--sample', '--project', 'CLIN', '--format', 'json');
    expect(err).toBe('');
    expect(code).toBe(0);
    const trend = JSON.parse(out) as ScopeTrend;
    expect(trend.scopeLabel).toBe('project CLIN');
    expect(trend.jql).toContain('fixVersion WAS IN (');
    const roles = trend.points.map((p) => p.role);
    expect(roles.filter((r) => r === 'current')).toHaveLength(1);
    expect(roles[roles.length - 1]).toBe('next');
    const starts = trend.points.map((p) => p.pi.startDate);
    expect(starts).toEqual([...starts].sort());
    // The sample's app storage has a committed baseline of the current PI (src/preview/sample-app-storage.ts).
    expect(trend.points.find((p) => p.role === 'current')).toMatchObject({ source: 'committed', baselineVersion: 1 });
    expect(trend.points.some((p) => p.source === 'reconstructed')).toBe(true);
  });

  it('a real site has no app storage in reach: every point is reconstructed, and a note says why', async () => {
    const { code, out } = await run('--site', 'https://example.atlassian.net', '--email', 'a@example.org', '--project', 'CLIN', '--format', 'json');
    expect(code).toBe(0);
    const trend = JSON.parse(out) as ScopeTrend;
    expect(trend.points.length).toBeGreaterThan(1);
    expect(trend.points.every((p) => p.source === 'reconstructed')).toBe(true);
    expect(trend.notes.some((n) => n.startsWith('No committed baselines could be read here'))).toBe(true);
  });

  it('a table row per PI with its dates, source, verdict counts, shares and carry-overs; notes below', async () => {
    const { code, out } = await run('--sample', '--project', 'CLIN');
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toBe(`Trend across PIs: project CLIN · today ${TODAY} · shares of points`);
    expect(lines[2]).toMatch(/^PI +Dates +Role +Source +As of +Items +gravity +zombie .* Gravity share +Aligned share +Carried out$/);
    expect(lines.some((l) => /^\S.* current +committed v1 /.test(l))).toBe(true);
    expect(out).toContain('Note: Reconstructed points show each item as it stood');
  });

  it('a board scope is reconstructed only', async () => {
    const { code, out } = await run('--sample', '--board', '1', '--format', 'json');
    expect(code).toBe(0);
    const trend = JSON.parse(out) as ScopeTrend;
    expect(trend.points.every((p) => p.source === 'reconstructed')).toBe(true);
    expect(trend.notes).toContain('Board scopes are reconstructed only: baselines are kept per project.');
  });

  it('refuses --pi: the trend chooses its PIs', async () => {
    const { code, err } = await run('--sample', '--project', 'CLIN', '--pi', 'next');
    expect(code).toBe(2);
    expect(err).toContain('--pi: the trend shows the last PIs');
  });

  it('refuses an unknown format', async () => {
    const { code, err } = await run('--sample', '--format', 'xml');
    expect(code).toBe(2);
    expect(err).toContain('--format');
  });
});

const point = (over: Partial<TrendPoint> = {}): TrendPoint => ({
  pi: { name: '=PI 26.3', startDate: '2026-10-01', endDate: '2026-12-31' },
  role: 'current',
  source: 'committed',
  baselineVersion: 2,
  asOf: '2026-09-30',
  total: 3,
  counts: { gravity: 1, zombie: 0, ungrounded: 0, unanchored: 0, aligned: 2, delivered: 0, unplanned: 0 },
  capacity: { unit: 'points', field: null, total: 10, byVerdict: { gravity: 6, zombie: 0, ungrounded: 0, unanchored: 0, aligned: 4, delivered: 0, unplanned: 0 }, unsized: [] },
  carriedOut: 1,
  alignedShare: 40,
  gravityShare: 60,
  ...over,
});

const trend = (points: TrendPoint[]): ScopeTrend => ({
  scopeLabel: 'project CLIN',
  jql: 'project = "CLIN" | x',
  today: TODAY,
  unit: 'points',
  points,
  unreadable: [],
  notes: ['A *note*.'],
  evidenceChecked: true,
});

describe('formatTrend', () => {
  it('csv: a header and one row per PI; a PI name a spreadsheet would run is quoted off', () => {
    const rows = parseCsv(formatTrend(trend([point(), point({ pi: { name: 'PI 27.1', startDate: '2027-01-01', endDate: '2027-03-31' }, role: 'next', source: 'reconstructed', baselineVersion: null, alignedShare: null, gravityShare: null })]), 'csv'));
    expect(rows[0]?.slice(0, 8)).toEqual(['pi', 'start', 'end', 'role', 'source', 'baseline_version', 'as_of', 'items']);
    expect(rows[0]).toHaveLength(8 + VERDICTS.length + 2 + VERDICTS.length + 4);
    expect(rows).toHaveLength(3);
    expect(rows[1]?.[0]).toBe("'=PI 26.3");
    expect(rows[1]?.slice(-3)).toEqual(['60', '40', '1']);
    expect(rows[2]?.slice(-3)).toEqual(['', '', '1']);
  });

  it('markdown: a table row per PI, text escaped, notes as a list', () => {
    const out = formatTrend(trend([point()]), 'markdown');
    expect(out).toContain('| PI | Dates | Role | Source | As of | Items |');
    expect(out).toContain('| committed v2 | 2026-09-30 | 3 | 1 | 0 |');
    expect(out).toContain('60% | 40% | 1 |');
    expect(out).toContain('- A \\*note\\*.');
    expect(out).toContain('JQL: project = "CLIN" \\| x');
  });

  it('json: the ScopeTrend as is', () => {
    const t = trend([point()]);
    expect(JSON.parse(formatTrend(t, 'json'))).toEqual(t);
  });

  it('table: says so when there is no PI, and names a partial read', () => {
    const out = formatTrend({ ...trend([]), partial: { code: 'DEADLINE', message: 'Read 200 items before the time limit.', itemsRead: 200 } }, 'table');
    expect(out).toContain('No PIs to show.');
    expect(out).toContain('Partial trend: Read 200 items before the time limit.');
  });
});
