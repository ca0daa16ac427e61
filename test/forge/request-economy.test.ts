import { createJiraClient } from '../../src/jira/create-client';
import { createSampleSite, generateLargeSite, INTENDED_VERDICTS } from '../../src/jira/sample-site';
import { createMemoryKeyValueStore } from '../../src/storage/key-value-store';
import { saveSettings } from '../../src/storage/settings-store';
import { consumeRescoreBatch } from '../../src/triggers/rescore-consumer';
import { dataOf, harness, TODAY } from './support/resolver-harness';
import { deliveredSinceClause } from '../../src/services/read-scope-outcomes';

describe('Jira request economy', () => {
  const epicKeys = async (): Promise<string[]> => {
    const probe = createSampleSite({ today: TODAY });
    const issues = await createJiraClient(probe.transport('alex')).search({ jql: 'project in (CLIN, PAT) AND issuetype = Epic ORDER BY key', fields: [] });
    return issues.map((i) => i.key);
  };

  /** getPanel on a fresh site with fresh deps and caches: the first open of the item. */
  const firstOpen = async (user: 'priya' | 'sam', issueKey: string) => {
    const site = createSampleSite({ today: TODAY });
    const { call } = harness(user, { site, kvs: createMemoryKeyValueStore() });
    site.resetRequestLog();
    const panel = dataOf(await call('getPanel', { issueKey }));
    return { panel, requests: site.requests.map((r) => ({ path: r.path, jql: String(r.query?.['jql'] ?? '') })) };
  };

  it('getPanel costs at most 5 requests (4 plus the site\'s fields, for the capacity field) on the first open of every CLIN and PAT epic, with no /mypermissions', async () => {
    const keys = await epicKeys();
    expect([...keys].sort()).toEqual(Object.keys(INTENDED_VERDICTS).filter((k) => /^(CLIN|PAT)-/.test(k)).sort());
    expect(keys.length).toBeGreaterThanOrEqual(40);
    const counts: Record<string, number> = {};
    for (const key of keys) {
      const { panel, requests } = await firstOpen('priya', key);
      counts[key] = requests.length;
      expect(panel.canEdit).toBe(true); // Priya edits in CLIN and PAT
      expect(requests.some((r) => r.path === '/rest/api/3/mypermissions')).toBe(false);
    }
    expect(Object.entries(counts).filter(([, n]) => n > 5)).toEqual([]);
    expect(Math.max(...Object.values(counts))).toBe(5); // the items under a parent objective
  });

  it('an item whose objective is its parent costs the parent search as its fifth request (after the site\'s fields)', async () => {
    const { panel, requests } = await firstOpen('priya', 'CLIN-1');
    expect(panel.assessment.objectives.some((o) => o.via === 'parent')).toBe(true);
    expect(requests).toHaveLength(5);
    expect(requests[0]?.path).toBe('/rest/api/3/field');
    expect(requests.filter((r) => r.path === '/rest/api/3/search/jql').map((r) => r.jql)).toEqual([
      expect.stringContaining('linkedIssues("CLIN-1")'),
      expect.stringContaining('STRAT-'),
    ]);
  });

  it('a person who may not edit gets canEdit false at the same cost', async () => {
    for (const key of ['CLIN-1', 'CLIN-2', 'PAT-1']) {
      const { panel, requests } = await firstOpen('sam', key);
      expect(panel.canEdit).toBe(false);
      expect(requests.length).toBeLessThanOrEqual(5);
      expect(requests.some((r) => r.path === '/rest/api/3/mypermissions')).toBe(false);
    }
  });

  it('an evidence change checks Edit issues once, then reads the panel within the same 5 requests', async () => {
    const site = createSampleSite({ today: TODAY });
    const { call } = harness('priya', { site });
    site.resetRequestLog();
    const panel = dataOf(
      await call('addEvidence', {
        issueKey: 'CLIN-1',
        evidence: { kind: 'interview', source: { name: 'Ward 7 nurses' }, observedOn: '2026-10-12', summary: 'Nurses copy the handover sheet by hand at every shift change.' },
      }),
    );
    expect(panel.canEdit).toBe(true);
    const paths = site.requests.map((r) => r.path);
    expect(paths.filter((p) => p === '/rest/api/3/mypermissions')).toHaveLength(1);
    // Everything but the permission check and the evidence / assessment properties is the panel read.
    expect(paths.filter((p) => p !== '/rest/api/3/mypermissions' && !p.includes('/properties')).length).toBeLessThanOrEqual(5);
  });

  it.each([1000, 3000])('getScopeReport over a PI of a %i-epic site costs about one search per 100 items', async (epics) => {
    const site = generateLargeSite({ today: TODAY, epics, seed: 11 });
    const { call } = harness('alex', { site });
    site.resetRequestLog();
    const report = dataOf(await call('getScopeReport', { scope: { kind: 'project', projectKey: 'EA' }, pi: 'current' }));
    const n = report.total;
    expect(n).toBeGreaterThan(100);
    const scopeSearches = site.requests.filter((r) => r.path === '/rest/api/3/search/jql' && String(r.query?.['jql']).includes('project = "EA"'));
    const isCandidateSearch = (r: (typeof scopeSearches)[number]) => String(r.query?.['jql']).includes('statusCategory != Done');
    const itemSearches = scopeSearches.filter((r) => !isCandidateSearch(r));
    expect(itemSearches).toHaveLength(Math.ceil(n / 100));
    // The candidates waiting outside the PI: one search page per 100 of them (the open items outside the PI).
    const waiting = site.issueIds.length;
    const candidatePages = scopeSearches.filter(isCandidateSearch).length;
    expect(candidatePages).toBeGreaterThanOrEqual(1);
    expect(candidatePages).toBeLessThanOrEqual(Math.ceil(waiting / 100));
    // the rest: the site's fields, the PI calendar, one changelog bulkfetch per 1,000 items (and per 1,000 candidates), objective look-ups (one per 100 objective keys, for the PI's items and for the candidates)
    expect(site.requests.length).toBeLessThanOrEqual(Math.ceil(n / 100) + Math.ceil(n / 1000) + 3 + 1 + candidatePages + 2);
  });

  it('a re-score batch of 100 changed items costs one id search and ONE bulk property write, and reads settings with one storage query', async () => {
    const site = generateLargeSite({ today: TODAY, epics: 300, seed: 11 });
    const { deps } = harness('alex', { site });
    await saveSettings(deps.kvs, 'EA', { evidence: { freshnessMonths: 12 } });
    const jira = createJiraClient(site.transport('alex'));
    const ids = (await jira.search({ jql: 'issuetype = "Epic" ORDER BY key ASC', fields: ['id'], pageSize: 100 })).slice(0, 100).map((i) => i.id);
    const lists = jest.spyOn(deps.kvs, 'listByPrefix');
    const gets = jest.spyOn(deps.kvs, 'get');
    site.resetRequestLog();
    const first = await consumeRescoreBatch({ jira, kvs: deps.kvs, today: () => TODAY }, { body: { issueIds: ids } });
    expect(first).toMatchObject({ scored: 100, written: 100 });
    expect(site.requests.filter((r) => r.method === 'PUT')).toHaveLength(0);
    expect(site.requests.filter((r) => r.path === '/rest/api/3/issue/properties/multi')).toHaveLength(1);
    expect(site.requests.filter((r) => r.path === '/rest/api/3/search/jql' && /^key in \(\d/.test(String(r.query?.['jql'])))).toHaveLength(1);
    expect(lists).toHaveBeenCalledTimes(1);
    expect(gets.mock.calls.filter(([key]) => key.startsWith('settings'))).toEqual([]);

    site.resetRequestLog();
    const again = await consumeRescoreBatch({ jira, kvs: deps.kvs, today: () => TODAY }, { body: { issueIds: ids } });
    expect(again.written).toBe(0);
    expect(site.requests.filter((r) => r.method !== 'GET')).toEqual(site.requests.filter((r) => r.path === '/rest/api/3/changelog/bulkfetch'));
  });

  it('a board scope reads the board configuration once and searches with its filter', async () => {
    const site = createSampleSite({ today: TODAY });
    const { call } = harness('alex', { site });
    const boards = dataOf(await call('getScopeOptions', {})).boards;
    const board = boards.find((b) => b.projectKey === 'CLIN') ?? boards[0];
    site.resetRequestLog();
    dataOf(await call('getScopeReport', { scope: { kind: 'board', boardId: board?.id ?? 0 }, pi: 'current' }));
    expect(site.requests.filter((r) => r.path.endsWith('/configuration'))).toHaveLength(1);
    expect(site.requests.filter((r) => r.path.startsWith('/rest/api/3/filter/'))).toHaveLength(0);
    const searches = site.requests.filter((r) => r.path === '/rest/api/3/search/jql');
    expect(searches.some((r) => String(r.query?.['jql']).startsWith('(filter = '))).toBe(true);
  });
});

describe('Jira request economy: getOutcomes', () => {
  it('costs ONE search of the delivered items, one page per 100, plus the fields, the calendar and the objective look-ups', async () => {
    const site = generateLargeSite({ today: TODAY, epics: 3000, seed: 11 });
    const { call } = harness('alex', { site });
    site.resetRequestLog();
    const report = dataOf(await call('getOutcomes', { scope: { kind: 'project', projectKey: 'EA' } }));
    const searches = site.requests.filter((r) => r.path === '/rest/api/3/search/jql' && String(r.query?.['jql']).includes('project = "EA"'));
    expect(new Set(searches.map((r) => String(r.query?.['jql'])))).toEqual(new Set([report.jql]));
    expect(report.jql).toContain(deliveredSinceClause(report.since));
    const n = report.items.length;
    expect(n).toBeGreaterThan(100);
    // Every Done item updated since `since` is delivered since then on the large site: the pages are those of the list.
    expect(searches).toHaveLength(Math.ceil(n / 100));
    // the rest: the site's fields and the PI calendar first, then the objective look-ups (one per 100 objective keys and parent level); histories came inline
    expect(site.requests.slice(0, 2).map((r) => r.path)).toEqual(['/rest/api/3/field', '/rest/api/3/project/EA/version']);
    expect(site.requests.filter((r) => r.path === '/rest/api/3/changelog/bulkfetch')).toHaveLength(0);
    expect(site.requests.length).toBeLessThanOrEqual(2 + Math.ceil(n / 100) + 2);
  });
});
