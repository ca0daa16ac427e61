import type { Pi } from '../../../src/shared/assessment';
import type { SettingsCheck } from '../../../src/shared/payloads';

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
