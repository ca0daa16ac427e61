/** Calendar arithmetic on 'YYYY-MM-DD' strings, in UTC, without a clock. */

const DAY_MS = 86_400_000;

export const isIsoDate = (s: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

export const toEpochDay = (date: string): number => Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);

export const fromEpochDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

export const addDays = (date: string, days: number): string => fromEpochDay(toEpochDay(date) + days);

export const daysBetween = (from: string, to: string): number => toEpochDay(to) - toEpochDay(from);

/** Jira's REST date-time format: "2026-01-05T10:12:00.000+0000". */
export const jiraDateTime = (date: string, time = '09:00'): string => `${date}T${time}:00.000+0000`;

/** Agile API date-time format: "2026-01-05T09:00:00.000Z". */
export const agileDateTime = (date: string, time = '09:00'): string => `${date}T${time}:00.000Z`;
