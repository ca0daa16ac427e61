import { formatBaseline } from '../../src/shared/baseline-export';
import type { Baseline } from '../../src/shared/baseline';

const baseline: Baseline = {
  projectKey: 'CLIN',
  pi: { name: 'PI 26.3', startDate: '2026-10-01', endDate: '2026-12-31' },
  version: 2,
  committedAt: '2026-10-14T09:00:00.000Z',
  committedBy: { accountId: 'a', displayName: 'Alex Rivera' },
  itemCount: 1,
  items: [
    {
      key: 'CLIN-1',
      summary: '=HYPERLINK("x"), | *bold*',
      verdict: 'gravity',
      score: 10,
      forces: { strategy: 0, evidence: 0, delivery: 100 },
      findings: ['NO_OBJECTIVE'],
      counts: { objectives: 2, liveObjectives: 1, evidence: 3, freshEvidence: 0 },
      decision: { kind: 'keep', version: 1, sponsor: { accountId: 'd', displayName: 'Dana Whitfield' } },
    },
  ],
};
const drift = { added: [{ key: 'CLIN-9', summary: 'New', verdict: 'gravity' as const }], removed: [], worsened: [], evidenceExpired: [] };

describe('baseline export', () => {
  it('quotes CSV cells and defuses formulas', () => {
    const row = formatBaseline(baseline, 'csv').split('\r\n')[1];
    expect(row).toContain(`"'=HYPERLINK(""x""), | *bold*"`);
  });
  it('writes a markdown heading, counts, an escaped table row and the drift section', () => {
    const out = formatBaseline(baseline, 'markdown', drift);
    expect(out).toMatch(/^# PI baseline: CLIN PI 26\.3 \(2026-10-01 to 2026-12-31\)\n\nVersion 2, committed 2026-10-14T09:00:00.000Z by Alex Rivera\./);
    expect(out).toContain('1 item: 1 gravity');
    expect(out).toContain('| CLIN-1 | gravity | 10 | 0/0/100 | NO_OBJECTIVE | 1/2 | 0/3 | keep (Dana Whitfield) | =HYPERLINK("x"), \\| \\*bold\\* |');
    expect(out).toContain('## Drift since commit\n\n1 added.');
  });
  it('writes JSON with committed, the baseline and drift in a fixed order', () => {
    const json = formatBaseline(baseline, 'json', drift);
    expect(Object.keys(JSON.parse(json) as object)).toEqual(['committed', 'projectKey', 'pi', 'version', 'committedAt', 'committedBy', 'itemCount', 'items', 'drift']);
    expect(json).toContain('\n  "committed": true,');
  });
});
