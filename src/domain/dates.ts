import { addDays, format, isValid, parseISO, subMonths } from 'date-fns';

/** Calendar dates are 'YYYY-MM-DD' strings: they compare correctly as strings. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const isIsoDate = (s: string): boolean => ISO_DATE.test(s) && isValid(parseISO(s)) && format(parseISO(s), 'yyyy-MM-dd') === s;

/** Throws when `today` is not a real 'YYYY-MM-DD' date: a caller bug, never user input. */
export const assertIsoDate = (s: string, what = 'today'): string => {
  if (!isIsoDate(s)) throw new RangeError(`${what} must be a date like 2026-03-31, got "${s}"`);
  return s;
};

/**
 * The calendar date of an ISO date or date-time as written ("2026-01-05T09:00:00.000+1000" → "2026-01-05"):
 * Jira writes times in the site's zone, and the date people saw is the one that counts. null when unreadable.
 */
export const dateOf = (isoDateTime: string | undefined): string | null => {
  if (isoDateTime === undefined) return null;
  const d = isoDateTime.trim().slice(0, 10);
  return isIsoDate(d) ? d : null;
};

export const dayAfter = (date: string): string => format(addDays(parseISO(date), 1), 'yyyy-MM-dd');

/** The oldest observed date still inside a freshness window of `months` months before `today` (inclusive). */
export const freshnessCutoff = (today: string, months: number): string => format(subMonths(parseISO(today), months), 'yyyy-MM-dd');
