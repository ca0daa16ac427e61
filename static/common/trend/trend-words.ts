import { shareWords, sizeLabel, unitWord, type CapacityUnit } from '../../../src/shared/capacity';
import type { ScopeTrend, TrendPoint } from '../../../src/shared/trend';

/**
 * Pure words for the trend across PIs (the chart's labels and summary, the
 * table's cells). Shares are whole percentages of capacity as the server sent
 * them; a PI that held nothing has no share ("no items"), never 0%.
 */

/** "% of points", "% of hours", "% of items": what the chart's y axis measures. */
export const shareUnitWords = (unit: CapacityUnit): string => `% of ${unitWord(unit)}`;

/** "40%", or "–" when the PI held nothing (one wording with the CLI: src/shared/capacity.ts). */
export { shareWords };

/** Where the PI stands today, as the chart marks it: '' for a past PI. */
export const roleWords = (role: TrendPoint['role']): string => (role === 'current' ? 'Current PI' : role === 'next' ? 'Next PI' : '');

/** The short mark under the axis: "now", "next", or ''. */
export const roleMark = (role: TrendPoint['role']): string => (role === 'current' ? 'now' : role === 'next' ? 'next' : '');

/** "Committed (baseline v2)" or "Reconstructed": where the values come from. */
export const sourceWords = (p: Pick<TrendPoint, 'source' | 'baselineVersion'>): string =>
  p.source === 'committed' ? (p.baselineVersion === null ? 'Committed' : `Committed (baseline v${p.baselineVersion})`) : 'Reconstructed';

/** "3 carried out", "none carried out", "not started" for the next PI (nothing can have left it). */
export const carriedOutWords = (p: Pick<TrendPoint, 'carriedOut' | 'role'>): string =>
  p.role === 'next' ? 'not started' : p.carriedOut === 0 ? 'none carried out' : `${p.carriedOut} carried out`;

/** The count under the axis: "3", or "–" for the next PI. */
export const carriedOutMark = (p: Pick<TrendPoint, 'carriedOut' | 'role'>): string => (p.role === 'next' ? '–' : String(p.carriedOut));

/** One PI in a sentence, for the chart marker's tooltip. */
export const pointWords = (p: TrendPoint, unit: CapacityUnit): string =>
  [
    `${p.pi.name}${p.role === 'past' ? '' : ` (${p.role} PI)`}`,
    `gravity ${shareWords(p.gravityShare)}, aligned ${shareWords(p.alignedShare)} of ${unitWord(unit)}`,
    sizeLabel(p.total, 'items'),
    carriedOutWords(p),
    `${sourceWords(p).toLowerCase()} as of ${p.asOf}`,
  ].join('; ');

const moved = (from: number, to: number): string => (to < from ? 'fell' : to > from ? 'rose' : 'held');

/** One series' movement from its first PI with a value to its last: "fell from 67% (PI 26.1) to 14% (PI 27.2)"; null with fewer than two values. */
const seriesMovement = (points: readonly TrendPoint[], share: (p: TrendPoint) => number | null): string | null => {
  const valued = points.filter((p) => share(p) !== null);
  const first = valued[0];
  const last = valued[valued.length - 1];
  if (first === undefined || last === undefined || valued.length < 2) return null;
  const a = share(first) ?? 0;
  const b = share(last) ?? 0;
  return a === b ? `held at ${a}% from ${first.pi.name} to ${last.pi.name}` : `${moved(a, b)} from ${a}% (${first.pi.name}) to ${b}% (${last.pi.name})`;
};

/** Gravity and aligned shares as one series each: "Gravity share fell from 62% (PI 25.2) to 16% (PI 26.3) of points; aligned share …". */
const movementSentence = (points: readonly TrendPoint[], unit: CapacityUnit): string | null => {
  const gravity = seriesMovement(points, (p) => p.gravityShare);
  const aligned = seriesMovement(points, (p) => p.alignedShare);
  if (gravity === null && aligned === null) return null;
  const parts = [gravity === null ? null : `gravity share ${gravity} of ${unitWord(unit)}`, aligned === null ? null : `aligned share ${aligned}`].filter(
    (s): s is string => s !== null,
  );
  return parts.join('; ');
};

/** Where the current and the next PI stand: "PI 26.4 (now): gravity 29%, aligned 41%; PI 27.1 (next): gravity 57%, aligned 27%". */
const standingWords = (points: readonly TrendPoint[]): string | null => {
  const standing = points
    .filter((p) => p.role !== 'past' && p.gravityShare !== null)
    .map((p) => `${p.pi.name} (${roleMark(p.role)}): gravity ${shareWords(p.gravityShare)}, aligned ${shareWords(p.alignedShare)}`);
  return standing.length === 0 ? null : standing.join('; ');
};

const capitalised = (s: string): string => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

/**
 * The trend in words, the two-second read above the chart and its text
 * alternative. Where at least two ended PIs held work, their movement comes
 * first and the current and next PI are stated on their own ("Over the past
 * PIs, gravity share fell from 62% (PI 25.2) to 16% (PI 26.3) of points; …
 * PI 27.1 (next): gravity 57%, aligned 27%."): a next PI that falls back is
 * not hidden inside a first-to-last comparison. Otherwise the movement across
 * every PI of the trend.
 */
export const trendSummary = (t: Pick<ScopeTrend, 'points' | 'unit'>): string => {
  const past = movementSentence(
    t.points.filter((p) => p.role === 'past'),
    t.unit,
  );
  if (past !== null) {
    const standing = standingWords(t.points);
    return `Over the past PIs, ${past}.${standing === null ? '' : ` ${standing}.`}`;
  }
  const across = movementSentence(t.points, t.unit);
  if (across !== null) return `${capitalised(across)}.`;
  const only = t.points.find((p) => p.gravityShare !== null);
  return only === undefined
    ? 'No PI of the trend held any work items.'
    : `Only ${only.pi.name} held work items: gravity ${shareWords(only.gravityShare)}, aligned ${shareWords(only.alignedShare)} of ${unitWord(t.unit)}.`;
};

/** How many points are committed and reconstructed: "3 committed, 3 reconstructed". */
export const sourceCounts = (points: readonly Pick<TrendPoint, 'source'>[]): string => {
  const committed = points.filter((p) => p.source === 'committed').length;
  return `${committed} committed, ${points.length - committed} reconstructed`;
};
