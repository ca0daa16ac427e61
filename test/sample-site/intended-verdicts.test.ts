import { createJiraClient } from '../../src/jira/create-client';
import { createSampleSite, INTENDED_VERDICTS } from '../../src/jira/sample-site';
import { readScopeReport } from '../../src/services/read-scope-report';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';

/**
 * The demo data against the real adapter and scorer: every epic's intended
 * verdict (documented in riverside-epics.ts) is what the app computes, on
 * several days including the first and last day of a PI.
 */
describe.each(['2026-11-26', '2026-01-01', '2027-06-15', '2026-10-12', '2027-01-03'])('intended verdicts on %s', (today) => {
  it('match the PI reports of CLIN and PAT (current and next PI)', async () => {
    const site = createSampleSite({ today });
    const client = createJiraClient(site.transport());
    const computed: Record<string, string> = {};
    for (const pi of ['current', 'next'] as const) {
      for (const projectKey of ['CLIN', 'PAT']) {
        const report = await readScopeReport(client, DEFAULT_SETTINGS, { kind: 'project', projectKey }, pi, today);
        for (const item of report.items) computed[item.key] = item.verdict;
      }
    }
    const expected = Object.fromEntries(Object.entries(INTENDED_VERDICTS).filter(([, v]) => v !== 'unplanned'));
    expect(computed).toEqual(expected);
  });
});
