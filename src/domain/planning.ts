import type { Pi, PiCalendar, Planning } from './model';
import { pisNamed } from './pi-calendar';
import { compareText, normaliseName } from './text';

/**
 * Where a work item stands in the PI calendar. Release trains whose PIs overlap
 * (per-team versions with shifted dates, a late-started PI of another train) are
 * common in real sites, so the rule looks at every PI of the item, not only at the
 * calendar's single current and next PI:
 *
 * - current: one of the item's PIs contains today (start and end inclusive), whichever
 *   PI the calendar calls current. The PI shown is the calendar's current PI when the
 *   item is in it, else the item's containing PI that started last (the calendar's own
 *   tie rule, see calendarOf).
 * - next: none of its PIs contains today, and one of them is upcoming: it starts after
 *   today, no later than the calendar's next PI ends (the calendar's next PI itself, or
 *   a PI overlapping it: the same increment for another train). A PI that starts after
 *   the next PI has ended is not next. The PI shown is the calendar's next PI when the
 *   item is in it, else the item's earliest-starting upcoming PI.
 * - other: in PIs that are neither (past, later, or not dated in the calendar); the PI
 *   shown is the latest-starting dated one, else the last undated name in human order.
 * - none: in no PI.
 */

export interface PlanningPlace {
  readonly planning: Planning;
  /** The PI to show: see the rules above; null when not planned. */
  readonly pi: string | null;
}

export const containsDay = (pi: Pi, day: string): boolean => pi.startDate <= day && day <= pi.endDate;

/** Upcoming in the sense of "next": starts after today and no later than the calendar's next PI ends. */
const isUpcoming = (pi: Pi, calendar: PiCalendar, today: string): boolean =>
  calendar.next !== null && pi.startDate > today && pi.startDate <= calendar.next.endDate;

export const planningOf = (piNames: readonly string[], calendar: PiCalendar, today: string): PlanningPlace => {
  if (piNames.length === 0) return { planning: 'none', pi: null };
  const keys = new Set(piNames.map(normaliseName));
  const holds = (pi: Pi | null): pi is Pi => pi !== null && keys.has(normaliseName(pi.name));
  /** The item's dated PIs, in the calendar's order (start, then end, then name). */
  const dated = pisNamed(calendar, keys);

  const containing = dated.filter((p) => containsDay(p, today));
  const lastContaining = containing[containing.length - 1];
  if (lastContaining !== undefined) {
    return { planning: 'current', pi: holds(calendar.current) ? calendar.current.name : lastContaining.name };
  }
  const firstUpcoming = dated.find((p) => isUpcoming(p, calendar, today));
  if (firstUpcoming !== undefined) {
    return { planning: 'next', pi: holds(calendar.next) ? calendar.next.name : firstUpcoming.name };
  }
  const latestDated = dated[dated.length - 1];
  if (latestDated !== undefined) return { planning: 'other', pi: latestDated.name };
  const undated = [...piNames].sort(compareText);
  return { planning: 'other', pi: undated[undated.length - 1] ?? null };
};
