import type { Pi } from '../../../src/shared/assessment';
import type { SettingsCheck } from '../../../src/shared/payloads';
import type { Settings } from '../../../src/shared/settings';

/**
 * The live check in words: "With these settings: PI 26.4 is current
 * (12 Oct – 3 Jan), PI 27.1 is next; 21 work items in them; 6 objectives
 * found; 2 versions match the pattern but cannot be dated: …".
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** "2026-10-12" → "12 Oct"; the year is added when it is not the year of `today`. */
export const shortDate = (iso: string, today: string): string => {
  const [y, m, d] = iso.split('-');
  const month = MONTHS[Number(m) - 1] ?? m ?? '';
  return `${Number(d)} ${month}${y === today.slice(0, 4) ? '' : ` ${y ?? ''}`}`;
};

export const piSpan = (pi: Pi, today: string): string => `${shortDate(pi.startDate, today)} – ${shortDate(pi.endDate, today)}`;

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const calendarWords = (c: SettingsCheck): string => {
  if (c.pis.length === 0) return 'no PI can be found';
  const current = c.current === null ? 'no PI is current' : `${c.current.name} is current (${piSpan(c.current, c.today)})`;
  const next = c.next === null ? 'no PI is next' : `${c.next.name} is next (${piSpan(c.next, c.today)})`;
  return `${current}, ${next}`;
};

const itemWords = (c: SettingsCheck): string | null => {
  const counts = [c.workItems.current, c.workItems.next].filter((n): n is number => n !== null);
  if (counts.length === 0) return null;
  const total = counts.reduce((a, b) => a + b, 0);
  return `${plural(total, 'work item', 'work items')} in ${counts.length === 1 ? 'it' : 'them'}`;
};

const undatableWords = (c: SettingsCheck): string | null => {
  if (c.undatable.length === 0) return null;
  const kinds = new Set(c.undatable.map((u) => u.kind));
  const noun = kinds.size === 2 ? ['version or sprint', 'versions and sprints'] : kinds.has('sprint') ? ['sprint', 'sprints'] : ['version', 'versions'];
  const n = c.undatable.length;
  return `${plural(n, noun[0] ?? '', noun[1] ?? '')} ${n === 1 ? 'matches' : 'match'} the pattern but cannot be dated: ${c.undatable.map((u) => `${u.name} (${u.reason})`).join(', ')}`;
};

export const checkSummary = (c: SettingsCheck): string => {
  const parts = [
    calendarWords(c),
    itemWords(c),
    c.current === null && c.next === null ? null : `${plural(c.objectives.found, 'objective', 'objectives')} found (${c.objectives.live} live)`,
    undatableWords(c),
  ].filter((p): p is string => p !== null);
  return `With these settings: ${parts.join('; ')}.`;
};

/** The capacity line of the live check, and whether it warns (the field cannot be used: items are counted). */
export interface CapacityWords {
  readonly text: string;
  readonly warning: boolean;
}

/**
 * Which field sizes work items with the checked draft, and how many of the current and next PI's
 * items it sizes: "Sized by Story Points (customfield_10016): 18 of 21 items; 3 unsized." `setting`
 * is the capacity.field the check ran with (the check itself names only the resolved field).
 */
export const capacityWords = (c: SettingsCheck, setting: Settings['capacity']['field']): CapacityWords => {
  const { field, sized, unsized, warning } = c.capacity;
  if (warning !== null) return { text: warning, warning: true };
  if (field === null) {
    // The names src/jira/map-size.ts looks for (STORY_POINT_FIELD_NAMES); a front end cannot import src/jira.
    return setting === 'auto'
      ? {
          text: 'No story points field was found on this site (a number field named “Story Points” or “Story point estimate”), so items are counted. Choose the field that sizes them, or “Count items”.',
          warning: true,
        }
      : { text: 'Items are counted, not sized.', warning: false };
  }
  const how = field.unit === 'hours' ? `${field.id}, in hours` : setting === 'auto' ? `${field.id}, found automatically` : field.id;
  const total = sized + unsized;
  if (total === 0) return { text: `Sized by ${field.name} (${how}); the current and next PI have no work items to size yet.`, warning: false };
  return { text: `Sized by ${field.name} (${how}): ${sized} of ${plural(total, 'item', 'items')}${unsized === 0 ? '' : `; ${unsized} unsized`}.`, warning: false };
};
