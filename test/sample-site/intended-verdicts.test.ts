import { createJiraClient } from '../../src/jira/create-client';
import { createSampleSite, INTENDED_VERDICTS } from '../../src/jira/sample-site';
import { RIVERSIDE_EPICS } from '../../src/jira/sample-site/data/riverside-epics';
import { readScopeReport } from '../../src/services/read-scope-report';
import { sampleEvidenceSigner } from '../../src/jira/sample-site/evidence-key';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';

/**
 * The demo data against the real adapter and scorer: every epic's intended
 * verdict (documented in riverside-epics.ts) is what the app computes, on
 * several days including the first and last day of a PI.
 */
/** Epics whose fixVersion now is the current or the next PI (keys as riverside-health.ts numbers them: per project, in data order). */
const PLANNED_NOW: ReadonlySet<string> = (() => {
  const counters = new Map<string, number>();
  const keys = new Set<string>();
  for (const e of RIVERSIDE_EPICS) {
    const n = (counters.get(e.project) ?? 0) + 1;
    counters.set(e.project, n);
    const last = e.plan[e.plan.length - 1];
    if (last === 0 || last === 1) keys.add(`${e.project}-${n}`);
  }
  return keys;
})();

describe.each(['2026-11-26', '2026-01-01', '2027-06-15', '2026-10-12', '2027-01-03'])('intended verdicts on %s', (today) => {
  it('match the PI reports of CLIN and PAT (current and next PI)', async () => {
    const site = createSampleSite({ today });
    const client = createJiraClient(site.transport());
    const computed: Record<string, string> = {};
    for (const pi of ['current', 'next'] as const) {
      for (const projectKey of ['CLIN', 'PAT']) {
        // Checked like the app checks (the sample site's evidence is signed with its demo key).
        const report = await readScopeReport(client, DEFAULT_SETTINGS, { kind: 'project', projectKey }, pi, today, sampleEvidenceSigner.check);
        for (const item of report.items) computed[item.key] = item.verdict;
      }
    }
    // Reports of the current and next PI hold every epic planned there: all but the unplanned ones and those delivered in a past PI.
    const expected = Object.fromEntries(Object.entries(INTENDED_VERDICTS).filter(([key, v]) => v !== 'unplanned' && (v !== 'delivered' || PLANNED_NOW.has(key))));
    expect(computed).toEqual(expected);
    expect(Object.values(computed).filter((v) => v === 'delivered').length).toBeGreaterThanOrEqual(2);
  });
});
