import type { ScopeReport } from '../shared/report';
import type { PiSource } from '../shared/settings';
import { shareOf, unitWord, type Capacity, type CapacityField } from '../shared/capacity';
import { capacityOf } from './capacity';
import { VERDICTS, type Assessment, type Pi, type PiCalendar, type Verdict } from './model';
import { compareText, countOf, listOf, piLabel } from './text';

/** Larger sizes first; unsized items after every sized one. */
const compareSizeDescending = (a: number | null, b: number | null): number => (a === b ? 0 : a === null ? 1 : b === null ? -1 : b - a);

/** Worst first: verdict order (VERDICTS), then size descending (the biggest gravity first; unsized last), then score ascending, then key in human order. */
export const compareWorstFirst = (a: Assessment, b: Assessment): number =>
  VERDICTS.indexOf(a.verdict) - VERDICTS.indexOf(b.verdict) || compareSizeDescending(a.size, b.size) || a.score - b.score || compareText(a.key, b.key);

export type PiRole = ScopeReport['piRole'];

export type ScopeSummary = Pick<ScopeReport, 'items' | 'total' | 'counts' | 'balance' | 'headline' | 'capacity'>;

/**
 * The headline of a scope: "12 of 47 items in PI 26.3, 41% of the PI's points, only fit
 * the next PI" (gravity items of all items; "the current PI" when the PI is the current one,
 * "the PI" for a PI chosen by name; the capacity share only when items are sized and the
 * sized total is above 0); "No work items in PI 26.3" when there are none. Delivered (Done)
 * items count in the total and the distribution, never as only fitting the PI: they are never gravity.
 */
export const scopeHeadline = (gravity: number, total: number, pi: Pi | null, piRole: PiRole, capacity?: Capacity): string => {
  const where = pi === null ? '' : ` in ${piLabel(pi.name)}`;
  if (total === 0) return `No work items${where}`;
  const fit = piRole === 'current' ? 'the current PI' : piRole === 'next' ? 'the next PI' : 'the PI';
  const share = capacity === undefined || capacity.unit === 'items' ? null : shareOf(capacity.byVerdict.gravity, capacity.total);
  const cost = share === null || capacity === undefined ? '' : `, ${share}% of the PI's ${unitWord(capacity.unit)},`;
  return `${gravity} of ${countOf(total, 'item')}${where}${cost} only ${gravity === 1 ? 'fits' : 'fit'} ${fit}`;
};

/**
 * Counts per verdict, the capacity (sizes per verdict, in the unit of `capacityField`; items counted without one), the balance of forces (how many items hold a live objective, fresh
 * field evidence, a place in the current or next PI), the headline, and the items worst first.
 */
export const summariseScope = (
  items: readonly Assessment[],
  pi: Pi | null,
  piRole: PiRole,
  capacityField: CapacityField | null = null,
  /** Whether an item's size is in the capacity's unit (an item of a project sized by another field is listed as unsized). */
  sizedInUnit: (item: Assessment) => boolean = () => true,
): ScopeSummary => {
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const a of items) counts[a.verdict] += 1;
  const balance = {
    strategy: items.filter((a) => a.counts.liveObjectives > 0).length,
    evidence: items.filter((a) => a.counts.freshEvidence > 0).length,
    delivery: items.filter((a) => a.planning === 'current' || a.planning === 'next').length,
  };
  const sorted = [...items].sort(compareWorstFirst);
  const capacity = capacityOf(
    sorted.map((a) => (sizedInUnit(a) ? a : { ...a, size: null })),
    capacityField,
  );
  return {
    items: sorted,
    total: items.length,
    counts,
    balance,
    capacity,
    headline: scopeHeadline(counts.gravity, items.length, pi, piRole, capacity),
  };
};

/** Why a scope has no current or next PI: where the calendar was read, from what, and what it held. */
export interface PiAbsence {
  readonly role: PiRole;
  /** The projects whose calendar was read (a JQL scope: the projects of its items; none when it matched no work item). */
  readonly projectKeys: readonly string[];
  readonly source: PiSource;
  readonly calendar: PiCalendar;
  readonly today: string;
}

/** What holds the PIs, in the settings' words: "version matching \bPI\b", "sprint matching ^(PI…)", "PI of the settings' calendar". */
const piCarrier = (source: PiSource): string =>
  source.source === 'fixVersion'
    ? `version matching ${source.namePattern}`
    : source.source === 'sprint'
      ? `sprint matching ${source.namePattern}`
      : "PI of the settings' calendar";

/**
 * The headline of a scope without the PI it asked for, naming the PI and
 * why: "No next PI found in project CLIN's calendar: no version matching
 * \bPI\b starts after 2026-12-02 (the last one, PI 26.4, starts 2026-10-05)".
 */
export const noPiHeadline = (absence: PiAbsence): string => {
  const { role, projectKeys, source, calendar, today } = absence;
  const which = role === 'named' ? 'such' : role;
  if (projectKeys.length === 0 && source.source !== 'customField' && source.source !== 'labelPrefix') {
    return `No ${which} PI found: the scope holds no work items, so there is no project whose PI calendar could be read`;
  }
  const where =
    source.source === 'customField' || source.source === 'labelPrefix'
      ? "in the PI calendar of the settings"
      : `in ${projectKeys.length === 1 ? 'project' : 'projects'} ${listOf(projectKeys)}'s ${projectKeys.length === 1 ? 'calendar' : 'calendars'}`;
  const carrier = piCarrier(source);
  const last = calendar.pis[calendar.pis.length - 1];
  if (last === undefined) {
    const dated = source.source === 'fixVersion' ? ' with a release date' : source.source === 'sprint' ? ' with dates' : '';
    return `No ${which} PI found ${where}: there is no ${carrier}${dated}`;
  }
  const why =
    role === 'current'
      ? `no ${carrier} runs through ${today}`
      : `no ${carrier} starts after ${today} (the last one, ${last.name}, starts ${last.startDate})`;
  return `No ${which} PI found ${where}: ${why}`;
};
