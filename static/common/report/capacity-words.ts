import type { Verdict } from '../../../src/shared/assessment';
import { shareOf, sizeLabel, type Capacity, type CapacityField, type CapacityUnit } from '../../../src/shared/capacity';
import type { Candidate } from '../../../src/shared/candidates';
import type { ScopeReport } from '../../../src/shared/report';

/**
 * Pure words and rows for capacity, sizes, candidates and swaps, shared by the
 * gadget, the board view, the PI review page and the issue panel. Sizes are
 * shown as the server sent them: an unsized item stays unsized, never guessed.
 */

/** Whether the report sums sizes (points or hours) rather than counting items. */
export const isSized = (c: Pick<Capacity, 'unit'>): boolean => c.unit !== 'items';

/** "86 points", "12.5 hours", "8 items". */
export const capacityTotalWords = (c: Pick<Capacity, 'unit' | 'total'>): string => sizeLabel(c.total, c.unit);

/** One verdict's part of the capacity: its size and share, or null when items are counted (the count already says it). */
export const verdictCapacity = (c: Capacity, v: Verdict): { size: number; share: number | null; words: string } | null => {
  if (!isSized(c)) return null;
  const size = c.byVerdict[v];
  const share = shareOf(size, c.total);
  return { size, share, words: share === null ? sizeLabel(size, c.unit) : `${sizeLabel(size, c.unit)}, ${share}%` };
};

/** "3 unsized" (items without a size are not in the total). */
export const unsizedWords = (c: Pick<Capacity, 'unsized'>): string => `${c.unsized.length} unsized`;

/** What to do about unsized items, naming the field: "Set Story Points on them to count them in the total." */
export const unsizedHint = (field: Pick<CapacityField, 'name'> | null, count: number): string =>
  field === null
    ? 'They are left out of the total, not guessed.'
    : `They are left out of the total, not guessed: set ${field.name} on ${count === 1 ? 'it' : 'them'} to count ${count === 1 ? 'it' : 'them'}.`;

/** Where a candidate waits: "in no PI", "planned in PI 27.2". */
export const candidatePlaceWords = (plannedIn: string | null): string => (plannedIn === null ? 'in no PI' : `planned in ${plannedIn}`);

/** A size cell's text: "8 points", or null when unsized (the cell shows a dash labelled "Unsized"). */
export const sizeWords = (size: number | null, unit: CapacityUnit): string | null => (size === null || unit === 'items' ? null : sizeLabel(size, unit));

/** Sort key for a size column: unsized sorts below every size, as the server's worst-first order puts it last. */
export const sizeSortKey = (size: number | null): number => (size === null ? -1 : size);

/** The first `limit` entries and how many more there are ("and N more"). */
export const compactList = <T>(list: readonly T[], limit: number): { shown: readonly T[]; more: number } => ({
  shown: list.slice(0, Math.max(0, limit)),
  more: Math.max(0, list.length - Math.max(0, limit)),
});

/** One swap option for a gravity item: a candidate's key and its size words ("8 points"), null when unsized or counted. */
export interface SwapOption {
  readonly key: string;
  readonly size: string | null;
}

/**
 * The swap options per gravity item, in the server's ranking order. The
 * server draws swaps from the listed candidates (src/services/read-candidates.ts
 * swapsOf), so each key's size is looked up there; a key it cannot find is
 * shown without a size rather than with a guessed one.
 */
export const swapOptionsByKey = (report: Pick<ScopeReport, 'swaps' | 'candidates' | 'capacity'>): ReadonlyMap<string, readonly SwapOption[]> => {
  const byKey = new Map<string, Candidate>((report.candidates ?? []).map((c) => [c.key, c]));
  const out = new Map<string, readonly SwapOption[]>();
  for (const s of report.swaps ?? []) {
    if (s.candidates.length === 0) continue;
    out.set(
      s.key,
      s.candidates.map((key) => ({ key, size: sizeWords(byKey.get(key)?.size ?? null, report.capacity.unit) })),
    );
  }
  return out;
};

/** "Could swap for CLIN-31 (8 points) or CLIN-33 (5 points)" as plain text (the component renders the keys as links). */
export const swapWords = (options: readonly SwapOption[]): string =>
  `Could swap for ${options.map((o) => (o.size === null ? o.key : `${o.key} (${o.size})`)).join(' or ')}`;

/** The item's size beside its verdict in the issue panel; null when items are counted (no field sizes work items). */
export const panelSizeWords = (size: number | null, field: CapacityField | null): { label: string; hint: string | null } | null => {
  if (field === null) return null;
  if (size === null) return { label: 'Unsized', hint: `set ${field.name} to count it in its PI's capacity` };
  return { label: sizeLabel(size, field.unit), hint: null };
};
