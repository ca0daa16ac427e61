import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSampleSite, generateLargeSite } from '../../src/jira/sample-site';
import { call, keyPaths, TODAY } from './helpers';

const site = createSampleSite({ today: TODAY });
const example = (name: string): unknown =>
  JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'jira-rest', 'docs-examples', name), 'utf8'));

/** Every key our response uses must also appear in Atlassian's example (we may leave keys out, never invent them). */
const expectKeysWithin = (ours: unknown, theirs: unknown, allowedExtra: readonly string[] = []) => {
  const known = keyPaths(theirs);
  const extra = [...keyPaths(ours)].filter((p) => !known.has(p) && !allowedExtra.some((a) => p === a || p.startsWith(`${a}.`)));
  expect(extra).toEqual([]);
};

describe('changelog bulkfetch', () => {
  it('answers BulkChangelogResponseBean with one Fix Version item per version added or removed', async () => {
    const r = await call(site, { method: 'POST', path: '/rest/api/3/changelog/bulkfetch', body: { issueIdsOrKeys: ['CLIN-13'], fieldIds: ['fixVersions'] } });
    expect(r.status).toBe(200);
    expect(Object.keys(r.json)).toEqual(['issueChangeLogs']);
    const [log] = r.json.issueChangeLogs;
    expect(log.issueId).toBe('10026');
    const histories = log.changeHistories;
    expect(histories).toHaveLength(4);
    expect(histories[0]).toEqual({
      id: expect.stringMatching(/^\d+$/),
      author: expect.objectContaining({ accountId: expect.any(String), displayName: 'Alex Rivera' }),
      created: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\.000\+0000$/),
      items: [{ field: 'Fix Version', fieldtype: 'jira', fieldId: 'fixVersions', from: null, fromString: null, to: expect.any(String), toString: 'PI 26.1' }],
    });
    expect(histories[3].items).toEqual([
      { field: 'Fix Version', fieldtype: 'jira', fieldId: 'fixVersions', from: expect.any(String), fromString: 'PI 26.3', to: null, toString: null },
      { field: 'Fix Version', fieldtype: 'jira', fieldId: 'fixVersions', from: null, fromString: null, to: expect.any(String), toString: 'PI 26.4' },
    ]);
    const created = histories.map((h: { created: string }) => h.created);
    expect([...created].sort()).toEqual(created);
  });

  it('filters by fieldIds and returns everything without them', async () => {
    const all = await call(site, { method: 'POST', path: '/rest/api/3/changelog/bulkfetch', body: { issueIdsOrKeys: ['10026'] } });
    const fields = new Set(all.json.issueChangeLogs[0].changeHistories.flatMap((h: { items: { fieldId: string }[] }) => h.items.map((i) => i.fieldId)));
    expect([...fields].sort()).toEqual(['fixVersions', 'status']);
    const status = await call(site, { method: 'POST', path: '/rest/api/3/changelog/bulkfetch', body: { issueIdsOrKeys: ['10026'], fieldIds: ['status'] } });
    expect(status.json.issueChangeLogs[0].changeHistories.every((h: { items: { fieldId: string }[] }) => h.items.every((i) => i.fieldId === 'status'))).toBe(true);
  });

  it('pages by maxResults histories with an opaque token, oldest first', async () => {
    const ids = ['CLIN-13', 'CLIN-14', 'PAT-7', 'PAT-9'];
    const one = await call(site, { method: 'POST', path: '/rest/api/3/changelog/bulkfetch', body: { issueIdsOrKeys: ids, fieldIds: ['fixVersions'], maxResults: 1000 } });
    const total = one.json.issueChangeLogs.reduce((s: number, l: { changeHistories: unknown[] }) => s + l.changeHistories.length, 0);
    let token: string | undefined;
    let seen = 0;
    let pages = 0;
    do {
      const r = await call(site, { method: 'POST', path: '/rest/api/3/changelog/bulkfetch', body: { issueIdsOrKeys: ids, fieldIds: ['fixVersions'], maxResults: 3, ...(token === undefined ? {} : { nextPageToken: token }) } });
      seen += r.json.issueChangeLogs.reduce((s: number, l: { changeHistories: unknown[] }) => s + l.changeHistories.length, 0);
      token = r.json.nextPageToken;
      pages++;
    } while (token !== undefined);
    expect(seen).toBe(total);
    expect(pages).toBe(Math.ceil(total / 3));
  });

  it.each([
    [{ issueIdsOrKeys: [] }, 'at least 1'],
    [{ issueIdsOrKeys: Array.from({ length: 1001 }, (_, i) => String(i)) }, '1000'],
    [{ issueIdsOrKeys: ['CLIN-1'], fieldIds: Array.from({ length: 11 }, (_, i) => `f${i}`) }, '10'],
    [{ issueIdsOrKeys: ['CLIN-1'], maxResults: 10_001 }, '10000'],
    [{ issueIdsOrKeys: ['CLIN-1'], startAt: 0 }, 'startAt'],
    [{ fieldIds: ['fixVersions'] }, 'issueIdsOrKeys'],
  ])('refuses %j with 400', async (body, message) => {
    const r = await call(site, { method: 'POST', path: '/rest/api/3/changelog/bulkfetch', body });
    expect(r.status).toBe(400);
    expect(r.json.errorMessages[0]).toContain(message);
  });
});

describe('project versions', () => {
  it('pages with startAt/maxResults in the PageBean shape', async () => {
    const first = await call(site, { method: 'GET', path: '/rest/api/3/project/CLIN/version', query: { startAt: 0, maxResults: 3 } });
    expect(first.json).toMatchObject({ startAt: 0, maxResults: 3, total: 11, isLast: false, nextPage: expect.stringContaining('startAt=3') });
    expect(first.json.values).toHaveLength(3);
    expectKeysWithin(first.json, example('platform.getProjectVersionsPaginated.200.json'), ['values[].startDate']);
    const last = await call(site, { method: 'GET', path: '/rest/api/3/project/CLIN/version', query: { startAt: 9, maxResults: 3 } });
    expect(last.json).toMatchObject({ startAt: 9, total: 11, isLast: true });
    expect(last.json).not.toHaveProperty('nextPage');
    const all = await call(site, { method: 'GET', path: '/rest/api/3/project/clin/version' });
    expect(all.json.maxResults).toBe(50);
    const names = all.json.values.map((v: { name: string }) => v.name);
    // The trend's older PIs (25.2-25.4) were added later but list in date order; ids keep the order they were made in.
    expect(names).toEqual(['Release 2025.2', 'PI 25.2', 'PI 25.3', 'PI 25.4', 'PI 26.1', 'PI 26.2', 'PI 26.3', 'PI 26.4', 'PI 27.1', 'PI 27.2', 'Release 2026.1']);
    const pi264 = all.json.values[7];
    expect(pi264).toMatchObject({ id: expect.any(String), name: 'PI 26.4', startDate: '2026-10-12', releaseDate: '2027-01-03', released: false, archived: false, projectId: 10000, overdue: false });
    expect(all.json.values[6]).toMatchObject({ name: 'PI 26.3', released: true });
    expect(Number(all.json.values[1].id)).toBeGreaterThan(Number(all.json.values[10].id));
  });

  it('404s for an unknown project and 400s for a bad parameter', async () => {
    expect((await call(site, { method: 'GET', path: '/rest/api/3/project/NOPE/version' })).status).toBe(404);
    expect((await call(site, { method: 'GET', path: '/rest/api/3/project/CLIN/version', query: { startAt: -1 } })).status).toBe(400);
    expect((await call(site, { method: 'GET', path: '/rest/api/3/project/CLIN/version', query: { orderBy: 'name' } })).status).toBe(400);
  });
});

describe('projects, boards, filters and sprints', () => {
  it('lists projects', async () => {
    const r = await call(site, { method: 'GET', path: '/rest/api/3/project/search' });
    expect(r.json.values.map((p: { key: string; name: string }) => `${p.key} ${p.name}`)).toEqual(['CLIN Clinical Apps', 'PAT Patient Access', 'STRAT Strategy Office']);
    expect(r.json).toMatchObject({ total: 3, isLast: true, startAt: 0 });
  });

  it('lists boards in the agile shape, filtered by project', async () => {
    const r = await call(site, { method: 'GET', path: '/rest/agile/1.0/board' });
    expect(r.json).toMatchObject({ maxResults: 50, startAt: 0, total: 4, isLast: true });
    expect(r.json.values.map((b: { name: string }) => b.name)).toEqual(['CLIN PI board', 'PAT PI board', 'ART board', 'Strategy portfolio kanban']);
    expect(r.json.values[0]).toMatchObject({ id: 1, type: 'scrum', location: { projectKey: 'CLIN' } });
    expectKeysWithin(r.json, example('agile.getAllBoards.200.json'), ['values[].location']);
    const recorded = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'jira-rest', 'fixtures', 'cloud-go-atlassian', 'agile.board.GET_rest_agile_1.0_board_id.json'), 'utf8'));
    expectKeysWithin(r.json.values[0], recorded);
    const pat = await call(site, { method: 'GET', path: '/rest/agile/1.0/board', query: { projectKeyOrId: 'PAT' } });
    expect(pat.json.values.map((b: { name: string }) => b.name)).toEqual(['PAT PI board', 'ART board']);
  });

  it('gives a board configuration whose filter holds the JQL', async () => {
    const config = await call(site, { method: 'GET', path: '/rest/agile/1.0/board/3/configuration' });
    expect(config.json).toMatchObject({ id: 3, name: 'ART board', filter: { id: expect.any(String), self: expect.any(String) }, location: { key: 'CLIN' } });
    expectKeysWithin(config.json, example('agile.getConfiguration.200.json'), ['type']);
    const filter = await call(site, { method: 'GET', path: `/rest/api/3/filter/${config.json.filter.id}` });
    expect(filter.json).toMatchObject({ id: config.json.filter.id, name: expect.any(String), jql: 'project in (CLIN, PAT) AND issuetype = Epic ORDER BY Rank ASC' });
    const search = await call(site, { method: 'GET', path: '/rest/api/3/search/jql', query: { jql: filter.json.jql, maxResults: 100 } });
    expect(search.json.issues).toHaveLength(73);
    expect((await call(site, { method: 'GET', path: '/rest/agile/1.0/board/99/configuration' })).status).toBe(404);
    expect((await call(site, { method: 'GET', path: '/rest/api/3/filter/1' })).status).toBe(400);
  });

  it('pages board sprints, filters them by state, shows team sprints on the ART board and refuses them on a kanban board', async () => {
    const r = await call(site, { method: 'GET', path: '/rest/agile/1.0/board/1/sprint', query: { maxResults: 10 } });
    // Nine PIs of five sprints, in date order: the trend's older PIs first (made last, so the other sprints keep their ids).
    expect(r.json).toMatchObject({ maxResults: 10, startAt: 0, total: 45, isLast: false });
    expect(r.json.values[0]).toMatchObject({ id: 61, name: 'PI 25.2 - Sprint 1', state: 'closed', originBoardId: 1, startDate: '2025-05-26T08:00:00.000Z' });
    const later = await call(site, { method: 'GET', path: '/rest/agile/1.0/board/1/sprint', query: { startAt: 15, maxResults: 1 } });
    expect(later.json.values[0]).toMatchObject({ id: 1, name: 'PI 26.1 - Sprint 1', startDate: '2026-02-02T08:00:00.000Z' });
    expectKeysWithin(r.json, example('agile.getAllSprints.200.json'));
    const active = await call(site, { method: 'GET', path: '/rest/agile/1.0/board/1/sprint', query: { state: 'active' } });
    expect(active.json.values.map((s: { name: string }) => s.name)).toEqual(['PI 26.4 - Sprint 4']);
    const future = await call(site, { method: 'GET', path: '/rest/agile/1.0/board/2/sprint', query: { state: ['future'] } });
    expect(future.json.values).toHaveLength(11);
    const art = await call(site, { method: 'GET', path: '/rest/agile/1.0/board/3/sprint', query: { state: 'active' } });
    expect(art.json.values.map((s: { name: string; originBoardId: number }) => `${s.originBoardId} ${s.name}`)).toEqual(['1 PI 26.4 - Sprint 4', '2 PI 26.4 - Sprint 4']);
    expect((await call(site, { method: 'GET', path: '/rest/agile/1.0/board/4/sprint' })).json.errorMessages).toEqual(['The board does not support sprints']);
  });
});

describe('remote links', () => {
  it('lists web links in the Jira shape', async () => {
    const r = await call(site, { method: 'GET', path: '/rest/api/3/issue/CLIN-12/remotelink' });
    expect(r.status).toBe(200);
    expect(r.json.map((l: { object: { title: string } }) => l.object.title)).toEqual(['Discharge interviews – synthesis (Dovetail)', 'Vendor API docs']);
    expect(r.json[0]).toMatchObject({ id: expect.any(Number), self: expect.stringContaining('/remotelink/'), object: { url: expect.stringMatching(/^https:\/\//), title: expect.any(String) } });
    expectKeysWithin(r.json, example('platform.getRemoteIssueLinks.200.json'));
    expect((await call(site, { method: 'GET', path: '/rest/api/3/issue/CLIN-7/remotelink' })).json).toEqual([]);
  });
});

describe('routing', () => {
  it('404s an unknown endpoint and 405s a wrong method', async () => {
    const unknown = await call(site, { method: 'GET', path: '/rest/api/3/issue/CLIN-1/worklog' });
    expect(unknown.status).toBe(404);
    expect(unknown.json.errorMessages[0]).toContain('No endpoint');
    expect((await call(site, { method: 'GET', path: '/rest/api/2/search' })).status).toBe(404);
    expect((await call(site, { method: 'DELETE', path: '/rest/api/3/search/jql' })).status).toBe(405);
    expect((await call(site, { method: 'GET', path: '/rest/api/3/changelog/bulkfetch' })).status).toBe(405);
    // The site edits issues (PUT) but does not answer GET /issue/{key}: that is refused, not faked.
    expect((await call(site, { method: 'GET', path: '/rest/api/3/issue/CLIN-1' })).status).toBe(405);
    expect((await call(site, { method: 'GET', path: '/rest/api/3/project/search?startAt=1' })).status).toBe(400);
  });

  it('decodes path parameters', async () => {
    const r = await call(site, { method: 'GET', path: `/rest/api/3/issue/${encodeURIComponent('CLIN-1')}/properties/${encodeURIComponent('factory-gravity.evidence')}` });
    expect(r.status).toBe(200);
  });

  it('logs every request with its user and can reset the log', async () => {
    const s = createSampleSite({ today: TODAY });
    await call(s, { method: 'GET', path: '/rest/api/3/project/search' }, 'sam');
    await call(s, { method: 'GET', path: '/nope' });
    expect(s.requests).toEqual([
      { method: 'GET', path: '/rest/api/3/project/search', query: undefined, user: 'sam' },
      { method: 'GET', path: '/nope', query: undefined, user: 'alex' },
    ]);
    s.resetRequestLog();
    expect(s.requests).toEqual([]);
  });

  it('delays every response by latencyMs', async () => {
    const slow = createSampleSite({ today: TODAY, latencyMs: 40 });
    const started = Date.now();
    await call(slow, { method: 'GET', path: '/rest/api/3/project/search' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(35);
  });

  it('answers the same endpoints on a generated site', async () => {
    const large = generateLargeSite({ today: TODAY, epics: 300, seed: 3 });
    expect((await call(large, { method: 'GET', path: '/rest/api/3/project/EA/version' })).json.total).toBe(6);
    const r = await call(large, { method: 'POST', path: '/rest/api/3/changelog/bulkfetch', body: { issueIdsOrKeys: ['EA-1', 'EA-2', 'EA-3'], fieldIds: ['fixVersions'] } });
    expect(r.status).toBe(200);
  });
});

describe('search response shape', () => {
  it('uses the keys of Atlassian’s enhanced search example', async () => {
    const r = await call(site, { method: 'GET', path: '/rest/api/3/search/jql', query: { jql: 'project = CLIN', maxResults: 2 } });
    expect(Object.keys(r.json).sort()).toEqual(['isLast', 'issues', 'nextPageToken']);
    const theirs = example('platform.searchAndReconsileIssuesUsingJql.200.json') as { issues: Record<string, unknown>[] };
    expect(Object.keys(r.json.issues[0]).sort()).toEqual(Object.keys(theirs.issues[0] ?? {}).sort());
  });
});
