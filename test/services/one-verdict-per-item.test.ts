import { JsonReportSchema } from '../../src/cli/json-report';
import { main } from '../../src/cli/main';
import { createJiraClient } from '../../src/jira/create-client';
import { createSampleSite } from '../../src/jira/sample-site';
import { ASSESSMENT_PROPERTY_KEY } from '../../src/shared/evidence';
import type { ScopeSpec, PiSelector } from '../../src/shared/scope';
import { saveSettings } from '../../src/storage/settings-store';
import { handleIssueEvent } from '../../src/triggers/issue-event';
import { createMemoryQueue } from '../../src/triggers/rescore-queue';
import { fakeIo } from '../cli/fake-io';
import { dataOf, harness, TODAY } from '../forge/support/resolver-harness';

/**
 * Issue 9, item 2: an item has ONE verdict on every surface. CLIN keeps the
 * defaults; PAT sets evidence.freshnessMonths to 1, so PAT-1's field evidence
 * (older than a month, younger than 18) is stale for PAT and fresh for CLIN.
 * Every surface must score PAT-1 with PAT's settings and PAT's own PI
 * calendar, whatever scope it is read in.
 */

const PAT_SETTINGS = { evidence: { freshnessMonths: 1 } };

const setup = async () => {
  const site = createSampleSite({ today: TODAY });
  const h = harness('alex', { site });
  await saveSettings(h.deps.kvs, 'PAT', PAT_SETTINGS);
  return { site, h };
};

const verdictIn = async (h: Awaited<ReturnType<typeof setup>>['h'], scope: ScopeSpec, pi: PiSelector): Promise<string | undefined> => {
  const report = dataOf(await h.call('getScopeReport', { scope, pi }));
  return report.items.find((i) => i.key === 'PAT-1')?.verdict;
};

describe('one verdict per item on every surface (PAT freshness 1 month, CLIN default)', () => {
  it('PAT-1 has the same verdict in its panel, the PAT report, the CLIN+PAT JQL report, the ART board, the CLI json and the re-scored JQL property', async () => {
    const { site, h } = await setup();
    const panel = dataOf(await h.call('getPanel', { issueKey: 'PAT-1' })).assessment;
    expect(panel.planning === 'current' || panel.planning === 'next').toBe(true);
    const pi: PiSelector = panel.planning === 'current' ? 'current' : 'next';
    // With PAT's 1-month window PAT-1 keeps its objective and loses its evidence.
    expect(panel.verdict).toBe('ungrounded');

    const boards = dataOf(await h.call('getScopeOptions', {})).boards;
    const art = boards.find((b) => b.name === 'ART board');
    expect(art?.projectKey).toBe('CLIN'); // the board's own project is CLIN: its settings choose the PI, not PAT-1's score

    const surfaces: Record<string, string | undefined> = {
      panel: panel.verdict,
      'project = PAT': await verdictIn(h, { kind: 'project', projectKey: 'PAT' }, pi),
      'project in (CLIN, PAT)': await verdictIn(h, { kind: 'jql', jql: 'project in (CLIN, PAT)' }, pi),
      'ART board': await verdictIn(h, { kind: 'board', boardId: art?.id ?? -1 }, pi),
    };

    // The CLI has no storage: its --settings file is the project's settings (PAT's here).
    const io = fakeIo({ files: { 'pat.json': JSON.stringify(PAT_SETTINGS) } });
    const code = await main(['scan', '--sample', '--today', TODAY, '--project', 'PAT', '--pi', pi, '--settings', 'pat.json', '--format', 'json'], io);
    expect(io.err()).toBe('');
    expect(code).toBe(0);
    surfaces['CLI json'] = JsonReportSchema.parse(JSON.parse(io.out())).items.find((i) => i.key === 'PAT-1')?.verdict;

    // The background re-score writes the property JQL reads (gravityVerdict).
    const app = createJiraClient(site.transport('alex'));
    const [pat1] = await app.search({ jql: 'key = "PAT-1"', fields: [] });
    await handleIssueEvent({ jira: app, kvs: h.deps.kvs, queue: createMemoryQueue(), today: () => TODAY }, { issue: { id: pat1?.id ?? '' } });
    surfaces['assessment property'] = ((await app.getIssueProperty('PAT-1', ASSESSMENT_PROPERTY_KEY)) as { verdict?: string } | undefined)?.verdict;

    expect(surfaces).toEqual({
      panel: 'ungrounded',
      'project = PAT': 'ungrounded',
      'project in (CLIN, PAT)': 'ungrounded',
      'ART board': 'ungrounded',
      'CLI json': 'ungrounded',
      'assessment property': 'ungrounded',
    });
  });

  it('in the PI of CLIN-2, the CLIN+PAT report scores PAT-1 with PAT’s window and CLIN-2 with CLIN’s', async () => {
    const { h } = await setup();
    const clin2 = dataOf(await h.call('getPanel', { issueKey: 'CLIN-2' })).assessment;
    const pi: PiSelector = clin2.planning === 'current' ? 'current' : 'next';
    expect(await verdictIn(h, { kind: 'jql', jql: 'project in (CLIN, PAT)' }, pi)).toBe('ungrounded');
    const report = dataOf(await h.call('getScopeReport', { scope: { kind: 'jql', jql: 'project in (CLIN, PAT)' }, pi }));
    expect(report.items.find((i) => i.key === 'CLIN-2')?.verdict).toBe(clin2.verdict);
  });

  it('getScopeReport reads every project’s settings with one storage query, and no settings key one by one', async () => {
    const { h } = await setup();
    const lists = jest.spyOn(h.deps.kvs, 'listByPrefix');
    const gets = jest.spyOn(h.deps.kvs, 'get');
    dataOf(await h.call('getScopeReport', { scope: { kind: 'jql', jql: 'project in (CLIN, PAT)' }, pi: 'next' }));
    expect(lists.mock.calls).toEqual([['settings:']]);
    expect(gets.mock.calls.filter(([key]) => key.startsWith('settings'))).toEqual([]);
  });

  it('names the invalid stored settings of a project whose items the report holds', async () => {
    const site = createSampleSite({ today: TODAY });
    const h = harness('alex', { site });
    await h.deps.kvs.set('settings:PAT', { carryOver: { warnAt: 3, zombieAt: 1 } });
    const mixed = dataOf(await h.call('getScopeReport', { scope: { kind: 'jql', jql: 'project in (CLIN, PAT)' }, pi: 'next' }));
    expect(mixed.settingsWarning).toMatch(/project PAT .*carryOver\.zombieAt/);
    const clinOnly = dataOf(await h.call('getScopeReport', { scope: { kind: 'project', projectKey: 'CLIN' }, pi: 'next' }));
    expect(clinOnly).not.toHaveProperty('settingsWarning');
  });
});
