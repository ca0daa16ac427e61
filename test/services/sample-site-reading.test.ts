import { sampleEvidenceSigner } from '../../src/jira/sample-site/evidence-key';
import { createSampleSite, generateLargeSite } from '../../src/jira/sample-site';
import { createJiraClient } from '../../src/jira/create-client';
import { readScopeReport } from '../../src/services/read-scope-report';
import { readItemPanel } from '../../src/services/read-item-panel';
import { AppError } from '../../src/shared/result';
import { DEFAULT_SETTINGS, SettingsSchema } from '../../src/shared/settings';

const TODAY = '2026-11-26';

type Site = ReturnType<typeof createSampleSite>;

/**
 * How many items the report's candidates search (read-candidates.ts) found: C in the
 * budget, read back by running the JQL it sent again (0 when it sent none).
 */
const candidatesSearched = async (site: Site): Promise<number> => {
  const sent = site.requests.find((r) => r.path === '/rest/api/3/search/jql' && String(r.query?.['jql'] ?? '').includes('statusCategory != Done'));
  if (sent === undefined) return 0;
  const found = await createJiraClient(site.transport()).search({ jql: String(sent.query?.['jql']), fields: ['summary'], pageSize: 100 });
  return found.length;
};

describe('reading services over the sample site', () => {
  // Requests of a project report (read-scope-report.ts): ceil(N/100) searches for its N items and ceil(C/100) for
  // the C open items outside the PI (candidates), the site's fields (sizes), the calendar, one objective search for
  // each; one to spare. Searches: the item pages plus the two objective searches.
  it('reads the next PI of project CLIN in ceil(N/100) + ceil(C/100) + 5 requests', async () => {
    const site = createSampleSite({ today: TODAY });
    const client = createJiraClient(site.transport());
    const report = await readScopeReport(client, DEFAULT_SETTINGS, { kind: 'project', projectKey: 'CLIN' }, 'next', TODAY);
    expect(report.pi).not.toBeNull();
    expect(report.piRole).toBe('next');
    expect(report.total).toBeGreaterThan(0);
    expect(report.unreadable).toEqual([]);
    const requests = site.requests.length;
    const searches = site.requests.filter((r) => r.path === '/rest/api/3/search/jql').length;
    const c = await candidatesSearched(site);
    expect(c).toBeGreaterThan(0);
    const pages = Math.ceil((report.total + report.unreadable.length) / 100) + Math.ceil(c / 100);
    expect(requests).toBeLessThanOrEqual(pages + 5);
    expect(searches).toBeLessThanOrEqual(pages + 2);
  });

  it('reads a generated 1,000-epic project in ceil(N/100) + ceil(C/100) + 5 requests', async () => {
    const site = generateLargeSite({ today: TODAY, epics: 1000, seed: 7 });
    const client = createJiraClient(site.transport());
    const report = await readScopeReport(client, DEFAULT_SETTINGS, { kind: 'project', projectKey: 'EA' }, 'current', TODAY);
    const n = report.total + report.unreadable.length;
    expect(n).toBeGreaterThan(100);
    const requests = site.requests.length;
    const searches = site.requests.filter((r) => r.path === '/rest/api/3/search/jql').length;
    const c = await candidatesSearched(site);
    expect(c).toBeGreaterThan(100);
    const pages = Math.ceil(n / 100) + Math.ceil(c / 100);
    expect(searches).toBeLessThanOrEqual(pages + 2);
    expect(requests).toBeLessThanOrEqual(pages + 5);
  });

  it('reads the issue panel of a scope item in at most 4 requests', async () => {
    const site = createSampleSite({ today: TODAY });
    const client = createJiraClient(site.transport());
    const report = await readScopeReport(client, DEFAULT_SETTINGS, { kind: 'project', projectKey: 'CLIN' }, 'next', TODAY);
    const sample = report.items.slice(0, 5);
    expect(sample.length).toBeGreaterThan(0);
    for (const assessment of sample) {
      site.resetRequestLog();
      const panel = await readItemPanel(client, DEFAULT_SETTINGS, assessment.key, TODAY, sampleEvidenceSigner.check);
      expect(site.requests.length).toBeLessThanOrEqual(4);
      // The panel and the scope agree on everything but web-link suggestions.
      expect(panel.assessment.verdict).toBe(assessment.verdict);
      expect(panel.calendar.next?.name).toBe(report.pi?.name);
    }
  });

  it('reads a board scope with sprint PIs from the board’s sprints, and a kanban board from the items’ sprints', async () => {
    const site = createSampleSite({ today: TODAY });
    const client = createJiraClient(site.transport());
    const settings = SettingsSchema.parse({ pi: { source: 'sprint' } });
    const boards = await client.listBoards();
    const scrum = boards.find((b) => b.name === 'CLIN PI board');
    const kanban = boards.find((b) => b.name === 'ART board');
    if (scrum === undefined || kanban === undefined) throw new Error('sample boards changed');
    site.resetRequestLog();
    const report = await readScopeReport(client, settings, { kind: 'board', boardId: scrum.id }, 'current', TODAY);
    expect(report.jql).toMatch(/AND sprint in \("PI 26\.4 - Sprint 1", /);
    expect(report.total).toBeGreaterThan(0);
    // configuration, filter, sprints, the site's fields, one search page, objectives, changelogs; the candidates' search and objectives
    const requests = site.requests.length;
    const c = await candidatesSearched(site);
    expect(requests).toBeLessThanOrEqual(Math.ceil(report.total / 100) + Math.ceil(c / 100) + 7);
    const art = await readScopeReport(client, settings, { kind: 'board', boardId: kanban.id }, 'current', TODAY);
    expect(art.pi?.name).toBe(report.pi?.name);
    expect(art.total).toBeGreaterThanOrEqual(report.total);
  });

  it.each(['alex', 'priya', 'sam'] as const)('says whether %s may edit an item exactly as /mypermissions does on the issue', async (user) => {
    const site = createSampleSite({ today: TODAY });
    const client = createJiraClient(site.transport(user));
    const seen: boolean[] = [];
    for (const key of ['CLIN-1', 'CLIN-2', 'PAT-2', 'STRAT-2']) {
      const panel = await readItemPanel(client, DEFAULT_SETTINGS, key, TODAY, sampleEvidenceSigner.check);
      const granted = await client.myPermissions({ issueKey: key }, ['EDIT_ISSUES']);
      expect(panel.canEdit).toBe(granted['EDIT_ISSUES']);
      seen.push(panel.canEdit);
    }
    expect(seen).toEqual(user === 'alex' ? [true, true, true, true] : user === 'priya' ? [true, true, true, false] : [false, false, false, false]);
  });

  it('answers NOT_FOUND for an issue that does not exist', async () => {
    const site = createSampleSite({ today: TODAY });
    const error: unknown = await readItemPanel(createJiraClient(site.transport()), DEFAULT_SETTINGS, 'CLIN-99999', TODAY, sampleEvidenceSigner.check).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toBe('Issue CLIN-99999 does not exist or you cannot see it.');
  });
});
