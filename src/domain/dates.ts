import { addDays, format, parseISO, subMonths } from 'date-fns';

/** Calendar dates are 'YYYY-MM-DD' strings: they compare correctly as strings. One rule for real dates, in src/shared. */
import { daysInMonth, isCalendarDate } from '../shared/calendar-date';

/** Throws when `today` is not a real 'YYYY-MM-DD' date: a caller bug, never user input. */
export const assertIsoDate = (s: string, what = 'today'): string => {
  if (!isCalendarDate(s)) throw new RangeError(`${what} must be a date like 2026-03-31, got "${s}"`);
  return s;
};

/**
 * The calendar date of an ISO date or date-time as written ("2026-01-05T09:00:00.000+1000" → "2026-01-05"):
 * Jira writes times in the site's zone, and the date people saw is the one that counts. null when unreadable.
 */
export const dateOf = (isoDateTime: string | undefined): string | null => {
  if (isoDateTime === undefined) return null;
  const d = isoDateTime.trim().slice(0, 10);
  return isCalendarDate(d) ? d : null;
};

export const dayAfter = (date: string): string => format(addDays(parseISO(date), 1), 'yyyy-MM-dd');

/** Cutoffs already worked out, by today and window: a scope asks for the same one for every item. */
const cutoffs = new Map<string, string>();
const MAX_CUTOFFS = 64;

/** The oldest observed date still inside a freshness window of `months` months before `today` (inclusive). */
export const freshnessCutoff = (today: string, months: number): string => {
  const key = `${today}|${months}`;
  const known = cutoffs.get(key);
  if (known !== undefined) return known;
  const cutoff = format(subMonths(parseISO(today), months), 'yyyy-MM-dd');
  if (cutoffs.size >= MAX_CUTOFFS) cutoffs.clear();
  cutoffs.set(key, cutoff);
  return cutoff;
};

const digitsAt = (s: string, from: number, count: number): number => {
  let n = 0;
  for (let i = from; i < from + count; i += 1) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
};

/**
 * The instant Jira's own date-time spelling stands for ("2026-01-05T10:12:00.000+1000", in range),
 * worked out without Date.parse; null for any other spelling.
 */
const jiraInstant = (s: string): number | null => {
  if (s.length !== 28 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84) return null;
  if (s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58 || s.charCodeAt(19) !== 46) return null;
  const sign = s.charCodeAt(23) === 43 ? 1 : s.charCodeAt(23) === 45 ? -1 : 0;
  const year = digitsAt(s, 0, 4);
  const month = digitsAt(s, 5, 2);
  const day = digitsAt(s, 8, 2);
  const hour = digitsAt(s, 11, 2);
  const minute = digitsAt(s, 14, 2);
  const second = digitsAt(s, 17, 2);
  const ms = digitsAt(s, 20, 3);
  const offsetHours = digitsAt(s, 24, 2);
  const offsetMinutes = digitsAt(s, 26, 2);
  const inRange =
    sign !== 0 &&
    year >= 1970 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour >= 0 &&
    hour <= 23 &&
    minute >= 0 &&
    minute <= 59 &&
    second >= 0 &&
    second <= 59 &&
    ms >= 0 &&
    offsetHours >= 0 &&
    offsetHours <= 23 &&
    offsetMinutes >= 0 &&
    offsetMinutes <= 59;
  if (!inRange) return null;
  return Date.UTC(year, month - 1, day, hour, minute, second, ms) - sign * (offsetHours * 60 + offsetMinutes) * 60_000;
};

/** Date.parse, faster for the date-times Jira writes (the same number for every string). */
export const parseInstant = (s: string): number => jiraInstant(s) ?? Date.parse(s);
