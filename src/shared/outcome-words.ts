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

/**
 * A span of whole days in the words people use for time since delivery:
 * "today", "1 day", "13 days", "2 weeks" … "8 weeks", "2 months" … "23 months", "2 years".
 */
export const spanWords = (days: number): string => {
  const n = Math.max(0, Math.floor(days));
  const plural = (k: number, unit: string): string => `${k} ${unit}${k === 1 ? '' : 's'}`;
  if (n === 0) return 'today';
  if (n < 14) return plural(n, 'day');
  if (n < 63) return plural(Math.floor(n / 7), 'week');
  const months = Math.floor(n / 30.44);
  if (months < 24) return plural(months, 'month');
  return plural(Math.floor(months / 12), 'year');
};

/** "5 weeks ago", "today": a span that ends today. */
export const agoWords = (days: number): string => (Math.floor(days) <= 0 ? 'today' : `${spanWords(days)} ago`);
