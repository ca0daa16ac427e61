import { UNCHECKED_EVIDENCE } from '../../src/jira/evidence-mac';
import { createJiraClient } from '../../src/jira/create-client';
import { readScopeReport } from '../../src/services/read-scope-report';
import { readItemPanel } from '../../src/services/read-item-panel';
import { AppError } from '../../src/shared/result';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { fakeJira, type FakeIssue } from './fake-jira';

const TODAY = '2026-11-26';
const status = (name: string, key: string) => ({ name, statusCategory: { key } });

const versions = {
  CLIN: [
    { id: '1', name: 'PI 26.3', startDate: '2026-07-13', releaseDate: '2026-10-04', released: true },
    { id: '2', name: 'PI 26.4', startDate: '2026-10-05', releaseDate: '2026-12-27', released: false },
    { id: '3', name: 'PI 27.1', startDate: '2026-12-28', releaseDate: '2027-03-21', released: false },
  ],
};

const objective: FakeIssue = {
  id: '900',
  key: 'STRAT-1',
  fields: { summary: 'Safer handovers', status: status('Open', 'new'), issuetype: { name: 'Objective' }, duedate: '2027-06-30', project: { key: 'STRAT' } },
};

const epic = (n: number, extra: Record<string, unknown> = {}, properties: Record<string, unknown> = {}): FakeIssue => ({
  id: String(1000 + n),
  key: `CLIN-${n}`,
  fields: {
    summary: `Epic ${n}`,
    status: status('To Do', 'new'),
    issuetype: { name: 'Epic' },
    project: { key: 'CLIN' },
    fixVersions: [{ id: '3', name: 'PI 27.1' }],
    labels: [],
    issuelinks: [],
    ...extra,
  },
  properties,
  histories: [],
});

const linked = {
  issuelinks: [{ type: { name: 'Supports' }, outwardIssue: { key: 'STRAT-1', fields: { summary: 'Safer handovers', issuetype: { name: 'Objective' }, status: status('Open', 'new') } } }],
};
const evidence = {
  'factory-gravity.evidence': {
    schemaVersion: 2,
    revision: 1,
    records: [
      { id: 'e1', kind: 'interview', source: { name: 'Ward 4B' }, observedOn: '2026-09-01', summary: 'Handover pain', addedBy: 'a', addedAt: '2026-09-02T00:00:00Z' },
    ],
  },
};

describe('readScopeReport over a scripted Jira', () => {
  it('reads 250 items in ceil(250/100) searches plus versions and objectives, histories inline, worst first', async () => {
    const items = Array.from({ length: 250 }, (_, i) => (i % 2 === 0 ? epic(i + 1) : epic(i + 1, linked, evidence)));
    const transport = fakeJira({ workItems: items, others: [objective], versions });
    const report = await readScopeReport(createJiraClient(transport), DEFAULT_SETTINGS, { kind: 'project', projectKey: 'CLIN' }, 'next', TODAY);
    expect(report.pi?.name).toBe('PI 27.1');
    expect(report.piRole).toBe('next');
    expect(report.jql).toBe('(project = "CLIN") AND issuetype = "Epic" AND fixVersion = "PI 27.1" ORDER BY key ASC');
    expect(report.total).toBe(250);
    expect(report.counts.gravity).toBe(125);
    expect(report.counts.aligned).toBe(125);
    expect(report.items[0]?.verdict).toBe('gravity');
    expect(report.items[249]?.verdict).toBe('aligned');
    expect(report.unreadable).toEqual([]);
    const searches = transport.requests.filter((r) => r.path === '/rest/api/3/search/jql');
    // 3 pages, the objective search, and one page of the candidates search (every item is in the PI: none waits outside).
    expect(searches).toHaveLength(3 + 1 + 1);
    expect(searches.slice(0, 3).every((r) => r.query?.['expand'] === 'changelog')).toBe(true);
    expect(searches[4]?.query?.['jql']).toBe(
      '(project = "CLIN") AND issuetype = "Epic" AND statusCategory != Done AND (fixVersion is EMPTY OR fixVersion not in ("PI 27.1")) ORDER BY key ASC',
    );
    expect(report.candidates).toEqual([]);
    expect(report.swaps).toEqual(report.items.filter((i) => i.verdict === 'gravity').map((i) => ({ key: i.key, candidates: [] })));
    // + versions, the objective search, the site's fields (the capacity field: auto finds Story Points) and the candidates search.
    expect(transport.requests).toHaveLength(Math.ceil(250 / 100) + 4);
  });

  it('spends one changelog bulkfetch on the items whose inline history Jira cut short, and reads the same verdicts', async () => {
    const items = Array.from({ length: 250 }, (_, i) => (i % 2 === 0 ? epic(i + 1) : epic(i + 1, linked, evidence)));
    const whole = fakeJira({ workItems: items, others: [objective], versions });
    const cut = fakeJira({ workItems: items, others: [objective], versions, truncateInlineChangelog: true });
    const read = (t: typeof whole) =>
      readScopeReport(createJiraClient(t), DEFAULT_SETTINGS, { kind: 'project', projectKey: 'CLIN' }, 'next', TODAY);
    const [a, b] = [await read(whole), await read(cut)];
    expect(b).toEqual(a);
    expect(cut.requests.filter((r) => r.path === '/rest/api/3/changelog/bulkfetch')).toHaveLength(1);
    expect(whole.requests.filter((r) => r.path === '/rest/api/3/changelog/bulkfetch')).toHaveLength(0);
  });

  it('puts an item with an unreadable evidence property in unreadable, not in the verdicts', async () => {
    const transport = fakeJira({ workItems: [epic(1), epic(2, {}, { 'factory-gravity.evidence': [1, 2] })], versions });
    const report = await readScopeReport(createJiraClient(transport), DEFAULT_SETTINGS, { kind: 'project', projectKey: 'CLIN' }, 'next', TODAY);
    expect(report.items.map((a) => a.key)).toEqual(['CLIN-1']);
    expect(report.unreadable).toEqual([{ key: 'CLIN-2', reason: expect.stringMatching(/not in a format/) }]);
  });

  it('a PI name that does not exist → NOT_FOUND listing the known PIs', async () => {
    const transport = fakeJira({ workItems: [], versions });
    const error: unknown = await readScopeReport(createJiraClient(transport), DEFAULT_SETTINGS, { kind: 'project', projectKey: 'CLIN' }, { name: 'PI 30.1' }, TODAY).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('NOT_FOUND');
    expect((error as AppError).message).toMatch(/PI 26\.3, PI 26\.4, PI 27\.1/);
  });

  it('a JQL scope learns its projects from its items and keeps only the PI’s items', async () => {
    const transport = fakeJira({ workItems: [epic(1), epic(2, { fixVersions: [{ id: '2', name: 'PI 26.4' }] })], versions });
    const report = await readScopeReport(createJiraClient(transport), DEFAULT_SETTINGS, { kind: 'jql', jql: 'labels = "ward"' }, 'current', TODAY);
    expect(report.pi?.name).toBe('PI 26.4');
    expect(report.items.map((a) => a.key)).toEqual(['CLIN-2']);
    expect(report.scopeLabel).toBe('JQL: labels = "ward"');
  });
});

describe('readItemPanel over a scripted Jira', () => {
  it('reads one item in 4 requests (the site\'s fields first, for the capacity field) with its linked objective, history, web links and all records', async () => {
    const removed = { id: 'e2', kind: 'survey', source: { name: 'Staff survey' }, observedOn: '2026-08-01', summary: 'Old', addedBy: 'a', addedAt: '2026-08-02T00:00:00Z', removedAt: '2026-09-01T00:00:00Z' };
    const item = epic(7, linked, { 'factory-gravity.evidence': { schemaVersion: 2, revision: 3, records: [evidence['factory-gravity.evidence'].records[0], removed] } });
    const transport = fakeJira({
      workItems: [item],
      others: [objective],
      versions,
      remoteLinks: { 'CLIN-7': [{ id: 5, object: { url: 'https://dovetail.example.org/x', title: 'Interview notes' } }] },
    });
    const panel = await readItemPanel(createJiraClient(transport), DEFAULT_SETTINGS, 'CLIN-7', TODAY, UNCHECKED_EVIDENCE);
    expect(transport.requests.map((r) => r.path)).toEqual(['/rest/api/3/field', '/rest/api/3/search/jql', '/rest/api/3/project/CLIN/version', '/rest/api/3/issue/CLIN-7/remotelink']);
    expect(panel.assessment.verdict).toBe('aligned');
    expect(panel.assessment.objectives.map((o) => [o.key, o.targetDate])).toEqual([['STRAT-1', '2027-06-30']]);
    expect(panel.records.map((r) => r.id)).toEqual(['e1', 'e2']);
    expect(panel.calendar.next?.name).toBe('PI 27.1');
    expect(panel.unreadableEvidence).toEqual([]);
    expect(panel.canEdit).toBe(true);
  });

  it('says whether the person may edit the item from the same search (editmeta), with no /mypermissions request', async () => {
    for (const editable of [true, false]) {
      const transport = fakeJira({ workItems: [{ ...epic(7, linked), editable }], others: [objective], versions });
      const panel = await readItemPanel(createJiraClient(transport), DEFAULT_SETTINGS, 'CLIN-7', TODAY, UNCHECKED_EVIDENCE);
      expect(panel.canEdit).toBe(editable);
      expect(transport.requests[1]?.query?.expand).toBe('changelog,editmeta');
      expect(transport.requests).toHaveLength(4);
      expect(transport.requests.some((r) => r.path === '/rest/api/3/mypermissions')).toBe(false);
    }
  });

  it('costs a fifth request for a parent objective, and reads a cut-short history through bulkfetch', async () => {
    const carried = [
      { created: '2026-07-01T09:00:00.000+0000', items: [{ field: 'Fix Version', fieldId: 'fixVersions', fromString: null, toString: 'PI 26.3' }] },
      { created: '2026-10-06T09:00:00.000+0000', items: [{ field: 'Fix Version', fieldId: 'fixVersions', fromString: 'PI 26.3', toString: null }, { field: 'Fix Version', fieldId: 'fixVersions', fromString: null, toString: 'PI 26.4' }] },
      { created: '2026-12-29T09:00:00.000+0000', items: [{ field: 'Fix Version', fieldId: 'fixVersions', fromString: 'PI 26.4', toString: null }, { field: 'Fix Version', fieldId: 'fixVersions', fromString: null, toString: 'PI 27.1' }] },
    ];
    const item = { ...epic(8, { parent: { key: 'STRAT-1', fields: { summary: 'Safer handovers', issuetype: { name: 'Objective' }, status: status('Open', 'new') } } }), histories: carried };
    const withParent = fakeJira({ workItems: [item], others: [objective], versions });
    const panel = await readItemPanel(createJiraClient(withParent), DEFAULT_SETTINGS, 'CLIN-8', '2027-01-05', UNCHECKED_EVIDENCE);
    expect(withParent.requests).toHaveLength(5);
    expect(panel.assessment.objectives.map((o) => [o.key, o.via, o.targetDate])).toEqual([['STRAT-1', 'parent', '2027-06-30']]);
    expect(panel.assessment.carriedOver).toBe(2);

    const cut = fakeJira({ workItems: [item], others: [objective], versions, truncateInlineChangelog: true });
    const again = await readItemPanel(createJiraClient(cut), DEFAULT_SETTINGS, 'CLIN-8', '2027-01-05', UNCHECKED_EVIDENCE);
    expect(cut.requests.map((r) => r.path)).toContain('/rest/api/3/changelog/bulkfetch');
    expect(again.assessment.carriedOver).toBe(2);
  });

  it('an issue that does not exist or cannot be seen → NOT_FOUND', async () => {
    const transport = fakeJira({ workItems: [], versions });
    const error: unknown = await readItemPanel(createJiraClient(transport), DEFAULT_SETTINGS, 'CLIN-404', TODAY, UNCHECKED_EVIDENCE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('NOT_FOUND');
    expect((error as AppError).message).toBe('Issue CLIN-404 does not exist or you cannot see it.');
  });
});
