import type { OutcomeEvidence, OutcomeReport, OutcomeRow, OutcomeView } from '../../src/shared/outcome';

/** Hand-built outcome rows and reports for the outcomes list's tests (static/common/outcomes). */

export const TODAY = '2026-11-26';

export const outcome = (o: Partial<OutcomeView> = {}): OutcomeView => ({
  status: 'pending',
  delivery: { on: '2026-10-01', from: 'resolution' },
  dueOn: '2026-12-24',
  daysSinceDelivery: 56,
  evidence: [],
  retirement: null,
  ...o,
});

export const aRow = (key: string, o: Partial<OutcomeView> = {}, r: Partial<OutcomeRow> = {}): OutcomeRow => ({
  key,
  summary: `Summary of ${key}`,
  projectKey: 'CLIN',
  issueType: 'Epic',
  status: 'Done',
  statusCategory: 'done',
  pi: 'PI 26.3',
  outcome: outcome(o),
  ...r,
});

export const adoption = (e: Partial<OutcomeEvidence> = {}): OutcomeEvidence => ({
  id: 'ev-1',
  kind: 'adoption',
  summary: 'Ward nurses open the discharge checklist every shift',
  observedOn: '2026-11-02',
  figure: 212,
  unit: 'weekly active users',
  sourceName: 'Product analytics',
  ...e,
});

export const aReport = (items: readonly OutcomeRow[], r: Partial<OutcomeReport> = {}): OutcomeReport => {
  const counts = { overdue: 0, pending: 0, evidenced: 0, retired: 0 };
  for (const i of items) if (i.outcome.status !== 'not-delivered') counts[i.outcome.status] += 1;
  return {
    scopeLabel: 'Project CLIN',
    jql: 'project = "CLIN"',
    today: TODAY,
    since: '2025-11-26',
    dueWeeks: 12,
    items,
    counts,
    headline: 'headline',
    unreadable: [],
    evidenceChecked: true,
    ...r,
  };
};
