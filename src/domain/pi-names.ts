import type { PiSource } from '../shared/settings';
import type { PiCalendar, WorkItem } from './model';
import { findPi, piNameFromSprintName } from './pi-calendar';
import { compareText, compilePattern, normaliseName } from './text';

/**
 * Which PIs a work item is planned in, per PI source. The same mapping reads the
 * item's current values and the values in its planning history, so both agree.
 */

/** The raw values of the field that carries the PI for this source. */
export const planningValuesOf = (item: WorkItem, source: PiSource): readonly string[] => {
  switch (source.source) {
    case 'fixVersion':
      return item.fixVersions;
    case 'sprint':
      return item.sprints.map((s) => s.name);
    case 'labelPrefix':
      return item.labels;
    case 'customField':
      return item.piFieldValues;
  }
};

/**
 * One raw value → the PI name it stands for, or null when it names no PI:
 * - fixVersion: the version name, when it matches the pattern (case-insensitive);
 * - sprint: the pattern's first capture group (whole match without a group);
 * - labelPrefix: the label with the prefix removed (prefix compared case-insensitively):
 *   label "PI-26.3" with prefix "PI-" names the calendar entry "26.3";
 * - customField: the trimmed value.
 */
export const piNameMapper = (source: PiSource): ((value: string) => string | null) => {
  switch (source.source) {
    case 'fixVersion': {
      const re = compilePattern(source.namePattern);
      return (value) => (re !== null && re.test(value) ? value.trim() : null);
    }
    case 'sprint': {
      const re = compilePattern(source.namePattern);
      return (value) => (re === null ? null : piNameFromSprintName(re, value));
    }
    case 'labelPrefix': {
      const prefix = source.prefix.trim().toLowerCase();
      return (value) => {
        const label = value.trim();
        if (!label.toLowerCase().startsWith(prefix)) return null;
        const name = label.slice(prefix.length).trim();
        return name === '' ? null : name;
      };
    }
    case 'customField':
      return (value) => (value.trim() === '' ? null : value.trim());
  }
};

/**
 * The PI names the item is planned in, distinct, in the calendar's spelling when the
 * calendar knows them (names compare trimmed and case-insensitively); unknown names are kept as read.
 */
export const piNamesOf = (item: WorkItem, source: PiSource, calendar?: PiCalendar): string[] => {
  const toName = piNameMapper(source);
  const names = new Map<string, string>();
  for (const value of planningValuesOf(item, source)) {
    const name = toName(value);
    if (name === null) continue;
    const canonical = calendar === undefined ? name : (findPi(calendar, name)?.name ?? name);
    const key = normaliseName(canonical);
    if (!names.has(key)) names.set(key, canonical);
  }
  return [...names.values()].sort(compareText);
};
