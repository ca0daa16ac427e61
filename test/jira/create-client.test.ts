import { createJiraClient } from '../../src/jira/create-client';
import { deadlineIn } from '../../src/shared/deadline';
import { AppError } from '../../src/shared/result';
import { fakeClock, fakeTransport, json, sequence } from './support/fake-transport';

const issue = (n: number) => ({ id: String(10000 + n), key: `CLIN-${n}`, fields: { summary: `Item ${n}` }, properties: {} });

/** An enhanced-search endpoint over `count` issues with token paging. */
const searchSite = (count: number) =>
  fakeTransport((request) => {
    if (request.path !== '/rest/api/3/search/jql') return json(404, { errorMessages: ['nope'] });
    const size = Number(request.query?.maxResults ?? 50);
    const start = request.query?.nextPageToken === undefined ? 0 : Number(String(request.query.nextPageToken).slice(1));
    const issues = Array.from({ length: Math.max(0, Math.min(size, count - start)) }, (_, i) => issue(start + i + 1));
    const last = start + issues.length >= count;
    return json(200, last ? { issues, isLast: true } : { issues, nextPageToken: `t${start + issues.length}`, isLast: false });
  });

const expectAppError = async (promise: Promise<unknown>, code: string, message?: RegExp) => {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  if (message !== undefined) expect((error as AppError).message).toMatch(message);
  return error as AppError;
};

describe('search paging', () => {
  it('reads a 250-item scope in exactly 3 search requests of 100', async () => {
    const transport = searchSite(250);
    const issues = await createJiraClient(transport).search({ jql: 'project = "CLIN"', fields: ['summary'] });
    expect(issues).toHaveLength(250);
    expect(new Set(issues.map((i) => i.key)).size).toBe(250);
    expect(transport.requests).toHaveLength(3);
    expect(transport.requests.map((r) => r.query?.maxResults)).toEqual([100, 100, 100]);
    expect(transport.requests[1]?.query?.nextPageToken).toBe('t100');
  });

  it('stops on a page without a token even when isLast is absent', async () => {
    const transport = fakeTransport(() => json(200, { issues: [issue(1)] }));
    expect(await createJiraClient(transport).search({ jql: 'x', fields: [] })).toHaveLength(1);
    expect(transport.requests).toHaveLength(1);
  });

  it('sends fields and properties', async () => {
    const transport = searchSite(1);
    await createJiraClient(transport).search({ jql: 'x', fields: ['summary', 'status'], properties: ['factory-gravity.evidence'] });
    expect(transport.requests[0]?.query).toMatchObject({ fields: 'summary,status', properties: 'factory-gravity.evidence' });
  });
});

describe('inline changelog', () => {
  it('asks for expand=changelog and says whether Jira sent the whole history', async () => {
    const history = { id: '1', created: '2026-01-01T00:00:00.000+0000', items: [{ field: 'labels', fieldId: 'labels', from: null, fromString: '', to: null, toString: 'a' }] };
    const transport = fakeTransport(() =>
      json(200, {
        issues: [
          { id: '1', key: 'A-1', fields: {}, changelog: { startAt: 0, maxResults: 1, total: 1, histories: [history] } },
          { id: '2', key: 'A-2', fields: {}, changelog: { startAt: 0, maxResults: 1, total: 40, histories: [history] } },
          { id: '3', key: 'A-3', fields: {} },
        ],
        isLast: true,
      }),
    );
    const issues = await createJiraClient(transport).search({ jql: 'x', fields: [], expand: ['changelog'] });
    expect(transport.requests[0]?.query?.expand).toBe('changelog');
    expect(issues.map((i) => i.changelog?.complete)).toEqual([true, false, undefined]);
    expect(issues[0]?.changelog?.histories[0]?.items[0]).toEqual({ fieldId: 'labels', field: 'labels', from: null, fromString: '', to: null, toString: 'a' });
  });
});

describe('editmeta', () => {
  const fieldMeta = { required: true, schema: { type: 'string', system: 'summary' }, name: 'Summary', key: 'summary', operations: ['set'] };
  const page = () =>
    json(200, {
      issues: [
        { id: '1', key: 'A-1', fields: {}, editmeta: { fields: { summary: fieldMeta } } },
        { id: '2', key: 'A-2', fields: {}, editmeta: { fields: {} } },
        { id: '3', key: 'A-3', fields: {} },
        { id: '4', key: 'A-4', fields: {}, editmeta: {} },
      ],
      isLast: true,
    });

  it('asks for expand=editmeta with the changelog and says which issues the user may edit', async () => {
    const transport = fakeTransport(page);
    const issues = await createJiraClient(transport).search({ jql: 'x', fields: [], expand: ['changelog', 'editmeta', 'editmeta'] });
    expect(transport.requests[0]?.query?.expand).toBe('changelog,editmeta');
    expect(issues.map((i) => i.editable)).toEqual([true, false, false, false]);
  });

  it('leaves editable out when editmeta was not asked for', async () => {
    const issues = await createJiraClient(fakeTransport(page)).search({ jql: 'x', fields: [], expand: ['changelog'] });
    expect(issues.every((i) => !('editable' in i))).toBe(true);
  });

  it('refuses an editmeta that is not an object', async () => {
    const transport = fakeTransport(() => json(200, { issues: [{ id: '1', key: 'A-1', editmeta: { fields: [] } }], isLast: true }));
    await expect(createJiraClient(transport).search({ jql: 'x', fields: [], expand: ['editmeta'] })).rejects.toMatchObject({ code: 'JIRA_BAD_RESPONSE' });
  });
});

describe('offset paging', () => {
  it('reads every page of project versions', async () => {
    const all = Array.from({ length: 120 }, (_, i) => ({ id: String(i), name: `V${i}`, releaseDate: '2026-01-01', released: false, archived: false }));
    const transport = fakeTransport((request) => {
      const startAt = Number(request.query?.startAt ?? 0);
      const max = Number(request.query?.maxResults ?? 50);
      const values = all.slice(startAt, startAt + max);
      return json(200, { startAt, maxResults: max, total: all.length, isLast: startAt + values.length >= all.length, values });
    });
    const versions = await createJiraClient(transport).projectVersions('CLIN');
    expect(versions).toHaveLength(120);
    expect(versions[0]).toEqual({ id: '0', name: 'V0', releaseDate: '2026-01-01', released: false, archived: false });
    expect(transport.requests.map((r) => r.query?.startAt)).toEqual([0, 50, 100]);
    expect(transport.requests[0]?.path).toBe('/rest/api/3/project/CLIN/version');
  });

  it('maps board sprints to SprintRefs with plain dates', async () => {
    const transport = fakeTransport(() =>
      json(200, { isLast: true, values: [{ id: 7, name: 'PI 26.3 - S1', state: 'active', startDate: '2026-07-06T09:00:00.000+10:00', endDate: '2026-07-19T09:00:00.000Z' }] }),
    );
    expect(await createJiraClient(transport).boardSprints(3)).toEqual([
      { id: 7, name: 'PI 26.3 - S1', state: 'active', startDate: '2026-07-06', endDate: '2026-07-19' },
    ]);
  });
});

describe('changelog bulkfetch', () => {
  it('chunks more than 1000 ids and follows nextPageToken', async () => {
    const transport = fakeTransport((request) => {
      const body = request.body as { issueIdsOrKeys: string[]; nextPageToken?: string };
      const first = body.issueIdsOrKeys[0] ?? '';
      const history = { id: '1', created: '2026-01-01T00:00:00.000+0000', items: [{ field: 'Fix Version', fieldId: 'fixVersions', from: null, fromString: null, to: '1', toString: 'PI 1' }] };
      if (body.nextPageToken === undefined && first === '1') {
        return json(200, { issueChangeLogs: [{ issueId: first, changeHistories: [history] }], nextPageToken: 'more' });
      }
      return json(200, { issueChangeLogs: [{ issueId: first, changeHistories: [{ ...history, id: body.nextPageToken === undefined ? '1' : '2' }] }] });
    });
    const ids = Array.from({ length: 1500 }, (_, i) => String(i + 1));
    const logs = await createJiraClient(transport).changelogs(ids, ['fixVersions']);
    const sizes = transport.requests.map((r) => (r.body as { issueIdsOrKeys: string[] }).issueIdsOrKeys.length);
    expect(sizes).toEqual([1000, 1000, 500]);
    expect(transport.requests.every((r) => r.method === 'POST' && r.path === '/rest/api/3/changelog/bulkfetch')).toBe(true);
    expect(logs.get('1')).toHaveLength(2);
    expect(logs.get('1001')?.[0]?.items[0]).toEqual({ fieldId: 'fixVersions', field: 'Fix Version', from: null, fromString: null, to: '1', toString: 'PI 1' });
  });
});

describe('retries', () => {
  const ok = json(200, { issues: [issue(1)], isLast: true });

  it('honours Retry-After on 429 through the injected sleep', async () => {
    const clock = fakeClock();
    const transport = fakeTransport(sequence(json(429, {}, { 'retry-after': '3' }), ok));
    const issues = await createJiraClient(transport, clock).search({ jql: 'x', fields: [] });
    expect(issues).toHaveLength(1);
    expect(clock.waits).toEqual([3000]);
    expect(transport.requests).toHaveLength(2);
  });

  it('retries a 503 and a network error, then succeeds, with bounded jittered backoff', async () => {
    const clock = fakeClock();
    const transport = fakeTransport(sequence(json(503, {}), new Error('socket hang up'), ok));
    await createJiraClient(transport, { ...clock, baseDelayMs: 100, maxDelayMs: 1000 }).search({ jql: 'x', fields: [] });
    expect(transport.requests).toHaveLength(3);
    expect(clock.waits).toHaveLength(2);
    expect(clock.waits[0]).toBeGreaterThanOrEqual(50);
    expect(clock.waits[0]).toBeLessThanOrEqual(100);
    expect(clock.waits[1]).toBeGreaterThanOrEqual(100);
    expect(clock.waits[1]).toBeLessThanOrEqual(200);
  });

  it('the same seed gives the same waits', async () => {
    const run = async (seed: number) => {
      const clock = fakeClock();
      const transport = fakeTransport(sequence(json(500, {}), json(500, {}), json(500, {}), ok));
      await createJiraClient(transport, { ...clock, seed }).search({ jql: 'x', fields: [] });
      return clock.waits;
    };
    expect(await run(42)).toEqual(await run(42));
    expect(await run(42)).not.toEqual(await run(43));
  });

  it('gives up after maxRetries with JIRA_UNAVAILABLE naming the method, path and status', async () => {
    const clock = fakeClock();
    const transport = fakeTransport(() => json(503, {}));
    const error = await expectAppError(
      createJiraClient(transport, { ...clock, maxRetries: 2 }).search({ jql: 'x', fields: [] }),
      'JIRA_UNAVAILABLE',
      /GET \/rest\/api\/3\/search\/jql.*503.*Try again/,
    );
    expect(error).toBeDefined();
    expect(transport.requests).toHaveLength(3);
  });

  it('stops before the deadline even with retries left', async () => {
    const clock = fakeClock();
    const transport = fakeTransport(() => json(429, {}, { 'retry-after': '15' }));
    await expectAppError(createJiraClient(transport, { ...clock, maxRetries: 10, deadline: deadlineIn(20_000, clock.now) }).search({ jql: 'x', fields: [] }), 'JIRA_UNAVAILABLE', /20 s limit/);
    expect(transport.requests).toHaveLength(2);
    expect(clock.waits).toEqual([15000]);
  });

  it('does not retry a 400 and joins Jira’s messages', async () => {
    const clock = fakeClock();
    const transport = fakeTransport(() => json(400, { errorMessages: ["Field 'foo' does not exist.", 'Second.'], errors: {} }));
    await expectAppError(createJiraClient(transport, clock).search({ jql: 'foo = 1', fields: [] }), 'JIRA_BAD_REQUEST', /400.*GET \/rest\/api\/3\/search\/jql: Field 'foo' does not exist\.; Second\./);
    expect(transport.requests).toHaveLength(1);
    expect(clock.waits).toEqual([]);
  });
});

describe('errors', () => {
  it.each([
    [401, 'JIRA_UNAUTHORIZED'],
    [403, 'JIRA_FORBIDDEN'],
  ])('%d → %s', async (status, code) => {
    const transport = fakeTransport(() => json(status, { errorMessages: ['no'] }));
    await expectAppError(createJiraClient(transport).remoteLinks('CLIN-1'), code, new RegExp(`${status}.*/rest/api/3/issue/CLIN-1/remotelink`));
  });

  it('404 on an issue endpoint → NOT_FOUND saying the issue does not exist or cannot be seen', async () => {
    const transport = fakeTransport(() => json(404, { errorMessages: ['Issue does not exist or you do not have permission to see it.'] }));
    await expectAppError(createJiraClient(transport).remoteLinks('CLIN-9'), 'NOT_FOUND', /^Issue CLIN-9 does not exist or you cannot see it\.$/);
  });

  it('a body that is not JSON → JIRA_BAD_RESPONSE', async () => {
    const transport = fakeTransport(() => ({ status: 200, headers: {}, body: '<html>login</html>' }));
    await expectAppError(createJiraClient(transport).search({ jql: 'x', fields: [] }), 'JIRA_BAD_RESPONSE', /not JSON/);
  });

  it('JSON of the wrong shape → JIRA_BAD_RESPONSE naming the path', async () => {
    const transport = fakeTransport(() => json(200, { issues: [{ key: 'CLIN-1' }] }));
    await expectAppError(createJiraClient(transport).search({ jql: 'x', fields: [] }), 'JIRA_BAD_RESPONSE', /issues\.0\.id/);
  });

  it('an unset property is undefined; an invisible issue is NOT_FOUND', async () => {
    const unset = fakeTransport((r) => (r.path.endsWith('/properties') ? json(200, { keys: [] }) : json(404, { errorMessages: ['The property was not found.'] })));
    expect(await createJiraClient(unset).getIssueProperty('CLIN-1', 'factory-gravity.evidence')).toBeUndefined();
    const hidden = fakeTransport(() => json(404, { errorMessages: ['Issue does not exist'] }));
    await expectAppError(createJiraClient(hidden).getIssueProperty('CLIN-1', 'factory-gravity.evidence'), 'NOT_FOUND', /CLIN-1/);
  });

  it('reads permissions as booleans', async () => {
    const transport = fakeTransport(() => json(200, { permissions: { EDIT_ISSUES: { havePermission: true }, LINK_ISSUES: { havePermission: false } } }));
    expect(await createJiraClient(transport).myPermissions({ issueKey: 'CLIN-1' }, ['EDIT_ISSUES', 'LINK_ISSUES', 'BROWSE_PROJECTS'])).toEqual({
      EDIT_ISSUES: true,
      LINK_ISSUES: false,
      BROWSE_PROJECTS: false,
    });
    expect(transport.requests[0]?.query).toMatchObject({ issueKey: 'CLIN-1', permissions: 'EDIT_ISSUES,LINK_ISSUES,BROWSE_PROJECTS' });
  });
});
