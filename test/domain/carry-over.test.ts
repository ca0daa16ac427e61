import fc from 'fast-check';
import { carriedOverPis, carryOverCount } from '../../src/domain/carry-over';
import type { PlanningChange } from '../../src/domain/model';
import { calendarOf } from '../../src/domain/pi-calendar';
import { change } from './builders';

const P1 = { name: 'PI 1', startDate: '2026-01-01', endDate: '2026-03-31' };
const P2 = { name: 'PI 2', startDate: '2026-04-01', endDate: '2026-06-30' };
const P3 = { name: 'PI 3', startDate: '2026-07-01', endDate: '2026-09-30' };
const P4 = { name: 'PI 4', startDate: '2026-10-01', endDate: '2026-12-31' };
const cal = calendarOf([P1, P2, P3, P4], '2026-11-26');
const asPi = (v: string): string | null => (v.startsWith('PI ') ? v : null);
const count = (history: readonly PlanningChange[], current: readonly string[]): number => carryOverCount(history, current, asPi, cal);

describe('carryOverCount', () => {
  it('is 0 without history', () => {
    expect(count([], ['PI 4'])).toBe(0);
  });

  it('moved once while the PI was running = 1', () => {
    expect(count([change('2026-03-20T10:00:00.000Z', ['PI 1'], ['PI 2'])], ['PI 2'])).toBe(1);
  });

  it('moved on the first day of the PI counts', () => {
    expect(count([change('2026-01-01T09:00:00.000Z', ['PI 1'], ['PI 2'])], ['PI 2'])).toBe(1);
  });

  it('moved after the PI ended counts', () => {
    expect(count([change('2026-04-03T09:00:00.000Z', ['PI 1'], ['PI 2'])], ['PI 2'])).toBe(1);
  });

  it('through three PIs = 2', () => {
    const history = [change('2026-03-25T10:00:00Z', ['PI 1'], ['PI 2']), change('2026-06-28T10:00:00Z', ['PI 2'], ['PI 3'])];
    expect(count(history, ['PI 3'])).toBe(2);
    expect(carriedOverPis(history, ['PI 3'], asPi, cal).map((p) => p.name)).toEqual(['PI 1', 'PI 2']);
  });

  it('re-planning a PI that had not started yet is not a carry-over', () => {
    expect(count([change('2026-03-10T10:00:00Z', ['PI 2'], ['PI 3'])], ['PI 3'])).toBe(0);
  });

  it('re-planned before start, then carried over from the new PI = 1', () => {
    const history = [change('2026-03-10T10:00:00Z', ['PI 2'], ['PI 3']), change('2026-09-20T10:00:00Z', ['PI 3'], ['PI 4'])];
    expect(carriedOverPis(history, ['PI 4'], asPi, cal).map((p) => p.name)).toEqual(['PI 3']);
  });

  it('adding a later PI while the earlier one runs counts (kept in both)', () => {
    expect(count([change('2026-02-10T10:00:00Z', [], ['PI 2'])], ['PI 1', 'PI 2'])).toBe(1);
  });

  it('dropped from a running PI and added to a later one in a later change counts', () => {
    const history = [change('2026-03-30T10:00:00Z', ['PI 1'], []), change('2026-04-10T10:00:00Z', [], ['PI 2'])];
    expect(count(history, ['PI 2'])).toBe(1);
  });

  it('changes with the same stamp are one change, whatever their order', () => {
    const history = [change('2026-03-30T10:00:00Z', [], ['PI 2']), change('2026-03-30T10:00:00Z', ['PI 1'], [])];
    expect(count(history, ['PI 2'])).toBe(1);
  });

  it('planned into two PIs at once is not a carry-over', () => {
    expect(count([change('2026-02-01T10:00:00Z', [], ['PI 1', 'PI 2'])], ['PI 1', 'PI 2'])).toBe(0);
  });

  it('moving backwards is not a carry-over', () => {
    expect(count([change('2026-05-01T10:00:00Z', ['PI 3'], ['PI 2'])], ['PI 2'])).toBe(0);
  });

  it('ignores values that name no PI and PIs the calendar does not know', () => {
    const history = [change('2026-03-20T10:00:00Z', ['Release 4', 'PI 0'], ['Release 5', 'PI 9'])];
    expect(count(history, ['Release 5', 'PI 9'])).toBe(0);
  });

  it('counts each PI once', () => {
    const history = [
      change('2026-02-01T10:00:00Z', ['PI 1'], ['PI 2']),
      change('2026-02-02T10:00:00Z', ['PI 2'], ['PI 1']),
      change('2026-02-03T10:00:00Z', ['PI 1'], ['PI 3']),
    ];
    expect(count(history, ['PI 3'])).toBe(1);
  });

  it('does not depend on the order of values within a change (property)', () => {
    const pis = ['PI 1', 'PI 2', 'PI 3', 'PI 4', 'Other'];
    const dates = ['2025-12-01', '2026-01-15', '2026-03-31', '2026-04-02', '2026-07-01', '2026-10-05'];
    const changeArb = fc.record({
      day: fc.constantFrom(...dates),
      from: fc.uniqueArray(fc.constantFrom(...pis), { maxLength: 3 }),
      to: fc.uniqueArray(fc.constantFrom(...pis), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(changeArb, { maxLength: 6 }), fc.uniqueArray(fc.constantFrom(...pis), { maxLength: 3 }), fc.context(), (raw, current, ctx) => {
        const sorted = [...raw].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
        const history = sorted.map((c, i) => change(`${c.day}T10:00:${String(i).padStart(2, '0')}Z`, c.from, c.to));
        const reversed = history.map((c) => change(c.at, [...c.from].reverse(), [...c.to].reverse()));
        const a = count(history, current);
        const b = count(reversed, [...current].reverse());
        ctx.log(`${a} vs ${b}`);
        return a === b;
      }),
    );
  });
});
