import { createSampleSite } from '../../src/jira/sample-site';
import { createMemoryKeyValueStore } from '../../src/storage/key-value-store';
import { dataOf, harness, TODAY } from './support/resolver-harness';

describe('getTrend over the sample site', () => {
  it('reconstructs every point until a PI is committed; then that PI comes from its newest baseline, with sizes', async () => {
    const site = createSampleSite({ today: TODAY });
    const kvs = createMemoryKeyValueStore();
    const alex = harness('alex', { site, kvs });
    const scope = { kind: 'project', projectKey: 'CLIN' } as const;
    const before = dataOf(await alex.call('getTrend', { scope }));
    expect(before.points.length).toBeGreaterThan(1);
    expect(before.points.every((p) => p.source === 'reconstructed')).toBe(true);
    expect(before.evidenceChecked).toBe(true);

    await alex.call('commitBaseline', { projectKey: 'CLIN', pi: 'current' });
    const v2 = dataOf(await alex.call('commitBaseline', { projectKey: 'CLIN', pi: 'current' }));
    const after = dataOf(await alex.call('getTrend', { scope }));
    const current = after.points.find((p) => p.role === 'current');
    expect(current).toMatchObject({ source: 'committed', baselineVersion: v2.version, asOf: TODAY, total: v2.itemCount });
    // The commit kept sizes in the trend's unit: no note about today's sizes.
    expect(after.notes.some((n) => n.includes('kept no sizes'))).toBe(false);
    expect(after.points.filter((p) => p.role !== 'current').every((p) => p.source === 'reconstructed')).toBe(true);
  });

  it('a board scope never reads baselines', async () => {
    const site = createSampleSite({ today: TODAY });
    const kvs = createMemoryKeyValueStore();
    const alex = harness('alex', { site, kvs });
    await alex.call('commitBaseline', { projectKey: 'CLIN', pi: 'current' });
    const trend = dataOf(await alex.call('getTrend', { scope: { kind: 'board', boardId: 1 } }));
    expect(trend.points.every((p) => p.source === 'reconstructed')).toBe(true);
  });
});
