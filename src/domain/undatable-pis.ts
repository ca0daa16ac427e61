import { dateOf } from './dates';
import type { PiCalendar, SprintRef, VersionRef } from './model';
import { piNameFromSprintName } from './pi-calendar';
import { compilePattern, normaliseName } from './text';

/**
 * What a PI pattern matches but the calendar leaves out, with the reason in
 * plain words, so the settings page can show why "Release 5.2" is no PI.
 * The reasons mirror the rules of piCalendarFromVersions and
 * piCalendarFromSprints (./pi-calendar.ts).
 */
export interface UndatablePi {
  readonly kind: 'version' | 'sprint';
  readonly name: string;
  readonly reason: string;
}

const inCalendar = (calendar: PiCalendar): ((name: string) => boolean) => {
  const names = new Set(calendar.pis.map((p) => normaliseName(p.name)));
  return (name) => names.has(normaliseName(name));
};

const versionReason = (v: VersionRef): string => {
  if (v.releaseDate === undefined) return 'it has no release date';
  if (v.startDate !== undefined && v.startDate > v.releaseDate) return `its start date ${v.startDate} is after its release date ${v.releaseDate}`;
  return 'it has a release date but no start date, and no earlier PI ends before it to start from';
};

/** Versions whose name matches `namePattern` but that are not a PI of `calendar`. */
export const undatableVersions = (versions: readonly VersionRef[], namePattern: string, calendar: PiCalendar): UndatablePi[] => {
  const re = compilePattern(namePattern);
  if (re === null) return [];
  const dated = inCalendar(calendar);
  return versions.filter((v) => re.test(v.name) && !dated(v.name)).map((v) => ({ kind: 'version', name: v.name, reason: versionReason(v) }));
};

const sprintReason = (s: SprintRef): string => {
  const start = dateOf(s.startDate);
  const end = dateOf(s.endDate);
  if (start === null || end === null) return `it has no ${start === null && end === null ? 'start or end' : start === null ? 'start' : 'end'} date`;
  return `its start date ${start} is after its end date ${end}`;
};

/** Sprints whose name matches `namePattern` but whose PI is not in `calendar` (no sprint of it has both dates). */
export const undatableSprints = (sprints: readonly SprintRef[], namePattern: string, calendar: PiCalendar): UndatablePi[] => {
  const re = compilePattern(namePattern);
  if (re === null) return [];
  const dated = inCalendar(calendar);
  return sprints.flatMap((s): UndatablePi[] => {
    const pi = piNameFromSprintName(re, s.name);
    return pi === null || dated(pi) ? [] : [{ kind: 'sprint', name: s.name, reason: `${sprintReason(s)}, and no sprint of ${pi} has both dates` }];
  });
};
