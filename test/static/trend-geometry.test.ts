import {
  axisNames,
  chartLayout,
  labelSides,
  labelY,
  MIN_WIDTH,
  segmentPath,
  seriesGeometry,
  xOf,
  yOf,
} from '../../static/common/trend/trend-geometry';
import { aPoint, aTrend } from './trend-fixture';

/** The trend chart's pure layout (static/common/trend/trend-geometry.ts). */

describe('chartLayout', () => {
  it('puts 100% at the top of the plot and 0% at its bottom', () => {
    const { plot, ticks } = chartLayout(600, 6);
    expect(yOf(100, plot)).toBe(plot.top);
    expect(yOf(0, plot)).toBe(plot.top + plot.height);
    expect(ticks.map((t) => t.value)).toEqual([0, 25, 50, 75, 100]);
    expect(ticks.find((t) => t.value === 50)?.y).toBe(plot.top + plot.height / 2);
  });

  it('clamps shares outside 0–100 to the plot', () => {
    const { plot } = chartLayout(600, 6);
    expect(yOf(130, plot)).toBe(plot.top);
    expect(yOf(-5, plot)).toBe(plot.top + plot.height);
  });

  it('draws no narrower than the minimum width, and fits the width it is given', () => {
    expect(chartLayout(120, 6).width).toBe(MIN_WIDTH);
    const l = chartLayout(640.7, 8);
    expect(l.width).toBe(640);
    expect(l.plot.left + l.plot.width).toBeLessThanOrEqual(l.width);
    expect(l.band * 8).toBeCloseTo(l.plot.width);
  });

  it('puts the text rows under the plot, in order', () => {
    const { plot, rows, height } = chartLayout(600, 6);
    expect(rows.name).toBeGreaterThan(plot.top + plot.height);
    expect(rows.role).toBeGreaterThan(rows.name);
    expect(rows.carried).toBeGreaterThan(rows.role);
    expect(height).toBeGreaterThan(rows.carried);
  });

  it('centres each PI in its band', () => {
    const { plot } = chartLayout(600, 4);
    expect(xOf(0, 4, plot)).toBeCloseTo(plot.left + plot.width / 8);
    expect(xOf(3, 4, plot)).toBeCloseTo(plot.left + (plot.width * 7) / 8);
  });
});

describe('seriesGeometry', () => {
  const { plot } = chartLayout(600, 6);

  it('has one marker per PI with a value, hollow where the value is reconstructed', () => {
    const { markers } = seriesGeometry(aTrend().points, 'gravity', plot);
    expect(markers.map((m) => m.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(markers.map((m) => m.hollow)).toEqual([true, true, false, false, false, true]);
    expect(markers.map((m) => m.share)).toEqual(aTrend().points.map((p) => p.gravityShare));
  });

  it('reads the aligned share for the aligned series', () => {
    const { markers } = seriesGeometry(aTrend().points, 'aligned', plot);
    expect(markers.map((m) => m.share)).toEqual(aTrend().points.map((p) => p.alignedShare));
  });

  it('dashes a segment when either end is reconstructed', () => {
    const { segments } = seriesGeometry(aTrend().points, 'gravity', plot);
    expect(segments.map((s) => [s.from.index, s.to.index, s.dashed])).toEqual([
      [0, 1, true],
      [1, 2, true],
      [2, 3, false],
      [3, 4, false],
      [4, 5, true],
    ]);
  });

  it('breaks the line at a PI that held nothing instead of drawing through it', () => {
    const points = [aPoint('A'), aPoint('B', { gravityShare: null, alignedShare: null, total: 0 }), aPoint('C'), aPoint('D')];
    const { markers, segments } = seriesGeometry(points, 'gravity', plot);
    expect(markers.map((m) => m.index)).toEqual([0, 2, 3]);
    expect(segments.map((s) => [s.from.index, s.to.index])).toEqual([[2, 3]]);
  });

  it('writes a segment as SVG path data', () => {
    const { segments } = seriesGeometry([aPoint('A', { gravityShare: 100 }), aPoint('B', { gravityShare: 0 })], 'gravity', plot);
    const [s] = segments;
    expect(s).toBeDefined();
    if (s === undefined) return;
    expect(segmentPath(s)).toBe(`M${Math.round(s.from.x * 10) / 10} ${plot.top}L${Math.round(s.to.x * 10) / 10} ${plot.top + plot.height}`);
  });
});

describe('labelSides', () => {
  it.each([
    [60, 20, { gravity: 'above', aligned: 'below' }],
    [20, 60, { gravity: 'below', aligned: 'above' }],
    [40, 40, { gravity: 'above', aligned: 'below' }],
    [null, 40, { gravity: 'below', aligned: 'above' }],
    [40, null, { gravity: 'above', aligned: 'below' }],
  ] as const)('gravity %p, aligned %p: %p', (g, a, sides) => {
    expect(labelSides(g, a)).toEqual(sides);
  });

  it('places a label above its marker or below it, clear of the marker', () => {
    expect(labelY(100, 'above')).toBeLessThan(100 - 5);
    expect(labelY(100, 'below')).toBeGreaterThan(100 + 5 + 8);
  });
});

describe('axisNames', () => {
  const names = ['PI 26.1', 'PI 26.2', 'PI 27.1'];
  it('keeps the names whole when the band has room', () => {
    expect(axisNames(names, 90)).toEqual({ labels: names, dropped: null });
  });
  it('drops the leading word every name shares when the band is narrow', () => {
    expect(axisNames(names, 40)).toEqual({ labels: ['26.1', '26.2', '27.1'], dropped: 'PI' });
  });
  it('keeps the names whole when they share no leading word', () => {
    expect(axisNames(['PI 26.1', 'Sprint 4'], 40)).toEqual({ labels: ['PI 26.1', 'Sprint 4'], dropped: null });
    expect(axisNames(['2026-Q1', '2026-Q2'], 40)).toEqual({ labels: ['2026-Q1', '2026-Q2'], dropped: null });
  });
});
