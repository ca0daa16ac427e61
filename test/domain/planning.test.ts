import { calendarOf } from '../../src/domain/pi-calendar';
import { planningOf } from '../../src/domain/planning';
import type { Pi } from '../../src/domain/model';
import { PI_26_2, PI_26_3, PI_27_1, PI_27_2, TODAY, calendar } from './builders';

describe('planningOf', () => {
  const cal = calendar(); // current PI 26.3, next PI 27.1

  it('current wins over next', () => {
    expect(planningOf(['PI 27.1', 'PI 26.3'], cal, TODAY)).toEqual({ planning: 'current', pi: 'PI 26.3' });
  });

  it('next when only in the next PI', () => {
    expect(planningOf(['pi 27.1'], cal, TODAY)).toEqual({ planning: 'next', pi: 'PI 27.1' });
  });

  it('other shows the latest other PI', () => {
    expect(planningOf([PI_26_2.name, PI_27_2.name], cal, TODAY)).toEqual({ planning: 'other', pi: 'PI 27.2' });
  });

  it('other for a PI the calendar cannot date', () => {
    expect(planningOf(['PI 30.1'], cal, TODAY)).toEqual({ planning: 'other', pi: 'PI 30.1' });
  });

  it('prefers a dated PI over an undated one', () => {
    expect(planningOf(['PI 30.1', PI_26_2.name], cal, TODAY)).toEqual({ planning: 'other', pi: 'PI 26.2' });
  });

  it('none when in no PI', () => {
    expect(planningOf([], cal, TODAY)).toEqual({ planning: 'none', pi: null });
  });

  it('without a current PI, the next one still counts', () => {
    const gap = calendarOf([PI_26_3, PI_27_1], '2026-09-01');
    expect(planningOf(['PI 26.3'], gap, '2026-09-01')).toEqual({ planning: 'next', pi: 'PI 26.3' });
  });
});

describe('planningOf with overlapping PIs', () => {
  // The archive case: fix versions of two trains, both running today; the calendar's
  // current PI is the one that started last, the item is only in the earlier one.
  const earlier: Pi = { name: '2.4.0', startDate: '2026-09-01', endDate: '2026-12-15' };
  const later: Pi = { name: '3.0.0', startDate: '2026-11-01', endDate: '2027-03-01' };
  const overlapping = calendarOf([earlier, later], TODAY);

  it('the calendar calls the later-started PI current', () => {
    expect(overlapping.current?.name).toBe('3.0.0');
  });

  it('an item only in the earlier-started PI that contains today is current, not unplanned', () => {
    expect(planningOf(['2.4.0'], overlapping, TODAY)).toEqual({ planning: 'current', pi: '2.4.0' });
  });

  it('an item in both shows the calendar’s current PI', () => {
    expect(planningOf(['2.4.0', '3.0.0'], overlapping, TODAY)).toEqual({ planning: 'current', pi: '3.0.0' });
  });

  it('an item in two running PIs, neither the calendar’s current, shows the one that started last', () => {
    const third: Pi = { name: '2.5.0', startDate: '2026-10-01', endDate: '2026-12-01' };
    const cal = calendarOf([earlier, later, third], TODAY);
    expect(planningOf(['2.4.0', '2.5.0'], cal, TODAY)).toEqual({ planning: 'current', pi: '2.5.0' });
  });

  it('today on a PI’s first and last day counts as inside it', () => {
    expect(planningOf(['2.4.0'], calendarOf([earlier, later], '2026-12-15'), '2026-12-15').planning).toBe('current');
    expect(planningOf(['2.4.0'], calendarOf([earlier, later], '2026-09-01'), '2026-09-01').planning).toBe('current');
    expect(planningOf(['2.4.0'], calendarOf([earlier, later], '2026-12-16'), '2026-12-16').planning).toBe('other');
  });

  describe('next', () => {
    const next: Pi = { name: 'PI 27.1', startDate: '2027-01-01', endDate: '2027-03-31' };
    const otherTrain: Pi = { name: 'PI 27.1 B', startDate: '2027-01-15', endDate: '2027-04-10' };
    const afterNext: Pi = { name: 'PI 27.2', startDate: '2027-04-01', endDate: '2027-06-30' };
    const cal = calendarOf([PI_26_3, next, otherTrain, afterNext], TODAY);

    it('a PI overlapping the calendar’s next PI, starting after today, is next too', () => {
      expect(cal.next?.name).toBe('PI 27.1');
      expect(planningOf(['PI 27.1 B'], cal, TODAY)).toEqual({ planning: 'next', pi: 'PI 27.1 B' });
    });

    it('a PI that starts on the next PI’s last day is next; one that starts after it ended is not', () => {
      const onLastDay: Pi = { name: 'Edge', startDate: '2027-03-31', endDate: '2027-05-01' };
      const withEdge = calendarOf([PI_26_3, next, onLastDay, afterNext], TODAY);
      expect(planningOf(['Edge'], withEdge, TODAY).planning).toBe('next');
      const dayAfter: Pi = { name: 'Edge', startDate: '2027-04-01', endDate: '2027-05-01' };
      expect(planningOf(['Edge'], calendarOf([PI_26_3, next, dayAfter], TODAY), TODAY).planning).toBe('other');
    });

    it('a PI that starts after the next PI (PI 27.2 starts the day PI 27.1 ends + 1) is other', () => {
      expect(planningOf(['PI 27.2'], cal, TODAY)).toEqual({ planning: 'other', pi: 'PI 27.2' });
    });

    it('an item in the next PI and an overlapping one shows the calendar’s next PI', () => {
      expect(planningOf(['PI 27.1 B', 'PI 27.1'], cal, TODAY)).toEqual({ planning: 'next', pi: 'PI 27.1' });
    });

    it('an item in two upcoming PIs, neither the calendar’s next, shows the earlier-starting one', () => {
      const third: Pi = { name: 'PI 27.1 C', startDate: '2027-02-01', endDate: '2027-04-30' };
      const withThird = calendarOf([PI_26_3, next, otherTrain, third], TODAY);
      expect(planningOf(['PI 27.1 C', 'PI 27.1 B'], withThird, TODAY)).toEqual({ planning: 'next', pi: 'PI 27.1 B' });
    });

    it('a running PI wins over an upcoming one', () => {
      expect(planningOf(['PI 27.1 B', 'PI 26.3'], cal, TODAY)).toEqual({ planning: 'current', pi: 'PI 26.3' });
    });
  });
});
