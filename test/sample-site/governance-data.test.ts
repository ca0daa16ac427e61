import { piContaining } from '../../src/jira/sample-site';
import { dataOf, harness, TODAY } from '../forge/support/resolver-harness';

/** The sample site's seeded PI decisions (src/jira/sample-site/data/governance.ts), as the issue panel reads them. */

const pi = piContaining(TODAY).name;
const panel = async (issueKey: string) => dataOf(await harness('alex').call('getPanel', { issueKey })).assessment;

describe('the sample site PI decisions', () => {
  it('keeps the executive dashboard (gravity) with Dana Whitfield as sponsor; the verdict stays gravity', async () => {
    const a = await panel('CLIN-9');
    expect(a.summary).toBe('Executive dashboard for length of stay');
    expect(a.verdict).toBe('gravity');
    expect(a.decision).toMatchObject({ kind: 'keep', pi, version: 1, sponsor: { displayName: 'Dana Whitfield' } });
  });

  it('has an overdue re-justify on an item whose verdict has not changed', async () => {
    const a = await panel('PAT-10');
    expect(a.summary).toBe('Self-service appointment rescheduling');
    expect(a.decision).toMatchObject({ kind: 'rejustify', pi, overdue: true, verdictAtDecision: a.verdict });
  });

  it('shows the newest of two versions: v1 re-justify, v2 keep', async () => {
    const a = await panel('PAT-8');
    expect(a.summary).toBe('Migrate SMS gateway to the new telecom vendor');
    expect(a.decision).toMatchObject({ kind: 'keep', version: 2, sponsor: { displayName: 'Dr. Obi Mensah' } });
  });
});
