/**
 * Better candidates waiting: work items of the same scope outside the
 * report's PI (in no PI, or only in a later one) that would be `aligned` if
 * planned into it (a live objective and fresh field evidence). Shared by the
 * back end, the front ends and the CLI's JSON (`candidates`, `swaps`).
 */

export interface Candidate {
  readonly key: string;
  readonly summary: string;
  /** The alignment score the item would have planned into the report's PI (0-100). */
  readonly score: number;
  /** Its size in the report's capacity unit, or null when unsized (or when items are counted). */
  readonly size: number | null;
  /** Keys of its live objectives. */
  readonly objectives: readonly string[];
  /** How many fresh field evidence records it has. */
  readonly freshEvidence: number;
  /** The later PI it is planned in, or null when it is in no PI. */
  readonly plannedIn: string | null;
}

/** Swap candidates for one gravity item of the PI: candidates of similar size (settings candidates.swapRatio), best first. */
export interface SwapSuggestion {
  /** The gravity item's key. */
  readonly key: string;
  /** Candidate keys, in the candidates' ranking order. */
  readonly candidates: readonly string[];
}
