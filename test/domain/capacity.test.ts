import fc from 'fast-check';
import { capacityOf } from '../../src/domain/capacity';
import { VERDICTS, type Verdict } from '../../src/domain/model';
import type { CapacityField } from '../../src/shared/capacity';

const POINTS: CapacityField = { id: 'customfield_10016', name: 'Story Points', unit: 'points' };
const HOURS: CapacityField = { id: 'timeoriginalestimate', name: 'Original estimate', unit: 'hours' };
const item = (key: string, verdict: Verdict, size: number | null) => ({ key, summary: `Summary of ${key}`, verdict, size });

const itemsArb = fc.array(
  fc.record({
    key: fc.integer({ min: 1, max: 500 }).map((n) => `CLIN-${n}`),
    verdict: fc.constantFrom(...VERDICTS),
    size: fc.option(fc.oneof(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 1000 }).map((n) => n / 10)), { nil: null }),
  }),
  { maxLength: 40 },
);

describe('capacityOf', () => {
  it('sums per verdict add up to the total, which is the sum of the sized items (any items, points or hours)', () => {
    fc.assert(
      fc.property(itemsArb, fc.constantFrom(POINTS, HOURS), (rows, field) => {
        const items = rows.map((r) => ({ ...r, summary: r.key }));
        const c = capacityOf(items, field);
        const sum = VERDICTS.reduce((s, v) => s + c.byVerdict[v], 0);
        const sized = items.reduce((s, i) => s + (i.size ?? 0), 0);
        expect(Math.abs(sum - c.total)).toBeLessThan(1e-9);
        expect(Math.abs(c.total - sized)).toBeLessThan(1e-6);
        expect(c.unsized.map((u) => u.key)).toEqual(items.filter((i) => i.size === null).map((i) => i.key));
        for (const v of VERDICTS) expect(c.byVerdict[v]).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('names the unsized items in order and leaves them out of the total and the verdict sums', () => {
    const c = capacityOf([item('CLIN-1', 'gravity', 8), item('CLIN-12', 'gravity', null), item('CLIN-2', 'aligned', 5), item('CLIN-30', 'aligned', null)], POINTS);
    expect(c.total).toBe(13);
    expect(c.byVerdict.gravity).toBe(8);
    expect(c.byVerdict.aligned).toBe(5);
    expect(c.unsized).toEqual([
      { key: 'CLIN-12', summary: 'Summary of CLIN-12' },
      { key: 'CLIN-30', summary: 'Summary of CLIN-30' },
    ]);
    expect(c.unit).toBe('points');
    expect(c.field).toEqual(POINTS);
  });

  it('a size of 0 is a size, not unsized', () => {
    const c = capacityOf([item('CLIN-1', 'gravity', 0)], POINTS);
    expect(c.unsized).toEqual([]);
    expect(c.total).toBe(0);
  });

  it('without a capacity field, items are counted: each is 1 and none is unsized', () => {
    const c = capacityOf([item('CLIN-1', 'gravity', null), item('CLIN-2', 'gravity', 13), item('CLIN-3', 'zombie', null)], null);
    expect(c).toEqual({
      unit: 'items',
      field: null,
      total: 3,
      byVerdict: { gravity: 2, zombie: 1, ungrounded: 0, unanchored: 0, aligned: 0, delivered: 0, unplanned: 0 },
      unsized: [],
    });
  });

  it('hours keep one decimal place exactly (0.1 + 0.2 is 0.3)', () => {
    const c = capacityOf([item('CLIN-1', 'gravity', 0.1), item('CLIN-2', 'gravity', 0.2), item('CLIN-3', 'aligned', 12.5)], HOURS);
    expect(c.unit).toBe('hours');
    expect(c.byVerdict.gravity).toBe(0.3);
    expect(c.total).toBe(12.8);
  });

  it('no items: a total of 0, nothing unsized', () => {
    expect(capacityOf([], POINTS)).toMatchObject({ total: 0, unsized: [] });
  });
});
