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

describe('the error table', () => {
  it('has words for DEADLINE: what happened and what to do', () => {
    expect(ERROR_WORDS.DEADLINE.title).toMatch(/time limit/);
    expect(ERROR_WORDS.DEADLINE.action).toMatch(/narrow the scope/);
  });
});
