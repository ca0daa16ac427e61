import { createSampleSite, PROPERTY_VALUE_LIMIT } from '../../src/jira/sample-site';
import { EVIDENCE_PROPERTY_KEY } from '../../src/shared/evidence';
import { call, TODAY } from './helpers';

describe('issue properties', () => {
  it('creates (201), reads, updates (200), lists and deletes (204) a property', async () => {
    const site = createSampleSite({ today: TODAY });
    const path = '/rest/api/3/issue/CLIN-7/properties/factory-gravity.assessment';
    expect(await call(site, { method: 'GET', path })).toMatchObject({
      status: 404,
      json: { errorMessages: ["The property with key 'factory-gravity.assessment' does not exist."], errors: {} },
    });
    expect((await call(site, { method: 'PUT', path, body: { verdict: 'gravity', score: 12 } })).status).toBe(201);
    expect((await call(site, { method: 'GET', path })).json).toEqual({ key: 'factory-gravity.assessment', value: { verdict: 'gravity', score: 12 } });
    expect((await call(site, { method: 'PUT', path: '/rest/api/3/issue/10015/properties/factory-gravity.assessment', body: { verdict: 'aligned' } })).status).toBe(200);
    expect((await call(site, { method: 'GET', path })).json.value).toEqual({ verdict: 'aligned' });
    const keys = await call(site, { method: 'GET', path: '/rest/api/3/issue/CLIN-7/properties' });
    expect(keys.json.keys.map((k: { key: string }) => k.key)).toEqual(['factory-gravity.assessment']);
    const inline = await call(site, { method: 'POST', path: '/rest/api/3/search/jql', body: { jql: 'key = CLIN-7', properties: ['factory-gravity.assessment'] } });
    expect(inline.json.issues[0].properties).toEqual({ 'factory-gravity.assessment': { verdict: 'aligned' } });
    expect((await call(site, { method: 'DELETE', path })).status).toBe(204);
    expect((await call(site, { method: 'GET', path })).status).toBe(404);
    expect((await call(site, { method: 'DELETE', path })).status).toBe(404);
  });

  it('refuses a value longer than 32,768 characters when serialised, and changes nothing', async () => {
    const site = createSampleSite({ today: TODAY });
    const path = `/rest/api/3/issue/CLIN-1/properties/${EVIDENCE_PROPERTY_KEY}`;
    const before = site.dump();
    const fits = 'x'.repeat(PROPERTY_VALUE_LIMIT - 2); // JSON string: two quotes
    const tooLong = 'x'.repeat(PROPERTY_VALUE_LIMIT - 1);
    const refused = await call(site, { method: 'PUT', path, body: tooLong });
    expect(refused.status).toBe(400);
    expect(refused.json.errorMessages[0]).toContain('32768');
    expect(site.dump()).toBe(before);
    expect((await call(site, { method: 'PUT', path, body: fits })).status).toBe(200);
    expect((await call(site, { method: 'GET', path })).json.value).toHaveLength(PROPERTY_VALUE_LIMIT - 2);
  });

  it('refuses a missing body', async () => {
    const site = createSampleSite({ today: TODAY });
    expect((await call(site, { method: 'PUT', path: '/rest/api/3/issue/CLIN-1/properties/x' })).status).toBe(400);
  });

  it('404s for an unknown issue', async () => {
    const site = createSampleSite({ today: TODAY });
    expect((await call(site, { method: 'GET', path: '/rest/api/3/issue/CLIN-999/properties/x' })).status).toBe(404);
  });

  it('dumps state deterministically: equal for equal sites, changed by a write and restored by undoing it', async () => {
    const a = createSampleSite({ today: TODAY });
    const b = createSampleSite({ today: TODAY });
    expect(a.dump()).toBe(b.dump());
    expect(a.dump()).toContain(EVIDENCE_PROPERTY_KEY);
    const path = `/rest/api/3/issue/PAT-1/properties/${EVIDENCE_PROPERTY_KEY}`;
    const original = (await call(a, { method: 'GET', path })).json.value;
    await call(a, { method: 'PUT', path, body: { ...original, revision: original.revision + 1 } });
    expect(a.dump()).not.toBe(b.dump());
    await call(a, { method: 'PUT', path, body: original });
    expect(a.dump()).toBe(b.dump());
  });
});
