import { createJiraClient } from '../../src/jira/create-client';
import type { JiraClient } from '../../src/jira/client';
import { createSampleSite } from '../../src/jira/sample-site';
import { UNCHECKED_EVIDENCE } from '../../src/jira/evidence-mac';
import { deliveredSinceClause, readScopeOutcomes } from '../../src/services/read-scope-outcomes';
import { settingsOfProjects } from '../../src/services/project-settings';
import { readItemPanel } from '../../src/services/read-item-panel';
import { isAppError } from '../../src/shared/result';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';
import { fakeJira, type FakeIssue } from './fake-jira';

/**
 * The outcomes list over a scripted Jira (test/services/fake-jira.ts answers
 * every work-item search with every item given, whatever its clause: what
 * the list keeps is its own per-item check) and over the sample site.
 * Today is 2026-11-26; the default lookback (12 months) starts 2025-11-26;
 * an outcome is due 12 weeks after delivery.
 */

const TODAY = '2026-11-26';
const CLIN = { kind: 'project', projectKey: 'CLIN' } as const;
const status = (name: string, key: string) => ({ id: name === 'Done' ? '10003' : '10001', name, statusCategory: { key } });
const versions = {
  CLIN: [
    { id: '1', name: 'PI 26.2', startDate: '2026-07-01', releaseDate: '2026-09-30', released: true },
    { id: '2', name: 'PI 26.3', startDate: '2026-10-01', releaseDate: '2026-12-31', released: false },
  ],
};

const intoDone = (created: string) => ({
  id: `h-${created}`,
  created,
  items: [{ field: 'status', fieldtype: 'jira', fieldId: 'status', from: '10001', fromString: 'In Progress', to: '10003', toString: 'Done' }],
});

const adoption = (observedOn: string) => ({
  'factory-gravity.evidence': {
    schemaVersion: 2,
    revision: 1,
    records: [
      { id: 'a1', kind: 'adoption', source: { name: 'Usage analytics' }, observedOn, summary: 'Weekly active nurses', figure: 212, unit: 'users', addedBy: 'a', addedAt: `${observedOn}T09:00:00Z` },
    ],
  },
});

const retired = {
  'factory-gravity.decisions': {
    schemaVersion: 1,
    revision: 1,
    records: [
      {
        id: 'd1',
        version: 1,
        pi: 'PI 26.2',
        kind: 'retire',
        rationale: 'Replaced by the regional system; no more maintenance.',
        verdictAtDecision: 'delivered',
        decidedBy: { accountId: 'a', displayName: 'Dana Whitfield' },
        decidedAt: '2026-09-01T10:00:00.000Z',
      },
    ],
  },
};

const epic = (
  n: number,
  o: { done?: boolean; resolved?: string | null; histories?: unknown[]; properties?: Record<string, unknown>; project?: string | null },
): FakeIssue => ({
  id: String(1000 + n),
  key: `${o.project ?? 'CLIN'}-${n}`,
  fields: {
    summary: `Epic ${n}`,
    status: o.done === false ? status('In Progress', 'indeterminate') : status('Done', 'done'),
    issuetype: { name: 'Epic' },
    ...(o.project === null ? {} : { project: { key: o.project ?? 'CLIN' } }),
    fixVersions: [{ id: '1', name: 'PI 26.2' }],
    labels: [],
    issuelinks: [],
    resolutiondate: o.resolved ?? null,
  },
  properties: o.properties ?? {},
  histories: o.histories ?? [],
});

/** CLIN-1 overdue, CLIN-2 pending (from the changelog), CLIN-3 evidenced, CLIN-4 delivered before the lookback, CLIN-5 Done on an unknown day, CLIN-6 open, CLIN-7 delivered on the lookback's first day, CLIN-8 retired. */
const ITEMS: FakeIssue[] = [
  epic(1, { resolved: '2026-01-05T10:00:00.000+0000' }),
  epic(2, { histories: [intoDone('2026-10-01T15:30:00.000+0000')] }),
  epic(3, { resolved: '2026-03-02T10:00:00.000+0000', properties: adoption('2026-05-01') }),
  epic(4, { resolved: '2025-06-01T10:00:00.000+0000' }),
  epic(5, {}),
  epic(6, { done: false }),
  epic(7, { resolved: '2025-11-26T08:00:00.000+0000' }),
  epic(8, { resolved: '2026-02-02T10:00:00.000+0000', properties: retired }),
];

const outcomesOf = async (
  options: Parameters<typeof readScopeOutcomes>[4] = {},
  o: { settings?: Settings | ReturnType<typeof settingsOfProjects>; items?: FakeIssue[]; scope?: Parameters<typeof readScopeOutcomes>[2]; client?: (c: JiraClient) => JiraClient; truncate?: boolean } = {},
) => {
  const transport = fakeJira({ workItems: o.items ?? ITEMS, versions, truncateInlineChangelog: o.truncate ?? false });
  const client = createJiraClient(transport);
  const report = await readScopeOutcomes(o.client?.(client) ?? client, o.settings ?? DEFAULT_SETTINGS, o.scope ?? CLIN, TODAY, options);
  return { report, transport };
};

const listed = (report: Awaited<ReturnType<typeof outcomesOf>>['report']) => report.items.map((r) => [r.key, r.outcome.status, r.outcome.delivery?.on ?? null]);
const searchesOf = (transport: ReturnType<typeof fakeJira>) => transport.requests.filter((r) => r.path === '/rest/api/3/search/jql');

describe('readScopeOutcomes over a scripted Jira', () => {
  it('searches ONCE for Done items updated since the lookback, and lists those delivered since it, overdue first', async () => {
    const { report, transport } = await outcomesOf();
    expect(report.since).toBe('2025-11-26');
    expect(report.jql).toBe('(project = "CLIN") AND issuetype = "Epic" AND statusCategory = Done AND updated >= "2025-11-25" ORDER BY key ASC');
    expect(searchesOf(transport).map((s) => s.query?.['jql'])).toEqual([report.jql]);
    expect(searchesOf(transport)[0]?.query?.['expand']).toBe('changelog');
    expect(listed(report)).toEqual([
      ['CLIN-7', 'overdue', '2025-11-26'],
      ['CLIN-1', 'overdue', '2026-01-05'],
      ['CLIN-2', 'pending', '2026-10-01'],
      ['CLIN-5', 'pending', null],
      ['CLIN-3', 'evidenced', '2026-03-02'],
      ['CLIN-8', 'retired', '2026-02-02'],
    ]);
    expect(report.items.find((r) => r.key === 'CLIN-2')?.outcome.delivery).toEqual({ on: '2026-10-01', from: 'changelog' });
    expect(report.counts).toEqual({ overdue: 2, pending: 2, evidenced: 1, retired: 1 });
    expect(report.headline).toBe('2 of 6 items delivered since 26 November 2025 show no sign of use: zombie product candidates');
    expect(report).toMatchObject({ scopeLabel: 'project CLIN', today: TODAY, dueWeeks: 12, unreadable: [], evidenceChecked: false });
    expect(report).not.toHaveProperty('partial');
    expect(report).not.toHaveProperty('settingsWarning');
  });

  it('costs the site fields, the calendar and one search page per 100 items; a bulkfetch only for histories Jira cut short', async () => {
    const many = Array.from({ length: 250 }, (_, i) => epic(100 + i, { resolved: '2026-06-01T10:00:00.000+0000' }));
    const { report, transport } = await outcomesOf({}, { items: many });
    expect(report.items).toHaveLength(250);
    expect(transport.requests.map((r) => r.path)).toEqual([
      '/rest/api/3/field',
      '/rest/api/3/project/CLIN/version',
      '/rest/api/3/search/jql',
      '/rest/api/3/search/jql',
      '/rest/api/3/search/jql',
    ]);
    const cut = await outcomesOf({}, { items: many, truncate: true });
    expect(cut.transport.requests.filter((r) => r.path === '/rest/api/3/changelog/bulkfetch')).toHaveLength(1);
    expect(cut.transport.requests).toHaveLength(6);
  });

  it('a given since: delivered on that day is in, the day before out; an unknown delivery day is always in', async () => {
    const { report } = await outcomesOf({ since: '2026-03-02' });
    expect(report.jql).toContain(deliveredSinceClause('2026-03-02'));
    expect(listed(report)).toEqual([
      ['CLIN-2', 'pending', '2026-10-01'],
      ['CLIN-5', 'pending', null],
      ['CLIN-3', 'evidenced', '2026-03-02'],
    ]);
    expect(report.headline).toBe('No item delivered since 2 March is overdue: 1 evidenced, 2 pending');
  });

  it.each([
    ['2026-11-27', 'The outcomes list cannot start after today (2026-11-26): 2026-11-27 is in the future. Give a day on or before today.'],
    ['2026-02-30', 'The outcomes list starts on a day written like 2026-03-31; "2026-02-30" is not one.'],
  ])('since %s is refused as BAD_PAYLOAD before any request', async (since, message) => {
    const transport = fakeJira({ workItems: ITEMS, versions });
    const error: unknown = await readScopeOutcomes(createJiraClient(transport), DEFAULT_SETTINGS, CLIN, TODAY, { since }).catch((e: unknown) => e);
    expect(isAppError(error) && error.toBody()).toEqual({ code: 'BAD_PAYLOAD', message, issues: [{ path: ['since'], message }] });
    expect(transport.requests).toEqual([]);
  });

  it('since today is allowed: only what was delivered today, and the unknown days', async () => {
    const { report } = await outcomesOf({ since: TODAY });
    expect(listed(report)).toEqual([['CLIN-5', 'pending', null]]);
  });

  it('the default lookback and the due weeks are the scope settings; each item is due by its own project settings', async () => {
    const short = { ...DEFAULT_SETTINGS, outcome: { dueWeeks: 52, lookbackMonths: 3 } };
    const { report } = await outcomesOf({}, { settings: short });
    expect(report.since).toBe('2026-08-26');
    expect(report.dueWeeks).toBe(52);
    expect(listed(report)).toEqual([
      ['CLIN-2', 'pending', '2026-10-01'],
      ['CLIN-5', 'pending', null],
    ]);
    // CLIN-1 (delivered 5 January) is overdue after 12 weeks but pending after 52.
    const long = await outcomesOf({ since: '2025-12-01' }, { settings: { ...DEFAULT_SETTINGS, outcome: { dueWeeks: 52, lookbackMonths: 12 } } });
    expect(long.report.items.find((r) => r.key === 'CLIN-1')?.outcome).toMatchObject({ status: 'pending', dueOn: '2027-01-04' });
  });

  it('an empty list says what to do to see more', async () => {
    const { report } = await outcomesOf({}, { items: [epic(4, { resolved: '2025-06-01T10:00:00.000+0000' }), epic(6, { done: false })] });
    expect(report.items).toEqual([]);
    expect(report.counts).toEqual({ overdue: 0, pending: 0, evidenced: 0, retired: 0 });
    expect(report.headline).toMatch(/^No work item of this scope was delivered since 26 November 2025\. To look further back, raise the project setting outcome\.lookbackMonths/);
  });

  it('a JQL scope filters the items it already searched in memory: no second search', async () => {
    const { report, transport } = await outcomesOf({}, { scope: { kind: 'jql', jql: 'project = CLIN' } });
    expect(searchesOf(transport)).toHaveLength(1);
    expect(report.jql).toBe('(project = CLIN) AND issuetype = "Epic" ORDER BY key ASC');
    expect(report.items.map((r) => r.key)).toEqual(['CLIN-7', 'CLIN-1', 'CLIN-2', 'CLIN-5', 'CLIN-3', 'CLIN-8']);
  });

  it('only evidence and decisions the check trusts count: unsigned adoption evidence and retire records do not', async () => {
    const { report } = await outcomesOf({ evidenceCheck: () => 'unsigned' });
    expect(report.evidenceChecked).toBe(true);
    expect(report.items.find((r) => r.key === 'CLIN-3')?.outcome.status).toBe('overdue');
    expect(report.items.find((r) => r.key === 'CLIN-8')?.outcome.status).toBe('overdue');
    expect(report.counts).toEqual({ overdue: 4, pending: 2, evidenced: 0, retired: 0 });
    // Where no key can be had, records count as before and the list says they were not checked.
    expect((await outcomesOf({ evidenceCheck: UNCHECKED_EVIDENCE })).report).toMatchObject({ evidenceChecked: false, counts: { evidenced: 1, retired: 1 } });
  });

  it('an item Jira sent without its project is listed as unreadable, never guessed; an invalid stored setting is a warning', async () => {
    const withBroken = [...ITEMS, epic(9, { project: null })];
    const settings = settingsOfProjects(new Map([['CLIN', { settings: DEFAULT_SETTINGS, warning: 'The stored settings of CLIN are invalid: the defaults are used.' }]]));
    const { report } = await outcomesOf({}, { items: withBroken, settings });
    expect(report.unreadable).toEqual([{ key: 'CLIN-9', reason: 'Jira did not send the project or issue type of this item.' }]);
    expect(report.settingsWarning).toBe('The stored settings of CLIN are invalid: the defaults are used.');
    expect(report.items).toHaveLength(6);
  });

  it('stopped by the deadline: lists what was read and says how to see the rest', async () => {
    const many = Array.from({ length: 250 }, (_, i) => epic(100 + i, { resolved: '2026-06-01T10:00:00.000+0000' }));
    const stopping = (client: JiraClient): JiraClient => ({
      ...client,
      searchUntilDeadline: async (request) => {
        const all = await client.search(request);
        return { issues: all.slice(0, 100), complete: all.length <= 100 };
      },
    });
    const { report } = await outcomesOf({}, { items: many, client: stopping });
    expect(report.items).toHaveLength(100);
    expect(report.partial).toEqual({
      code: 'DEADLINE',
      itemsRead: 100,
      message: 'Read 100 items before the time limit; narrow the scope (a board or a project) to see all of them.',
    });
  });
});

describe('readScopeOutcomes over the sample site', () => {
  // The sample site answers `updated >=` once its delivered epics land (src/jira/sample-site/**, issue 12).
  it('lists only Done items, each with the outcome its panel shows', async () => {
    const site = createSampleSite({ today: TODAY });
    const client = createJiraClient(site.transport('alex'));
    const report = await readScopeOutcomes(client, DEFAULT_SETTINGS, CLIN, TODAY);
    expect(report.items.length).toBeGreaterThan(0);
    expect(report.items.every((r) => r.statusCategory === 'done' && r.outcome.status !== 'not-delivered')).toBe(true);
    for (const row of report.items) {
      const panel = await readItemPanel(createJiraClient(site.transport('alex')), DEFAULT_SETTINGS, row.key, TODAY, UNCHECKED_EVIDENCE);
      expect([row.key, panel.assessment.outcome]).toEqual([row.key, row.outcome]);
    }
  });

  it('the JQL scope and the project scope list the same items', async () => {
    const site = createSampleSite({ today: TODAY });
    const byProject = await readScopeOutcomes(createJiraClient(site.transport('alex')), DEFAULT_SETTINGS, CLIN, TODAY);
    const byJql = await readScopeOutcomes(createJiraClient(site.transport('alex')), DEFAULT_SETTINGS, { kind: 'jql', jql: 'project = CLIN' }, TODAY);
    expect(byJql.items.map((r) => [r.key, r.outcome.status])).toEqual(byProject.items.map((r) => [r.key, r.outcome.status]));
  });
});

describe('the delivered-since clause', () => {
  it('searches from the day before `since`, so a person in another time zone than the site misses no item delivered on it', () => {
    expect(deliveredSinceClause('2026-03-01')).toBe('statusCategory = Done AND updated >= "2026-02-28"');
    expect(deliveredSinceClause('2028-03-01')).toBe('statusCategory = Done AND updated >= "2028-02-29"');
    expect(deliveredSinceClause('2027-01-01')).toBe('statusCategory = Done AND updated >= "2026-12-31"');
  });
});
