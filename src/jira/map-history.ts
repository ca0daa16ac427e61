import type { PlanningChange } from '../domain/model';
import type { PiSource } from '../shared/settings';
import type { RawHistory } from './client';
import { parseInstant } from '../domain/dates';

/** The field whose history carries the PI, as changelog field ids (bulkfetch fieldIds). */
export const piFieldIdOf = (pi: PiSource): string =>
  pi.source === 'fixVersion'
    ? 'fixVersions'
    : pi.source === 'sprint'
      ? pi.sprintFieldId
      : pi.source === 'labelPrefix'
        ? 'labels'
        : pi.fieldId;

type Item = RawHistory['items'][number];

const FIELD_NAMES: Readonly<Record<string, readonly string[]>> = {
  fixVersions: ['fixversions', 'fix version', 'fix version/s'],
  labels: ['labels'],
};

/** Whether a changelog item is about the PI-carrying field (its id, or its name on old entries). */
const piItemTest = (pi: PiSource): ((item: Item) => boolean) => {
  const id = piFieldIdOf(pi);
  const sprintFieldId = pi.source === 'sprint' ? pi.sprintFieldId : undefined;
  const names = FIELD_NAMES[id] ?? [];
  return (item) => {
    if (item.fieldId !== undefined) return item.fieldId === id;
    const name = item.field.toLowerCase();
    if (pi.source === 'sprint') return name === 'sprint' || id === sprintFieldId;
    return names.includes(name);
  };
};

const splitList = (text: string | null, separator: RegExp): string[] =>
  text === null ? [] : text.split(separator).map((s) => s.trim()).filter((s) => s.length > 0);

/** The comparison String.prototype.localeCompare makes without arguments, set up once. */
const collator = new Intl.Collator();

const uniqueSorted = (values: Iterable<string>): string[] => {
  const unique = [...new Set(values)];
  return unique.length < 2 ? unique : unique.sort(collator.compare);
};

/** Entries oldest first (a stable sort by Date.parse of `at`, worked out by parseInstant; one entry needs no dates at all). */
const inTimeOrder = <T extends { readonly at: string }>(entries: T[]): T[] => {
  if (entries.length < 2) return entries;
  const stamps = new Map(entries.map((e) => [e, parseInstant(e.at)]));
  return entries.sort((a, b) => (stamps.get(a) ?? Number.NaN) - (stamps.get(b) ?? Number.NaN));
};

/**
 * Changelog histories → planning changes of the PI-carrying field, oldest
 * first, each with the complete value lists before and after the change.
 * - fixVersions: Jira records one item per version added or removed, so the
 *   full lists are rebuilt by walking back from the current values.
 * - sprint field: fromString/toString hold the full comma-separated lists.
 * - labels: full space-separated lists.
 * - custom field: full values (comma-separated for multi-selects).
 */
export const planningHistoryOf = (
  histories: readonly RawHistory[],
  pi: PiSource,
  currentValues: readonly string[],
): PlanningChange[] => {
  const isPiItem = piItemTest(pi);
  const entries = inTimeOrder(
    histories.map((h) => ({ at: h.created, items: h.items.filter(isPiItem) })).filter((h) => h.items.length > 0),
  );

  if (pi.source === 'fixVersion') {
    if (entries.length === 0) return [];
    let after = new Set(currentValues);
    // One change's list before is the next one's list after: sort it once (the lists are read-only).
    let afterList = uniqueSorted(after);
    const changes: PlanningChange[] = [];
    for (let i = entries.length - 1; i >= 0; i -= 1) {
      const entry = entries[i];
      if (entry === undefined) continue;
      const before = new Set(after);
      for (const item of entry.items) {
        if (item.toString !== null) before.delete(item.toString);
        if (item.fromString !== null) before.add(item.fromString);
      }
      const beforeList = uniqueSorted(before);
      changes.push({ at: entry.at, from: beforeList, to: afterList });
      after = before;
      afterList = beforeList;
    }
    return changes.reverse();
  }

  const separator = pi.source === 'labelPrefix' ? /\s+/ : /,\s*/;
  return entries.map((entry) => ({
    at: entry.at,
    from: uniqueSorted(entry.items.flatMap((i) => splitList(i.fromString, separator))),
    to: uniqueSorted(entry.items.flatMap((i) => splitList(i.toString, separator))),
  }));
};
