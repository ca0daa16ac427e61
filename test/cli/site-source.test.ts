import { JsonReportSchema } from '../../src/cli/json-report';
import { main } from '../../src/cli/main';
import { createSampleSite } from '../../src/jira/sample-site';
import { fakeIo } from './fake-io';
import { fetchFromTransport } from './site-fetch';

const TODAY = '2026-11-26';

/** The sample site over HTTP, as a real Jira Cloud site would answer; `seen` collects each request. */
const sampleFetch = (seen: string[]): typeof fetch => fetchFromTransport(createSampleSite({ today: TODAY }).transport(), (r) => seen.push(r));

describe('--site against a Jira that answers', () => {
  it('gives the same report as --sample, and a snapshot of it replays offline', async () => {
    const seen: string[] = [];
    const io = fakeIo({ env: { JIRA_API_TOKEN: 'token' }, fetch: sampleFetch(seen) });
    const site = ['--site', 'https://riverside.atlassian.net', '--email', 'rte@riverside.org', '--project', 'CLIN', '--today', TODAY];

    expect(await main(['scan', ...site, '--format', 'json'], io)).toBe(0);
    const live = JsonReportSchema.parse(JSON.parse(io.out()));
    expect(seen.every((s) => s.includes('riverside.atlassian.net/rest/'))).toBe(true);

    const sample = fakeIo();
    await main(['scan', '--sample', '--today', TODAY, '--format', 'json'], sample);
    // The same report, except that a real site's evidence signatures cannot be checked from the CLI.
    expect(live.evidenceChecked).toBe(false);
    expect(JsonReportSchema.parse(JSON.parse(sample.out())).evidenceChecked).toBe(true);
    expect({ ...live, evidenceChecked: true }).toEqual(JSON.parse(sample.out()));

    expect(await main(['snapshot', ...site, '--out', 'site.json'], io)).toBe(0);
    const file = JSON.parse(io.files.get('site.json') ?? '{}') as { site: string };
    expect(file.site).toBe('riverside.atlassian.net');
    expect(io.files.get('site.json')).not.toContain('token');

    const offline = fakeIo({ files: { 'site.json': io.files.get('site.json') ?? '' } });
    expect(await main(['scan', '--snapshot', 'site.json', '--format', 'json'], offline)).toBe(0);
    expect(JSON.parse(offline.out())).toEqual(live);
  });

  it('says in the table and in Markdown that evidence signatures were not checked, and --sample does not', async () => {
    const site = ['--site', 'https://riverside.atlassian.net', '--email', 'rte@riverside.org', '--project', 'CLIN', '--today', TODAY];
    for (const format of ['table', 'markdown']) {
      const io = fakeIo({ env: { JIRA_API_TOKEN: 'token' }, fetch: sampleFetch([]) });
      expect(await main(['scan', ...site, '--format', format], io)).toBe(0);
      expect(io.out()).toContain('Evidence not checked');
      const sample = fakeIo();
      expect(await main(['scan', '--sample', '--today', TODAY, '--format', format], sample)).toBe(0);
      expect(sample.out()).not.toContain('Evidence not checked');
    }
  });
});
