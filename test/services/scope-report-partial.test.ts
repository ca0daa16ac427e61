import { createJiraClient } from '../../src/jira/create-client';
import type { JiraClient } from '../../src/jira/client';
import { generateLargeSite } from '../../src/jira/sample-site';
import { readScopeReport } from '../../src/services/read-scope-report';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';

const TODAY = '2026-11-26';

/** The client with searchUntilDeadline stopping after `pages` pages, as when the invocation's deadline is near. */
const stoppingAfter = (client: JiraClient, items: number): JiraClient => ({
  ...client,
  searchUntilDeadline: async (request) => {
    const all = await client.search(request);
    return all.length > items ? { issues: all.slice(0, items), complete: false } : { issues: all, complete: true };
  },
});

describe('scope report cut short by the deadline', () => {
  it('reports the items read and says how to see all of them', async () => {
    const site = generateLargeSite({ today: TODAY, epics: 400, seed: 5 });
    const client = stoppingAfter(createJiraClient(site.transport()), 200);
    const report = await readScopeReport(client, DEFAULT_SETTINGS, { kind: 'jql', jql: 'issuetype = "Epic"' }, 'next', TODAY);
    expect(report.partial).toEqual({
      code: 'DEADLINE',
      itemsRead: 200,
      message: 'Read 200 items before the time limit; narrow the scope (a board or a project) to see all of them.',
    });
    expect(report.total).toBeLessThanOrEqual(200);
  });

  it('sets no partial field when every page was read', async () => {
    const site = generateLargeSite({ today: TODAY, epics: 150, seed: 5 });
    const report = await readScopeReport(createJiraClient(site.transport()), DEFAULT_SETTINGS, { kind: 'jql', jql: 'issuetype = "Epic"' }, 'next', TODAY);
    expect(report).not.toHaveProperty('partial');
  });

  it('counts thousands with a separator', async () => {
    const { deadlineNote } = await import('../../src/services/read-scope-report');
    expect(deadlineNote(5300).message).toBe('Read 5,300 items before the time limit; narrow the scope (a board or a project) to see all of them.');
  });
});
