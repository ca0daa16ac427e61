import { createSampleSite, LEADERSHIP_ONLY, SAMPLE_USERS } from '../../src/jira/sample-site';
import { EVIDENCE_PROPERTY_KEY } from '../../src/shared/evidence';
import { call, searchKeys, TODAY } from './helpers';

const NOT_FOUND = { errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} };
// Leadership-only epics in the demo data.
const LEADERSHIP = ['CLIN-11', 'CLIN-17', 'CLIN-4']; // sorted as strings

const perms = async (site: ReturnType<typeof createSampleSite>, user: 'alex' | 'priya' | 'sam', context: Record<string, string>) => {
  const r = await call(site, { method: 'GET', path: '/rest/api/3/mypermissions', query: { permissions: 'BROWSE_PROJECTS,EDIT_ISSUES,ADMINISTER_PROJECTS,LINK_ISSUES', ...context } }, user);
  if (r.status !== 200) return r.status;
  return Object.fromEntries(Object.entries(r.json.permissions as Record<string, { havePermission: boolean }>).map(([k, v]) => [k, v.havePermission]));
};

describe('sample users', () => {
  const site = createSampleSite({ today: TODAY });

  it('has Alex, Priya and Sam; Alex is the default user', async () => {
    expect(SAMPLE_USERS.map((u) => u.displayName)).toEqual(['Alex Rivera', 'Priya Nair', 'Sam Okafor']);
    await call(site, { method: 'GET', path: '/rest/api/3/project/search' });
    expect(site.requests.at(-1)?.user).toBe('alex');
  });

  it('answers mypermissions per user and context', async () => {
    const all = { BROWSE_PROJECTS: true, EDIT_ISSUES: true, ADMINISTER_PROJECTS: true, LINK_ISSUES: true };
    expect(await perms(site, 'alex', { projectKey: 'STRAT' })).toEqual(all);
    expect(await perms(site, 'alex', { issueKey: 'CLIN-4' })).toEqual(all);
    expect(await perms(site, 'priya', { projectKey: 'CLIN' })).toEqual({ BROWSE_PROJECTS: true, EDIT_ISSUES: true, ADMINISTER_PROJECTS: false, LINK_ISSUES: true });
    expect(await perms(site, 'priya', { issueKey: 'PAT-1' })).toEqual({ BROWSE_PROJECTS: true, EDIT_ISSUES: true, ADMINISTER_PROJECTS: false, LINK_ISSUES: true });
    expect(await perms(site, 'priya', { issueKey: 'STRAT-1' })).toEqual({ BROWSE_PROJECTS: true, EDIT_ISSUES: false, ADMINISTER_PROJECTS: false, LINK_ISSUES: false });
    expect(await perms(site, 'sam', { issueKey: 'CLIN-1' })).toEqual({ BROWSE_PROJECTS: true, EDIT_ISSUES: false, ADMINISTER_PROJECTS: false, LINK_ISSUES: false });
    expect(await perms(site, 'sam', {})).toEqual({ BROWSE_PROJECTS: true, EDIT_ISSUES: false, ADMINISTER_PROJECTS: false, LINK_ISSUES: false });
    expect(await perms(site, 'priya', {})).toEqual({ BROWSE_PROJECTS: true, EDIT_ISSUES: true, ADMINISTER_PROJECTS: false, LINK_ISSUES: true });
  });

  it('answers mypermissions in the Jira shape', async () => {
    const r = await call(site, { method: 'GET', path: '/rest/api/3/mypermissions', query: { permissions: 'EDIT_ISSUES', issueKey: 'CLIN-1' } }, 'priya');
    expect(r.json).toEqual({
      permissions: { EDIT_ISSUES: { id: '12', key: 'EDIT_ISSUES', name: 'Edit Issues', type: 'PROJECT', description: 'Ability to edit issues.', havePermission: true } },
    });
  });

  it('refuses mypermissions without permissions, with an unknown one, or for a hidden issue', async () => {
    expect((await call(site, { method: 'GET', path: '/rest/api/3/mypermissions', query: { issueKey: 'CLIN-1' } })).status).toBe(400);
    expect((await call(site, { method: 'GET', path: '/rest/api/3/mypermissions', query: { permissions: 'DELETE_ISSUES' } })).status).toBe(400);
    const hidden = await call(site, { method: 'GET', path: '/rest/api/3/mypermissions', query: { permissions: 'BROWSE_PROJECTS', issueKey: 'CLIN-4' } }, 'sam');
    expect(hidden).toMatchObject({ status: 404, json: NOT_FOUND });
    expect((await call(site, { method: 'GET', path: '/rest/api/3/mypermissions', query: { permissions: 'BROWSE_PROJECTS', projectKey: 'NOPE' } })).status).toBe(404);
  });

  it(`hides "${LEADERSHIP_ONLY}" epics from Sam everywhere`, async () => {
    const alexKeys = await searchKeys(site, 'project in (CLIN, PAT)', 'alex');
    const samKeys = await searchKeys(site, 'project in (CLIN, PAT)', 'sam');
    expect(LEADERSHIP.every((k) => alexKeys.includes(k))).toBe(true);
    expect(alexKeys.filter((k) => !samKeys.includes(k)).sort()).toEqual(LEADERSHIP);
    expect(await searchKeys(site, 'project in (CLIN, PAT)', 'priya')).toEqual(alexKeys);
    for (const key of LEADERSHIP) {
      expect(await call(site, { method: 'GET', path: `/rest/api/3/issue/${key}/properties/${EVIDENCE_PROPERTY_KEY}` }, 'sam')).toMatchObject({ status: 404, json: NOT_FOUND });
      expect(await call(site, { method: 'GET', path: `/rest/api/3/issue/${key}/remotelink` }, 'sam')).toMatchObject({ status: 404, json: NOT_FOUND });
      expect(await call(site, { method: 'PUT', path: `/rest/api/3/issue/${key}/properties/x`, body: { a: 1 } }, 'sam')).toMatchObject({ status: 404, json: NOT_FOUND });
    }
    // A hidden issue named in JQL is an error, as in Jira; and its links are left out of the objective's links.
    const byKey = await call(site, { method: 'GET', path: '/rest/api/3/search/jql', query: { jql: 'key = CLIN-4' } }, 'sam');
    expect(byKey.status).toBe(400);
    const strat1 = await call(site, { method: 'GET', path: '/rest/api/3/search/jql', query: { jql: 'key = STRAT-1', fields: 'issuelinks' } }, 'sam');
    const linked = strat1.json.issues[0].fields.issuelinks.map((l: { inwardIssue: { key: string } }) => l.inwardIssue.key);
    expect(linked).not.toContain('CLIN-4');
    expect(linked).toContain('CLIN-3');
    expect(await searchKeys(site, 'issue in linkedIssues(STRAT-1)', 'sam')).not.toContain('CLIN-17');
  });

  it('leaves hidden issues out of changelog bulkfetch silently', async () => {
    const body = { issueIdsOrKeys: ['CLIN-4', 'CLIN-1', 'NOPE-1'], fieldIds: ['fixVersions'] };
    const alex = await call(site, { method: 'POST', path: '/rest/api/3/changelog/bulkfetch', body });
    const sam = await call(site, { method: 'POST', path: '/rest/api/3/changelog/bulkfetch', body }, 'sam');
    expect(alex.json.issueChangeLogs.map((l: { issueId: string }) => l.issueId).sort()).toEqual(['10006', '10011']);
    expect(sam.status).toBe(200);
    expect(sam.json.issueChangeLogs.map((l: { issueId: string }) => l.issueId)).toEqual(['10006']);
  });

  it('refuses property writes without edit permission (403) but lets Priya edit CLIN', async () => {
    const before = site.dump();
    const sam = await call(site, { method: 'PUT', path: '/rest/api/3/issue/CLIN-1/properties/x', body: { a: 1 } }, 'sam');
    expect(sam.status).toBe(403);
    expect((await call(site, { method: 'DELETE', path: `/rest/api/3/issue/CLIN-1/properties/${EVIDENCE_PROPERTY_KEY}` }, 'sam')).status).toBe(403);
    expect((await call(site, { method: 'PUT', path: '/rest/api/3/issue/STRAT-1/properties/x', body: { a: 1 } }, 'priya')).status).toBe(403);
    expect(site.dump()).toBe(before);
    expect((await call(site, { method: 'PUT', path: '/rest/api/3/issue/CLIN-1/properties/x', body: { a: 1 } }, 'priya')).status).toBe(201);
    expect(site.dump()).not.toBe(before);
  });
});
