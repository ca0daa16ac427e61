import type { PiCalendarEntry, PiSource } from '../shared/settings';
import type { UserPattern } from '../shared/user-pattern';
import { dateOf, dayAfter } from './dates';
import type { Pi, PiCalendar, SprintRef, VersionRef } from './model';
import { compilePattern, normaliseName } from './text';

/**
 * The PI calendar: every PI of the scope with its dates, oldest first, and
 * which one is current (contains today) and next (the first to start after today).
 *
 * PIs with the same name (per-team versions named alike, sprints of several
 * boards) are one PI spanning the earliest start to the latest end.
 */

const byStart = (a: Pi, b: Pi): number =>
  a.startDate !== b.startDate
    ? a.startDate < b.startDate ? -1 : 1
    : a.endDate !== b.endDate
      ? a.endDate < b.endDate ? -1 : 1
      : a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

/** Merge PIs named alike (compared trimmed, case-insensitively); the first spelling seen wins. */
const mergeByName = (pis: readonly Pi[]): Pi[] => {
  const merged = new Map<string, Pi>();
  for (const pi of pis) {
    const key = normaliseName(pi.name);
    const seen = merged.get(key);
    merged.set(
      key,
      seen === undefined
        ? pi
        : {
            name: seen.name,
            startDate: seen.startDate < pi.startDate ? seen.startDate : pi.startDate,
            endDate: seen.endDate > pi.endDate ? seen.endDate : pi.endDate,
          },
    );
  }
  return [...merged.values()];
};

/**
 * current: the PI whose [startDate, endDate] contains today; when PIs overlap, the one that
 * started last (ties: the one ending last, then the name last in code-point order). This is
 * the PI a "current PI" report is about; an item is `current` when ANY of its PIs contains
 * today (planning.ts), so an item in an earlier-started overlapping PI is not left out.
 * next: the first PI that starts after today (same start: the one ending first, then the name first).
 */
export const calendarOf = (pis: readonly Pi[], today: string): PiCalendar => {
  const sorted = mergeByName(pis).sort(byStart);
  const containing = sorted.filter((p) => p.startDate <= today && today <= p.endDate);
  const current = containing[containing.length - 1] ?? null;
  const next = sorted.find((p) => p.startDate > today) ?? null;
  return { pis: sorted, current, next };
};

/**
 * fixVersions whose name matches `namePattern` (case-insensitive) are PIs, running
 * from the version's startDate to its releaseDate.
 * - A version with a releaseDate but no startDate starts the day after the latest
 *   PI that ends before its releaseDate; when there is none it cannot be dated and is left out.
 * - A version without a releaseDate, or whose startDate is after its releaseDate, is left out.
 * Released and archived versions are kept: past PIs are needed to count carry-overs.
 */
export const piCalendarFromVersions = (versions: readonly VersionRef[], namePattern: string, today: string): PiCalendar => {
  const re = compilePattern(namePattern);
  if (re === null) return calendarOf([], today);
  const matching = versions.filter((v) => re.test(v.name));
  const dated: Pi[] = [];
  for (const v of matching) {
    if (v.startDate !== undefined && v.releaseDate !== undefined && v.startDate <= v.releaseDate) {
      dated.push({ name: v.name, startDate: v.startDate, endDate: v.releaseDate });
    }
  }
  const releaseOnly = matching
    .filter((v) => v.startDate === undefined && v.releaseDate !== undefined)
    .sort((a, b) => ((a.releaseDate ?? '') < (b.releaseDate ?? '') ? -1 : (a.releaseDate ?? '') > (b.releaseDate ?? '') ? 1 : 0));
  for (const v of releaseOnly) {
    const end = v.releaseDate ?? '';
    const before = dated.filter((p) => p.endDate < end);
    if (before.length === 0) continue;
    const previousEnd = before.reduce((latest, p) => (p.endDate > latest ? p.endDate : latest), '');
    dated.push({ name: v.name, startDate: dayAfter(previousEnd), endDate: end });
  }
  return calendarOf(dated, today);
};

/**
 * The PI a sprint name belongs to: the pattern's first capture group (the whole match
 * when the pattern has no group), trimmed; null when the name does not match.
 */
export const piNameFromSprintName = (re: UserPattern, sprintName: string): string | null => {
  const m = re.exec(sprintName);
  if (m === null) return null;
  const name = (m.length > 1 ? m[1] : m[0])?.trim() ?? '';
  return name === '' ? null : name;
};

/**
 * Sprints whose name matches `namePattern` make up PIs (see piNameFromSprintName); a PI runs
 * from its earliest sprint start to its latest sprint end (the date part of the ISO date-times).
 * Sprints without both dates do not date their PI; a PI with no dated sprint is left out.
 */
export const piCalendarFromSprints = (sprints: readonly SprintRef[], namePattern: string, today: string): PiCalendar => {
  const re = compilePattern(namePattern);
  if (re === null) return calendarOf([], today);
  const pis: Pi[] = [];
  for (const s of sprints) {
    const name = piNameFromSprintName(re, s.name);
    const start = dateOf(s.startDate);
    const end = dateOf(s.endDate);
    if (name !== null && start !== null && end !== null && start <= end) pis.push({ name, startDate: start, endDate: end });
  }
  return calendarOf(pis, today);
};

/** The calendar typed into settings (customField and labelPrefix sources). */
export const piCalendarFromEntries = (entries: readonly PiCalendarEntry[], today: string): PiCalendar =>
  calendarOf(
    entries.filter((e) => e.startDate <= e.endDate).map((e) => ({ name: e.name.trim(), startDate: e.startDate, endDate: e.endDate })),
    today,
  );

/** The calendar for a PI source: versions and sprints are what the adapter read for the scope. */
export const piCalendarFor = (
  source: PiSource,
  known: { readonly versions: readonly VersionRef[]; readonly sprints: readonly SprintRef[] },
  today: string,
): PiCalendar => {
  switch (source.source) {
    case 'fixVersion':
      return piCalendarFromVersions(known.versions, source.namePattern, today);
    case 'sprint':
      return piCalendarFromSprints(known.sprints, source.namePattern, today);
    case 'customField':
    case 'labelPrefix':
      return piCalendarFromEntries(source.calendar, today);
  }
};

/** Each calendar's PIs by normalised name (the first one wins), built once per calendar. */
const indexes = new WeakMap<readonly Pi[], ReadonlyMap<string, Pi>>();

/** The calendar's PIs by normalised name, first spelling first: findPi without a scan per lookup. */
export const piIndexOf = (calendar: PiCalendar): ReadonlyMap<string, Pi> => {
  const known = indexes.get(calendar.pis);
  if (known !== undefined) return known;
  const index = new Map<string, Pi>();
  for (const p of calendar.pis) {
    const key = normaliseName(p.name);
    if (!index.has(key)) index.set(key, p);
  }
  indexes.set(calendar.pis, index);
  return index;
};

/** Each calendar's normalised PI names, in the calendar's order. */
const keyLists = new WeakMap<readonly Pi[], readonly string[]>();

/** normaliseName of each of the calendar's PIs, in order (worked out once per calendar). */
export const piKeysOf = (calendar: PiCalendar): readonly string[] => {
  const known = keyLists.get(calendar.pis);
  if (known !== undefined) return known;
  const keys = calendar.pis.map((p) => normaliseName(p.name));
  keyLists.set(calendar.pis, keys);
  return keys;
};

/** The calendar's PIs whose normalised name is in `keys`, in the calendar's order. */
export const pisNamed = (calendar: PiCalendar, keys: { has(key: string): boolean }): Pi[] => {
  const names = piKeysOf(calendar);
  return calendar.pis.filter((_, i) => keys.has(names[i] ?? ''));
};

/** The calendar's PI with this name (compared trimmed, case-insensitively), or null. */
export const findPi = (calendar: PiCalendar, name: string): Pi | null => piIndexOf(calendar).get(normaliseName(name)) ?? null;
