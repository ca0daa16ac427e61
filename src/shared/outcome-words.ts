/**
 * The words of the outcome check, without zod or date libraries: findings,
 * the panel, the outcomes list and the CLI say days and spans the same way.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "3 March" when `date` (YYYY-MM-DD) is in today's year, else "3 March 2025". */
export const longDay = (date: string, today: string): string => {
  const [y, m, d] = [date.slice(0, 4), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
  const day = `${d} ${MONTHS[m - 1] ?? '?'}`;
  return y === today.slice(0, 4) ? day : `${day} ${y}`;
};

/** The average calendar month, in days: 4 years of 1461 days are 48 months. */
const MONTH_DAYS = 1461 / 48;

/**
 * A span of whole days in the words people use for time since delivery:
 * "today", "1 day", "13 days", "2 weeks" … "8 weeks", "2 months" … "23 months", "2 years".
 */
export const spanWords = (days: number): string => {
  // Not a number (a caller bug) reads as no time rather than "NaN years".
  const n = Number.isFinite(days) ? Math.max(0, Math.floor(days)) : 0;
  const plural = (k: number, unit: string): string => `${k} ${unit}${k === 1 ? '' : 's'}`;
  if (n === 0) return 'today';
  if (n < 14) return plural(n, 'day');
  if (n < 63) return plural(Math.floor(n / 7), 'week');
  // Months of 30.4375 days, the day itself counted: 365 days are 12 months, 730 days 2 years and
  // 1095 days 3 years, as a calendar without 29 February says (364 days are 11 months). Days alone
  // cannot know the calendar: a span over a leap day turns a day early, never later.
  const months = Math.floor((n + 1) / MONTH_DAYS);
  if (months < 24) return plural(months, 'month');
  return plural(Math.floor(months / 12), 'year');
};

/** "5 weeks ago", "today": a span that ends today. */
export const agoWords = (days: number): string => (spanWords(days) === 'today' ? 'today' : `${spanWords(days)} ago`);

/**
 * A measured figure as people read it: "212", "1,250", "-18", "3.456" (one
 * fixed locale, so every reader and test sees the same digits; never an
 * exponent; at most 6 decimals, as typed).
 */
export const figureWords = (figure: number): string => figure.toLocaleString('en-GB', { maximumFractionDigits: 6 });

/**
 * A figure with its unit, the same words in the panel, the outcomes list and
 * the CLI: "212 weekly active users", "-18% fewer readmissions" (a unit that
 * starts with a percent sign sits on the number), "1,200" without a unit.
 */
export const measureWords = (figure: number, unit: string | null | undefined): string => {
  const n = figureWords(figure);
  const u = unit?.trim() ?? '';
  if (u === '') return n;
  return u.startsWith('%') ? `${n}${u}` : `${n} ${u}`;
};
