import { addDays, fromEpochDay, toEpochDay } from './dates';

/**
 * The sample release train's PI calendar. A PI is 10 weeks of delivery
 * (five 2-week sprints) plus a 2-week IP iteration: 84 days. PIs are
 * anchored to a fixed epoch, so a date always falls in the same PI and the
 * names are stable. A PI is named "PI YY.N" after the year its first day
 * falls in and its ordinal among the PIs starting that year ("PI 26.3").
 */

export const PI_EPOCH = '2024-01-08';
export const PI_LENGTH_DAYS = 84;
export const SPRINT_LENGTH_DAYS = 14;
export const SPRINTS_PER_PI = 5;

export interface SamplePi {
  /** PI number counted from the epoch (0 = the PI starting on PI_EPOCH). */
  readonly index: number;
  readonly name: string;
  readonly startDate: string;
  /** Last day of the IP iteration. */
  readonly endDate: string;
  readonly sprints: readonly { readonly name: string; readonly startDate: string; readonly endDate: string }[];
}

const epochDay = toEpochDay(PI_EPOCH);

export const piIndexOf = (date: string): number => Math.floor((toEpochDay(date) - epochDay) / PI_LENGTH_DAYS);

const startDay = (index: number): number => epochDay + index * PI_LENGTH_DAYS;

const firstIndexOfYear = (year: number): number => Math.ceil((toEpochDay(`${String(year).padStart(4, '0')}-01-01`) - epochDay) / PI_LENGTH_DAYS);

export const piByIndex = (index: number): SamplePi => {
  const startDate = fromEpochDay(startDay(index));
  const year = Number(startDate.slice(0, 4));
  const ordinal = index - firstIndexOfYear(year) + 1;
  const name = `PI ${String(year % 100).padStart(2, '0')}.${ordinal}`;
  const sprints = Array.from({ length: SPRINTS_PER_PI }, (_, i) => {
    const s = addDays(startDate, i * SPRINT_LENGTH_DAYS);
    return { name: `${name} - Sprint ${i + 1}`, startDate: s, endDate: addDays(s, SPRINT_LENGTH_DAYS - 1) };
  });
  return { index, name, startDate, endDate: addDays(startDate, PI_LENGTH_DAYS - 1), sprints };
};

/** The PI containing `date`. */
export const piContaining = (date: string): SamplePi => piByIndex(piIndexOf(date));
