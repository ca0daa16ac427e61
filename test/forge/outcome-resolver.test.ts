import { buildRiversideHealth } from '../../src/jira/sample-site/data/riverside-health';
import { manifestPropertyAliases } from '../../src/jira/sample-site';
import { createSiteFromStore } from '../../src/jira/sample-site/sample-site';
import type { SiteStore } from '../../src/jira/sample-site/model';
import { dataOf, errorOf, harness, TODAY } from './support/resolver-harness';

/**
 * getOutcomes through the exported resolver, as Forge calls it. CLIN-4 is
 * in the "Leadership only" security level (Sam is not in it); here it is
 * also delivered (Done, resolved 1 June), so a list that leaked it would show it.
 */

const CLIN = { kind: 'project', projectKey: 'CLIN' } as const;

/** The Riverside Health site with CLIN-4 delivered on 1 June 2026 (and, for the check, still in Leadership only). */
const siteWithHiddenDelivery = () => {
  const store = buildRiversideHealth(TODAY);
  const delivered: SiteStore = {
    ...store,
    issues: store.issues.map((i) =>
      i.key === 'CLIN-4' ? { ...i, statusName: 'Done', resolutionDate: '2026-06-01T10:00:00.000+0000', updated: '2026-06-01T10:00:00.000+0000' } : i,
    ),
    remoteLinksOf: (id) => store.remoteLinksOf(id),
    historiesOf: (id) => store.historiesOf(id),
    initialPropertiesOf: (id) => store.initialPropertiesOf(id),
  };
  expect(delivered.issues.find((i) => i.key === 'CLIN-4')?.securityLevel).toBe('Leadership only');
  return createSiteFromStore(delivered, 0, manifestPropertyAliases());
};

describe('getOutcomes', () => {
  it.each([
    ['project CLIN', CLIN],
    ['JQL project = CLIN', { kind: 'jql', jql: 'project = CLIN' }],
  ] as const)('%s: Sam gets every delivered item Alex gets except the one Sam cannot see', async (_name, scope) => {
    const site = siteWithHiddenDelivery();
    const alex = dataOf(await harness('alex', { site }).call('getOutcomes', { scope }));
    const sam = dataOf(await harness('sam', { site }).call('getOutcomes', { scope }));
    const alexKeys = alex.items.map((r) => r.key);
    expect(alexKeys).toContain('CLIN-4');
    expect(alex.items.find((r) => r.key === 'CLIN-4')?.outcome).toMatchObject({ status: 'overdue', delivery: { on: '2026-06-01', from: 'resolution' } });
    expect(sam.items.map((r) => r.key)).toEqual(alexKeys.filter((k) => k !== 'CLIN-4'));
    expect(JSON.stringify(sam)).not.toContain('CLIN-4');
    expect(sam.counts.overdue).toBe(alex.counts.overdue - 1);
    expect(alex.evidenceChecked).toBe(true);
  });

  it('a board scope lists what its project lists, searched with its filter and the delivered clause', async () => {
    const h = harness('alex');
    const board = dataOf(await h.call('getScopeOptions', {})).boards.find((b) => b.name === 'CLIN PI board');
    const byBoard = dataOf(await h.call('getOutcomes', { scope: { kind: 'board', boardId: board?.id ?? -1 } }));
    const byProject = dataOf(await h.call('getOutcomes', { scope: CLIN }));
    expect(byBoard.jql).toMatch(/^\(filter = "\d+"\) AND .* AND statusCategory = Done AND updated >= "2025-11-25" ORDER BY key ASC$/);
    expect(byBoard.items.map((r) => [r.key, r.outcome.status])).toEqual(byProject.items.map((r) => [r.key, r.outcome.status]));
    expect(byBoard.items.length).toBeGreaterThan(0);
  });

  it('defaults since to the lookback (12 months) and takes a given day', async () => {
    const h = harness('alex');
    const byDefault = dataOf(await h.call('getOutcomes', { scope: CLIN }));
    expect(byDefault).toMatchObject({ today: TODAY, since: '2025-11-26', dueWeeks: 12 });
    const recent = dataOf(await h.call('getOutcomes', { scope: CLIN, since: '2026-10-01' }));
    expect(recent.since).toBe('2026-10-01');
    expect(recent.items.every((r) => r.outcome.delivery === null || r.outcome.delivery.on >= '2026-10-01')).toBe(true);
    expect(recent.items.length).toBeLessThan(byDefault.items.length);
  });

  it.each([
    ['not a date', { scope: CLIN, since: 'last spring' }, 'since'],
    ['a day that does not exist', { scope: CLIN, since: '2026-02-30' }, 'since'],
    ['a field it does not know', { scope: CLIN, pi: 'current' }, ''],
    ['no scope', { since: '2026-01-01' }, 'scope'],
  ])('refuses %s as BAD_PAYLOAD, naming the field', async (_name, payload, path) => {
    const h = harness('alex');
    h.site.resetRequestLog();
    const error = errorOf(await h.call('getOutcomes', payload));
    expect(error.code).toBe('BAD_PAYLOAD');
    if (path !== '') expect(error.issues?.some((i) => i.path[0] === path)).toBe(true);
    expect(h.site.requests).toEqual([]);
  });

  it('refuses a since after today with what to do, before reading Jira', async () => {
    const h = harness('alex');
    h.site.resetRequestLog();
    const error = errorOf(await h.call('getOutcomes', { scope: CLIN, since: '2026-11-27' }));
    expect(error).toMatchObject({ code: 'BAD_PAYLOAD', message: expect.stringContaining('Give a day on or before today') });
    expect(h.site.requests).toEqual([]);
  });
});
