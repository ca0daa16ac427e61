import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { TrendView } from '../../static/common/trend/trend-section';
import { aPoint, aTrend } from './trend-fixture';

/**
 * The trend's loaded view (static/common/trend/trend-section.tsx): the
 * summary, the warnings a partial or unreadable read needs, the notes, the
 * table with every number, and the empty state. Rendered with react-dom/server
 * (the chart itself measures its width in the browser: test/browser/trend.test.ts).
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
jest.mock('@atlaskit/primitives', () => {
  const Plain = ({ children, as, testId }: { children?: ReactNode; as?: 'ul' | 'li' | 'p'; testId?: string }) => {
    const Tag = as ?? 'div';
    return <Tag data-testid={testId}>{children}</Tag>;
  };
  return { Box: Plain, Inline: Plain, Stack: Plain, Text: Plain, xcss: () => ({}) };
});
jest.mock('@forge/bridge', () => ({ makeInvoke: () => () => Promise.resolve(null), events: { on: () => Promise.resolve({ unsubscribe: () => undefined }) } }));

jest.mock('../../static/common/loading', () => ({ Loading: () => <div>loading</div> }));
jest.mock('../../static/common/error-message', () => ({ ErrorMessage: () => <div>error</div> }));

const partial = { code: 'DEADLINE', message: 'Read 3,700 items before the time limit; narrow the scope.', itemsRead: 3700 } as const;

describe('TrendView', () => {
  it('says the trend in a sentence and shows the chart, the legend and a row per PI', () => {
    const html = renderToStaticMarkup(<TrendView trend={aTrend()} />);
    expect(html).toContain('Over the past PIs, gravity share fell from 60% (PI 26.1) to 30% (PI 26.4) of points');
    expect(html).toContain('3 committed, 3 reconstructed');
    expect(html).toContain('data-testid="trend-chart"');
    expect(html).toContain('data-testid="trend-legend"');
    expect(html.match(/data-testid="trend-row-/g)).toHaveLength(6);
    expect(html).toContain('Committed (baseline v2)');
    expect(html).toContain('Next PI');
    expect(html).toContain('not started');
  });

  it('shows the notes as the report views show theirs', () => {
    const html = renderToStaticMarkup(<TrendView trend={aTrend({ notes: ['Board scopes are reconstructed only: baselines are kept per project.'] })} />);
    expect(html).toMatch(/data-appearance="information"[^]*About these values[^]*Board scopes are reconstructed only/);
    expect(renderToStaticMarkup(<TrendView trend={aTrend({ notes: [] })} />)).not.toContain('trend-notes');
  });

  it('warns above the chart when the time budget stopped the reading', () => {
    const html = renderToStaticMarkup(<TrendView trend={aTrend({ partial })} />);
    expect(html).toContain('Partial trend: only the first 3,700 items were read in time');
    expect(html).toContain('narrow the scope.');
    expect(html.indexOf('trend-deadline-warning')).toBeLessThan(html.indexOf('trend-chart'));
    expect(renderToStaticMarkup(<TrendView trend={aTrend()} />)).not.toContain('trend-deadline-warning');
  });

  it('names the items it could not read, never guessing them', () => {
    const html = renderToStaticMarkup(<TrendView trend={aTrend({ unreadable: [{ key: 'CLIN-9', reason: 'no permission' }] })} />);
    expect(html).toContain('1 item could not be read');
    expect(html).toContain('CLIN-9');
    expect(html).toContain('no permission');
  });

  it('shows an empty state, with the notes, when the scope has no PI to show', () => {
    const html = renderToStaticMarkup(<TrendView trend={aTrend({ points: [], notes: ['The PI calendar of CLIN has no PI: check the PI settings.'] })} />);
    expect(html).toContain('No PIs to show for Clinical Apps (CLIN)');
    expect(html).toContain('check the PI settings');
    expect(html).not.toContain('trend-chart');
    expect(html).not.toContain('trend-summary');
  });

  it('shows a PI that held nothing as no share, and leaves out the capacity column when items are counted', () => {
    const empty = aPoint('PI 26.2', { total: 0, gravityShare: null, alignedShare: null, gravity: 0, aligned: 0 });
    const html = renderToStaticMarkup(<TrendView trend={aTrend({ points: [aPoint('PI 26.1'), empty] }, 'items')} />);
    expect(html).toMatch(/data-testid="trend-row-PI 26.2"[^]*?data-testid="trend-cell-gravity" data-value=""><strong>–<\/strong>/);
    expect(html).not.toContain('>Capacity<');
    expect(html).toContain('% of items');
    expect(renderToStaticMarkup(<TrendView trend={aTrend()} />)).toContain('>Capacity<');
  });
});
