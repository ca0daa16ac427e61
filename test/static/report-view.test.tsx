import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ReportView } from '../../static/common/report/report-view';
import { ERROR_WORDS } from '../../static/common/error-words';
import { anItem, aReport } from '../cli/report-fixture';

/**
 * The gadget and board report (static/common/report/report-view.tsx) says so
 * when the time budget stopped the reading: a warning above the table with
 * how many items were read and what to do. Rendered with react-dom/server.
 */

// Atlaskit's compiled CSS cannot load in Jest; plain stand-ins keep the words that matter here.
jest.mock('@atlaskit/section-message', () => ({
  __esModule: true,
  default: ({ title, children, appearance }: { title?: string; children?: ReactNode; appearance?: string }) => (
    <section data-appearance={appearance}>
      <h4>{title}</h4>
      {children}
    </section>
  ),
}));
jest.mock('@atlaskit/empty-state', () => ({ __esModule: true, default: ({ header }: { header: string }) => <div>{header}</div> }));
jest.mock('@atlaskit/heading', () => ({ __esModule: true, default: ({ children }: { children?: ReactNode }) => <h2>{children}</h2> }));
jest.mock('@atlaskit/primitives', () => {
  const Plain = ({ children, as }: { children?: ReactNode; as?: 'ul' | 'li' | 'p' }) => {
    const Tag = as ?? 'div';
    return <Tag>{children}</Tag>;
  };
  return { Box: Plain, Inline: Plain, Stack: Plain, Text: Plain, xcss: () => ({}) };
});
jest.mock('@forge/bridge', () => ({ router: { navigate: () => Promise.resolve() } }));
jest.mock('../../static/common/force-bars', () => ({ ForceBars: () => <div>force bars</div> }));
jest.mock('../../static/common/report/report-filters', () => ({ ReportFilters: () => <div>filters</div> }));
jest.mock('../../static/common/report/verdict-distribution', () => ({ VerdictDistribution: () => <div>distribution</div> }));
jest.mock('../../static/common/report/report-table', () => ({ ReportTable: ({ caption }: { caption: string }) => <table><caption>{caption}</caption></table> }));

const items = [anItem('CLIN-1', 'gravity'), anItem('CLIN-2', 'aligned')];
const partial = { code: 'DEADLINE', message: 'Read 3,700 items before the time limit; narrow the scope (a board or a project) to see all of them.', itemsRead: 3700 } as const;

describe('ReportView and a partial report', () => {
  it('shows a warning above the table with how many items were read and what to do', () => {
    const html = renderToStaticMarkup(<ReportView report={aReport(items, { partial })} />);
    expect(html).toContain('data-testid="deadline-warning"');
    expect(html).toContain('Partial report: only the first 3,700 items were read in time');
    expect(html).toContain('narrow the scope (a board or a project) to see all of them.');
    expect(html).toContain('cover these items only');
    expect(html.indexOf('deadline-warning')).toBeLessThan(html.indexOf('<table>'));
    expect(html).toMatch(/data-appearance="warning"[^]*Partial report/);
  });

  it('shows no such warning for a complete report', () => {
    const html = renderToStaticMarkup(<ReportView report={aReport(items)} />);
    expect(html).not.toContain('deadline-warning');
    expect(html).not.toContain('Partial report');
  });
});

describe('ReportView, its baseline and the PI review page', () => {
  const baseline = {
    committedAt: '2026-11-02T09:00:00.000Z',
    committedBy: { accountId: 'a', displayName: 'Alex Rivera' },
    version: 1,
    drift: { added: [{ key: 'CLIN-8', summary: 's', verdict: 'gravity' as const }, { key: 'CLIN-9', summary: 's', verdict: 'aligned' as const }], removed: [], worsened: [{ key: 'CLIN-1', summary: 's', from: 'aligned' as const, to: 'gravity' as const }], evidenceExpired: [] },
  };

  it('shows one drift line under the headline with a link to the page', () => {
    const html = renderToStaticMarkup(<ReportView report={aReport(items, { baseline })} reviewProjectKey="CLIN" />);
    expect(html).toContain('Since commit on 2026-11-02 by Alex Rivera (v1): 2 added, 1 worsened');
    expect(html).toContain('See the drift in the PI review');
    expect(html.indexOf('drift-line')).toBeLessThan(html.indexOf('<table>'));
  });

  it('links to the PI review only for a project, and shows no drift line without a baseline', () => {
    expect(renderToStaticMarkup(<ReportView report={aReport(items, { baseline: null })} reviewProjectKey="CLIN" />)).toContain('Open PI review');
    const noProject = renderToStaticMarkup(<ReportView report={aReport(items, { baseline: null })} />);
    expect(noProject).not.toContain('open-pi-review');
    expect(noProject).not.toContain('drift-line');
  });
});

describe('the error table', () => {
  it('has words for DEADLINE: what happened and what to do', () => {
    expect(ERROR_WORDS.DEADLINE.title).toMatch(/time limit/);
    expect(ERROR_WORDS.DEADLINE.action).toMatch(/narrow the scope/);
  });
});
