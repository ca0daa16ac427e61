import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Capacity, CapacityField } from '../../src/shared/capacity';
import type { Candidate } from '../../src/shared/candidates';
import type { PanelData } from '../../src/shared/payloads';
import { PanelHeader } from '../../static/issue-panel/src/panel-header';
import { CandidatesList, NO_CANDIDATES } from '../../static/common/report/candidates-list';
import { CapacitySummary } from '../../static/common/report/capacity-summary';
import { VerdictDistribution } from '../../static/common/report/verdict-distribution';
import { DecideTable } from '../../static/pi-review/src/decide-table';
import { anItem } from '../cli/report-fixture';

/**
 * Capacity, sizes, candidates and swaps as the report views render them
 * (react-dom/server): the total and the unsized items named, never a guessed
 * size; the candidates list compact in the gadget; swap hints under gravity rows.
 */

// Atlaskit's compiled CSS cannot load in Jest; plain stand-ins keep what matters here.
jest.mock('@forge/bridge', () => ({ router: { open: () => Promise.resolve(), navigate: () => Promise.resolve() } }));
jest.mock('@atlaskit/button/new', () => ({ __esModule: true, default: ({ children }: { children?: ReactNode }) => <button type="button">{children}</button> }));
jest.mock('@atlaskit/section-message', () => ({ __esModule: true, default: ({ children }: { children?: ReactNode }) => <section>{children}</section> }));
jest.mock('@atlaskit/heading', () => ({ __esModule: true, default: ({ children }: { children?: ReactNode }) => <h3>{children}</h3> }));
jest.mock('@atlaskit/lozenge', () => ({ __esModule: true, default: ({ children }: { children?: ReactNode }) => <span>{children}</span> }));
jest.mock('@atlaskit/primitives', () => {
  const Plain = ({ children, testId, as }: { children?: ReactNode; testId?: string; as?: 'p' | 'span' }) => {
    const Tag = as ?? 'div';
    return <Tag data-testid={testId}>{children}</Tag>;
  };
  return { Box: Plain, Inline: Plain, Stack: Plain, Text: Plain, xcss: () => ({}) };
});

const POINTS: CapacityField = { id: 'customfield_10016', name: 'Story point estimate', unit: 'points' };
const zero = { gravity: 0, zombie: 0, ungrounded: 0, unanchored: 0, aligned: 0, delivered: 0, unplanned: 0 };
const sized: Capacity = {
  unit: 'points',
  field: POINTS,
  total: 29,
  byVerdict: { ...zero, gravity: 21, aligned: 8 },
  unsized: [
    { key: 'CLIN-12', summary: 'First unsized' },
    { key: 'CLIN-13', summary: 'Second unsized' },
  ],
};

const candidate = (n: number, overrides: Partial<Candidate> = {}): Candidate => ({
  key: `CLIN-${30 + n}`,
  summary: `Waiting ${n}`,
  score: 95 - n,
  size: 8,
  objectives: ['OBJ-1', 'OBJ-2'],
  freshEvidence: 2,
  plannedIn: null,
  ...overrides,
});

/** The text of the HTML: cells end with " | ", other tags removed, quotes decoded, spaces squeezed. */
const text = (html: string): string =>
  html
    .replace(/<\/t[dh]>/g, ' | ')
    .replace(/<[^>]+>/g, '')
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
const keysIn = (html: string, testIdPrefix: string): string[] => [...html.matchAll(new RegExp(`data-testid="${testIdPrefix}([A-Z]+-\\d+)"`, 'g'))].map((m) => m[1] ?? '');

describe('the capacity summary', () => {
  it('says the total in points and names each unsized item as a link, with the field to set', () => {
    const html = renderToStaticMarkup(<CapacitySummary capacity={sized} piName="PI 27.1" />);
    expect(text(html)).toContain('Capacity: 29 points in PI 27.1 (Story point estimate)');
    expect(text(html)).toContain('2 unsized: CLIN-12, CLIN-13. They are left out of the total, not guessed: set Story point estimate on them to count them.');
    expect(html).toMatch(/<a href="\/browse\/CLIN-12"[^>]*title="First unsized"/);
  });

  it('says when items are counted, with no unsized line', () => {
    const html = renderToStaticMarkup(<CapacitySummary capacity={{ unit: 'items', field: null, total: 8, byVerdict: { ...zero, gravity: 8 }, unsized: [] }} piName="PI 27.1" />);
    expect(text(html)).toContain('Capacity: 8 items in PI 27.1, counted in items');
    expect(html).not.toContain('capacity-unsized');
  });
});

describe('the verdict distribution with capacity', () => {
  it('adds points and share to each verdict and draws the bar by points when sized', () => {
    const counts = { ...zero, gravity: 1, aligned: 3 };
    const html = renderToStaticMarkup(<VerdictDistribution counts={counts} total={6} capacity={sized} />);
    expect(text(html)).toContain('Factory gravity 1 · 21 points, 72%');
    expect(text(html)).toContain('Aligned 3 · 8 points, 28%');
    expect(html).toMatch(/data-verdict="gravity" style="flex-grow:21/);
    expect(html).toMatch(/data-verdict="aligned" style="flex-grow:8/);
  });

  it('stays counts when items are counted', () => {
    const counts = { ...zero, gravity: 1, aligned: 3 };
    const html = renderToStaticMarkup(<VerdictDistribution counts={counts} total={4} capacity={{ unit: 'items', field: null, total: 4, byVerdict: counts, unsized: [] }} />);
    expect(text(html)).not.toContain('·');
    expect(html).toMatch(/data-verdict="aligned" style="flex-grow:3/);
  });
});

describe('waiting outside the PI', () => {
  const seven = [1, 2, 3, 4, 5, 6, 7].map((n) => candidate(n, n === 2 ? { plannedIn: 'PI 27.2', size: null } : {}));

  it('lists every candidate in the server order with score, size, objectives, evidence and place', () => {
    const html = renderToStaticMarkup(<CandidatesList candidates={seven} unit="points" piName="PI 27.1" />);
    expect(keysIn(html, 'candidate-row-')).toEqual(seven.map((c) => c.key));
    const second = html.slice(html.indexOf('candidate-row-CLIN-32'), html.indexOf('candidate-row-CLIN-33'));
    expect(text(`<x ${second}`)).toContain('CLIN-32 | Waiting 2 | 93 | —Unsized | OBJ-1, OBJ-2 | 2 | planned in PI 27.2 |');
    const first = html.slice(html.indexOf('candidate-row-CLIN-31'), html.indexOf('candidate-row-CLIN-32'));
    expect(first).toContain('in no PI');
    expect(first).toMatch(/href="\/browse\/OBJ-1"[^]*href="\/browse\/OBJ-2"/);
    expect(html).toContain('Size (points)');
    expect(html).not.toContain('candidates-more');
  });

  it('keeps the gadget compact: the top 5 and "and 2 more" linking to the PI review', () => {
    const html = renderToStaticMarkup(<CandidatesList candidates={seven} unit="points" piName="PI 27.1" limit={5} reviewProjectKey="CLIN" />);
    expect(keysIn(html, 'candidate-row-')).toEqual(seven.slice(0, 5).map((c) => c.key));
    expect(text(html)).toContain('and 2 more in the PI review');
    expect(html).toMatch(/data-testid="candidates-more"[^]*data-testid="open-pi-review"/);
  });

  it('lists them as wrapping lines in the gadget, with the same words', () => {
    const html = renderToStaticMarkup(<CandidatesList candidates={seven} unit="points" piName="PI 27.1" limit={5} reviewProjectKey="CLIN" layout="list" />);
    expect(keysIn(html, 'candidate-row-')).toEqual(seven.slice(0, 5).map((c) => c.key));
    expect(html).not.toContain('<table');
    const second = html.slice(html.indexOf('candidate-row-CLIN-32'), html.indexOf('candidate-row-CLIN-33'));
    expect(text(`<x ${second}`)).toContain('CLIN-32 Waiting 2Score 93 if planned · unsized · live objectives OBJ-1, OBJ-2 · 2 fresh evidence · planned in PI 27.2');
    expect(text(html)).toContain('and 2 more in the PI review');
  });

  it('says what to do when nothing is waiting', () => {
    const html = renderToStaticMarkup(<CandidatesList candidates={[]} unit="points" piName="PI 27.1" limit={5} reviewProjectKey="CLIN" />);
    expect(text(html)).toContain(NO_CANDIDATES);
    expect(html).not.toContain('candidates-table');
  });

  it('has no size column when items are counted', () => {
    const html = renderToStaticMarkup(<CandidatesList candidates={[candidate(1, { size: null })]} unit="items" piName="PI 27.1" />);
    expect(html).not.toContain('Size (');
    expect(html).not.toContain('Unsized');
  });
});

describe('the PI review table with sizes and swaps', () => {
  const items = [anItem('CLIN-7', 'gravity', { size: 8 }), anItem('CLIN-8', 'gravity', { size: null }), anItem('CLIN-3', 'aligned', { size: 5 })];
  const swaps = new Map([['CLIN-7', [{ key: 'CLIN-31', size: '8 points' }, { key: 'CLIN-34', size: '5 points' }, { key: 'CLIN-35', size: null }]]]);
  const noop = () => undefined;
  const render = (unit: 'points' | 'items') =>
    renderToStaticMarkup(<DecideTable items={items} selected={new Set()} onSelect={noop} onDecide={noop} canDecide noDecideReason="" unit={unit} swaps={swaps} />);

  it('shows a Size column, a dash read as Unsized, and the swap hint under the gravity item', () => {
    const html = render('points');
    expect(html).toContain('Size (points)');
    expect(html).toMatch(/data-testid="review-row-CLIN-7"[^]*data-testid="row-size" data-value="8"/);
    const unsizedRow = html.slice(html.indexOf('review-row-CLIN-8'), html.indexOf('review-row-CLIN-3'));
    expect(unsizedRow).toMatch(/<span aria-hidden="true">—<\/span><span [^>]*>Unsized<\/span>/);
    expect(unsizedRow).not.toContain('swap-hint');
    const hint = html.slice(html.indexOf('swap-hint-CLIN-7'));
    expect(text(`<x ${hint}`).slice(0, 200)).toContain('Could swap for CLIN-31 (8 points) or CLIN-34 (5 points); 1 more waiting');
    expect(hint).toMatch(/href="\/browse\/CLIN-31"/);
  });

  it('has no Size column when items are counted', () => {
    expect(render('items')).not.toContain('Size (');
  });
});

describe('the issue panel header', () => {
  const data = (size: number | null, capacityField: CapacityField | null): PanelData => ({
    assessment: anItem('CLIN-7', 'gravity', { size }),
    canEdit: true,
    current: null,
    next: null,
    removed: [],
    untrusted: [],
    phiGuard: false,
    capacityField,
  });

  it('shows the size beside the verdict', () => {
    const html = renderToStaticMarkup(<PanelHeader data={data(8, POINTS)} />);
    expect(html).toMatch(/data-testid="item-size" data-value="8"/);
    expect(text(html)).toContain('8 points');
  });

  it('says Unsized beside the verdict and names the field to set under the headline', () => {
    const html = renderToStaticMarkup(<PanelHeader data={data(null, POINTS)} />);
    expect(html).toMatch(/data-testid="item-size" data-value=""[^]*>Unsized</);
    expect(text(html)).toContain("Planned into the next PI (PI 26.4) · Unsized: set Story point estimate to count it in its PI's capacity");
  });

  it('shows nothing when items are counted', () => {
    expect(renderToStaticMarkup(<PanelHeader data={data(null, null)} />)).not.toContain('item-size');
    expect(renderToStaticMarkup(<PanelHeader data={data(8, POINTS)} />)).not.toContain('item-size-hint');
  });
});
