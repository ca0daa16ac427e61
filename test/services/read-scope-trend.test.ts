import { createJiraClient } from '../../src/jira/create-client';
import { createSampleSite, generateLargeSite } from '../../src/jira/sample-site';
import { readScopeTrend } from '../../src/services/read-scope-trend';
import type { Baseline, BaselineItem } from '../../src/shared/baseline';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';
import { fakeJira, type FakeIssue } from './fake-jira';

/**
 * The trend over a scripted Jira (test/services/fake-jira.ts answers every
 * work-item search with the items given; the JQL the trend sent is checked
 * from the recorded requests). Today PI 26.3 runs; PI 26.2 is past, PI 27.1 next.
 */

const TODAY = '2026-11-26';
const status = (name: string, key: string) => ({ name, statusCategory: { key } });
const V = { '26.2': { id: '1', name: 'PI 26.2' }, '26.3': { id: '2', name: 'PI 26.3' }, '27.1': { id: '3', name: 'PI 27.1' } } as const;
const versions = {
  CLIN: [
    { ...V['26.2'], startDate: '2026-07-01', releaseDate: '2026-09-30', released: true },
    { ...V['26.3'], startDate: '2026-10-01', releaseDate: '2026-12-31', released: false },
    { ...V['27.1'], startDate: '2027-01-01', releaseDate: '2027-03-31', released: false },
  ],
};

type VersionKey = keyof typeof V;
/** One changelog entry moving the item's fix versions. */
const moved = (id: string, created: string, from: readonly VersionKey[], to: readonly VersionKey[]) => ({
  id,
  created,
  items: [
    ...from.map((v) => ({ field: 'Fix Version', fieldtype: 'jira', fieldId: 'fixVersions', from: V[v].id, fromString: V[v].name, to: null, toString: null })),
    ...to.map((v) => ({ field: 'Fix Version', fieldtype: 'jira', fieldId: 'fixVersions', from: null, fromString: null, to: V[v].id, toString: V[v].name })),
  ],
});

const linked = [{ type: { name: 'Supports' }, outwardIssue: { key: 'STRAT-1', fields: { summary: 'Safer handovers', issuetype: { name: 'Objective' }, status: status('Open', 'new') } } }];
const objective: FakeIssue = {
  id: '900',
  key: 'STRAT-1',
  fields: { summary: 'Safer handovers', status: status('Open', 'new'), issuetype: { name: 'Objective' }, duedate: '2027-06-30', project: { key: 'STRAT' } },
};
const evidenceAdded = (addedAt: string) => ({
  'factory-gravity.evidence': {
    schemaVersion: 2,
    revision: 1,
    records: [{ id: 'e1', kind: 'interview', source: { name: 'Ward 4B' }, observedOn: '2026-08-01', summary: 'Handover pain', addedBy: 'a', addedAt }],
  },
});

const epic = (n: number, o: { now: readonly VersionKey[]; size: number | null; histories?: unknown[]; extra?: Record<string, unknown>; properties?: Record<string, unknown> }): FakeIssue => ({
  id: String(1000 + n),
  key: `CLIN-${n}`,
  fields: {
    summary: `Epic ${n}`,
    status: status('To Do', 'new'),
    issuetype: { name: 'Epic' },
    project: { key: 'CLIN' },
    fixVersions: o.now.map((v) => V[v]),
    labels: [],
    issuelinks: [],
    customfield_10016: o.size,
    ...o.extra,
  },
  properties: o.properties ?? {},
  histories: o.histories ?? [],
});

/** CLIN-1 moved 26.2 → 26.3 while 26.2 ran, evidence added after 26.2 started; CLIN-2 left 26.3 before it started; CLIN-3 left 26.3 while it ran; CLIN-4 stayed in 26.2. */
const ITEMS: FakeIssue[] = [
  epic(1, { now: ['26.3'], size: 5, histories: [moved('h1', '2026-08-10T09:00:00.000+0000', ['26.2'], ['26.3'])], extra: { issuelinks: linked }, properties: evidenceAdded('2026-08-20T00:00:00Z') }),
  epic(2, { now: ['27.1'], size: 1, histories: [moved('h2', '2026-09-20T09:00:00.000+0000', ['26.3'], ['27.1'])] }),
  epic(3, { now: [], size: 2, histories: [moved('h3', '2026-10-20T09:00:00.000+0000', ['26.3'], [])] }),
  epic(4, { now: ['26.2'], size: 3 }),
];

const trendOf = async (options: Parameters<typeof readScopeTrend>[4] = {}, settings: Settings = DEFAULT_SETTINGS, items = ITEMS) => {
  const transport = fakeJira({ workItems: items, others: [objective], versions });
  const trend = await readScopeTrend(createJiraClient(transport), settings, { kind: 'project', projectKey: 'CLIN' }, TODAY, options);
  return { trend, transport };
};

const pointOf = (trend: Awaited<ReturnType<typeof trendOf>>['trend'], name: string) => {
  const point = trend.points.find((p) => p.pi.name === name);
  if (point === undefined) throw new Error(`no point for ${name}`);
  return point;
};

const baselineItem = (key: string, verdict: BaselineItem['verdict'], size?: number): BaselineItem => ({
  key,
  summary: key,
  verdict,
  score: 10,
  forces: { strategy: 0, evidence: 0, delivery: 100 },
  findings: [],
  counts: { objectives: 0, liveObjectives: 0, evidence: 0, freshEvidence: 0 },
  decision: null,
  ...(size === undefined ? {} : { size }),
});

describe('readScopeTrend: reconstructed from the items history', () => {
  it('searches once with fixVersion WAS IN across every PI of the trend', async () => {
    const { trend, transport } = await trendOf();
    expect(trend.jql).toBe('(project = "CLIN") AND issuetype = "Epic" AND fixVersion WAS IN ("PI 26.2", "PI 26.3", "PI 27.1") ORDER BY key ASC');
    const searches = transport.requests.filter((r) => r.path === '/rest/api/3/search/jql');
    // The work items (changelog inline) and the objectives.
    expect(searches.map((s) => s.query?.['jql'])).toEqual([trend.jql, expect.stringContaining('STRAT-1')]);
    expect(searches[0]?.query?.['expand']).toBe('changelog');
    expect(trend.points.map((p) => [p.pi.name, p.role, p.source])).toEqual([
      ['PI 26.2', 'past', 'reconstructed'],
      ['PI 26.3', 'current', 'reconstructed'],
      ['PI 27.1', 'next', 'reconstructed'],
    ]);
    expect(trend.unit).toBe('points');
  });

  it('an item moved between PIs counts in both, as it stood at each start; evidence added later counts only later', async () => {
    const { trend } = await trendOf();
    const past = pointOf(trend, 'PI 26.2');
    // CLIN-1 (5 points, ungrounded then: the evidence was added after 26.2 began) and CLIN-4 (3 points, gravity).
    expect(past).toMatchObject({ asOf: '2026-07-01', total: 2, carriedOut: 1, gravityShare: 38, alignedShare: 0 });
    expect(past.counts).toMatchObject({ ungrounded: 1, gravity: 1, aligned: 0 });
    const current = pointOf(trend, 'PI 26.3');
    // CLIN-1 aligned (5), CLIN-3 gravity (2, removed while the PI ran); CLIN-2 left before the start.
    expect(current).toMatchObject({ asOf: '2026-10-01', total: 2, gravityShare: 29, alignedShare: 71, carriedOut: 0 });
    expect(current.capacity).toMatchObject({ total: 7, unit: 'points' });
  });

  it('the next PI holds what is planned in it today', async () => {
    const { trend } = await trendOf();
    expect(pointOf(trend, 'PI 27.1')).toMatchObject({ asOf: TODAY, total: 1, carriedOut: 0, gravityShare: 100 });
  });

  it('says every point is reconstructed when no baselines can be read', async () => {
    const { trend } = await trendOf();
    expect(trend.notes).toContain("No committed baselines could be read here (they live in the app's storage in Jira): every point is reconstructed from the items' history.");
    expect(trend.evidenceChecked).toBe(false);
  });

  it('labels carry no searchable history: the scope is read without a PI clause and filtered in memory', async () => {
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      pi: { source: 'labelPrefix', prefix: 'PI-', calendar: [{ name: '26.3', startDate: '2026-10-01', endDate: '2026-12-31' }, { name: '27.1', startDate: '2027-01-01', endDate: '2027-03-31' }] },
    };
    const labelled = [epic(1, { now: [], size: 1, extra: { labels: ['PI-26.3'] } }), epic(2, { now: [], size: 1, extra: { labels: ['PI-27.1'] } }), epic(3, { now: [], size: 1 })];
    const { trend } = await trendOf({}, settings, labelled);
    expect(trend.jql).toBe('(project = "CLIN") AND issuetype = "Epic" ORDER BY key ASC');
    expect(trend.points.map((p) => [p.pi.name, p.total])).toEqual([
      ['26.3', 1],
      ['27.1', 1],
    ]);
    expect(trend.notes.some((n) => n.startsWith('The PIs come from labels'))).toBe(true);
  });
});

describe('readScopeTrend: committed beats reconstructed', () => {
  const committedPi262 = (items: BaselineItem[], capacityUnit?: Baseline['capacityUnit']): Baseline => ({
    projectKey: 'CLIN',
    pi: { name: 'PI 26.2', startDate: '2026-07-01', endDate: '2026-09-30' },
    version: 3,
    committedAt: '2026-06-29T08:00:00.000Z',
    committedBy: { accountId: 'a', displayName: 'Alex' },
    itemCount: items.length,
    items,
    ...(capacityUnit === undefined ? {} : { capacityUnit }),
  });

  it('a PI with a baseline takes its verdicts and sizes; carry-overs still come from history', async () => {
    const asked: string[] = [];
    const { trend } = await trendOf({
      committed: async (projectKey, piName) => {
        asked.push(`${projectKey}/${piName}`);
        return piName === 'PI 26.2' ? committedPi262([baselineItem('CLIN-1', 'aligned', 6), baselineItem('CLIN-4', 'aligned', 2), baselineItem('CLIN-9', 'gravity', 2)], 'points') : null;
      },
    });
    expect(asked).toEqual(['CLIN/PI 26.2', 'CLIN/PI 26.3', 'CLIN/PI 27.1']);
    expect(pointOf(trend, 'PI 26.2')).toMatchObject({ source: 'committed', baselineVersion: 3, asOf: '2026-06-29', total: 3, alignedShare: 80, gravityShare: 20, carriedOut: 1 });
    expect(pointOf(trend, 'PI 26.3').source).toBe('reconstructed');
    expect(trend.notes.some((n) => n.startsWith('No committed baselines'))).toBe(false);
  });

  it('an old baseline without sizes is sized with today\'s sizes of the same items, and a note says so', async () => {
    const { trend } = await trendOf({ committed: async (_p, piName) => (piName === 'PI 26.2' ? committedPi262([baselineItem('CLIN-1', 'aligned'), baselineItem('CLIN-4', 'gravity')]) : null) });
    // Today: CLIN-1 is 5 points, CLIN-4 3.
    expect(pointOf(trend, 'PI 26.2')).toMatchObject({ source: 'committed', alignedShare: 63, gravityShare: 38 });
    expect(trend.notes).toContain("PI 26.2: its baseline (version 3) kept no sizes, so its capacity uses today's sizes of the same items.");
  });

  it('a board or JQL scope is never committed', async () => {
    const transport = fakeJira({ workItems: ITEMS, others: [objective], versions });
    const committed = jest.fn(async () => null);
    const trend = await readScopeTrend(createJiraClient(transport), DEFAULT_SETTINGS, { kind: 'jql', jql: 'project = CLIN' }, TODAY, { committed });
    expect(committed).not.toHaveBeenCalled();
    expect(trend.points.every((p) => p.source === 'reconstructed')).toBe(true);
    expect(trend.notes).toContain('JQL scopes are reconstructed only: baselines are kept per project.');
  });
});

describe('readScopeTrend: request economy', () => {
  it.each([150, 1000])('%i items on the sample engine: one search of ceil(N/100) pages, not a scan per PI', async (epics) => {
    const site = generateLargeSite({ today: TODAY, epics, seed: 11 });
    const transport = site.transport();
    const requests: string[] = [];
    const counting = async (request: Parameters<typeof transport>[0]) => {
      requests.push(request.path);
      return transport(request);
    };
    // The generated site's epics are in projects EA, EB, ... (5,000 each).
    const trend = await readScopeTrend(createJiraClient(counting), DEFAULT_SETTINGS, { kind: 'project', projectKey: 'EA' }, TODAY);
    expect(trend.jql).toContain('fixVersion WAS IN');
    expect(trend.points.length).toBeGreaterThan(2);
    expect(trend.points.reduce((n, p) => n + p.total, 0)).toBeGreaterThan(epics / 2);
    const searches = requests.filter((p) => p === '/rest/api/3/search/jql').length;
    const bulk = requests.filter((p) => p === '/rest/api/3/changelog/bulkfetch').length;
    // The work-item pages plus the objective searches (one per 100 objective keys and level): far fewer than a scan per PI.
    expect(searches).toBeLessThanOrEqual(Math.ceil(epics / 100) + Math.ceil(epics / 100) + 2);
    expect(bulk).toBeLessThanOrEqual(Math.ceil(epics / 1000));
  });
});

describe('readScopeTrend: cut short by the deadline', () => {
  it('says how much was read', async () => {
    const transport = fakeJira({ workItems: ITEMS, others: [objective], versions });
    const client = createJiraClient(transport);
    const stopping = { ...client, searchUntilDeadline: async (request: Parameters<typeof client.search>[0]) => ({ issues: (await client.search(request)).slice(0, 2), complete: false }) };
    const trend = await readScopeTrend(stopping, DEFAULT_SETTINGS, { kind: 'project', projectKey: 'CLIN' }, TODAY);
    expect(trend.partial).toMatchObject({ code: 'DEADLINE', itemsRead: 2 });
  });
});

describe("the sample site's JQL: fixVersion WAS and WAS IN (what the trend searches with)", () => {
  const site = createSampleSite({ today: TODAY });
  const keys = async (jql: string) => (await createJiraClient(site.transport()).search({ jql, fields: ['summary'] })).map((i) => i.key);

  it('finds the items that hold a version now or held it once', async () => {
    const now = await keys('project = CLIN AND fixVersion = "PI 26.3"');
    const ever = await keys('project = CLIN AND fixVersion WAS "PI 26.3"');
    expect(ever).toEqual(expect.arrayContaining(now));
    // Some CLIN items left PI 26.3 (carried over, or dropped).
    expect(ever.length).toBeGreaterThan(now.length);
    const either = await keys('project = CLIN AND fixVersion WAS IN ("PI 26.3", "PI 26.4")');
    expect(either).toEqual(expect.arrayContaining([...ever, ...(await keys('project = CLIN AND fixVersion WAS "PI 26.4"'))]));
  });

  it.each([
    ['labels WAS "x"', "The operator 'WAS' is not supported by the 'labels' field."],
    ['fixVersion WAS NOT "PI 26.3"', "history operator 'WAS'"],
    ['fixVersion CHANGED', "history operator 'CHANGED'"],
    ['fixVersion WAS IN "PI 26.3"', "'(' or a function"],
    ['fixVersion WAS ("PI 26.3")', 'a value'],
    ['fixVersion WAS "No such PI"', "The value 'No such PI' does not exist for the field 'fixVersion'."],
    ['fixVersion WAS "PI 26.3" BEFORE "2026-10-01"', 'BEFORE'],
  ])('%s stays a loud error', async (jql, message) => {
    await expect(keys(`project = CLIN AND ${jql}`)).rejects.toThrow(message);
  });
});
