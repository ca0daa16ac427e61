import { createSampleSite } from '../../src/jira/sample-site';
import { createMemoryKeyValueStore } from '../../src/storage/key-value-store';
import { dataOf, harness, TODAY } from './support/resolver-harness';

describe('baseline resolvers over the sample site', () => {
  it('lets alex commit CLIN current, refuses priya and sam without storing anything, and keeps v1 when v2 is committed', async () => {
    const site = createSampleSite({ today: TODAY });
    const kvs = createMemoryKeyValueStore();
    for (const user of ['priya', 'sam'] as const) {
      const refused = await harness(user, { site, kvs }).call('commitBaseline', { projectKey: 'CLIN', pi: 'current' });
      expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('Only project admins of CLIN can commit') } });
    }
    expect(kvs.keys().filter((k) => k.startsWith('baseline'))).toEqual([]);
    const alex = harness('alex', { site, kvs });
    const v1 = dataOf(await alex.call('commitBaseline', { projectKey: 'CLIN', pi: 'current' }));
    expect(v1).toMatchObject({ projectKey: 'CLIN', version: 1, committedBy: { displayName: expect.any(String) } });
    const v2 = dataOf(await alex.call('commitBaseline', { projectKey: 'CLIN', pi: 'current' }));
    expect(v2.version).toBe(2);
    const got = dataOf(await harness('sam', { site, kvs }).call('getBaseline', { projectKey: 'CLIN', pi: v1.pi.name, version: 1 }));
    expect(got.baseline.items).toHaveLength(v1.itemCount);
    expect(got.versions.map((v) => v.version)).toEqual([2, 1]);
    const missing = await alex.call('getBaseline', { projectKey: 'CLIN', pi: v1.pi.name, version: 7 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('Committed versions: 1, 2') } });
    const report = dataOf(await alex.call('getScopeReport', { scope: { kind: 'project', projectKey: 'CLIN' }, pi: 'current' }));
    expect(report.baseline).toMatchObject({ version: 2, drift: { added: [], removed: [] } });
  });
});
