import { sizeLabel } from '../../../src/shared/capacity';
import type { ScopeTrend } from '../../../src/shared/trend';
import { token } from '@atlaskit/tokens';
import { useRef } from 'react';
import { numberStyle, srOnly, tableStyle, tdStyle, thStyle } from '../report/plain-table-style';
import { useOverflowsSideways } from '../use-overflows';
import { carriedOutWords, roleWords, shareUnitWords, shareWords, sourceWords } from './trend-words';

/** A date never breaks at its dashes. */
const nowrap = { whiteSpace: 'nowrap' as const };

/**
 * Every number of the trend chart as a table, oldest PI first: for screen
 * readers and keyboard users (the chart is one image), and for anyone who
 * wants the figures. Its box scrolls sideways in a narrow gadget and takes
 * focus so the arrow keys scroll it.
 */
export const TrendTable = ({ trend }: { trend: ScopeTrend }) => {
  const unit = shareUnitWords(trend.unit);
  const sized = trend.unit !== 'items';
  const box = useRef<HTMLDivElement | null>(null);
  const overflows = useOverflowsSideways(box);
  const caption = `${trend.scopeLabel}: each PI as it stood when it was planned, oldest first (shares ${unit})`;
  return (
    <div>
      {/* The caption's words stay in view above the box; the caption itself is for screen readers, which read it with the table. */}
      <p aria-hidden="true" style={{ margin: 0, paddingBottom: token('space.050'), color: token('color.text.subtle'), font: token('font.body.small') }}>
        {caption}
        {overflows ? ' · wider than this view: focus the table and use the arrow keys to scroll it' : ''}
      </p>
      <div ref={box} role="region" aria-label="The trend as a table" tabIndex={0} style={{ overflowX: 'auto' }} data-testid="trend-table-box" data-overflows={overflows}>
        <table style={tableStyle} data-testid="trend-table">
          <caption style={srOnly}>{caption}</caption>
          <thead>
            <tr>
              <th scope="col" style={thStyle}>
                PI
              </th>
              <th scope="col" style={thStyle}>
                Dates
              </th>
              <th scope="col" style={thStyle}>
                Values
              </th>
              <th scope="col" style={{ ...thStyle, ...numberStyle }}>
                Items
              </th>
              {sized ? (
                <th scope="col" style={{ ...thStyle, ...numberStyle }}>
                  Capacity
                </th>
              ) : null}
              <th scope="col" style={thStyle}>
                Gravity share
              </th>
              <th scope="col" style={thStyle}>
                Aligned share
              </th>
              <th scope="col" style={thStyle}>
                Carried out
              </th>
            </tr>
          </thead>
          <tbody>
            {trend.points.map((p) => {
              const role = roleWords(p.role);
              return (
                <tr key={p.pi.name} data-testid={`trend-row-${p.pi.name}`} data-source={p.source} data-role={p.role}>
                  <th scope="row" style={{ ...tdStyle, textAlign: 'left', whiteSpace: 'nowrap' }}>
                    {p.pi.name}
                    {role === '' ? null : <div style={{ fontWeight: 400 }}>{role}</div>}
                  </th>
                  <td style={{ ...tdStyle, minWidth: '6rem' }}>
                    <span style={nowrap}>{p.pi.startDate}</span> to <span style={nowrap}>{p.pi.endDate}</span>
                  </td>
                  <td style={tdStyle}>
                    {sourceWords(p)}
                    <div>
                      as of <span style={nowrap}>{p.asOf}</span>
                    </div>
                  </td>
                  <td style={{ ...tdStyle, ...numberStyle }} data-testid="trend-cell-total">
                    {p.total}
                  </td>
                  {sized ? (
                    <td style={{ ...tdStyle, ...numberStyle }}>
                      {sizeLabel(p.capacity.total, trend.unit)}
                      {p.capacity.unsized.length === 0 ? null : <div>{p.capacity.unsized.length} unsized</div>}
                    </td>
                  ) : null}
                  <td style={tdStyle} data-testid="trend-cell-gravity" data-value={p.gravityShare ?? ''}>
                    <strong>{shareWords(p.gravityShare)}</strong>
                    <div>{sizeLabel(p.counts.gravity, 'items')}</div>
                  </td>
                  <td style={tdStyle} data-testid="trend-cell-aligned" data-value={p.alignedShare ?? ''}>
                    <strong>{shareWords(p.alignedShare)}</strong>
                    <div>{sizeLabel(p.counts.aligned, 'items')}</div>
                  </td>
                  <td style={tdStyle} data-testid="trend-cell-carried" data-value={p.carriedOut}>
                    {carriedOutWords(p)}
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
