import { main } from '../../src/cli/main';
import { BASELINE_CSV_COLUMNS } from '../../src/shared/baseline-export';
import { fakeIo } from './fake-io';

/** The sample's app storage holds a committed baseline of CLIN's current PI (src/preview/sample-app-storage.ts), none of the next. */
const run = async (pi: 'current' | 'next', ...args: string[]) => {
  const io = fakeIo();
  const code = await main(['baseline', '--sample', '--project', 'CLIN', '--pi', pi, '--today', '2026-11-26', ...args], io);
  return { code, out: io.out(), err: io.err() };
};

interface BaselineJson {
  committed: boolean;
  version: number | null;
  committedBy: { displayName: string } | null;
  items: { key: string }[];
  drift: { added: { key: string }[]; removed: { key: string }[]; worsened: { key: string }[]; evidenceExpired: { key: string }[] } | null;
}

describe('factory-gravity baseline over the sample site', () => {
  it('prints the committed baseline of the current PI and its drift since commit, in JSON', async () => {
    const { code, out } = await run('current', '--format', 'json');
    expect(code).toBe(0);
    const json = JSON.parse(out) as BaselineJson;
    expect(json).toMatchObject({ committed: true, version: 1, committedBy: { displayName: 'Alex Rivera' } });
    expect(json.items.map((i) => i.key)).toContain('CLIN-26');
    expect(json.drift?.added.map((i) => i.key)).toEqual(['CLIN-19', 'CLIN-20']);
    expect(json.drift?.removed.map((i) => i.key)).toEqual(['CLIN-26']);
    expect(json.drift?.worsened.map((i) => i.key)).toEqual(['CLIN-17']);
    expect(json.drift?.evidenceExpired.map((i) => i.key)).toEqual(['CLIN-17']);
  });

  it('prints the next PI as it would be committed, labelled not committed', async () => {
    const { code, out } = await run('next', '--format', 'json');
    expect(code).toBe(0);
    const json = JSON.parse(out) as BaselineJson;
    expect(json).toMatchObject({ committed: false, version: null, drift: null });
    expect(json.items.length).toBeGreaterThan(0);
    expect((await run('next', '--format', 'markdown')).out).toMatch(/^# PI baseline: CLIN .*\n\n\*\*Not committed:\*\*/);
    expect((await run('next', '--format', 'table')).out).toContain('NOT COMMITTED');
  });

  it('prints markdown, csv and table of the committed one', async () => {
    expect((await run('current', '--format', 'markdown')).out).toContain('## Drift since commit');
    expect((await run('current', '--format', 'csv')).out.split('\r\n')[0]).toBe(BASELINE_CSV_COLUMNS.join(','));
    expect((await run('current', '--format', 'table')).out).not.toContain('NOT COMMITTED');
  });

  it('refuses an unknown --version with exit 2', async () => {
    const { code, err } = await run('current', '--version', '3');
    expect(code).toBe(2);
    expect(err).toContain('There is no version 3');
  });
});

describe('scan JSON baseline field', () => {
  const scanJson = async (pi: string) => {
    const io = fakeIo();
    expect(await main(['scan', '--sample', '--project', 'CLIN', '--pi', pi, '--today', '2026-11-26', '--format', 'json'], io)).toBe(0);
    return JSON.parse(io.out()) as { baseline: { version: number; drift: { added: { key: string }[] } } | null };
  };

  it('carries the committed baseline and its drift for the current PI', async () => {
    const { baseline } = await scanJson('current');
    expect(baseline?.version).toBe(1);
    expect(baseline?.drift.added.map((i) => i.key)).toEqual(['CLIN-19', 'CLIN-20']);
  });

  it('is null for a PI without a committed baseline', async () => {
    expect((await scanJson('next')).baseline).toBeNull();
  });
});
