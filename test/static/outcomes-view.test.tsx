import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { OutcomesView } from '../../static/common/outcomes/outcomes-section';
import { adoption, aReport, aRow } from './outcome-fixture';

/**
 * The outcomes list's loaded view (static/common/outcomes/outcomes-section.tsx):
 * the headline and counts, the rows in the report's order, the warnings a
 * partial or unreadable read needs, and the empty state with what to do.
 * Rendered with react-dom/server (the browser test drives it in Chromium:
 * test/browser/outcomes.test.ts).
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
jest.mock('@atlaskit/empty-state', () => ({ __esModule: true, default: ({ header, description }: { header: string; description: string }) => <div>{`${header}. ${description}`}</div> }));
jest.mock('@atlaskit/heading', () => ({ __esModule: true, default: ({ children }: { children?: ReactNode }) => <h2>{children}</h2> }));
jest.mock('@atlaskit/lozenge', () => ({ __esModule: true, default: ({ children }: { children?: ReactNode }) => <span>{children}</span> }));
jest.mock('@atlaskit/button/new', () => ({
  __esModule: true,
  default: ({ children, testId, 'aria-pressed': pressed }: { children?: ReactNode; testId?: string; 'aria-pressed'?: boolean }) => (
    <button type="button" data-testid={testId} aria-pressed={pressed}>
      {children}
    </button>
  ),
}));
jest.mock('@atlaskit/primitives', () => {
  const Plain = ({ children, as, testId }: { children?: ReactNode; as?: 'ul' | 'li' | 'p'; testId?: string }) => {
    const Tag = as ?? 'div';
    return <Tag data-testid={testId}>{children}</Tag>;
  };
  return { Box: Plain, Inline: Plain, Stack: Plain, Text: Plain, xcss: () => ({}) };
});
jest.mock('../../static/common/loading', () => ({ Loading: () => <div>loading</div> }));
jest.mock('../../static/common/error-message', () => ({ ErrorMessage: () => <div>error</div> }));
jest.mock('@forge/bridge', () => ({
  makeInvoke: () => () => Promise.resolve(null),
  router: { open: () => Promise.resolve() },
  events: { on: () => Promise.resolve({ unsubscribe: () => undefined }) },
}));

const items = [
  aRow('CLIN-32', { status: 'overdue', delivery: { on: '2026-01-30', from: 'resolution' }, dueOn: '2026-04-24', daysSinceDelivery: 300 }),
  aRow('CLIN-37', { status: 'pending' }),
  aRow('CLIN-36', { status: 'evidenced', evidence: [adoption({ figure: 90, unit: '% of beds with a stand in use' })] }),
];
const partial = { code: 'DEADLINE', message: 'Read 3,700 items before the time limit; narrow the scope.', itemsRead: 3700 } as const;

const rowKeys = (html: string): string[] => [...html.matchAll(/data-testid="outcome-row-([^"]+)"/g)].map((m) => m[1] ?? '');

describe('OutcomesView', () => {
  it('says the headline and the counts, and lists the rows in the order the report gives them', () => {
    const html = renderToStaticMarkup(<OutcomesView report={aReport(items, { headline: '1 of 3 items delivered since 26 November 2025 shows no sign of use: a zombie product candidate' })} />);
    expect(html).toContain('1 of 3 items delivered since 26 November 2025 shows no sign of use: a zombie product candidate');
    expect(html).toContain('1 overdue · 1 pending · 1 evidenced · 0 retired · delivered since 26 November 2025');
    expect(rowKeys(html)).toEqual(['CLIN-32', 'CLIN-37', 'CLIN-36']);
    expect(html).toContain('href="/browse/CLIN-32"');
    expect(html).toContain('90% of beds with a stand in use');
    expect(html).toContain('No sign of use');
    expect(html).toContain('All (3)');
    expect(html).toMatch(/data-testid="outcome-filter-all" aria-pressed="true"/);
    expect(html).not.toContain('outcomes-empty');
  });

  it('warns above the list when the time budget stopped the reading', () => {
    const html = renderToStaticMarkup(<OutcomesView report={aReport(items, { partial })} />);
    expect(html).toContain('Partial list: only the first 3,700 items were read in time');
    expect(html).toContain('narrow the scope.');
    expect(html.indexOf('outcomes-deadline-warning')).toBeLessThan(html.indexOf('outcomes-table'));
    expect(renderToStaticMarkup(<OutcomesView report={aReport(items)} />)).not.toContain('outcomes-deadline-warning');
  });

  it('names the items it could not read, and says when default settings are in use', () => {
    const html = renderToStaticMarkup(
      <OutcomesView report={aReport(items, { unreadable: [{ key: 'CLIN-9', reason: 'no permission' }], settingsWarning: 'The saved settings of CLIN could not be read: defaults in use.' })} />,
    );
    expect(html).toContain('1 item could not be read');
    expect(html).toMatch(/CLIN-9.*no permission/);
    expect(html).toContain('left out of the list below');
    expect(html).toContain('Default settings in use');
    expect(html).toContain('defaults in use.');
  });

  it('shows the empty state with what to do, and no headline, table or filter, when nothing was delivered', () => {
    const html = renderToStaticMarkup(<OutcomesView report={aReport([], { headline: 'No work item of this scope was delivered since 26 November 2025. To look further back…' })} />);
    expect(html).toContain('No work item of this scope was delivered since 26 November 2025. Items are listed once they reach a Done status');
    expect(html).toContain('outcome.lookbackMonths');
    expect(html).not.toContain('outcomes-headline');
    expect(html).not.toContain('outcomes-table');
    expect(html).not.toContain('outcome-filter');
  });

  it('still warns about unreadable items when the list is empty', () => {
    const html = renderToStaticMarkup(<OutcomesView report={aReport([], { unreadable: [{ key: 'CLIN-9', reason: 'no permission' }] })} />);
    expect(html).toContain('outcomes-empty');
    expect(html).toContain('1 item could not be read');
  });
});
