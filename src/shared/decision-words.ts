import type { DecisionKind, Person } from './decision';

/**
 * The words of decisions, without zod: the report bundles (gadget, board)
 * show "Kept by …" beside a verdict and must not pull in the schemas of
 * ./decision.ts (the bundle budget in static/build.mjs).
 */

export const DECISION_KIND_LABELS: Readonly<Record<DecisionKind, string>> = {
  keep: 'Keep',
  rejustify: 'Re-justify',
  drop: 'Drop',
  retire: 'Retire',
};

/** "Kept by Dana Whitfield": the words shown beside a verdict when a keep decision applies. */
export const keptByLabel = (sponsor: Person | null): string => `Kept by ${sponsor?.displayName.trim() || 'a sponsor'}`;
