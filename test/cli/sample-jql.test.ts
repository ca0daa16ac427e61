import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JsonReportSchema, type JsonReport } from '../../src/cli/json-report';
import { main } from '../../src/cli/main';
import { createSampleSite, INTENDED_OUTCOMES, manifestPropertyAliases } from '../../src/jira/sample-site';
import { rescoreSampleSite } from '../../src/preview/local-deps';
import { createMemoryKeyValueStore } from '../../src/storage/key-value-store';
import { fakeIo } from './fake-io';

/**
 * `scan --sample --jql` with the app's own JQL names: the sample site writes
 * every assessment property at start (the app's re-score), so each alias of
 * the README's JQL section finds exactly the items whose panel shows that
 * verdict or score.
 */
const TODAY = '2026-11-26';

const scan = async (args: string[]) => {
  const io = fakeIo();
  const code = await main(['scan', '--sample', '--today', TODAY, '--format', 'json', ...args], io);
  return { code, out: io.out(), err: io.err() };
};
const scanJson = async (args: string[]): Promise<JsonReport> => {
  const { code, out, err } = await scan(args);
  expect(err).toBe('');
  expect(code).toBe(0);
  return JsonReportSchema.parse(JSON.parse(out));
};

/** The README's "## JQL" section: its alias table and its example queries. */
const readmeJql = (() => {
  const readme = readFileSync(resolve(__dirname, '..', '..', 'README.md'), 'utf8');
  const section = readme.split(/^## JQL$/m)[1]?.split(/^## /m)[0] ?? '';
  const aliases = [...section.matchAll(/^\| (`gravity[^|]*)\|/gm)].flatMap((m) => [...(m[1] ?? '').matchAll(/`(gravity\w+)`/g)].map((a) => a[1] ?? ''));
  const examples = (section.split('```')[1] ?? '').split('\n').map((l) => l.trim()).filter((l) => l !== '');
  return { aliases, examples };
})();

type Item = JsonReport['items'][number];
/** What each README alias reads of an item, as the JSON report (the panel's assessment) shows it. */
const VALUE_OF: Readonly<Record<string, (item: Item) => string | number>> = {
  gravityVerdict: (i) => i.verdict,
  gravityScore: (i) => i.score,
  gravityStrategy: (i) => i.forces.strategy,
  gravityEvidence: (i) => i.forces.evidence,
  gravityDelivery: (i) => i.forces.delivery,
  gravityFreshEvidence: (i) => i.counts.freshEvidence,
  gravityLiveObjectives: (i) => i.counts.liveObjectives,
  gravityCarriedOver: (i) => i.carriedOver,
  gravityDecision: (i) => i.decision?.kind ?? 'none',
};

/**
 * Read from the outcome check, not from the PI reports (most delivered items are in a past PI, so in no
 * current or next PI report): checked below against the sample site's intended outcomes.
 */
const OUTCOME_ALIASES = ['gravityOutcome'];

const keysOf = (items: readonly Item[]): string[] => items.map((i) => i.key).sort();

describe('scan --sample --jql with the aliases of the README', () => {
  let itemsIn: Record<'current' | 'next', Item[]>;
  beforeAll(async () => {
    const of = async (pi: 'current' | 'next') =>
      [...(await scanJson(['--project', 'CLIN', '--pi', pi])).items, ...(await scanJson(['--project', 'PAT', '--pi', pi])).items];
    itemsIn = { current: await of('current'), next: await of('next') };
  });

  it('lists every alias manifest.yml declares, and the test knows how to read each', () => {
    expect(readmeJql.aliases).toEqual([...Object.keys(VALUE_OF), ...OUTCOME_ALIASES]);
    expect(new Set(readmeJql.aliases)).toEqual(new Set(manifestPropertyAliases().map((a) => a.alias)));
  });

  const cases: [string, string, (v: string | number) => boolean][] = [
    ['gravityVerdict', 'gravityVerdict = gravity', (v) => v === 'gravity'],
    ['gravityVerdict', 'gravityVerdict in (zombie, ungrounded)', (v) => v === 'zombie' || v === 'ungrounded'],
    ['gravityVerdict', 'gravityVerdict != aligned AND project in (CLIN, PAT)', (v) => v !== 'aligned'],
    ['gravityScore', 'gravityScore < 40', (v) => Number(v) < 40],
    ['gravityStrategy', 'gravityStrategy >= 50', (v) => Number(v) >= 50],
    ['gravityEvidence', 'gravityEvidence = 0', (v) => v === 0],
    ['gravityDelivery', 'gravityDelivery > 0', (v) => Number(v) > 0],
    ['gravityFreshEvidence', 'gravityFreshEvidence >= 1', (v) => Number(v) >= 1],
    ['gravityLiveObjectives', 'gravityLiveObjectives <= 0', (v) => Number(v) <= 0],
    ['gravityCarriedOver', 'gravityCarriedOver >= 1', (v) => Number(v) >= 1],
    ['gravityDecision', 'gravityDecision = keep', (v) => v === 'keep'],
    ['gravityDecision', 'gravityDecision in (keep, rejustify)', (v) => v === 'keep' || v === 'rejustify'],
  ];
  it.each(cases)('%s: %s', async (alias, jql, holds) => {
    const read = VALUE_OF[alias];
    if (read === undefined) throw new Error(`no reader for ${alias}`);
    let found = 0;
    for (const pi of ['current', 'next'] as const) {
      const report = await scanJson(['--jql', jql, '--pi', pi]);
      const expected = itemsIn[pi].filter((i) => holds(read(i)));
      expect(keysOf(report.items)).toEqual(keysOf(expected));
      for (const item of report.items) expect(holds(read(item))).toBe(true);
      found += report.items.length;
    }
    expect(found).toBeGreaterThan(0);
  });

  it('finds something for the verdicts the demo is built around', async () => {
    expect((await scanJson(['--jql', 'gravityVerdict = gravity'])).counts.gravity).toBeGreaterThan(0);
    expect((await scanJson(['--jql', 'gravityVerdict = zombie', '--pi', 'current'])).counts.zombie).toBeGreaterThan(0);
  });

  it.each(readmeJql.examples)('runs the README example %s', async (jql) => {
    const { code, err } = await scan(['--jql', jql]);
    expect(err).toBe('');
    expect(code).toBe(0);
  });

  it('orders by an alias, as the README example does', async () => {
    const site = createSampleSite({ today: TODAY });
    await rescoreSampleSite(site, createMemoryKeyValueStore(), TODAY);
    const response = await site.transport()({
      method: 'GET',
      path: '/rest/api/3/search/jql',
      query: { jql: 'gravityVerdict in (gravity, zombie) AND project = CLIN ORDER BY gravityScore ASC', properties: 'factory-gravity.assessment' },
    });
    const scores = (JSON.parse(response.body) as { issues: { properties: Record<string, { score: number }> }[] }).issues.map(
      (i) => i.properties['factory-gravity.assessment']?.score ?? -1,
    );
    expect(scores.length).toBeGreaterThan(1);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
  });

  it.each([
    ['gravityVerdikt = gravity', "Field 'gravityVerdikt' does not exist or you do not have permission to view it."],
    ['gravityVerdict > gravity', "The operator '>' is not supported by the 'gravityVerdict' field."],
    ['gravityScore = low', "The value 'low' for field 'gravityScore' is invalid"],
  ])('still refuses %s, naming the problem', async (jql, message) => {
    const { code, err } = await scan(['--jql', jql]);
    expect(code).not.toBe(0);
    expect(err).toContain(message);
  });

  it('writes every assessment well under a second, in a handful of requests', async () => {
    const site = createSampleSite({ today: TODAY });
    const outcome = await rescoreSampleSite(site, createMemoryKeyValueStore(), TODAY);
    // 73 = 44 + the two epics dropped from the current PI (src/jira/sample-site/data/governance.ts)
    // + 22 epics of the trend's past PIs + 5 candidates waiting (src/jira/sample-site/data/riverside-epics.ts).
    expect(outcome.scored).toBe(73);
    expect(outcome.written).toBe(73);
    expect(outcome.unreadable).toEqual([]);
    expect(outcome.ms).toBeLessThan(1000);
    expect(site.requests.length).toBeLessThanOrEqual(10);
  });
});

describe('gravityOutcome finds the items whose outcome check says so', () => {
  const site = createSampleSite({ today: TODAY });
  beforeAll(async () => {
    await rescoreSampleSite(site, createMemoryKeyValueStore(), TODAY);
  });
  const intended = (status: string, project?: string): string[] =>
    Object.entries(INTENDED_OUTCOMES)
      .filter(([key, s]) => s === status && (project === undefined || key.startsWith(`${project}-`)))
      .map(([key]) => key)
      .sort();
  const search = async (jql: string): Promise<string[]> => {
    const keys: string[] = [];
    let nextPageToken: string | undefined;
    do {
      const response = await site.transport()({ method: 'POST', path: '/rest/api/3/search/jql', body: { jql, maxResults: 100, fields: ['summary'], ...(nextPageToken === undefined ? {} : { nextPageToken }) } });
      expect(response.status).toBe(200);
      const page = JSON.parse(response.body) as { issues: { key: string }[]; nextPageToken?: string };
      keys.push(...page.issues.map((i) => i.key));
      nextPageToken = page.nextPageToken;
    } while (nextPageToken !== undefined);
    return keys.sort();
  };

  it.each(['overdue', 'pending', 'evidenced', 'retired', 'not-delivered'])('gravityOutcome = %s', async (status) => {
    const expected = intended(status);
    expect(expected.length).toBeGreaterThan(0);
    expect(await search(`gravityOutcome = ${status}`)).toEqual(expected);
  });

  it('runs the README example: overdue in CLIN, the dashboard nobody opens among them', async () => {
    const keys = await search('gravityOutcome = overdue AND project = CLIN');
    expect(keys).toEqual(intended('overdue', 'CLIN'));
    expect(keys).toContain('CLIN-32');
  });

  it('combines with the date fields as the outcomes service searches', async () => {
    const since = '2025-11-26';
    expect(await search(`gravityOutcome in (overdue, retired) AND statusCategory = Done AND updated >= "${since}" AND project = CLIN`)).toEqual(['CLIN-21', 'CLIN-32', 'CLIN-34']);
  });

  it('refuses an operator the string alias does not take', async () => {
    const response = await site.transport()({ method: 'GET', path: '/rest/api/3/search/jql', query: { jql: 'gravityOutcome > overdue' } });
    expect(response.status).toBe(400);
    expect(response.body).toContain("The operator '>' is not supported by the 'gravityOutcome' field.");
  });
});

describe('a JQL scope without its PI says which PI and why', () => {
  it('names the PI and that no work item matched', async () => {
    const report = await scanJson(['--jql', 'gravityVerdict = nosuchverdict']);
    expect(report.pi).toBeNull();
    expect(report.headline).toBe('No next PI found: the scope holds no work items, so there is no project whose PI calendar could be read');
  });

  it("names the project whose calendar has no such PI", async () => {
    // STRAT has no PI versions: its objectives are the work items here (a work-item type through --settings).
    const io = fakeIo({ files: { 's.json': JSON.stringify({ workItemTypes: ['Objective', 'Initiative'] }) } });
    const code = await main(['scan', '--sample', '--today', TODAY, '--format', 'json', '--settings', 's.json', '--jql', 'project = STRAT'], io);
    const out = io.out();
    expect(io.err()).toBe('');
    expect(code).toBe(0);
    const report = JsonReportSchema.parse(JSON.parse(out));
    expect(report.headline).toBe("No next PI found in project STRAT's calendar: there is no version matching \\bPI\\b with a release date");
  });
});
