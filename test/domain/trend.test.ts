import {
  carriedOutOf,
  committedPoint,
  evidenceAsOf,
  itemAsOf,
  membershipOf,
  planningTimeline,
  reconstructedPoint,
  scoreWorkItem,
  trendPis,
  piNameMapper,
  type Pi,
} from '../../src/domain';
import type { Baseline, BaselineItem } from '../../src/shared/baseline';
import type { CapacityField } from '../../src/shared/capacity';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { PI_26_2, PI_26_3, PI_27_1, PI_27_2, TODAY, calendar, change, evidence, objective, workItem } from './builders';

const FIX = DEFAULT_SETTINGS.pi;
const toPiName = piNameMapper(FIX);
const POINTS: CapacityField = { id: 'customfield_10016', name: 'Story Points', unit: 'points' };
const PI_26_1: Pi = { name: 'PI 26.1', startDate: '2026-04-01', endDate: '2026-06-30' };

const member = (history: Parameters<typeof planningTimeline>[0], current: readonly string[], pi: Pi, today = TODAY) =>
  membershipOf(planningTimeline(history, current), toPiName, pi, today);

describe('trendPis: the last N past PIs, the current and the next, oldest first', () => {
  it('keeps the last N PIs that ended before today', () => {
    const cal = calendar(TODAY, [PI_26_1, PI_26_2, PI_26_3, PI_27_1, PI_27_2]);
    expect(trendPis(cal, TODAY, 1).map((p) => [p.pi.name, p.role])).toEqual([
      ['PI 26.2', 'past'],
      ['PI 26.3', 'current'],
      ['PI 27.1', 'next'],
    ]);
    expect(trendPis(cal, TODAY, 6).map((p) => p.pi.name)).toEqual(['PI 26.1', 'PI 26.2', 'PI 26.3', 'PI 27.1']);
  });

  it('has no current PI between two PIs', () => {
    const cal = calendar('2026-12-31', [PI_26_2, { ...PI_27_1, startDate: '2027-01-02' }]);
    expect(trendPis(cal, '2026-12-31', 6).map((p) => p.role)).toEqual(['past', 'next']);
  });
});

describe('membershipOf: which PI an item was in, and from when', () => {
  it('an item moved from PI 26.2 to PI 26.3 while 26.2 ran was in both, each at its start', () => {
    const history = [change('2026-08-10T09:00:00.000+0000', ['PI 26.2'], ['PI 26.3'])];
    expect(member(history, ['PI 26.3'], PI_26_2)).toEqual({ asOf: '2026-07-01', values: ['PI 26.2'], history: [] });
    expect(member(history, ['PI 26.3'], PI_26_3)).toEqual({ asOf: '2026-10-01', values: ['PI 26.3'], history });
  });

  it('an item taken out of a PI before it started is not in it', () => {
    const history = [change('2026-09-20T09:00:00.000+0000', ['PI 26.3'], ['PI 27.1'])];
    expect(member(history, ['PI 27.1'], PI_26_3)).toBeNull();
    expect(member(history, ['PI 27.1'], PI_27_1)?.asOf).toBe(TODAY);
  });

  it('an item removed while the PI ran stays in it, as it stood at the start', () => {
    const history = [change('2026-10-20T09:00:00.000+0000', ['PI 26.3'], [])];
    expect(member(history, [], PI_26_3)).toEqual({ asOf: '2026-10-01', values: ['PI 26.3'], history: [] });
  });

  it('an item that joined a running PI stands at the day it joined, with its history up to then', () => {
    const history = [change('2026-10-15T09:00:00.000+0000', [], ['PI 26.3']), change('2026-11-01T09:00:00.000+0000', ['PI 26.3'], ['PI 27.1'])];
    const m = member(history, ['PI 27.1'], PI_26_3);
    expect(m).toEqual({ asOf: '2026-10-15', values: ['PI 26.3'], history: [history[0]] });
  });

  it('a join after today does not count (and a join after the end does not count for a past PI)', () => {
    const history = [change('2026-10-02T09:00:00.000+0000', [], ['PI 26.2'])];
    expect(member(history, ['PI 26.2'], PI_26_2)).toBeNull();
    expect(member([change('2026-11-20T09:00:00.000+0000', [], ['PI 26.3'])], ['PI 26.3'], PI_26_3, '2026-11-10')).toBeNull();
  });

  it('a PI not yet started holds the items planned in it today', () => {
    expect(member([], ['PI 27.1'], PI_27_1)).toEqual({ asOf: TODAY, values: ['PI 27.1'], history: [] });
    expect(member([], ['PI 26.3'], PI_27_1)).toBeNull();
  });
});

describe('evidenceAsOf: the records that stood at a day', () => {
  it('counts records observed and added by then; a later removal does not take one away, an earlier one does', () => {
    const early = evidence({ id: 'early', observedOn: '2026-06-01', addedAt: '2026-06-02T10:00:00.000Z' });
    const addedLater = evidence({ id: 'later', observedOn: '2026-06-01', addedAt: '2026-08-02T10:00:00.000Z' });
    const observedLater = evidence({ id: 'observed', observedOn: '2026-07-05', addedAt: '2026-06-02T10:00:00.000Z' });
    const removedAfter = evidence({ id: 'removedAfter', observedOn: '2026-06-01', addedAt: '2026-06-02T10:00:00.000Z', removedAt: '2026-09-01T10:00:00.000Z', removedBy: 'u' });
    const removedBefore = evidence({ id: 'removedBefore', observedOn: '2026-06-01', addedAt: '2026-06-02T10:00:00.000Z', removedAt: '2026-06-20T10:00:00.000Z', removedBy: 'u' });
    const kept = evidenceAsOf([early, addedLater, observedLater, removedAfter, removedBefore], '2026-07-01');
    expect(kept.map((r) => r.id)).toEqual(['early', 'removedAfter']);
    expect(kept[1]).not.toHaveProperty('removedAt');
  });
});

describe('itemAsOf + scoreWorkItem: evidence added later does not count for an earlier PI', () => {
  it('ungrounded at PI 26.2 (evidence added after its start), aligned in PI 26.3', () => {
    const history = [change('2026-08-10T09:00:00.000+0000', ['PI 26.2'], ['PI 26.3'])];
    const item = workItem({
      fixVersions: ['PI 26.3'],
      planningHistory: history,
      objectiveCandidates: [objective()],
      evidence: [evidence({ observedOn: '2026-08-01', addedAt: '2026-08-20T10:00:00.000Z' })],
      statusCategory: 'done',
    });
    const timeline = planningTimeline(item.planningHistory, item.fixVersions);
    const at = (pi: Pi) => {
      const m = membershipOf(timeline, toPiName, pi, TODAY);
      if (m === null) throw new Error('not a member');
      return scoreWorkItem(itemAsOf(item, FIX, m), calendar(m.asOf), DEFAULT_SETTINGS, m.asOf);
    };
    expect(at(PI_26_2).verdict).toBe('ungrounded');
    // Done today, but not known to be done when PI 26.3 started: scored as not done.
    expect(at(PI_26_3).verdict).toBe('aligned');
    expect(carriedOutOf(PI_26_2, [{ item, source: FIX }], calendar())).toBe(1);
    expect(carriedOutOf(PI_26_3, [{ item, source: FIX }], calendar())).toBe(0);
  });

  it('carry-overs before asOf count toward zombie, later ones do not', () => {
    const history = [
      change('2026-05-10T09:00:00.000+0000', ['PI 26.1'], ['PI 26.2']),
      change('2026-08-10T09:00:00.000+0000', ['PI 26.2'], ['PI 26.3']),
    ];
    const item = workItem({ fixVersions: ['PI 26.3'], planningHistory: history, objectiveCandidates: [objective()] });
    const cal = calendar(TODAY, [PI_26_1, PI_26_2, PI_26_3, PI_27_1]);
    const timeline = planningTimeline(history, item.fixVersions);
    const score = (pi: Pi) => {
      const m = membershipOf(timeline, toPiName, pi, TODAY);
      if (m === null) throw new Error('not a member');
      return scoreWorkItem(itemAsOf(item, FIX, m), calendarOfAt(cal, m.asOf), DEFAULT_SETTINGS, m.asOf);
    };
    expect(score(PI_26_2).carriedOver).toBe(1);
    expect(score(PI_26_3).carriedOver).toBe(2);
  });
});

const calendarOfAt = (cal: ReturnType<typeof calendar>, day: string) => calendar(day, cal.pis);

const baselineItem = (key: string, verdict: BaselineItem['verdict'], size?: number | null): BaselineItem => ({
  key,
  summary: key,
  verdict,
  score: 0,
  forces: { strategy: 0, evidence: 0, delivery: 0 },
  findings: [],
  counts: { objectives: 0, liveObjectives: 0, evidence: 0, freshEvidence: 0 },
  decision: null,
  ...(size === undefined ? {} : { size }),
});

const baseline = (items: BaselineItem[], capacityUnit?: Baseline['capacityUnit']): Baseline => ({
  projectKey: 'CLIN',
  pi: PI_26_2,
  version: 2,
  committedAt: '2026-06-28T12:00:00.000Z',
  committedBy: { accountId: 'a', displayName: 'Alex' },
  itemCount: items.length,
  items,
  ...(capacityUnit === undefined ? {} : { capacityUnit }),
});

describe('points', () => {
  it('a reconstructed point: counts, capacity shares over sizes, the PI start as asOf', () => {
    const point = reconstructedPoint(
      { pi: PI_26_3, role: 'current' },
      TODAY,
      [
        { key: 'A', summary: 'A', verdict: 'gravity', size: 8 },
        { key: 'B', summary: 'B', verdict: 'aligned', size: 2 },
        { key: 'C', summary: 'C', verdict: 'aligned', size: null },
      ],
      1,
      POINTS,
    );
    expect(point).toMatchObject({ source: 'reconstructed', baselineVersion: null, asOf: '2026-10-01', total: 3, carriedOut: 1, gravityShare: 80, alignedShare: 20 });
    expect(point.counts.aligned).toBe(2);
    expect(point.capacity.unsized).toEqual([{ key: 'C', summary: 'C' }]);
  });

  it('counts items when there is no capacity field; a next PI stands at today and carries nothing out', () => {
    const point = reconstructedPoint({ pi: PI_27_1, role: 'next' }, TODAY, [{ key: 'A', summary: 'A', verdict: 'gravity', size: 5 }, { key: 'B', summary: 'B', verdict: 'aligned', size: null }], 4, null);
    expect(point).toMatchObject({ asOf: TODAY, carriedOut: 0, gravityShare: 50, alignedShare: 50 });
    expect(point.capacity.unit).toBe('items');
  });

  it('an empty PI has no shares', () => {
    expect(reconstructedPoint({ pi: PI_26_3, role: 'current' }, TODAY, [], 0, POINTS)).toMatchObject({ total: 0, gravityShare: null, alignedShare: null });
  });

  it('a committed point uses the sizes its baseline kept', () => {
    const { point, note } = committedPoint({ pi: PI_26_2, role: 'past' }, baseline([baselineItem('A', 'gravity', 3), baselineItem('B', 'aligned', 1)], 'points'), 2, POINTS, () => 100);
    expect(note).toBeNull();
    expect(point).toMatchObject({ source: 'committed', baselineVersion: 2, asOf: '2026-06-28', total: 2, carriedOut: 2, gravityShare: 75, alignedShare: 25 });
  });

  it('an old baseline without sizes takes today\'s sizes of the same items, and says so', () => {
    const today: Record<string, number | null> = { A: 1, B: 3 };
    const { point, note } = committedPoint({ pi: PI_26_2, role: 'past' }, baseline([baselineItem('A', 'gravity'), baselineItem('B', 'aligned'), baselineItem('X', 'aligned')]), 0, POINTS, (k) => today[k] ?? null);
    expect(point).toMatchObject({ gravityShare: 25, alignedShare: 75, total: 3 });
    expect(point.capacity.unsized.map((u) => u.key)).toEqual(['X']);
    expect(note).toBe("PI 26.2: its baseline (version 2) kept no sizes, so its capacity uses today's sizes of the same items.");
  });

  it('a baseline sized in another unit is not mixed in', () => {
    const { point, note } = committedPoint({ pi: PI_26_2, role: 'past' }, baseline([baselineItem('A', 'gravity', 40)], 'hours'), 0, POINTS, () => 2);
    expect(point.capacity.total).toBe(2);
    expect(note).toContain('kept sizes in hours');
  });

  it('counting items needs no sizes and no note', () => {
    const { point, note } = committedPoint({ pi: PI_26_2, role: 'past' }, baseline([baselineItem('A', 'gravity'), baselineItem('B', 'ungrounded')]), 0, null, () => null);
    expect(note).toBeNull();
    expect(point).toMatchObject({ gravityShare: 50, alignedShare: 0 });
  });
});
