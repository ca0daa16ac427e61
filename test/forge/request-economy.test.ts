import { createSampleSite, generateLargeSite } from '../../src/jira/sample-site';
import { createMemoryKeyValueStore } from '../../src/storage/key-value-store';
import { dataOf, harness, TODAY } from './support/resolver-harness';

describe('Jira request economy', () => {
  it('getPanel costs at most 4 requests for a work item (plus one /mypermissions on a person’s first view of a project)', async () => {
    const site = createSampleSite({ today: TODAY });
    const { call } = harness('priya', { site, kvs: createMemoryKeyValueStore() });
    site.resetRequestLog();
    dataOf(await call('getPanel', { issueKey: 'CLIN-2' }));
    const first = site.requests.map((r) => r.path);
    expect(first.filter((p) => p === '/rest/api/3/mypermissions')).toHaveLength(1);
    expect(first.length).toBeLessThanOrEqual(5);

    for (const key of ['CLIN-2', 'CLIN-3', 'CLIN-6', 'CLIN-7']) {
      site.resetRequestLog();
      dataOf(await call('getPanel', { issueKey: key }));
      expect(site.requests.length).toBeLessThanOrEqual(4);
      expect(site.requests.some((r) => r.path === '/rest/api/3/mypermissions')).toBe(false);
    }
  });

  it('an item whose objective is its parent costs one more search (the parent is not a link)', async () => {
    const site = createSampleSite({ today: TODAY });
    const { call } = harness('alex', { site });
    dataOf(await call('getPanel', { issueKey: 'CLIN-2' }));
    site.resetRequestLog();
    dataOf(await call('getPanel', { issueKey: 'CLIN-1' }));
    expect(site.requests.length).toBeLessThanOrEqual(5);
  });

  it.each([1000, 3000])('getScopeReport over a PI of a %i-epic site costs about one search per 100 items', async (epics) => {
    const site = generateLargeSite({ today: TODAY, epics, seed: 11 });
    const { call } = harness('alex', { site });
    site.resetRequestLog();
    const report = dataOf(await call('getScopeReport', { scope: { kind: 'project', projectKey: 'EA' }, pi: 'current' }));
    const n = report.total;
    expect(n).toBeGreaterThan(100);
    const itemSearches = site.requests.filter((r) => r.path === '/rest/api/3/search/jql' && String(r.query?.['jql']).includes('project = "EA"'));
    expect(itemSearches).toHaveLength(Math.ceil(n / 100));
    // the rest: the PI calendar, one changelog bulkfetch per 1,000 items, objective look-ups (one per 100 objective keys)
    expect(site.requests.length).toBeLessThanOrEqual(Math.ceil(n / 100) + Math.ceil(n / 1000) + 3);
  });

  it('a board scope reads the board configuration and filter once', async () => {
    const site = createSampleSite({ today: TODAY });
    const { call } = harness('alex', { site });
    const boards = dataOf(await call('getScopeOptions', {})).boards;
    const board = boards.find((b) => b.projectKey === 'CLIN') ?? boards[0];
    site.resetRequestLog();
    dataOf(await call('getScopeReport', { scope: { kind: 'board', boardId: board?.id ?? 0 }, pi: 'current' }));
    expect(site.requests.filter((r) => r.path.endsWith('/configuration'))).toHaveLength(1);
    expect(site.requests.filter((r) => r.path.startsWith('/rest/api/3/filter/'))).toHaveLength(1);
  });
});
