import { createJiraClient } from '../../src/jira/create-client';
import type { JiraClient } from '../../src/jira/client';
import { candidatesJql, candidatePlanning, hasNotEnded } from '../../src/services/read-candidates';
import { candidatesDeadlineNote, readScopeReport } from '../../src/services/read-scope-report';
import { AppError } from '../../src/shared/result';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';
import { calendar, PI_26_3, PI_27_1 } from '../domain/builders';
import { fakeJira, type FakeIssue } from './fake-jira';

const TODAY = '2026-11-26';
const status = (name: string, key: string) => ({ name, statusCategory: { key } });
const CLIN = { kind: 'project', projectKey: 'CLIN' } as const;

const versions = {
  CLIN: [
    { id: '1', name: 'PI 26.3', startDate: '2026-07-13', releaseDate: '2026-10-04', released: true },
    { id: '2', name: 'PI 26.4', startDate: '2026-10-05', releaseDate: '2026-12-27', released: false },
    { id: '3', name: 'PI 27.1', startDate: '2026-12-28', releaseDate: '2027-03-21', released: false },
    { id: '4', name: 'PI 27.2', startDate: '2027-03-22', releaseDate: '2027-06-13', released: false },
    // A version the PI pattern matches but without dates: the calendar cannot say it is later.
    { id: '5', name: 'PI later', released: false },
  ],
};

const objective: FakeIssue = {
  id: '900',
  key: 'STRAT-1',
  fields: { summary: 'Safer handovers', status: status('Open', 'new'), issuetype: { name: 'Objective' }, duedate: '2027-06-30', project: { key: 'STRAT' } },
};
const linked = [{ type: { name: 'Supports' }, outwardIssue: { key: 'STRAT-1', fields: { summary: 'Safer handovers', issuetype: { name: 'Objective' }, status: status('Open', 'new') } } }];
const record = (id: string, source: string) => ({ id, kind: 'interview', source: { name: source }, observedOn: '2026-09-01', summary: 'Seen on the ward', addedBy: 'a', addedAt: '2026-09-02T00:00:00Z' });
const evidenceOf = (...sources: string[]) => ({ 'factory-gravity.evidence': { schemaVersion: 2, revision: 1, records: sources.map((s, i) => record(`e${i}`, s)) } });

interface EpicSpec {
  readonly pi?: string[];
  readonly points?: number | null;
  readonly aligned?: 1 | 2 | 3;
  readonly done?: boolean;
  readonly objectiveOnly?: boolean;
}

const epic = (n: number, spec: EpicSpec = {}): FakeIssue => ({
  id: String(1000 + n),
  key: `CLIN-${n}`,
  fields: {
    summary: `Epic ${n}`,
    status: spec.done === true ? status('Done', 'done') : status('To Do', 'new'),
    issuetype: { name: 'Epic' },
    project: { key: 'CLIN' },
    fixVersions: (spec.pi ?? []).map((name) => ({ id: name, name })),
    labels: [],
    issuelinks: spec.aligned !== undefined || spec.objectiveOnly === true ? linked : [],
    ...(spec.points === undefined || spec.points === null ? {} : { customfield_10016: spec.points }),
  },
  properties: spec.aligned === undefined ? {} : evidenceOf(...['Ward 4B', 'Pharmacy', 'Clinic C'].slice(0, spec.aligned)),
  histories: [],
});

/** The PI 27.1 (next) of CLIN: three gravity items of 13, 5 and unsized points, one aligned. */
const inPi = [epic(1, { pi: ['PI 27.1'], points: 13 }), epic(2, { pi: ['PI 27.1'], points: 5 }), epic(3, { pi: ['PI 27.1'] }), epic(4, { pi: ['PI 27.1'], points: 8, aligned: 2 })];
/** Outside it: what waits, and what does not. */
const outside = [
  epic(20, { points: 8, aligned: 2 }), // waits in no PI: a candidate
  epic(21, { points: 13, aligned: 3 }), // a stronger one
  epic(22, { aligned: 2 }), // unsized candidate
  epic(23, { pi: ['PI 27.2'], points: 20, aligned: 2 }), // only in a later PI: a candidate, planned in PI 27.2
  epic(24, { pi: ['PI 26.4'], points: 5, aligned: 2 }), // in the current PI: not waiting
  epic(25, { pi: ['PI later'], points: 5, aligned: 2 }), // in an undated PI: not known to be later
  epic(26, { points: 5, objectiveOnly: true }), // no evidence: would be ungrounded
  epic(27, { points: 5 }), // nothing: would be gravity
  epic(28, { points: 5, aligned: 2, done: true }), // Done: never a candidate
  epic(29, { pi: ['PI 26.4', 'PI 27.2'], points: 5, aligned: 2 }), // in the current PI too: not waiting
];

const read = (transport: ReturnType<typeof fakeJira>, options: { settings?: Settings; client?: (c: JiraClient) => JiraClient; pi?: Parameters<typeof readScopeReport>[3]; scope?: Parameters<typeof readScopeReport>[2] } = {}) => {
  const client = createJiraClient(transport);
  return readScopeReport(options.client?.(client) ?? client, options.settings ?? DEFAULT_SETTINGS, options.scope ?? CLIN, options.pi ?? 'next', TODAY);
};

describe('better candidates waiting outside the PI (readScopeReport)', () => {
  it('one search for the open items outside the PI; keeps those in no PI or only a later one that would be aligned, ranked by score, size, key', async () => {
    const transport = fakeJira({ workItems: [...inPi, ...outside], others: [objective], versions, filterPiSearch: true });
    const report = await read(transport);
    expect(report.pi?.name).toBe('PI 27.1');
    expect(report.items.map((i) => i.key)).toEqual(['CLIN-1', 'CLIN-2', 'CLIN-3', 'CLIN-4']);
    expect(report.candidates?.map((c) => [c.key, c.score, c.size, c.plannedIn])).toEqual([
      ['CLIN-21', 100, 13, null],
      ['CLIN-23', 83, 20, 'PI 27.2'],
      ['CLIN-20', 83, 8, null],
      ['CLIN-22', 83, null, null],
    ]);
    expect(report.candidates?.[0]).toEqual({ key: 'CLIN-21', summary: 'Epic 21', score: 100, size: 13, objectives: ['STRAT-1'], freshEvidence: 3, plannedIn: null });
    const searches = transport.requests.filter((r) => r.path === '/rest/api/3/search/jql').map((r) => String(r.query?.['jql']));
    expect(searches.filter((j) => j.includes('statusCategory'))).toEqual([
      '(project = "CLIN") AND issuetype = "Epic" AND statusCategory != Done AND (fixVersion is EMPTY OR fixVersion not in ("PI 27.1")) ORDER BY key ASC',
    ]);
    // The candidates cost their search page and one objective search: fields, versions, PI page, objectives, candidates page, their objectives.
    expect(transport.requests).toHaveLength(6);
  });

  it('swaps: for every gravity item, candidates within 0.5×–2× its size, in ranking order, at most 3; none for an unsized one', async () => {
    const report = await read(fakeJira({ workItems: [...inPi, ...outside], others: [objective], versions, filterPiSearch: true }));
    expect(report.items.filter((i) => i.verdict === 'gravity').map((i) => [i.key, i.size])).toEqual([
      ['CLIN-1', 13],
      ['CLIN-2', 5],
      ['CLIN-3', null],
    ]);
    expect(report.swaps).toEqual([
      // 13: 6.5 to 26 → CLIN-21 (13), CLIN-23 (20), CLIN-20 (8); CLIN-22 is unsized.
      { key: 'CLIN-1', candidates: ['CLIN-21', 'CLIN-23', 'CLIN-20'] },
      // 5: 2.5 to 10 → CLIN-20 (8) only.
      { key: 'CLIN-2', candidates: ['CLIN-20'] },
      { key: 'CLIN-3', candidates: [] },
    ]);
  });

  it('a tighter swap ratio and a lower limit, from the scope’s settings', async () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, candidates: { swapRatio: 1.2, limit: 2 } };
    const report = await read(fakeJira({ workItems: [...inPi, ...outside], others: [objective], versions, filterPiSearch: true }), { settings });
    expect(report.candidates?.map((c) => c.key)).toEqual(['CLIN-21', 'CLIN-23']);
    expect(report.swaps).toEqual([
      { key: 'CLIN-1', candidates: ['CLIN-21'] },
      { key: 'CLIN-2', candidates: [] },
      { key: 'CLIN-3', candidates: [] },
    ]);
  });

  it('when items are counted (capacity.field none), sizes are null and every candidate is a swap', async () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, capacity: { field: 'none' } };
    const report = await read(fakeJira({ workItems: [...inPi, ...outside], others: [objective], versions, filterPiSearch: true }), { settings });
    // No sizes: the ties at 83 fall to key order.
    expect(report.candidates?.map((c) => [c.key, c.size])).toEqual([
      ['CLIN-21', null],
      ['CLIN-20', null],
      ['CLIN-22', null],
      ['CLIN-23', null],
    ]);
    expect(report.swaps?.map((s) => s.candidates)).toEqual([
      ['CLIN-21', 'CLIN-20', 'CLIN-22'],
      ['CLIN-21', 'CLIN-20', 'CLIN-22'],
      ['CLIN-21', 'CLIN-20', 'CLIN-22'],
    ]);
  });

  it('for the current PI, an item planned only in the next one waits (its PI starts after the current ends)', async () => {
    const items = [epic(5, { pi: ['PI 26.4'], points: 3 }), epic(30, { pi: ['PI 27.1'], points: 3, aligned: 2 }), epic(31, { points: 2, aligned: 2 })];
    const report = await read(fakeJira({ workItems: items, others: [objective], versions, filterPiSearch: true }), { pi: 'current' });
    expect(report.pi?.name).toBe('PI 26.4');
    expect(report.candidates?.map((c) => [c.key, c.plannedIn])).toEqual([
      ['CLIN-30', 'PI 27.1'],
      ['CLIN-31', null],
    ]);
    expect(report.swaps).toEqual([{ key: 'CLIN-5', candidates: ['CLIN-30', 'CLIN-31'] }]);
  });

  it('a PI that has ended has no candidates and costs no candidates search', async () => {
    const transport = fakeJira({ workItems: [epic(1, { pi: ['PI 26.3'], points: 3 }), ...outside], others: [objective], versions, filterPiSearch: true });
    const report = await read(transport, { pi: { name: 'PI 26.3' } });
    expect(report).not.toHaveProperty('candidates');
    expect(report).not.toHaveProperty('swaps');
    expect(transport.requests.some((r) => String(r.query?.['jql'] ?? '').includes('statusCategory'))).toBe(false);
  });

  it('a caller that needs only the PI (a baseline commit) can leave the candidates out, and their search', async () => {
    const transport = fakeJira({ workItems: [...inPi, ...outside], others: [objective], versions, filterPiSearch: true });
    const report = await readScopeReport(createJiraClient(transport), DEFAULT_SETTINGS, CLIN, 'next', TODAY, undefined, { candidates: false });
    expect(report.total).toBe(4);
    expect(report).not.toHaveProperty('candidates');
    expect(transport.requests.some((r) => String(r.query?.['jql'] ?? '').includes('statusCategory'))).toBe(false);
  });

  it('a JQL scope already holds the waiting items: no extra search, the same candidates', async () => {
    const items = [...inPi, ...outside];
    const transport = fakeJira({ workItems: items, others: [objective], versions, filterPiSearch: true });
    const report = await read(transport, { scope: { kind: 'jql', jql: 'project = "CLIN"' } });
    expect(report.items.map((i) => i.key).sort()).toEqual(['CLIN-1', 'CLIN-2', 'CLIN-3', 'CLIN-4']);
    expect(report.candidates?.map((c) => c.key)).toEqual(['CLIN-21', 'CLIN-23', 'CLIN-20', 'CLIN-22']);
    expect(transport.requests.some((r) => String(r.query?.['jql'] ?? '').includes('statusCategory'))).toBe(false);
    // fields, the broad search page, versions, one objective search for the PI's items and the waiting ones together.
    expect(transport.requests).toHaveLength(4);
  });

  it('the deadline during the candidates search: the PI is complete, the candidates are left out and the note says so', async () => {
    const stopping = (client: JiraClient): JiraClient => ({
      ...client,
      searchUntilDeadline: async (request) => {
        const result = await client.searchUntilDeadline(request);
        return request.jql.includes('statusCategory') ? { issues: result.issues.slice(0, 2), complete: false } : result;
      },
    });
    const report = await read(fakeJira({ workItems: [...inPi, ...outside], others: [objective], versions, filterPiSearch: true }), { client: stopping });
    expect(report.total).toBe(4);
    expect(report).not.toHaveProperty('candidates');
    expect(report).not.toHaveProperty('swaps');
    expect(report.partial).toEqual(candidatesDeadlineNote(4));
    expect(report.partial?.message).toBe(
      'Read all 4 items of the PI, but not every work item waiting outside it before the time limit, so the better candidates waiting and the swaps are left out.',
    );
  });

  it('the deadline while reading the candidates’ objectives ends the candidates, not the report', async () => {
    let searches = 0;
    const failingLate = (client: JiraClient): JiraClient => ({
      ...client,
      search: async (request) => {
        // The PI's objective search passes; the candidates' one meets the deadline.
        searches += 1;
        if (searches > 1) throw new AppError('DEADLINE', 'The time limit ran out.');
        return client.search(request);
      },
    });
    const report = await read(fakeJira({ workItems: [...inPi, ...outside], others: [objective], versions, filterPiSearch: true }), { client: failingLate });
    expect(report.total).toBe(4);
    expect(report).not.toHaveProperty('candidates');
    expect(report.partial?.code).toBe('DEADLINE');
  });

  it('other failures of the candidates search are not swallowed', async () => {
    const broken = (client: JiraClient): JiraClient => ({
      ...client,
      searchUntilDeadline: async (request) => {
        if (request.jql.includes('statusCategory')) throw new AppError('JIRA_UNAVAILABLE', 'Jira is down.');
        return client.searchUntilDeadline(request);
      },
    });
    await expect(read(fakeJira({ workItems: inPi, others: [objective], versions, filterPiSearch: true }), { client: broken })).rejects.toMatchObject({ code: 'JIRA_UNAVAILABLE' });
  });
});

describe('candidates helpers', () => {
  it('candidatesJql negates the fix version only for fixVersion PIs', () => {
    expect(candidatesJql('project = "CLIN"', DEFAULT_SETTINGS, PI_27_1)).toBe(
      '(project = "CLIN") AND issuetype = "Epic" AND statusCategory != Done AND (fixVersion is EMPTY OR fixVersion not in ("PI 27.1")) ORDER BY key ASC',
    );
    const labels: Settings = { ...DEFAULT_SETTINGS, pi: { source: 'labelPrefix', prefix: 'PI-', calendar: [] } as unknown as Settings['pi'] };
    expect(candidatesJql('project = "CLIN"', labels, PI_27_1)).toBe('(project = "CLIN") AND issuetype = "Epic" AND statusCategory != Done ORDER BY key ASC');
  });

  it('a quote in the PI name stays inside its string', () => {
    expect(candidatesJql('project = "CLIN"', DEFAULT_SETTINGS, { ...PI_27_1, name: 'PI "27.1"' })).toContain('fixVersion not in ("PI \\"27.1\\"")');
  });

  it('hasNotEnded: through the PI’s last day', () => {
    expect(hasNotEnded(PI_26_3, PI_26_3.endDate)).toBe(true);
    expect(hasNotEnded(PI_26_3, '2027-01-01')).toBe(false);
  });

  it('candidatePlanning: current for the current PI, next otherwise', () => {
    const cal = calendar();
    expect(candidatePlanning(cal, PI_26_3)).toBe('current');
    expect(candidatePlanning(cal, PI_27_1)).toBe('next');
  });
});
