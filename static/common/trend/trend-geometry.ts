import type { TrendPoint } from '../../../src/shared/trend';

/**
 * Pure layout of the trend chart (trend-chart.tsx draws it): one band per PI
 * along x, share of capacity 0–100% up y, a line per series. Computed in the
 * chart's real pixel width rather than scaled from a fixed viewBox, so the
 * labels keep their size in a 360 px gadget column.
 */

/** The two lines the chart draws: the share that only fit (gravity) and the share that is aligned. */
export const SERIES = ['gravity', 'aligned'] as const;
export type Series = (typeof SERIES)[number];

export const shareOfSeries = (p: Pick<TrendPoint, 'gravityShare' | 'alignedShare'>, s: Series): number | null =>
  s === 'gravity' ? p.gravityShare : p.alignedShare;

export interface Plot {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

export interface ChartLayout {
  readonly width: number;
  readonly height: number;
  readonly plot: Plot;
  /** The width of one PI's band. */
  readonly band: number;
  /** Gridlines and their labels, 0 to 100. */
  readonly ticks: readonly { readonly value: number; readonly y: number }[];
  /** Font size of the value labels: smaller when the bands are narrow (8 PIs in a 360 px gadget). */
  readonly labelSize: number;
  /** Baselines of the text rows under the plot: the PI's name, its role, its carried-out count. */
  readonly rows: { readonly name: number; readonly role: number; readonly carried: number };
}

/** Narrowest the chart is drawn (a gadget column is 360 px with its padding). */
export const MIN_WIDTH = 280;
const LEFT = 40;
const RIGHT = 8;
/** Room above 100% for the value labels placed above their markers. */
const TOP = 20;
const PLOT_HEIGHT = 180;
const ROW = 16;
/** Room under 0% for a value label placed below its marker, clear of the PI names. */
const BELOW_PLOT = 14;
export const TICKS = [0, 25, 50, 75, 100] as const;

export const yOf = (share: number, plot: Plot): number => plot.top + (1 - Math.min(100, Math.max(0, share)) / 100) * plot.height;

/** The centre of PI `index`'s band. */
export const xOf = (index: number, count: number, plot: Plot): number => plot.left + ((index + 0.5) * plot.width) / Math.max(1, count);

export const chartLayout = (width: number, count: number): ChartLayout => {
  const w = Math.max(MIN_WIDTH, Math.floor(width));
  const plot: Plot = { left: LEFT, top: TOP, width: w - LEFT - RIGHT, height: PLOT_HEIGHT };
  const below = plot.top + plot.height + BELOW_PLOT;
  return {
    width: w,
    height: below + ROW * 3 + 8,
    plot,
    band: plot.width / Math.max(1, count),
    labelSize: plot.width / Math.max(1, count) < 48 ? 10 : 11,
    ticks: TICKS.map((value) => ({ value, y: yOf(value, plot) })),
    rows: { name: below + ROW, role: below + ROW * 2, carried: below + ROW * 3 },
  };
};

export interface Marker {
  readonly index: number;
  readonly x: number;
  readonly y: number;
  readonly share: number;
  /** Reconstructed values are drawn hollow, committed ones solid. */
  readonly hollow: boolean;
}

export interface Segment {
  readonly from: Marker;
  readonly to: Marker;
  /** Dashed when either end is reconstructed: the line is only as firm as its weakest end. */
  readonly dashed: boolean;
}

/**
 * A series' markers and the segments joining neighbours. A PI that held
 * nothing (share null) has no marker and breaks the line: the chart does not
 * draw a value through a PI that has none.
 */
export const seriesGeometry = (
  points: readonly Pick<TrendPoint, 'gravityShare' | 'alignedShare' | 'source'>[],
  series: Series,
  plot: Plot,
): { markers: Marker[]; segments: Segment[] } => {
  const slots = points.map((p, index): Marker | null => {
    const share = shareOfSeries(p, series);
    return share === null ? null : { index, x: xOf(index, points.length, plot), y: yOf(share, plot), share, hollow: p.source === 'reconstructed' };
  });
  const markers = slots.filter((m): m is Marker => m !== null);
  const segments: Segment[] = [];
  for (let i = 1; i < slots.length; i++) {
    const from = slots[i - 1];
    const to = slots[i];
    if (from !== null && from !== undefined && to !== null && to !== undefined) segments.push({ from, to, dashed: from.hollow || to.hollow });
  }
  return { markers, segments };
};

/**
 * Where each series' value label goes at one PI: the higher value above its
 * marker, the lower below, so the two labels do not sit on each other when
 * the lines come close. Ties put gravity above.
 */
export const labelSides = (gravity: number | null, aligned: number | null): Readonly<Record<Series, 'above' | 'below'>> =>
  aligned !== null && (gravity === null || aligned > gravity) ? { aligned: 'above', gravity: 'below' } : { gravity: 'above', aligned: 'below' };

/** A label's baseline: above the marker, or below it (clear of the marker's size). */
export const labelY = (markerY: number, side: 'above' | 'below'): number => (side === 'above' ? markerY - 9 : markerY + 17);

/** Band width under which the PI names lose their shared leading word ("PI 26.1" → "26.1"). */
export const COMPACT_BAND = 64;

/**
 * The PI names as drawn under the axis: whole when there is room, otherwise
 * without a leading word every name shares ("PI 26.1", "PI 26.2" → "26.1",
 * "26.2"); the table below keeps the full names.
 */
export const axisNames = (names: readonly string[], band: number): { labels: string[]; dropped: string | null } => {
  if (band >= COMPACT_BAND || names.length === 0) return { labels: [...names], dropped: null };
  const first = /^(\S+)\s+\S/.exec(names[0] ?? '')?.[1];
  if (first === undefined || !names.every((n) => n.startsWith(`${first} `) && n.length > first.length + 1)) return { labels: [...names], dropped: null };
  return { labels: names.map((n) => n.slice(first.length + 1)), dropped: first };
};

/** SVG path data for a segment. */
export const segmentPath = (s: Segment): string => `M${round(s.from.x)} ${round(s.from.y)}L${round(s.to.x)} ${round(s.to.y)}`;

const round = (n: number): number => Math.round(n * 10) / 10;
