import type { CapacityChoice } from './settings-draft';

/**
 * The words of the settings page's Capacity and Better candidates sections:
 * the capacity.field choices (src/shared/settings-schema.ts) and what a swap
 * ratio means in sizes. Pure, so the words are tested without a browser.
 */

export interface CapacityChoiceWords {
  readonly value: CapacityChoice;
  readonly label: string;
  readonly help: string;
}

/** In the order the page lists them; `auto` is the default. */
export const CAPACITY_CHOICES: readonly CapacityChoiceWords[] = [
  {
    value: 'auto',
    label: 'Story points (found automatically)',
    // The names src/jira/map-size.ts looks for (STORY_POINT_FIELD_NAMES), in its order.
    help: 'The site’s story points field, found by its name: “Story Points” (company-managed projects), else “Story point estimate” (team-managed projects). A site with neither counts items.',
  },
  { value: 'timeoriginalestimate', label: 'Original estimate (hours)', help: 'Jira’s original estimate of each work item, shown in hours.' },
  { value: 'customField', label: 'A number field of this site', help: 'A number custom field your teams size work items in.' },
  { value: 'none', label: 'Count items', help: 'Every work item counts as one; nothing is sized.' },
];

const FRACTIONS: Readonly<Record<number, string>> = { 2: 'half', 3: 'a third', 4: 'a quarter', 5: 'a fifth', 6: 'a sixth', 7: 'a seventh', 8: 'an eighth', 9: 'a ninth', 10: 'a tenth' };

/** 2.5 → "2.5", 0.6666 → "0.67": at most two decimals, no trailing zeros. */
const shortNumber = (n: number): string => String(Math.round(n * 100) / 100);

/**
 * What a swap ratio allows, in words: 2 → "from half to twice the size"; 1 → "the same size
 * only"; 1.5 → "from 0.67 to 1.5 times the size". Null when the text is not a ratio the
 * settings accept (1–10): the form then shows the field's own message.
 */
export const swapRangeWords = (raw: string): string | null => {
  const t = raw.trim();
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  const ratio = Number(t);
  if (ratio < 1 || ratio > 10) return null;
  if (ratio === 1) return 'the same size only';
  const low = FRACTIONS[ratio] ?? `${shortNumber(1 / ratio)} times`;
  const high = ratio === 2 ? 'twice' : `${shortNumber(ratio)} times`;
  return `from ${low} to ${high} the size`;
};

/** "An 8-point gravity item: candidates of 4 to 16 points." for the ratio's help, or null (see swapRangeWords). */
export const swapExample = (raw: string): string | null => {
  if (swapRangeWords(raw) === null) return null;
  const ratio = Number(raw.trim());
  return `An 8-point gravity item: candidates of ${shortNumber(8 / ratio)} to ${shortNumber(8 * ratio)} points.`;
};
