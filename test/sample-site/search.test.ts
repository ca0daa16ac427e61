import fc from 'fast-check';
import { createSampleSite, generateLargeSite, manifestPropertyAliases, propertyAliasesOf } from '../../src/jira/sample-site';
import { EVIDENCE_PROPERTY_KEY } from '../../src/shared/evidence';
import { call, searchKeys, TODAY } from './helpers';

const site = createSampleSite({ today: TODAY }); // current PI: PI 26.4, next: PI 27.1

const jqlError = async (jql: string) => {
  const r = await call(site, { method: 'GET', path: '/rest/api/3/search/jql', query: { jql } });
  return { status: r.status, json: r.json };
};

describe('JQL semantics over the demo data', () => {
  it.each([
    ['project = STRAT ORDER BY key', ['STRAT-1', 'STRAT-2', 'STRAT-3', 'STRAT-4', 'STRAT-5', 'STRAT-6']],
    ['project = "Strategy Office" AND statusCategory = Done', ['STRAT-6']],
    ['project = strat and statusCategory != done and duedate < 2026-11-26', ['STRAT-5']],
    ['project = STRAT AND duedate >= "2027/01/01" ORDER BY duedate DESC', ['STRAT-3', 'STRAT-2']],
    ['project = STRAT AND duedate is EMPTY', ['STRAT-1', 'STRAT-4']],
    ['issuetype = "Strategic Theme"', ['STRAT-1']],
    ['type in (Initiative, objective) AND status = "to do"', ['STRAT-4']],
    ['parent = STRAT-2 ORDER BY key', ['CLIN-1', 'CLIN-14', 'CLIN-16', 'CLIN-21', 'CLIN-29', 'CLIN-33', 'CLIN-40']],
    ['issue in linkedIssues("STRAT-3") ORDER BY key', ['CLIN-2', 'CLIN-15', 'CLIN-30', 'CLIN-35', 'CLIN-39', 'PAT-2', 'PAT-23']],
    ['issue in linkedIssues(STRAT-3, "is supported by") ORDER BY key', ['CLIN-2', 'CLIN-15', 'CLIN-30', 'CLIN-35', 'CLIN-39']],
    ['issue in linkedIssues("STRAT-3", "relates to")', ['PAT-2', 'PAT-23']],
    ['issue in linkedIssues("CLIN-2", "supports")', ['STRAT-3']],
    ['issue in linkedIssues("CLIN-2", "is supported by")', []],
    ['project = CLIN AND fixVersion = "Release 2026.1"', ['CLIN-24']],
    // PAT-20 and CLIN-26: dropped from the current PI (their fix version removed by a drop decision); PAT-32: a candidate waiting in the backlog.
    ['project = PAT AND fixVersion is EMPTY', ['PAT-17', 'PAT-20', 'PAT-32']],
    ['project = PAT AND fixVersion not in ("PI 26.4", "PI 27.1") ORDER BY key', ['PAT-16', 'PAT-18', 'PAT-21', 'PAT-22', 'PAT-23', 'PAT-24', 'PAT-25', 'PAT-26', 'PAT-27', 'PAT-28', 'PAT-29', 'PAT-30', 'PAT-31', 'PAT-33']],
    ['project = CLIN AND fixVersion != "PI 26.4" AND fixVersion != "PI 27.1" ORDER BY key', ['CLIN-21', 'CLIN-23', 'CLIN-24', 'CLIN-27', 'CLIN-28', 'CLIN-29', 'CLIN-30', 'CLIN-31', 'CLIN-32', 'CLIN-33', 'CLIN-34', 'CLIN-35', 'CLIN-36', 'CLIN-37', 'CLIN-39']],
    ['project = PAT AND labels = CAPACITY-FILL ORDER BY key', ['PAT-4', 'PAT-6', 'PAT-24', 'PAT-31']],
    ['project = PAT AND sprint = "PI 26.1 - Sprint 3"', ['PAT-16', 'PAT-29']],
    ['project = PAT AND cf[10020] = 6', ['PAT-16', 'PAT-29']],
    ['project in (CLIN, PAT) AND sprint is EMPTY ORDER BY key', ['CLIN-22', 'CLIN-24', 'CLIN-38', 'CLIN-40', 'PAT-17', 'PAT-32']],
    ['key in (CLIN-3, pat-2, 10000) ORDER BY key DESC', ['STRAT-1', 'PAT-2', 'CLIN-3']],
    ['project = STRAT AND NOT (status = "In Progress" OR status = Done)', ['STRAT-4']],
    ['project = STRAT AND key = STRAT-2 OR key = STRAT-4 ORDER BY key', ['STRAT-2', 'STRAT-4']],
    ['issuekey = STRAT-1 and parent is empty', ['STRAT-1']],
    // A saved filter: its conditions, not its ORDER BY (board filters sort by Rank).
    ['filter = 10003 ORDER BY key', ['STRAT-1', 'STRAT-2', 'STRAT-3', 'STRAT-4', 'STRAT-5', 'STRAT-6']],
    ['filter = "Filter for Strategy portfolio kanban" AND statusCategory = Done', ['STRAT-6']],
    ['(filter = 10002) AND fixVersion = "Release 2026.1"', ['CLIN-24']],
    ['filter in (10000, 10001) AND fixVersion is EMPTY', ['CLIN-22', 'PAT-17', 'CLIN-26', 'PAT-20', 'CLIN-38', 'CLIN-40', 'PAT-32']],
    ['project = STRAT AND filter != 10003', []],
  ])('%s', async (jql, expected) => {
    const keys = await searchKeys(site, jql);
    if (jql.toLowerCase().includes('order by')) expect(keys).toEqual(expected);
    else expect([...keys].sort()).toEqual([...expected].sort());
  });

  it('finds the epics that ever held a past PI with fixVersion WAS (the trend history), and refuses WAS elsewhere', async () => {
    // PI 26.2 is two PIs back: CLIN-13 moved on from it, CLIN-21 and CLIN-36 still hold it (riverside-epics.ts `trend`).
    expect(await searchKeys(site, 'project = CLIN AND fixVersion WAS "PI 26.2" ORDER BY key')).toEqual(['CLIN-13', 'CLIN-21', 'CLIN-36']);
    expect(await searchKeys(site, 'project = CLIN AND fixVersion = "PI 26.2" ORDER BY key')).toEqual(['CLIN-21', 'CLIN-36']);
    expect(await searchKeys(site, 'project = PAT AND fixVersion WAS IN ("PI 25.2", "PI 25.3") ORDER BY key')).toEqual(['PAT-21', 'PAT-22', 'PAT-23', 'PAT-24', 'PAT-25', 'PAT-26']);
    expect((await jqlError('status WAS Done')).status).toBe(400);
  });

  it('counts the current and next PI of the demo', async () => {
    const current = await searchKeys(site, 'project in (CLIN, PAT) AND fixVersion = "PI 26.4"');
    const next = await searchKeys(site, 'fixVersion = "pi 27.1"');
    expect(current.length).toBeGreaterThanOrEqual(15);
    expect(next.length).toBeGreaterThanOrEqual(10);
    expect(current.filter((k) => next.includes(k))).toEqual([]);
  });
});

describe('JQL errors are 400 with Jira-style messages', () => {
  it('refuses a filter that does not exist, and a filter operator it does not know', async () => {
    expect(await jqlError('filter = 99999')).toEqual({ status: 400, json: { errorMessages: ["The value '99999' does not exist for the field 'filter'."], errors: {} } });
    expect((await jqlError('filter is EMPTY')).status).toBe(400);
  });

  it.each([
    ['foo = bar', "Field 'foo' does not exist or you do not have permission to view it."],
    ['cf[10099] = 1', "Field 'cf[10099]' does not exist or you do not have permission to view it."],
    ['summary = "bed"', "The sample site does not support searching by 'summary'."],
    ['project = NOPE', "The value 'NOPE' does not exist for the field 'project'."],
    ['fixVersion = "PI 99.9"', "The value 'PI 99.9' does not exist for the field 'fixVersion'."],
    ['sprint = 99999', "The value '99999' does not exist for the field 'sprint'."],
    ['status = Blocked', "The value 'Blocked' does not exist for the field 'status'."],
    ['key = CLIN-999', "An issue with key 'CLIN-999' does not exist for field 'key'."],
    ['key = "not a key"', "The issue key 'not a key' for field 'key' is invalid."],
    ['project < CLIN', "The operator '<' is not supported by the 'project' field."],
    ['duedate > "next week"', "Date value 'next week' for field 'duedate' is invalid."],
    ['fixVersion in releasedVersions()', "Unable to find JQL function 'releasedVersions()'."],
    ['fixVersion = unreleasedVersions()', "The operator '=' is not supported with the function 'unreleasedVersions'"],
    ['labels in unreleasedVersions()', "The function 'unreleasedVersions' is not supported by the 'labels' field"],
    ['fixVersion in unreleasedVersions(NOPE)', "The project 'NOPE' in function 'unreleasedVersions' does not exist."],
    ['issue in linkedIssues("CLIN-999")', "Issue 'CLIN-999' could not be found in function 'linkedIssues'."],
    ['issue in linkedIssues("CLIN-1", "clones badly")', "Issue link type 'clones badly' does not exist."],
    ['issue = linkedIssues("CLIN-1")', "The operator '=' is not supported with the function 'linkedIssues'"],
    ['order by key', 'Unbounded JQL queries are not allowed here.'],
    ['project = CLIN ORDER BY assignee', "The sample site does not support searching by 'assignee'."],
    ['project = CLIN ORDER BY labels', "Not able to sort using field 'labels'."],
    ['project = CLIN ORDER BY nonsense', "Field 'nonsense' does not exist"],
    ['project = CLIN AND', 'Error in the JQL Query: Expecting a field name but got the end of the query.'],
  ])('%s', async (jql, message) => {
    const r = await jqlError(jql);
    expect(r.status).toBe(400);
    expect(r.json.errors).toEqual({});
    expect(r.json.errorMessages).toHaveLength(1);
    expect(r.json.errorMessages[0]).toContain(message);
  });
});

describe('search paging', () => {
  const large = generateLargeSite({ today: TODAY, epics: 250, seed: 1 });

  it('reads 250 issues in 3 pages of at most 100, with opaque, stable tokens and no total', async () => {
    const pages: { issues: { key: string }[]; nextPageToken?: string; isLast: boolean }[] = [];
    let token: string | undefined;
    do {
      const r = await call(large, { method: 'GET', path: '/rest/api/3/search/jql', query: { jql: 'project = EA ORDER BY key', fields: 'summary', maxResults: 100, ...(token === undefined ? {} : { nextPageToken: token }) } });
      expect(r.status).toBe(200);
      expect(r.json).not.toHaveProperty('total');
      pages.push(r.json);
      token = r.json.nextPageToken;
    } while (token !== undefined);
    expect(pages.map((p) => p.issues.length)).toEqual([100, 100, 50]);
    expect(pages.map((p) => p.isLast)).toEqual([false, false, true]);
    expect(pages[2]).not.toHaveProperty('nextPageToken');
    const keys = pages.flatMap((p) => p.issues.map((i) => i.key));
    expect(new Set(keys).size).toBe(250);
    expect(keys[0]).toBe('EA-1');
    const firstToken = pages[0]?.nextPageToken ?? '';
    expect(firstToken).not.toMatch(/^\d+$/);
    expect(firstToken).not.toContain('100');
    // Stable: the same request gives the same token.
    const again = await call(large, { method: 'GET', path: '/rest/api/3/search/jql', query: { jql: 'project = EA ORDER BY key', fields: 'summary', maxResults: 100 } });
    expect(again.json.nextPageToken).toBe(firstToken);
  });

  it('refuses a token from another query', async () => {
    const first = await call(large, { method: 'POST', path: '/rest/api/3/search/jql', body: { jql: 'project = EA', maxResults: 10 } });
    const r = await call(large, { method: 'POST', path: '/rest/api/3/search/jql', body: { jql: 'project = OBJ', maxResults: 10, nextPageToken: first.json.nextPageToken } });
    expect(r.status).toBe(400);
  });

  it('defaults to 50 per page and caps maxResults at 100', async () => {
    const dflt = await call(large, { method: 'POST', path: '/rest/api/3/search/jql', body: { jql: 'project = EA' } });
    expect(dflt.json.issues).toHaveLength(50);
    const capped = await call(large, { method: 'POST', path: '/rest/api/3/search/jql', body: { jql: 'project = EA', maxResults: 5000 } });
    expect(capped.json.issues).toHaveLength(100);
  });

  it('returns the same issues in the same order whatever the page size', async () => {
    const all = await searchKeys(large, 'project = EA AND fixVersion is not EMPTY ORDER BY status, key DESC');
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 100 }), async (size) => {
        const keys: string[] = [];
        let token: string | undefined;
        do {
          const r = await call(large, { method: 'POST', path: '/rest/api/3/search/jql', body: { jql: 'project = EA AND fixVersion is not EMPTY ORDER BY status, key DESC', maxResults: size, ...(token === undefined ? {} : { nextPageToken: token }) } });
          keys.push(...r.json.issues.map((i: { key: string }) => i.key));
          token = r.json.nextPageToken;
        } while (token !== undefined);
        expect(keys).toEqual(all);
      }),
      { numRuns: 15 },
    );
  });
});

describe('fields, properties and expand', () => {
  it('returns only id, key and self by default', async () => {
    const r = await call(site, { method: 'GET', path: '/rest/api/3/search/jql', query: { jql: 'key = CLIN-2' } });
    expect(r.json.issues[0]).toEqual({ expand: '', id: '10007', key: 'CLIN-2', self: 'https://riverside-health.atlassian.net/rest/api/3/issue/10007', fields: {} });
  });

  it('returns the requested fields in Jira shapes, and properties inline', async () => {
    const r = await call(site, {
      method: 'POST',
      path: '/rest/api/3/search/jql',
      body: { jql: 'key = CLIN-14', fields: ['summary', 'status', 'issuetype', 'project', 'fixVersions', 'issuelinks', 'parent', 'labels', 'duedate', 'customfield_10020', 'created', 'updated'], properties: [EVIDENCE_PROPERTY_KEY, 'other.key'] },
    });
    expect(r.status).toBe(200);
    const issue = r.json.issues[0];
    const f = issue.fields;
    expect(f.summary).toBe('Nurse handover: shift summary print view');
    expect(f.status).toMatchObject({ name: 'Analyzing', statusCategory: { key: 'new', name: 'To Do' } });
    expect(f.issuetype).toMatchObject({ name: 'Epic', hierarchyLevel: 1 });
    expect(f.project).toMatchObject({ key: 'CLIN', name: 'Clinical Apps', id: '10000' });
    expect(f.fixVersions).toEqual([expect.objectContaining({ name: 'PI 27.1', released: false, archived: false, releaseDate: '2027-03-28', id: expect.any(String) })]);
    expect(f.parent).toMatchObject({ key: 'STRAT-2', fields: { summary: 'Digital nursing handover on every ward', issuetype: { name: 'Initiative', hierarchyLevel: 2 }, status: { statusCategory: { key: 'indeterminate' } }, priority: { name: 'Medium' } } });
    expect(f.labels).toEqual([]);
    expect(f.duedate).toBeNull();
    expect(f.created).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000\+0000$/);
    expect(f.customfield_10020.map((s: { name: string }) => s.name)).toEqual([
      'PI 26.3 - Sprint 1', 'PI 26.3 - Sprint 2', 'PI 26.3 - Sprint 3', 'PI 26.3 - Sprint 4', 'PI 26.3 - Sprint 5',
      'PI 26.4 - Sprint 1', 'PI 26.4 - Sprint 2', 'PI 26.4 - Sprint 3', 'PI 26.4 - Sprint 4', 'PI 27.1 - Sprint 1',
    ]);
    expect(f.customfield_10020[0]).toEqual({ id: 21, name: 'PI 26.3 - Sprint 1', state: 'closed', boardId: 1, goal: expect.any(String), startDate: '2026-07-20T08:00:00.000Z', endDate: '2026-08-02T17:00:00.000Z', completeDate: '2026-08-02T17:30:00.000Z' });
    expect(f.customfield_10020[8]).toMatchObject({ name: 'PI 26.4 - Sprint 4', state: 'active' });
    expect(f.customfield_10020[9]).toMatchObject({ name: 'PI 27.1 - Sprint 1', state: 'future' });
    expect(f.issuelinks).toEqual([]);
    expect(issue.properties).toEqual({}); // CLIN-14 has no evidence; unset properties are left out
    const linked = await call(site, { method: 'POST', path: '/rest/api/3/search/jql', body: { jql: 'key = CLIN-2', fields: 'issuelinks', properties: EVIDENCE_PROPERTY_KEY } });
    const link = linked.json.issues[0].fields.issuelinks[0];
    expect(link).toMatchObject({ id: expect.any(String), type: { name: 'Supports', inward: 'is supported by', outward: 'supports' }, outwardIssue: { key: 'STRAT-3', fields: { summary: expect.any(String), status: expect.any(Object), issuetype: { name: 'Objective' }, priority: expect.any(Object) } } });
    expect(link).not.toHaveProperty('inwardIssue');
    expect(linked.json.issues[0].properties[EVIDENCE_PROPERTY_KEY]).toMatchObject({ schemaVersion: 2, records: expect.any(Array) });
    const inward = await call(site, { method: 'POST', path: '/rest/api/3/search/jql', body: { jql: 'key = STRAT-3', fields: ['issuelinks'] } });
    expect(inward.json.issues[0].fields.issuelinks.map((l: { inwardIssue?: { key: string } }) => l.inwardIssue?.key).sort()).toEqual(['CLIN-15', 'CLIN-2', 'CLIN-30', 'CLIN-35', 'CLIN-39', 'PAT-2', 'PAT-23']);
  });

  it('expands the changelog when asked', async () => {
    const r = await call(site, { method: 'GET', path: '/rest/api/3/search/jql', query: { jql: 'key = CLIN-13', expand: 'changelog' } });
    const histories = r.json.issues[0].changelog.histories;
    expect(histories.flatMap((h: { items: { fieldId: string }[] }) => h.items).filter((i: { fieldId: string }) => i.fieldId === 'fixVersions')).toHaveLength(7);
  });

  it.each([
    [{ fields: ['*all'] }, "'*all'"],
    [{ fields: '*navigable' }, "'*navigable'"],
    [{ fields: ['assignee'] }, "the field 'assignee'"],
    [{ properties: ['a', 'b', 'c', 'd', 'e', 'f'] }, 'at most 5 issue properties'],
    [{ expand: 'renderedFields' }, "expand 'renderedFields'"],
    [{ reconcileIssues: [1] }, "'reconcileIssues'"],
  ])('refuses %j with 400', async (extra, message) => {
    const r = await call(site, { method: 'POST', path: '/rest/api/3/search/jql', body: { jql: 'project = CLIN', ...extra } });
    expect(r.status).toBe(400);
    expect(r.json.errorMessages[0]).toContain(message);
  });

  it('refuses unknown query parameters on GET', async () => {
    const r = await call(site, { method: 'GET', path: '/rest/api/3/search/jql', query: { jql: 'project = CLIN', startAt: 50 } });
    expect(r.status).toBe(400);
    expect(r.json.errorMessages[0]).toContain("'startAt'");
  });
});

describe('fixVersion in unreleasedVersions()', () => {
  it('matches items in versions not yet released, of every project or the named ones', async () => {
    const all = await searchKeys(site, 'project = CLIN AND fixVersion in unreleasedVersions()');
    const clin = await searchKeys(site, 'fixVersion in unreleasedVersions(CLIN)');
    const piItems = await searchKeys(site, 'project = CLIN AND fixVersion in ("PI 26.4", "PI 27.1")');
    expect([...clin].sort()).toEqual([...all].sort());
    expect(piItems.every((k) => all.includes(k))).toBe(true);
    // Past PIs are released: an item only in PI 26.1 is not in an unreleased version.
    const pastOnly = await searchKeys(site, 'project = CLIN AND fixVersion not in unreleasedVersions()');
    expect(pastOnly.length).toBeGreaterThan(0);
    expect(pastOnly.filter((k) => all.includes(k))).toEqual([]);
    // NOT IN never matches an empty fixVersion (CLIN-22 has none).
    expect(pastOnly).not.toContain('CLIN-22');
  });
});

describe("the app's issue-property aliases (manifest.yml's jira:entityProperty)", () => {
  const assessment = (verdict: string, score: number, carriedOver = 0) => ({
    verdict, score, strategy: 50, evidence: 50, delivery: 100, freshEvidence: 1, liveObjectives: 1, carriedOver, scoredOn: TODAY,
  });
  const put = async (s: ReturnType<typeof createSampleSite>, key: string, value: unknown) => {
    const r = await call(s, { method: 'PUT', path: `/rest/api/3/issue/${key}/properties/factory-gravity.assessment`, body: value });
    expect([200, 201]).toContain(r.status);
  };
  const aliased = createSampleSite({ today: TODAY });
  beforeAll(async () => {
    await put(aliased, 'CLIN-1', assessment('gravity', 20));
    await put(aliased, 'CLIN-2', assessment('aligned', 90));
    await put(aliased, 'CLIN-3', assessment('zombie', 35, 2));
    await put(aliased, 'PAT-1', { ...assessment('gravity', 15), score: 'fifteen' }); // not a number: not indexed as one
  });
  const errorOf = async (jql: string) => (await call(aliased, { method: 'GET', path: '/rest/api/3/search/jql', query: { jql } })).json.errorMessages?.[0];

  it('reads the alias table from manifest.yml', () => {
    expect(manifestPropertyAliases().map((a) => `${a.alias}:${a.type}:${a.path}`)).toEqual([
      'gravityVerdict:string:verdict', 'gravityScore:number:score', 'gravityStrategy:number:strategy', 'gravityEvidence:number:evidence',
      'gravityDelivery:number:delivery', 'gravityFreshEvidence:number:freshEvidence', 'gravityLiveObjectives:number:liveObjectives',
      'gravityCarriedOver:number:carriedOver', 'gravityDecision:string:decision', 'gravityOutcome:string:outcome',
    ]);
    expect(new Set(manifestPropertyAliases().map((a) => a.propertyKey))).toEqual(new Set(['factory-gravity.assessment']));
  });

  it.each([
    ['gravityVerdict = gravity', ['CLIN-1', 'PAT-1']],
    ['GRAVITYVERDICT = "gravity" AND project = CLIN', ['CLIN-1']],
    ['gravityVerdict != gravity', ['CLIN-2', 'CLIN-3']],
    // PAT-1's score is not a number, so not indexed: empty sorts last ascending.
    ['gravityVerdict in (gravity, zombie) ORDER BY gravityScore ASC', ['CLIN-1', 'CLIN-3', 'PAT-1']],
    ['gravityVerdict in (gravity, zombie) ORDER BY gravityScore DESC', ['PAT-1', 'CLIN-3', 'CLIN-1']],
    ['gravityVerdict not in (gravity) ORDER BY key', ['CLIN-2', 'CLIN-3']],
    ['gravityVerdict = Gravity', []],
    ['gravityScore < 40 ORDER BY gravityScore DESC', ['CLIN-3', 'CLIN-1']],
    ['gravityScore <= 35 ORDER BY key', ['CLIN-1', 'CLIN-3']],
    ['gravityScore > 35', ['CLIN-2']],
    ['gravityScore >= 35 ORDER BY key', ['CLIN-2', 'CLIN-3']],
    ['gravityScore = 90', ['CLIN-2']],
    ['gravityScore != 90 ORDER BY key', ['CLIN-1', 'CLIN-3']],
    ['gravityScore in (20, 90) ORDER BY key', ['CLIN-1', 'CLIN-2']],
    ['gravityCarriedOver >= 2', ['CLIN-3']],
    ['project = CLIN AND gravityScore is not EMPTY ORDER BY key', ['CLIN-1', 'CLIN-2', 'CLIN-3']],
    ['key in (CLIN-1, PAT-1, PAT-2) AND gravityScore is EMPTY ORDER BY key', ['PAT-1', 'PAT-2']],
    ['key in (CLIN-1, PAT-2) AND gravityVerdict is EMPTY', ['PAT-2']],
  ])('%s', async (jql, expected) => {
    const keys = await searchKeys(aliased, jql);
    if (jql.toLowerCase().includes('order by')) expect(keys).toEqual(expected);
    else expect([...keys].sort()).toEqual([...expected].sort());
  });

  it.each([
    ['gravityVerdict < gravity', "The operator '<' is not supported by the 'gravityVerdict' field."],
    ['gravityVerdict ~ gravity', "does not support the text-search operator '~'"],
    ['gravityScore = high', "The value 'high' for field 'gravityScore' is invalid: it holds numbers."],
    ['gravityScore > "4O"', "The value '4O' for field 'gravityScore' is invalid"],
    ['gravityVerdikt = gravity', "Field 'gravityVerdikt' does not exist or you do not have permission to view it."],
    ['project = CLIN ORDER BY gravityVerdikt', "Field 'gravityVerdikt' does not exist"],
  ])('refuses %s', async (jql, message) => {
    expect(await errorOf(jql)).toContain(message);
  });

  it('answers afresh after a property write, though searches are cached while paging', async () => {
    const s = createSampleSite({ today: TODAY });
    expect(await searchKeys(s, 'gravityVerdict = aligned')).toEqual([]);
    await put(s, 'CLIN-5', assessment('aligned', 80));
    expect(await searchKeys(s, 'gravityVerdict = aligned')).toEqual(['CLIN-5']);
    await call(s, { method: 'DELETE', path: '/rest/api/3/issue/CLIN-5/properties/factory-gravity.assessment' });
    expect(await searchKeys(s, 'gravityVerdict = aligned')).toEqual([]);
  });

  it('knows no alias a site was not given (a Jira site without the app)', async () => {
    const bare = createSampleSite({ today: TODAY, propertyAliases: [] });
    const r = await call(bare, { method: 'GET', path: '/rest/api/3/search/jql', query: { jql: 'gravityVerdict = gravity' } });
    expect(r.json.errorMessages).toEqual(["Field 'gravityVerdict' does not exist or you do not have permission to view it."]);
  });

  it('refuses a manifest value type it does not search, naming it', () => {
    const manifest = (type: string) =>
      `modules:\n  jira:entityProperty:\n    - key: k\n      propertyKey: p\n      values:\n        - path: when\n          type: ${type}\n          searchAlias: gravityWhen\n`;
    expect(propertyAliasesOf(manifest('number'))).toEqual([{ alias: 'gravityWhen', propertyKey: 'p', path: 'when', type: 'number' }]);
    expect(() => propertyAliasesOf(manifest('date'))).toThrow("searches string and number property values only, not 'date' (gravityWhen)");
    expect(() => propertyAliasesOf(manifest('colour'))).toThrow();
  });
});
