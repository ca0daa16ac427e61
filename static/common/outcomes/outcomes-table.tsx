import { token } from '@atlaskit/tokens';
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { OutcomeRow } from '../../../src/shared/outcome';
import { IssueLink } from '../issue-link';
import { OutcomeLozenge } from '../outcome-lozenge';
import { PlainList } from '../plain-list';
import { InlineIssueLink } from '../report/key-links';
import { srOnly, tableStyle, tdStyle, thStyle, wrapStyle } from '../report/plain-table-style';
import { useOverflowsSideways } from '../use-overflows';
import { outcomeRowWords, type CellWords } from './outcome-rows';

const subtle = { color: token('color.text.subtle'), font: token('font.body.small') };
const nowrap = { whiteSpace: 'nowrap' as const };

/** Below this width (a gadget column) the rows are a list of wrapping lines: seven columns would need a sideways scroll. */
export const LIST_BELOW_PX = 640;

/** The element's width, kept current as Jira resizes the iframe; the window's width until it is measured. */
const useWidth = (ref: RefObject<HTMLElement | null>): number => {
  const [width, setWidth] = useState(() => (typeof window === 'undefined' ? Number.POSITIVE_INFINITY : window.innerWidth));
  useEffect(() => {
    const el = ref.current;
    if (el === null) return undefined;
    const check = () => setWidth(el.clientWidth);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
};

/**
 * The delivered items of a scope by outcome status, in the order the report
 * gives them (overdue first, the longest since delivery first): a table, or
 * in a narrow gadget column a list of a few wrapping lines per item.
 */
export const OutcomesTable = ({ rows, today, caption }: { rows: readonly OutcomeRow[]; today: string; caption: string }) => {
  const frame = useRef<HTMLDivElement | null>(null);
  const narrow = useWidth(frame) < LIST_BELOW_PX;
  return (
    <div ref={frame} data-layout={narrow ? 'list' : 'table'} data-testid="outcomes-rows">
      {narrow ? <OutcomesList rows={rows} today={today} caption={caption} /> : <OutcomesGrid rows={rows} today={today} caption={caption} />}
    </div>
  );
};

/** A cell's words, and under them in subtle text what explains them. */
const Cell = ({ words, testId, noWrap = false }: { words: CellWords; testId: string; noWrap?: boolean }) => (
  <td style={{ ...tdStyle, ...(noWrap ? nowrap : {}) }} data-testid={testId}>
    {words.text}
    {words.detail === '' ? null : <div style={{ ...subtle, whiteSpace: 'normal', minWidth: noWrap ? '7rem' : undefined }}>{words.detail}</div>}
  </td>
);

/** "24 April, passed 7 months ago" or "30 January (from the resolution date)": a cell's words on one line of the list. */
const inline = (w: CellWords, bracket = false): string => (w.detail === '' ? w.text : bracket ? `${w.text} (${w.detail})` : `${w.text}, ${w.detail}`);

/** The table; its box scrolls sideways when the view is narrower than it, and takes focus so the arrow keys scroll it. */
const OutcomesGrid = ({ rows, today, caption }: { rows: readonly OutcomeRow[]; today: string; caption: string }) => {
  const box = useRef<HTMLDivElement | null>(null);
  const overflows = useOverflowsSideways(box);
  return (
    <div>
      {/* The caption's words stay in view above the box; the caption itself is for screen readers, which read it with the table. */}
      <p aria-hidden="true" style={{ margin: 0, paddingBottom: token('space.050'), ...subtle }}>
        {caption}
        {overflows ? ' · wider than this view: focus the table and use the arrow keys to scroll it' : ''}
      </p>
      <div
        ref={box}
        role="region"
        aria-label="Delivered items by outcome"
        tabIndex={0}
        style={{ overflowX: 'auto' }}
        data-testid="outcomes-table-box"
        data-overflows={overflows}
      >
        <table style={tableStyle} data-testid="outcomes-table">
          <caption style={srOnly}>{caption}</caption>
          <thead>
            <tr>
              {['Outcome', 'Key', 'Summary', 'Delivered', 'Since delivery', 'Outcome due', 'Note'].map((h) => (
                <th key={h} scope="col" style={thStyle}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const w = outcomeRowWords(r, today);
              return (
                <tr key={r.key} data-testid={`outcome-row-${r.key}`} data-status={r.outcome.status}>
                  <td style={{ ...tdStyle, ...nowrap }}>
                    <OutcomeLozenge status={r.outcome.status} testId={`outcome-status-${r.key}`} />
                  </td>
                  <td style={{ ...tdStyle, ...nowrap }}>
                    <IssueLink issueKey={r.key} />
                  </td>
                  <td style={{ ...tdStyle, ...wrapStyle }}>{r.summary}</td>
                  <Cell words={w.delivered} testId="outcome-cell-delivered" noWrap />
                  <td style={{ ...tdStyle, ...nowrap }} data-testid="outcome-cell-since" data-days={r.outcome.daysSinceDelivery ?? ''}>
                    {w.since}
                  </td>
                  <Cell words={w.due} testId="outcome-cell-due" noWrap />
                  <td style={{ ...tdStyle, ...wrapStyle }} data-testid="outcome-cell-note" title={w.noteTitle === '' ? undefined : w.noteTitle}>
                    {w.note.text}
                    {w.note.detail === '' ? null : <div style={subtle}>{w.note.detail}</div>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
};

/** The same rows as a list: the status and key, the summary, the delivery and due days, the note. */
const OutcomesList = ({ rows, today, caption }: { rows: readonly OutcomeRow[]; today: string; caption: string }) => (
  <div>
    <p style={{ margin: 0, paddingBottom: token('space.100'), ...subtle }}>{caption}</p>
    <PlainList label="Delivered items by outcome">
      {rows.map((r) => {
        const w = outcomeRowWords(r, today);
        return (
          <li
            key={r.key}
            data-testid={`outcome-row-${r.key}`}
            data-status={r.outcome.status}
            style={{ margin: 0, paddingBottom: token('space.100'), borderBottom: `1px solid ${token('color.border')}`, overflowWrap: 'anywhere' }}
          >
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: token('space.100'), alignItems: 'center' }}>
              <OutcomeLozenge status={r.outcome.status} testId={`outcome-status-${r.key}`} />
              <InlineIssueLink issueKey={r.key} />
            </div>
            <div>{r.summary}</div>
            <div style={subtle}>
              Delivered <span data-testid="outcome-cell-delivered">{inline(w.delivered, true)}</span>
              {' · '}
              <span data-testid="outcome-cell-since" data-days={r.outcome.daysSinceDelivery ?? ''}>
                {w.since}
              </span>
            </div>
            <div style={subtle}>
              {w.due.text === '—' ? 'Outcome due: ' : 'Outcome due '}
              <span data-testid="outcome-cell-due">{w.due.text === '—' ? w.due.detail : inline(w.due)}</span>
            </div>
            <div data-testid="outcome-cell-note" title={w.noteTitle === '' ? undefined : w.noteTitle}>
              {w.note.text}
              {w.note.detail === '' ? null : <span style={subtle}>{` · ${w.note.detail}`}</span>}
            </div>
          </li>
        );
      })}
    </PlainList>
  </div>
);
