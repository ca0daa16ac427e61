import { dateOf, parseInstant } from './dates';
import type { Pi, PiCalendar, PlanningChange } from './model';
import { findPi, pisNamed } from './pi-calendar';
import { normaliseName } from './text';

/**
 * Carry-over, read from the item's planning history.
 *
 * Replay the item's PI membership over time. The state before the first change is
 * found by applying the history backwards from the current values (remove each
 * change's `to`, add back its `from`); then the changes are applied forwards in time.
 * Changes stamped with the same instant are one change.
 *
 * A PI p counts as ONE carry-over when the item held p on or after p's start date
 * (p was running or over while the item was in it) and, at a change dated on or after
 * p's start date and not before that moment, the item came to hold a PI that starts later than p
 * (it was moved forward, or a later PI was added, while p was running or over — also
 * when p was dropped first and the later PI added in a later change).
 * - Re-planning out of a PI that had not started yet is not a carry-over.
 * - Each PI counts at most once: the count is the number of distinct PIs carried over from.
 * - Values that name no PI, or a PI the calendar does not know (no dates), are ignored.
 * - Dates are the calendar dates of the change stamps as written.
 * - The order of values within a change, and of changes with the same stamp, does not matter.
 */

interface Step {
  readonly date: string;
  readonly changes: readonly PlanningChange[];
}

const stampOf = (at: string): number => {
  const t = parseInstant(at);
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
};

/** Changes in time order, grouped by identical instants; changes without a readable date are dropped. */
const stepsOf = (history: readonly PlanningChange[]): Step[] => {
  const readable = history
    .map((change, index) => ({ change, index, stamp: stampOf(change.at), date: dateOf(change.at) }))
    .filter((c): c is typeof c & { date: string } => c.date !== null && Number.isFinite(c.stamp))
    .sort((a, b) => a.stamp - b.stamp || a.index - b.index);
  const steps: { stamp: number; date: string; changes: PlanningChange[] }[] = [];
  for (const c of readable) {
    const last = steps[steps.length - 1];
    if (last !== undefined && last.stamp === c.stamp) last.changes.push(c.change);
    else steps.push({ stamp: c.stamp, date: c.date, changes: [c.change] });
  }
  return steps;
};

/** A raw value → the calendar PI it names, with its normalised name; null when none. */
type PiOfValue = (value: string) => readonly [string, Pi] | null;

/** piOfValue for one item: values repeat from step to step, so each is looked up once. */
const piOfValueFor = (toPiName: (value: string) => string | null, calendar: PiCalendar): PiOfValue => {
  const seen = new Map<string, readonly [string, Pi] | null>();
  return (value) => {
    const known = seen.get(value);
    if (known !== undefined) return known;
    const name = toPiName(value);
    const pi = name === null ? null : findPi(calendar, name);
    const found = pi === null ? null : ([normaliseName(pi.name), pi] as const);
    seen.set(value, found);
    return found;
  };
};

/** The PIs (from the calendar) a set of raw values holds, keyed by normalised name. */
const pisHeld = (values: ReadonlySet<string>, piOf: PiOfValue): Map<string, Pi> => {
  const held = new Map<string, Pi>();
  for (const value of values) {
    const found = piOf(value);
    if (found !== null) held.set(found[0], found[1]);
  }
  return held;
};

/** The PIs the item was carried over from (distinct, oldest first). See the rule above. */
export const carriedOverPis = (
  history: readonly PlanningChange[],
  currentValues: readonly string[],
  toPiName: (value: string) => string | null,
  calendar: PiCalendar,
): Pi[] => {
  const steps = stepsOf(history);
  const state = new Set(currentValues.map((v) => v.trim()));
  for (let i = steps.length - 1; i >= 0; i -= 1) {
    const changes = steps[i]?.changes ?? [];
    for (let j = changes.length - 1; j >= 0; j -= 1) {
      const change = changes[j];
      if (change === undefined) continue;
      for (const v of change.to) state.delete(v.trim());
      for (const v of change.from) state.add(v.trim());
    }
  }
  /** PIs the item held on or after their start date, so far. */
  const engaged = new Map<string, Pi>();
  const piOf = piOfValueFor(toPiName, calendar);
  const carried = new Map<string, Pi>();
  // What the state held after one step is what it holds before the next.
  let held: Map<string, Pi> | null = null;
  for (const step of steps) {
    const before = held ?? pisHeld(state, piOf);
    for (const [key, pi] of before) if (step.date >= pi.startDate) engaged.set(key, pi);
    for (const change of step.changes) {
      for (const v of change.from) state.delete(v.trim());
      for (const v of change.to) state.add(v.trim());
    }
    const after = pisHeld(state, piOf);
    held = after;
    const added: Pi[] = [];
    for (const [key, pi] of after) if (!before.has(key)) added.push(pi);
    for (const [key, pi] of engaged) {
      if (step.date >= pi.startDate && added.some((q) => q.startDate > pi.startDate)) carried.set(key, pi);
    }
    for (const [key, pi] of after) if (step.date >= pi.startDate) engaged.set(key, pi);
  }
  return carried.size === 0 ? [] : pisNamed(calendar, carried);
};

/** How many times the item was carried over (distinct PIs it was carried over from). */
export const carryOverCount = (
  history: readonly PlanningChange[],
  currentValues: readonly string[],
  toPiName: (value: string) => string | null,
  calendar: PiCalendar,
): number => carriedOverPis(history, currentValues, toPiName, calendar).length;
