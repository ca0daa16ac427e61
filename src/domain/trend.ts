import type { Baseline } from '../shared/baseline';
import { shareOf, type Capacity, type CapacityField, type CapacityUnit } from '../shared/capacity';
import type { PiSource } from '../shared/settings';
import type { TrendPoint } from '../shared/trend';
import { capacityOf } from './capacity';
import { carriedOverPis } from './carry-over';
import { dateOf, parseInstant } from './dates';
import { VERDICTS, type Assessment, type Pi, type PiCalendar, type PlanningChange, type SprintRef, type Verdict, type WorkItem } from './model';
import { piNameMapper, planningValuesOf } from './pi-names';
import { normaliseName } from './text';

/**
 * The trend across PIs, pure: which PIs it shows, which items each PI held
 * and how each item stood then, and the point per PI.
 *
 * Reconstruction (a PI without a committed baseline) reads an item's
 * planning history and evidence records and knows:
 * - membership: the item held the PI at its start (the changes dated on or
 *   before the start day applied), or joined it while it ran (a change dated
 *   after the start, up to the end or today); for a PI not yet started: holds
 *   it today. An item that left the PI before it started is not in it; one
 *   that left while it ran still is (it was planned in it).
 * - asOf: the PI's start, or the day the item joined it (today for a PI not
 *   yet started).
 * - at asOf: the planning values and the history up to asOf (carry-overs
 *   before asOf count toward zombie); evidence observed AND added (addedAt) by
 *   asOf, records removed after asOf still counting, removed by asOf not;
 *   freshness and objective target dates measured at asOf.
 * What it cannot know, and takes from today instead: objectives (their
 * status, and the links to them: Jira keeps no history of those the app
 * reads), sizes (the size field's history is not read), web links. Status:
 * every item counts as not done at asOf (the status history is not read), so
 * a reconstructed point has no `delivered` items.
 */

export interface TrendPi {
  readonly pi: Pi;
  readonly role: TrendPoint['role'];
}

/** The last `pastCount` PIs that ended before today, then the current PI, then the next; oldest first. */
export const trendPis = (calendar: PiCalendar, today: string, pastCount: number): TrendPi[] => {
  const past = calendar.pis.filter((p) => p.endDate < today).slice(-pastCount);
  return [
    ...past.map((pi) => ({ pi, role: 'past' as const })),
    ...(calendar.current === null ? [] : [{ pi: calendar.current, role: 'current' as const }]),
    ...(calendar.next === null ? [] : [{ pi: calendar.next, role: 'next' as const }]),
  ];
};

interface Step {
  readonly stamp: number;
  readonly date: string;
  readonly changes: readonly PlanningChange[];
  /** The planning values after this step. */
  readonly after: ReadonlySet<string>;
}

/** An item's planning values over time: before any change, then after each step (changes with one instant are one step). */
export interface PlanningTimeline {
  readonly initial: ReadonlySet<string>;
  readonly steps: readonly Step[];
  readonly current: readonly string[];
}

/** Changes without a readable date are left out, as carry-over does (src/domain/carry-over.ts). */
export const planningTimeline = (history: readonly PlanningChange[], currentValues: readonly string[]): PlanningTimeline => {
  const readable = history
    .map((change, index) => ({ change, index, stamp: parseInstant(change.at), date: dateOf(change.at) }))
    .filter((c): c is typeof c & { date: string } => c.date !== null && Number.isFinite(c.stamp))
    .sort((a, b) => a.stamp - b.stamp || a.index - b.index);
  const grouped: { stamp: number; date: string; changes: PlanningChange[] }[] = [];
  for (const c of readable) {
    const last = grouped[grouped.length - 1];
    if (last !== undefined && last.stamp === c.stamp) last.changes.push(c.change);
    else grouped.push({ stamp: c.stamp, date: c.date, changes: [c.change] });
  }
  // Back from today's values to the state before the first change, then forward step by step.
  const state = new Set(currentValues.map((v) => v.trim()));
  for (let i = grouped.length - 1; i >= 0; i -= 1) {
    const changes = grouped[i]?.changes ?? [];
    for (let j = changes.length - 1; j >= 0; j -= 1) {
      const change = changes[j];
      if (change === undefined) continue;
      for (const v of change.to) state.delete(v.trim());
      for (const v of change.from) state.add(v.trim());
    }
  }
  const initial = new Set(state);
  const steps: Step[] = [];
  for (const g of grouped) {
    for (const change of g.changes) {
      for (const v of change.from) state.delete(v.trim());
      for (const v of change.to) state.add(v.trim());
    }
    steps.push({ ...g, after: new Set(state) });
  }
  return { initial, steps, current: currentValues };
};

/** The item's place in one PI: the day it stands at, its planning values then and its history up to then. */
export interface Membership {
  readonly asOf: string;
  readonly values: readonly string[];
  readonly history: readonly PlanningChange[];
}

const holds = (values: Iterable<string>, toPiName: (value: string) => string | null, piKey: string): boolean => {
  for (const v of values) {
    const name = toPiName(v);
    if (name !== null && normaliseName(name) === piKey) return true;
  }
  return false;
};

const historyTo = (steps: readonly Step[], lastIndex: number): PlanningChange[] => steps.slice(0, lastIndex + 1).flatMap((s) => s.changes);

/** Whether and how the item was in the PI (the rules at the top of this file); null when it was not. */
export const membershipOf = (
  timeline: PlanningTimeline,
  toPiName: (value: string) => string | null,
  pi: Pi,
  today: string,
): Membership | null => {
  const piKey = normaliseName(pi.name);
  if (pi.startDate > today) {
    return holds(timeline.current, toPiName, piKey) ? { asOf: today, values: [...timeline.current], history: timeline.steps.flatMap((s) => s.changes) } : null;
  }
  // The last step dated on or before the PI's start day: what the item held when the PI started.
  let atStart = -1;
  while (atStart + 1 < timeline.steps.length && (timeline.steps[atStart + 1]?.date ?? '') <= pi.startDate) atStart += 1;
  const startValues = atStart < 0 ? timeline.initial : (timeline.steps[atStart]?.after ?? timeline.initial);
  if (holds(startValues, toPiName, piKey)) return { asOf: pi.startDate, values: [...startValues], history: historyTo(timeline.steps, atStart) };
  const until = pi.endDate < today ? pi.endDate : today;
  for (let i = atStart + 1; i < timeline.steps.length; i += 1) {
    const step = timeline.steps[i];
    if (step === undefined || step.date > until) break;
    if (holds(step.after, toPiName, piKey)) return { asOf: step.date, values: [...step.after], history: historyTo(timeline.steps, i) };
  }
  return null;
};

/** Evidence as it stood at asOf: observed and added by then; a record removed after asOf counts (its removal is not yet made). */
export const evidenceAsOf = (records: WorkItem['evidence'], asOf: string): WorkItem['evidence'] =>
  records.flatMap((r) => {
    const added = dateOf(r.addedAt);
    if (r.observedOn > asOf || added === null || added > asOf) return [];
    if (r.removedAt === undefined) return [r];
    const removed = dateOf(r.removedAt);
    if (removed !== null && removed <= asOf) return [];
    const { removedAt: _removedAt, removedBy: _removedBy, ...kept } = r;
    return [kept];
  });

/** The planning fields of an item holding `values` in the field of the PI source (sprints by name; an unknown sprint name keeps its name only). */
const withPlanningValues = (item: WorkItem, source: PiSource, values: readonly string[], knownSprints: ReadonlyMap<string, SprintRef>): Partial<WorkItem> => {
  switch (source.source) {
    case 'fixVersion':
      return { fixVersions: values };
    case 'sprint':
      return { sprints: values.map((name) => knownSprints.get(name) ?? item.sprints.find((s) => s.name === name) ?? { id: 0, name, state: 'closed' }) };
    case 'labelPrefix':
      return { labels: values };
    case 'customField':
      return { piFieldValues: values };
  }
};

/** The item as it stood at the membership's asOf (what is known and what is today's: the top of this file). */
export const itemAsOf = (item: WorkItem, source: PiSource, membership: Membership, knownSprints: ReadonlyMap<string, SprintRef> = new Map()): WorkItem => {
  const { asOf } = membership;
  return {
    ...item,
    ...withPlanningValues(item, source, membership.values, knownSprints),
    planningHistory: membership.history,
    evidence: evidenceAsOf(item.evidence, asOf),
    decisions: item.decisions.filter((d) => (dateOf(d.decidedAt) ?? '9999-12-31') <= asOf),
    // Done before asOf is not knowable without the status history: every item counts as not done.
    statusCategory: item.statusCategory === 'done' ? 'indeterminate' : item.statusCategory,
  };
};

/** How many of the items were carried out of a PI (carriedOverPis over each item's whole history), as a lookup by PI. */
export const carriedOutByPi = (
  items: readonly { readonly item: WorkItem; readonly source: PiSource }[],
  calendar: PiCalendar,
): ((pi: Pi) => number) => {
  // Each item's history is walked once, whatever the number of PIs asked about.
  const counts = new Map<string, number>();
  for (const { item, source } of items) {
    const from = new Set(carriedOverPis(item.planningHistory, planningValuesOf(item, source), piNameMapper(source), calendar).map((p) => normaliseName(p.name)));
    for (const key of from) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return (pi) => counts.get(normaliseName(pi.name)) ?? 0;
};

/** How many of `items` were carried out of `pi` (carriedOutByPi, for one PI). */
export const carriedOutOf = (pi: Pi, items: readonly { readonly item: WorkItem; readonly source: PiSource }[], calendar: PiCalendar): number =>
  carriedOutByPi(items, calendar)(pi);

const countsOf = (verdicts: readonly Verdict[]): Record<Verdict, number> => {
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const v of verdicts) counts[v] += 1;
  return counts;
};

const sharesOf = (capacity: Capacity): Pick<TrendPoint, 'alignedShare' | 'gravityShare'> => ({
  // With unit items, capacity counts items (capacityOf): the shares are of counts.
  alignedShare: shareOf(capacity.byVerdict.aligned, capacity.total),
  gravityShare: shareOf(capacity.byVerdict.gravity, capacity.total),
});

/** A reconstructed point: the PI's items as each stood at its asOf, scored then. */
export const reconstructedPoint = (
  at: TrendPi,
  today: string,
  assessed: readonly Pick<Assessment, 'key' | 'summary' | 'verdict' | 'size'>[],
  carriedOut: number,
  field: CapacityField | null,
): TrendPoint => {
  const capacity = capacityOf(assessed, field);
  return {
    pi: at.pi,
    role: at.role,
    source: 'reconstructed',
    baselineVersion: null,
    asOf: at.pi.startDate > today ? today : at.pi.startDate,
    total: assessed.length,
    counts: countsOf(assessed.map((a) => a.verdict)),
    capacity,
    carriedOut: at.role === 'next' ? 0 : carriedOut,
    ...sharesOf(capacity),
  };
};

/**
 * A committed point: the baseline's verdicts. Its capacity uses the sizes the
 * baseline kept when it kept them in the trend's unit; otherwise today's
 * sizes of the same items (`todaySize`, null when unsized or not read) and a
 * note that says so. Counting items needs no sizes.
 */
export const committedPoint = (
  at: TrendPi,
  baseline: Baseline,
  carriedOut: number,
  field: CapacityField | null,
  todaySize: (key: string) => number | null,
): { point: TrendPoint; note: string | null } => {
  const unit: CapacityUnit = field === null ? 'items' : field.unit;
  const kept = baseline.capacityUnit === unit;
  const sized = baseline.items.map((i) => ({ key: i.key, summary: i.summary, verdict: i.verdict, size: kept ? (i.size ?? null) : todaySize(i.key) }));
  const capacity = capacityOf(sized, field);
  const note =
    unit === 'items' || kept
      ? null
      : `${at.pi.name}: its baseline (version ${baseline.version}) ${baseline.capacityUnit === undefined ? 'kept no sizes' : `kept sizes in ${baseline.capacityUnit}`}, so its capacity uses today's sizes of the same items.`;
  return {
    point: {
      pi: at.pi,
      role: at.role,
      source: 'committed',
      baselineVersion: baseline.version,
      asOf: dateOf(baseline.committedAt) ?? baseline.committedAt.slice(0, 10),
      total: baseline.items.length,
      counts: countsOf(baseline.items.map((i) => i.verdict)),
      capacity,
      carriedOut: at.role === 'next' ? 0 : carriedOut,
      ...sharesOf(capacity),
    },
    note,
  };
};
