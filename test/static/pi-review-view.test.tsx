import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Assessment } from '../../src/shared/assessment';
import { DecideTable } from '../../static/pi-review/src/decide-table';
import { DriftPanel } from '../../static/pi-review/src/drift-panel';
import { anItem } from '../cli/report-fixture';

/**
 * The PI review page's table and baseline panel, rendered with react-dom/server:
 * what a person who may not decide or commit sees, and the decision beside the verdict.
 */

// Atlaskit's compiled CSS cannot load in Jest; plain stand-ins keep what matters here.
jest.mock('@forge/bridge', () => ({ router: { open: () => Promise.resolve(), navigate: () => Promise.resolve() }, makeInvoke: () => () => Promise.resolve() }));
jest.mock('@atlaskit/button/new', () => ({
  __esModule: true,
  default: ({ children, isDisabled, testId }: { children?: ReactNode; isDisabled?: boolean; testId?: string }) => (
    <button type="button" disabled={isDisabled === true} data-testid={testId}>
      {children}
    </button>
  ),
}));
jest.mock('@atlaskit/section-message', () => ({ __esModule: true, default: ({ title, children }: { title?: string; children?: ReactNode }) => <section><h4>{title}</h4>{children}</section> }));
jest.mock('@atlaskit/heading', () => ({ __esModule: true, default: ({ children }: { children?: ReactNode }) => <h2>{children}</h2> }));
jest.mock('@atlaskit/lozenge', () => ({ __esModule: true, default: ({ children }: { children?: ReactNode }) => <span>{children}</span> }));
jest.mock('@atlaskit/primitives', () => {
  const Plain = ({ children, testId }: { children?: ReactNode; testId?: string }) => <div data-testid={testId}>{children}</div>;
  return { Box: Plain, Inline: Plain, Stack: Plain, Text: Plain, xcss: () => ({}) };
});

const DANA = { accountId: 'acc-dana', displayName: 'Dana Whitfield' };
const kept: Assessment = {
  ...anItem('CLIN-1', 'gravity'),
  decision: { kind: 'keep', pi: 'PI 26.4', version: 1, rationale: 'The pilot needs it.', sponsor: DANA, dueDate: null, decidedBy: DANA, decidedAt: '2026-11-20T10:00:00Z', verdictAtDecision: 'gravity', overdue: false },
};
const items = [kept, anItem('CLIN-2', 'aligned')];
const noop = () => undefined;

describe('the PI review table', () => {
  it('shows "Kept by <sponsor>" beside the verdict', () => {
    const html = renderToStaticMarkup(<DecideTable items={items} selected={new Set()} onSelect={noop} onDecide={noop} canDecide noDecideReason="" />);
    expect(html).toMatch(/data-testid="review-row-CLIN-1"[^]*Kept by Dana Whitfield/);
  });

  it('turns every decide control off with the reason when the person may not decide', () => {
    const reason = 'You can view this PI but may not decide: ask for Edit issues in CLIN.';
    const html = renderToStaticMarkup(<DecideTable items={items} selected={new Set()} onSelect={noop} onDecide={noop} canDecide={false} noDecideReason={reason} />);
    expect(html).toContain(reason);
    expect(html).toMatch(/disabled="" data-testid="decide-CLIN-1"/);
    expect(html).not.toContain('decide-selected');
    const allowed = renderToStaticMarkup(<DecideTable items={items} selected={new Set(['CLIN-2'])} onSelect={noop} onDecide={noop} canDecide noDecideReason={reason} />);
    expect(allowed).not.toContain(reason);
    expect(allowed).toContain('Decide on 1 selected');
    expect(allowed).not.toMatch(/disabled="" data-testid="decide-CLIN-1"/);
  });
});

describe('the baseline panel', () => {
  it('asks to commit when there is no baseline, and says why Commit is off', () => {
    const off = renderToStaticMarkup(<DriftPanel baseline={null} piName="PI 26.4" projectKey="CLIN" piSelector="current" canCommit={false} onCommitted={noop} />);
    expect(off).toContain('No baseline for PI 26.4 yet. Commit the PI when the train has agreed on it.');
    expect(off).toMatch(/disabled="" data-testid="commit-button"/);
    expect(off).toContain('Only project admins commit a PI: ask for Administer projects in CLIN.');
    const on = renderToStaticMarkup(<DriftPanel baseline={null} piName="PI 26.4" projectKey="CLIN" piSelector="current" canCommit onCommitted={noop} />);
    expect(on).not.toMatch(/disabled="" data-testid="commit-button"/);
    expect(on).toContain('Commit PI 26.4');
  });

  it('lists the drift since commit', () => {
    const baseline = {
      committedAt: '2026-11-02T09:00:00.000Z',
      committedBy: { accountId: 'a', displayName: 'Alex Rivera' },
      version: 2,
      drift: { added: [{ key: 'CLIN-8', summary: 'Added late', verdict: 'gravity' as const }], removed: [], worsened: [{ key: 'CLIN-1', summary: 'Worse', from: 'aligned' as const, to: 'gravity' as const }], evidenceExpired: [] },
    };
    const html = renderToStaticMarkup(<DriftPanel baseline={baseline} piName="PI 26.4" projectKey="CLIN" piSelector="current" canCommit onCommitted={noop} />);
    expect(html).toContain('Since commit on 2026-11-02 by Alex Rivera (v2)');
    expect(html).toMatch(/Added after commit[^]*1[^]*CLIN-8/);
    expect(html).toMatch(/Worsened[^]*CLIN-1/);
  });
});
