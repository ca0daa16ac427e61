import { z } from 'zod';

/**
 * Calendar dates from outside (settings, evidence observedOn, the CLI's
 * --today) are 'YYYY-MM-DD' strings that name a day that exists: 2026-02-31
 * and 2026-13-01 are refused, 2028-02-29 is accepted. Years 0001-9999, the
 * range date-fns' 'yyyy' can write back (src/domain/dates.ts spells dates
 * that way). Checked with arithmetic rather than Date, which rolls 02-31
 * over into March; test/shared/calendar-date.test.ts checks it agrees with
 * date-fns' parse on every day of several years.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export const daysInMonth = (y: number, m: number): number =>
  m === 2 ? (isLeapYear(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;

/** A real calendar date written YYYY-MM-DD, years 0001-9999. */
export const isCalendarDate = (s: string): boolean => {
  const m = ISO_DATE.exec(s);
  if (m === null) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
};

/** The zod rule for a calendar date; `example` is shown in the message ("Use a date like 2026-03-31"). */
export const calendarDate = (example = '2026-03-31') =>
  z
    .string()
    .regex(ISO_DATE, `Use a date like ${example}`)
    // Only a well-formed date that does not exist gets this second message.
    .refine((s) => !ISO_DATE.test(s) || isCalendarDate(s), { error: `Not a real date: that day does not exist in the calendar (use a date like ${example})` });
