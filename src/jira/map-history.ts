import type { PlanningChange } from '../domain/model';
import type { PiSource } from '../shared/settings';
import type { RawHistory } from './client';

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

const isPiItem = (item: Item, pi: PiSource, sprintFieldId: string | undefined): boolean => {
  const id = piFieldIdOf(pi);
  if (item.fieldId !== undefined) return item.fieldId === id;
  const name = item.field.toLowerCase();
  if (pi.source === 'sprint') return name === 'sprint' || id === sprintFieldId;
  return (FIELD_NAMES[id] ?? []).includes(name);
};

const splitList = (text: string | null, separator: RegExp): string[] =>
  text === null ? [] : text.split(separator).map((s) => s.trim()).filter((s) => s.length > 0);

const uniqueSorted = (values: Iterable<string>): string[] => [...new Set(values)].sort((a, b) => a.localeCompare(b));

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
  const entries = histories
    .map((h) => ({ at: h.created, items: h.items.filter((i) => isPiItem(i, pi, pi.source === 'sprint' ? pi.sprintFieldId : undefined)) }))
    .filter((h) => h.items.length > 0)
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));

  if (pi.source === 'fixVersion') {
    let after = new Set(currentValues);
    const changes: PlanningChange[] = [];
    for (let i = entries.length - 1; i >= 0; i -= 1) {
      const entry = entries[i];
      if (entry === undefined) continue;
      const before = new Set(after);
      for (const item of entry.items) {
        if (item.toString !== null) before.delete(item.toString);
        if (item.fromString !== null) before.add(item.fromString);
      }
      changes.unshift({ at: entry.at, from: uniqueSorted(before), to: uniqueSorted(after) });
      after = before;
    }
    return changes;
  }

  const separator = pi.source === 'labelPrefix' ? /\s+/ : /,\s*/;
  return entries.map((entry) => ({
    at: entry.at,
    from: uniqueSorted(entry.items.flatMap((i) => splitList(i.fromString, separator))),
    to: uniqueSorted(entry.items.flatMap((i) => splitList(i.toString, separator))),
  }));
};
