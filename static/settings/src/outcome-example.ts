import { longDay } from '../../../src/shared/outcome-words';

/**
 * The words of the settings page's Outcome check section: what a number of
 * weeks means for one delivered item, on a fixed example day at a month end
 * (the due day is whole weeks of calendar days after delivery: src/domain/outcome.ts).
 * Pure and clock-free, so the words are tested without a browser.
 */

/** The example delivery day: a month end, so the help shows that due days do not move with months. */
export const EXAMPLE_DELIVERY = '2026-01-31';

const DAY_MS = 86_400_000;

/** `on` + `days` calendar days, by UTC arithmetic (no local time zone). */
const plusDays = (on: string, days: number): string => new Date(Date.parse(`${on}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** A whole number of weeks the settings accept (1–104), or null. */
const dueWeeksOf = (raw: string): number | null => {
  const t = raw.trim();
  if (!/^\d+$/.test(t)) return null;
  const weeks = Number(t);
  return weeks >= 1 && weeks <= 104 ? weeks : null;
};

/**
 * "Delivered on 31 January, an item is pending until 25 April (12 weeks, 84 days) and overdue
 * from 26 April without adoption or outcome evidence." Null when the text
 * is not a number of weeks the settings accept: the field then shows its own message.
 */
export const dueExample = (raw: string): string | null => {
  const weeks = dueWeeksOf(raw);
  if (weeks === null) return null;
  const due = plusDays(EXAMPLE_DELIVERY, 7 * weeks);
  const overdue = plusDays(due, 1);
  const span = weeks === 1 ? '1 week, 7 days' : `${weeks} weeks, ${7 * weeks} days`;
  // Days in a later year than the delivery name it ("29 January 2028").
  const day = (d: string): string => longDay(d, EXAMPLE_DELIVERY);
  return `Delivered on ${day(EXAMPLE_DELIVERY)}, an item is pending until ${day(due)} (${span}) and overdue from ${day(overdue)} without adoption or outcome evidence.`;
};
