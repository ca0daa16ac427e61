import type { Verdict } from '../../src/shared/assessment';
import type { CapacityUnit } from '../../src/shared/capacity';
import type { ScopeTrend, TrendPoint } from '../../src/shared/trend';

/**
 * A hand-made trend (the helpers' and views' tests; the browser test reads the
 * sample site's real one): four past PIs, the current and the next, gravity
 * falling, the two oldest reconstructed, the rest committed except the next.
 */

const NO_COUNTS: Record<Verdict, number> = { gravity: 0, zombie: 0, ungrounded: 0, unanchored: 0, aligned: 0, delivered: 0, unplanned: 0 };

export const aPoint = (name: string, overrides: Partial<TrendPoint> & { gravity?: number; aligned?: number } = {}): TrendPoint => {
  const { gravity = 3, aligned = 2, ...rest } = overrides;
  const total = gravity + aligned + 3;
  const counts = { ...NO_COUNTS, gravity, aligned, ungrounded: 3 };
  return {
    pi: { name, startDate: '2026-01-05', endDate: '2026-03-13' },
    role: 'past',
    source: 'committed',
    baselineVersion: 1,
    asOf: '2026-01-05',
    total,
    counts,
    capacity: {
      unit: 'points',
      field: { id: 'customfield_10016', name: 'Story Points', unit: 'points' },
      total: total * 5,
      byVerdict: { ...NO_COUNTS, gravity: gravity * 5, aligned: aligned * 5, ungrounded: 15 },
      unsized: [],
    },
    carriedOut: 1,
    alignedShare: Math.round((aligned / total) * 100),
    gravityShare: Math.round((gravity / total) * 100),
    ...rest,
  };
};

export const aTrend = (overrides: Partial<ScopeTrend> = {}, unit: CapacityUnit = 'points'): ScopeTrend => ({
  scopeLabel: 'Clinical Apps (CLIN)',
  jql: 'project = "CLIN" AND issuetype = Epic AND fixVersion WAS IN ("PI 26.1", "PI 26.2")',
  today: '2026-11-26',
  unit,
  points: [
    aPoint('PI 26.1', { source: 'reconstructed', baselineVersion: null, gravity: 6, aligned: 1, carriedOut: 3 }),
    aPoint('PI 26.2', { source: 'reconstructed', baselineVersion: null, gravity: 5, aligned: 2, carriedOut: 2 }),
    aPoint('PI 26.3', { gravity: 4, aligned: 3, baselineVersion: 2 }),
    aPoint('PI 26.4', { gravity: 3, aligned: 4, carriedOut: 0 }),
    aPoint('PI 27.1', { role: 'current', gravity: 2, aligned: 5, carriedOut: 0 }),
    aPoint('PI 27.2', { role: 'next', source: 'reconstructed', baselineVersion: null, gravity: 1, aligned: 5, carriedOut: 0, asOf: '2026-11-26' }),
  ],
  unreadable: [],
  notes: ['Reconstructed points show each item as it stood when the PI started.'],
  evidenceChecked: true,
  ...overrides,
});
