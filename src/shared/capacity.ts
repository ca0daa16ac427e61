import type { Verdict } from './assessment';

/**
 * Size and capacity: what the PI's work costs, in the unit the site sizes
 * work items in. Shared by the back end, the front ends and the CLI; zod-free
 * so the gadget and board bundles stay small.
 */

/** Story points (a number field), hours (Jira's original estimate, stored in seconds), or a plain count of items. */
export type CapacityUnit = 'points' | 'hours' | 'items';

/** The field that sizes work items, as the site names it (settings capacity.field, resolved). */
export interface CapacityField {
  readonly id: string;
  readonly name: string;
  readonly unit: 'points' | 'hours';
}

/** A scope's capacity: the sum of sizes, per verdict, and the items without a size (counted and named, never guessed). */
export interface Capacity {
  readonly unit: CapacityUnit;
  /** null when items are counted (capacity.field = none, or no story points field on the site). */
  readonly field: CapacityField | null;
  /** Sum of the sized items' sizes (unit items: the number of items). Unsized items are not in it. */
  readonly total: number;
  /** Sum of sizes per verdict; the values add up to `total`. */
  readonly byVerdict: Readonly<Record<Verdict, number>>;
  /** Items without a size, in report order; empty when unit = items. */
  readonly unsized: readonly { readonly key: string; readonly summary: string }[];
}

/** A share as people read it: "40%", or "–" when there was nothing to take a share of (shareOf's null). */
export const shareWords = (share: number | null): string => (share === null ? '–' : `${share}%`);

/** A part of a total as a whole percentage (rounded half up), or null when the total is 0. */
export const shareOf = (part: number, total: number): number | null => (total > 0 ? Math.round((part / total) * 100) : null);

const UNIT_WORDS: Readonly<Record<CapacityUnit, { one: string; many: string }>> = {
  points: { one: 'point', many: 'points' },
  hours: { one: 'hour', many: 'hours' },
  items: { one: 'item', many: 'items' },
};

/** "8 points", "1 hour", "12.5 hours", "3 items". */
export const sizeLabel = (size: number, unit: CapacityUnit): string => {
  const words = UNIT_WORDS[unit];
  const shown = Number.isInteger(size) ? String(size) : size.toFixed(1).replace(/\.0$/, '');
  return `${shown} ${size === 1 ? words.one : words.many}`;
};

/** The unit's plural word: "points", "hours", "items". */
export const unitWord = (unit: CapacityUnit): string => UNIT_WORDS[unit].many;
