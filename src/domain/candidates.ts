import type { Candidate, SwapSuggestion } from '../shared/candidates';
import type { CapacityUnit } from '../shared/capacity';
import type { Settings } from '../shared/settings';
import { deliveryForce } from './forces';
import type { Assessment, Pi, PiCalendar, Verdict } from './model';
import { findPi } from './pi-calendar';
import { alignmentScore } from './score';
import { compareText, normaliseName } from './text';
import { verdictOf } from './verdict';

/**
 * Better candidates waiting outside a PI, and the swaps they offer for its
 * gravity items. Pure: the service (src/services/read-candidates.ts) reads
 * and scores the items, this decides which are candidates and in what order.
 */

/** Where an item waits: in no PI (plannedIn null), or only in PIs that start after the report's PI ends (the earliest of them). */
export interface WaitingPlace {
  readonly plannedIn: string | null;
}

/**
 * Whether an item with these PI names waits outside `pi`: in none, or only
 * in PIs that start after `pi` ends. A PI name the calendar does not know
 * (an undated version, a label naming no calendar entry) cannot be shown to
 * be later, so the item is not a candidate: it may already be planned
 * alongside `pi` and the app never guesses.
 */
export const waitingPlace = (piNames: readonly string[], calendar: PiCalendar, pi: Pi): WaitingPlace | null => {
  if (piNames.length === 0) return { plannedIn: null };
  const later: Pi[] = [];
  for (const name of piNames) {
    if (normaliseName(name) === normaliseName(pi.name)) return null;
    const known = findPi(calendar, name);
    if (known === null || known.startDate <= pi.endDate) return null;
    later.push(known);
  }
  const earliest = [...later].sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0))[0];
  return { plannedIn: earliest?.name ?? null };
};

/** The planning a candidate would have in the report's PI: the current one when the report's PI is current, else next. */
export type CandidatePlanning = 'current' | 'next';

/**
 * The verdict and score an assessed item would have if it were planned into
 * the report's PI. Computed over the Assessment, not the WorkItem: its forces
 * for strategy and evidence, its live-objective and fresh-evidence counts and
 * its carry-overs are already what scoreWorkItem read against today, and
 * planning changes none of them; only the delivery force (100 in the current
 * or next PI, deliveryForce) and the verdict's "planned" fact change. So no
 * WorkItem, calendar or second mapping is needed, and the what-if is the same
 * arithmetic as the real score (test/domain/candidates.test.ts pins that
 * against scoreWorkItem on the item actually planned).
 */
export const ifPlanned = (
  assessment: Pick<Assessment, 'statusCategory' | 'forces' | 'counts' | 'carriedOver'>,
  planning: CandidatePlanning,
  settings: Pick<Settings, 'weights' | 'carryOver'>,
): { readonly verdict: Verdict; readonly score: number } => {
  const done = assessment.statusCategory === 'done';
  const forces = { ...assessment.forces, delivery: deliveryForce(planning, done) };
  const verdict = verdictOf({
    planning,
    done,
    liveObjectives: assessment.counts.liveObjectives,
    freshFieldEvidence: assessment.counts.freshEvidence,
    carriedOver: assessment.carriedOver,
    zombieAt: settings.carryOver.zombieAt,
  });
  const { score } = alignmentScore(forces, settings.weights, assessment.carriedOver, settings.carryOver.penaltyPerCarryOver);
  return { verdict, score };
};

/** An assessed item waiting outside the PI, with its size in the report's unit (null: unsized, or items counted). */
export interface WaitingItem {
  readonly assessment: Assessment;
  readonly plannedIn: string | null;
  readonly size: number | null;
}

/** Larger sizes first, unsized after every sized one. */
const bySizeDescending = (a: number | null, b: number | null): number => (a === b ? 0 : a === null ? 1 : b === null ? -1 : b - a);

/** The candidates' order: score if planned descending, then size descending (unsized last), then key in human order. */
export const compareCandidates = (a: Candidate, b: Candidate): number => b.score - a.score || bySizeDescending(a.size, b.size) || compareText(a.key, b.key);

/**
 * The waiting items that would be `aligned` planned into the report's PI,
 * best first (compareCandidates), at most `limit`. Each item is judged with
 * its own project's weights and carry-over settings (`settingsOf`), as it is
 * scored everywhere else.
 */
export const rankCandidates = (
  waiting: readonly WaitingItem[],
  planning: CandidatePlanning,
  settingsOf: (projectKey: string) => Pick<Settings, 'weights' | 'carryOver'>,
  limit: number,
): Candidate[] => {
  const candidates: Candidate[] = [];
  for (const w of waiting) {
    const a = w.assessment;
    const planned = ifPlanned(a, planning, settingsOf(a.projectKey));
    if (planned.verdict !== 'aligned') continue;
    candidates.push({
      key: a.key,
      summary: a.summary,
      score: planned.score,
      size: w.size,
      objectives: a.objectives.filter((o) => o.live).map((o) => o.key),
      freshEvidence: a.counts.freshEvidence,
      plannedIn: w.plannedIn,
    });
  }
  return candidates.sort(compareCandidates).slice(0, Math.max(0, limit));
};

/** At most this many swap candidates per gravity item. */
export const SWAPS_PER_ITEM = 3;

/**
 * Whether a candidate's size is within `ratio` of a gravity item's
 * ([size/ratio, size×ratio], both ends included). An unsized side never
 * matches: a swap of unknown cost is not a swap. A gravity item of size 0
 * matches only candidates of size 0.
 */
export const similarSize = (gravitySize: number | null, candidateSize: number | null, ratio: number): boolean => {
  if (gravitySize === null || candidateSize === null) return false;
  // A small tolerance so that 8/2 = 4 and 3×1.5 = 4.5 match exactly despite floating point.
  const eps = 1e-9;
  return candidateSize >= gravitySize / ratio - eps && candidateSize <= gravitySize * ratio + eps;
};

/**
 * For EVERY gravity item, in the given order, the candidates of similar size
 * in the candidates' ranking order, at most SWAPS_PER_ITEM (an empty list
 * when none match). When items are counted (unit items) sizes say nothing,
 * so every candidate matches.
 */
export const swapsFor = (
  gravity: readonly Pick<Assessment, 'key' | 'size'>[],
  candidates: readonly Pick<Candidate, 'key' | 'size'>[],
  ratio: number,
  unit: CapacityUnit,
): SwapSuggestion[] =>
  gravity.map((g) => ({
    key: g.key,
    candidates: candidates
      .filter((c) => unit === 'items' || similarSize(g.size, c.size, ratio))
      .slice(0, SWAPS_PER_ITEM)
      .map((c) => c.key),
  }));
