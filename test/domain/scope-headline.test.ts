import { compareWorstFirst, scopeHeadline, summariseScope } from '../../src/domain/scope-summary';
import { capacityOf } from '../../src/domain/capacity';
import { scoreWorkItem } from '../../src/domain/score-work-item';
import type { Assessment } from '../../src/domain/model';
import type { CapacityField } from '../../src/shared/capacity';
import { PI_27_1, TODAY, calendar, evidence, objective, settings, workItem } from './builders';

const POINTS: CapacityField = { id: 'customfield_10016', name: 'Story Points', unit: 'points' };
const HOURS: CapacityField = { id: 'timeoriginalestimate', name: 'Original estimate', unit: 'hours' };
const cal = calendar();
const next = { fixVersions: [PI_27_1.name] };
const gravity = (key: string, size: number | null): Assessment => scoreWorkItem(workItem({ key, size, ...next }), cal, settings(), TODAY);
const aligned = (key: string, size: number | null): Assessment =>
  scoreWorkItem(workItem({ key, size, ...next, objectiveCandidates: [objective()], evidence: [evidence({ source: { name: 'A' } }), evidence({ source: { name: 'B' } })] }), cal, settings(), TODAY);

describe('the headline with the capacity share', () => {
  it('"3 of 8 items, 41% of the PI\'s points": the gravity share of the sized total', () => {
    const items = [gravity('CLIN-1', 20), gravity('CLIN-2', 8), gravity('CLIN-3', 6), ...['CLIN-4', 'CLIN-5', 'CLIN-6', 'CLIN-7', 'CLIN-8'].map((k, i) => aligned(k, [13, 13, 8, 8, 7][i] ?? 0))];
    const summary = summariseScope(items, PI_27_1, 'next', POINTS);
    expect(summary.capacity.total).toBe(83);
    expect(summary.capacity.byVerdict.gravity).toBe(34);
    expect(summary.headline).toBe("3 of 8 items in PI 27.1, 41% of the PI's points, only fit the next PI");
  });

  it('unsized gravity items count as items but not in the share; the share is of the sized total', () => {
    const summary = summariseScope([gravity('CLIN-1', null), gravity('CLIN-2', 5), aligned('CLIN-3', 15)], PI_27_1, 'next', POINTS);
    expect(summary.headline).toBe("2 of 3 items in PI 27.1, 25% of the PI's points, only fit the next PI");
    expect(summary.capacity.unsized.map((u) => u.key)).toEqual(['CLIN-1']);
  });

  it('hours say hours; one gravity item "fits"', () => {
    expect(summariseScope([gravity('CLIN-1', 4), aligned('CLIN-2', 12)], PI_27_1, 'current', HOURS).headline).toBe("1 of 2 items in PI 27.1, 25% of the PI's hours, only fits the current PI");
  });

  it('no share when items are counted, or when no item is sized (nothing to divide by)', () => {
    expect(summariseScope([gravity('CLIN-1', 5), aligned('CLIN-2', 5)], PI_27_1, 'next', null).headline).toBe('1 of 2 items in PI 27.1 only fits the next PI');
    expect(summariseScope([gravity('CLIN-1', null), aligned('CLIN-2', null)], PI_27_1, 'next', POINTS).headline).toBe('1 of 2 items in PI 27.1 only fits the next PI');
  });

  it('an item of a project sized by another field is unsized in the report, not mixed in', () => {
    const pat = { ...gravity('PAT-1', 40), projectKey: 'PAT' };
    const summary = summariseScope([pat, aligned('CLIN-2', 10)], PI_27_1, 'next', POINTS, (a) => a.projectKey === 'CLIN');
    expect(summary.capacity.total).toBe(10);
    expect(summary.capacity.unsized.map((u) => u.key)).toEqual(['PAT-1']);
    expect(summary.headline).toBe("1 of 2 items in PI 27.1, 0% of the PI's points, only fits the next PI");
  });

  it('a named PI says "the PI"; an empty one says there are none', () => {
    const c = capacityOf([], POINTS);
    expect(scopeHeadline(0, 0, PI_27_1, 'named', c)).toBe('No work items in PI 27.1');
    expect(scopeHeadline(1, 2, PI_27_1, 'named', capacityOf([gravity('CLIN-1', 1), aligned('CLIN-2', 3)], POINTS))).toBe("1 of 2 items in PI 27.1, 25% of the PI's points, only fits the PI");
  });
});

describe('worst first by verdict, then size descending', () => {
  it('the biggest gravity first, unsized after the sized of their verdict, then the next verdict', () => {
    const items = [aligned('CLIN-1', 40), gravity('CLIN-2', 3), gravity('CLIN-3', null), gravity('CLIN-4', 20), aligned('CLIN-5', null), gravity('CLIN-6', 8)];
    expect([...items].sort(compareWorstFirst).map((a) => [a.key, a.verdict, a.size])).toEqual([
      ['CLIN-4', 'gravity', 20],
      ['CLIN-6', 'gravity', 8],
      ['CLIN-2', 'gravity', 3],
      ['CLIN-3', 'gravity', null],
      ['CLIN-1', 'aligned', 40],
      ['CLIN-5', 'aligned', null],
    ]);
  });

  it('the report lists its items in that order', () => {
    const summary = summariseScope([gravity('CLIN-1', 2), gravity('CLIN-2', 13)], PI_27_1, 'next', POINTS);
    expect(summary.items.map((a) => a.key)).toEqual(['CLIN-2', 'CLIN-1']);
  });
});
