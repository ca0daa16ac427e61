/**
 * Calendar-day arithmetic on YYYY-MM-DD strings, by UTC day numbers: no local
 * time zone, so no day is lost or doubled where a zone skipped one (Pacific/Apia
 * skipped 30 December 2011) or moves its clocks at midnight. Without zod or date
 * libraries, so every front end can use it within its bundle budget. The caller
 * checks that a date is real (isCalendarDate, src/shared/calendar-date.ts).
 */

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a YYYY-MM-DD date (setUTCFullYear, not Date.UTC, which reads years 0-99 as 1900-1999). */
export const dayNumberOf = (date: string): number => {
  const d = new Date(0);
  d.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return Math.round(d.getTime() / DAY_MS);
};

/** The YYYY-MM-DD date of a day number. */
export const dateOfDayNumber = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** `date` moved by `days` calendar days (negative: back). */
export const addCalendarDays = (date: string, days: number): string => dateOfDayNumber(dayNumberOf(date) + days);

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export const calendarDaysBetween = (from: string, to: string): number => dayNumberOf(to) - dayNumberOf(from);
