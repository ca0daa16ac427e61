import { token } from '@atlaskit/tokens';
import { useEffect, useId, useRef, useState } from 'react';
import type { ScopeTrend } from '../../../src/shared/trend';
import { VERDICT_FILL } from '../colors';
import {
  axisNames,
  chartLayout,
  labelSides,
  labelY,
  MIN_WIDTH,
  segmentPath,
  seriesGeometry,
  SERIES,
  shareOfSeries,
  xOf,
  type Marker,
  type Series,
} from './trend-geometry';
import { carriedOutMark, pointWords, roleMark, shareWords } from './trend-words';

/**
 * The trend across PIs as plain SVG (no charting library: the gadget's
 * bundle budget). Colour is never alone: gravity is a square on its line,
 * aligned a circle; committed values are solid, reconstructed ones hollow
 * with a dashed line. The SVG is one image with a text alternative; every
 * number is in the table below it (trend-table.tsx), which keyboard and
 * screen reader users reach.
 */

export const SERIES_COLOUR: Readonly<Record<Series, string>> = { gravity: VERDICT_FILL.gravity, aligned: VERDICT_FILL.aligned };
export const SERIES_LABEL: Readonly<Record<Series, string>> = { gravity: 'Gravity share (only fit)', aligned: 'Aligned share' };
const SURFACE = token('elevation.surface');
const TEXT = token('color.text');
const SUBTLE = token('color.text.subtle');
const GRID = token('color.border');
const HIGHLIGHT = token('color.background.neutral');
export const DASH = '5 4';

/** The chart's own width, kept current as Jira resizes the iframe. */
const useWidth = () => {
  const ref = useRef<HTMLDivElement | null>(null);
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (el === null) return undefined;
    const measure = () => setWidth(el.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
};

/** A series' marker: a square for gravity, a circle for aligned; solid or hollow. */
export const MarkerShape = ({ series, x, y, hollow }: { series: Series; x: number; y: number; hollow: boolean }) => {
  const colour = SERIES_COLOUR[series];
  const paint = { fill: hollow ? SURFACE : colour, stroke: colour, strokeWidth: 2 };
  return series === 'gravity' ? <rect x={x - 4.5} y={y - 4.5} width={9} height={9} {...paint} /> : <circle cx={x} cy={y} r={5} {...paint} />;
};

export const TrendChart = ({ trend, summary }: { trend: ScopeTrend; summary: string }) => {
  const { ref, width } = useWidth();
  const titleId = useId();
  const points = trend.points;
  const layout = chartLayout(width ?? MIN_WIDTH, points.length);
  const { plot, rows } = layout;
  const names = axisNames(
    points.map((p) => p.pi.name),
    layout.band,
  );
  const geometry = SERIES.map((s) => ({ series: s, ...seriesGeometry(points, s, plot) }));
  const bandLeft = (i: number) => xOf(i, points.length, plot) - layout.band / 2;

  const label = (series: Series, m: Marker) => {
    const p = points[m.index];
    if (p === undefined) return null;
    const side = labelSides(p.gravityShare, p.alignedShare)[series];
    return (
      <text key={`${series}-label-${m.index}`} x={m.x} y={labelY(m.y, side)} textAnchor="middle" fill={TEXT} fontSize={layout.labelSize} fontWeight={600} data-testid={`trend-label-${series}-${m.index}`}>
        {shareWords(m.share)}
      </text>
    );
  };

  return (
    <div ref={ref} data-testid="trend-chart" style={{ width: '100%', minWidth: MIN_WIDTH }}>
      {width === null ? null : (
        <svg width={layout.width} height={layout.height} role="img" aria-labelledby={titleId} style={{ display: 'block', font: token('font.body.small') }}>
          <title id={titleId}>{`${summary} Every value is in the table below the chart.`}</title>
          {/* The current and next PI: a shaded band and a mark under the name. */}
          {points.map((p, i) =>
            p.role === 'past' ? null : (
              <rect key={`band-${p.pi.name}`} x={bandLeft(i) + 1} y={plot.top - 16} width={layout.band - 2} height={plot.height + 16 + (rows.role - plot.top - plot.height) + 4} fill={HIGHLIGHT} rx={3} data-testid={`trend-band-${p.role}`} />
            ),
          )}
          {layout.ticks.map((t) => (
            <g key={t.value}>
              <line x1={plot.left} x2={plot.left + plot.width} y1={t.y} y2={t.y} stroke={GRID} strokeWidth={1} strokeDasharray={t.value === 0 ? undefined : '2 3'} />
              <text x={plot.left - 6} y={t.y + 4} textAnchor="end" fill={SUBTLE} fontSize={11}>
                {t.value}%
              </text>
            </g>
          ))}
          {geometry.map((g) =>
            g.segments.map((s) => (
              <path
                key={`${g.series}-seg-${s.from.index}`}
                d={segmentPath(s)}
                stroke={SERIES_COLOUR[g.series]}
                strokeWidth={2.5}
                strokeDasharray={s.dashed ? DASH : undefined}
                fill="none"
                data-testid={`trend-segment-${g.series}`}
                data-dashed={s.dashed}
              />
            )),
          )}
          {geometry.map((g) =>
            g.markers.map((m) => (
              <g key={`${g.series}-marker-${m.index}`} data-testid={`trend-marker-${g.series}-${m.index}`} data-share={m.share} data-hollow={m.hollow}>
                <MarkerShape series={g.series} x={m.x} y={m.y} hollow={m.hollow} />
              </g>
            )),
          )}
          {geometry.map((g) => g.markers.map((m) => label(g.series, m)))}
          {points.map((p, i) => {
            const x = xOf(i, points.length, plot);
            const none = shareOfSeries(p, 'gravity') === null;
            return (
              <g key={`axis-${p.pi.name}`} data-testid={`trend-pi-${i}`}>
                <title>{pointWords(p, trend.unit)}</title>
                {none ? (
                  <text x={x} y={plot.top + plot.height - 8} textAnchor="middle" fill={SUBTLE} fontSize={11}>
                    no items
                  </text>
                ) : null}
                <text x={x} y={rows.name} textAnchor="middle" fill={TEXT} fontSize={12} fontWeight={p.role === 'past' ? 400 : 700}>
                  {names.labels[i]}
                </text>
                <text x={x} y={rows.role} textAnchor="middle" fill={TEXT} fontSize={11} fontWeight={700}>
                  {roleMark(p.role)}
                </text>
                <text x={x} y={rows.carried} textAnchor="middle" fill={SUBTLE} fontSize={11} data-testid={`trend-carried-${i}`}>
                  {carriedOutMark(p)}
                </text>
              </g>
            );
          })}
          <text x={plot.left - 6} y={rows.name} textAnchor="end" fill={SUBTLE} fontSize={11}>
            {names.dropped ?? ''}
          </text>
          <text x={plot.left - 6} y={rows.carried} textAnchor="end" fill={SUBTLE} fontSize={11}>
            out
          </text>
        </svg>
      )}
    </div>
  );
};

/** A legend swatch: a short line with its marker (dashed and hollow for reconstructed). */
const Swatch = ({ series, hollow }: { series: Series; hollow: boolean }) => (
  <svg width={28} height={12} aria-hidden="true" focusable="false" style={{ flexShrink: 0 }}>
    <path d="M1 6L27 6" stroke={SERIES_COLOUR[series]} strokeWidth={2.5} strokeDasharray={hollow ? DASH : undefined} />
    <MarkerShape series={series} x={14} y={6} hollow={hollow} />
  </svg>
);

const legendItem = { display: 'inline-flex', alignItems: 'center', gap: token('space.075'), margin: 0 } as const;

/** What each line, shape and fill means; words beside every swatch, so nothing rests on colour. */
export const TrendLegend = ({ unitWords }: { unitWords: string }) => (
  <ul
    data-testid="trend-legend"
    aria-label="Chart legend"
    style={{ display: 'flex', flexWrap: 'wrap', gap: `${token('space.050')} ${token('space.200')}`, listStyle: 'none', margin: 0, padding: 0, color: TEXT, font: token('font.body.small') }}
  >
    <li style={legendItem}>
      <Swatch series="gravity" hollow={false} /> {SERIES_LABEL.gravity}, {unitWords}
    </li>
    <li style={legendItem}>
      <Swatch series="aligned" hollow={false} /> {SERIES_LABEL.aligned}, {unitWords}
    </li>
    <li style={legendItem}>
      <svg width={28} height={12} aria-hidden="true" focusable="false">
        <path d="M1 6L27 6" stroke={SUBTLE} strokeWidth={2.5} />
        <circle cx={14} cy={6} r={5} fill={SUBTLE} stroke={SUBTLE} strokeWidth={2} />
      </svg>
      Solid: committed, from the PI&apos;s baseline
    </li>
    <li style={legendItem}>
      <svg width={28} height={12} aria-hidden="true" focusable="false">
        <path d="M1 6L27 6" stroke={SUBTLE} strokeWidth={2.5} strokeDasharray={DASH} />
        <circle cx={14} cy={6} r={5} fill={SURFACE} stroke={SUBTLE} strokeWidth={2} />
      </svg>
      Hollow, dashed: reconstructed from the items&apos; history
    </li>
    <li style={legendItem}>
      <svg width={16} height={12} aria-hidden="true" focusable="false">
        <rect x={0} y={0} width={16} height={12} rx={3} fill={HIGHLIGHT} />
      </svg>
      Shaded: the current (now) and next PI
    </li>
    <li style={legendItem}>&ldquo;out&rdquo;: items carried out of the PI into a later one</li>
  </ul>
);
