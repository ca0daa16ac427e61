import { createSampleSite, type SampleUserId } from '../../src/jira/sample-site';
import { call, TODAY } from './helpers';

const site = createSampleSite({ today: TODAY });

type EditMeta = { fields: Record<string, { key: string; name: string; required: boolean; operations: string[]; schema: { type: string } }> };

/** editmeta per key of a search, as `user`. */
const editMetaOf = async (jql: string, user: SampleUserId, expand: unknown = 'editmeta'): Promise<Record<string, EditMeta>> => {
  const r = await call(site, { method: 'GET', path: '/rest/api/3/search/jql', query: { jql, fields: 'summary', maxResults: 100, expand: expand as string } }, user);
  if (r.status !== 200) throw new Error(`search failed ${r.status}: ${r.body}`);
  return Object.fromEntries((r.json.issues as { key: string; editmeta: EditMeta }[]).map((i) => [i.key, i.editmeta]));
};

const mypermEdit = async (issueKey: string, user: SampleUserId): Promise<boolean> => {
  const r = await call(site, { method: 'GET', path: '/rest/api/3/mypermissions', query: { permissions: 'EDIT_ISSUES', issueKey } }, user);
  return r.json.permissions.EDIT_ISSUES.havePermission === true;
};

describe('search with expand=editmeta', () => {
  it('gives each issue FieldMetadata for the fields the user may edit, in the Jira shape', async () => {
    const meta = await editMetaOf('key = CLIN-2', 'priya');
    const fields = meta['CLIN-2']?.fields ?? {};
    expect(Object.keys(fields).sort()).toEqual(['duedate', 'fixVersions', 'labels', 'summary']);
    expect(fields['summary']).toEqual({ required: true, schema: { type: 'string', system: 'summary' }, name: 'Summary', key: 'summary', operations: ['set'] });
    for (const [id, f] of Object.entries(fields)) {
      // FieldMetadata's required properties (jira-platform.json).
      expect(f).toMatchObject({ key: id, name: expect.any(String), required: expect.any(Boolean), operations: expect.any(Array), schema: { type: expect.any(String) } });
    }
    expect(fields['fixVersions']).toMatchObject({ schema: { type: 'array', items: 'version' }, allowedValues: expect.arrayContaining([expect.objectContaining({ name: 'PI 26.4' })]) });
  });

  it('answers {fields: {}} on issues the user may see but not edit', async () => {
    expect(await editMetaOf('key = STRAT-1', 'priya')).toEqual({ 'STRAT-1': { fields: {} } });
    expect(await editMetaOf('key = CLIN-2', 'sam')).toEqual({ 'CLIN-2': { fields: {} } });
  });

  it.each(['alex', 'priya', 'sam'] as const)('agrees with mypermissions EDIT_ISSUES on every issue %s sees', async (user) => {
    const meta = await editMetaOf('project in (CLIN, PAT, STRAT) ORDER BY key', user);
    const keys = Object.keys(meta);
    expect(keys.length).toBeGreaterThan(40);
    for (const key of keys) {
      expect(Object.keys(meta[key]?.fields ?? {}).length > 0).toBe(await mypermEdit(key, user));
    }
  });

  it('accepts changelog and editmeta together, as a comma list or repeated', async () => {
    for (const expand of ['changelog,editmeta', ['changelog', 'editmeta'], 'editmeta, changelog']) {
      const r = await call(site, { method: 'GET', path: '/rest/api/3/search/jql', query: { jql: 'key = CLIN-13', expand } }, 'priya');
      expect(r.status).toBe(200);
      expect(r.json.issues[0].changelog.histories.length).toBeGreaterThan(0);
      expect(Object.keys(r.json.issues[0].editmeta.fields)).toContain('summary');
    }
    const post = await call(site, { method: 'POST', path: '/rest/api/3/search/jql', body: { jql: 'key = CLIN-13', expand: 'editmeta' } }, 'sam');
    expect(post.json.issues[0].editmeta).toEqual({ fields: {} });
  });

  it('leaves editmeta out when it is not asked for, and still refuses other expands', async () => {
    const r = await call(site, { method: 'GET', path: '/rest/api/3/search/jql', query: { jql: 'key = CLIN-2', expand: 'changelog' } }, 'priya');
    expect(r.json.issues[0]).not.toHaveProperty('editmeta');
    const bad = await call(site, { method: 'GET', path: '/rest/api/3/search/jql', query: { jql: 'key = CLIN-2', expand: 'editmeta,transitions' } }, 'priya');
    expect(bad.status).toBe(400);
    expect(bad.json.errorMessages[0]).toContain("expand 'transitions'");
  });
});
