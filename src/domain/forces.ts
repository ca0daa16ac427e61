import type { EvidenceSummary } from './evidence';
import type { ObjectiveView, Planning } from './model';

/** The three force scores, each an integer 0-100. */

/** 100 with a live objective; 20 when objectives exist but none is live; 0 with none. */
export const strategyForce = (objectives: readonly ObjectiveView[]): number =>
  objectives.some((o) => o.live) ? 100 : objectives.length > 0 ? 20 : 0;

/**
 * By distinct sources of fresh field evidence: 1 → 50, 2 → 80, 3 or more → 100.
 * With none: 15 when there are fresh stakeholder requests (HIPPO risk), 10 when there is
 * only stale field evidence, else 0. Adding fresh evidence of any kind never lowers it.
 */
export const evidenceForce = (summary: EvidenceSummary): number => {
  const sources = summary.sources.length;
  if (sources >= 3) return 100;
  if (sources === 2) return 80;
  if (sources === 1) return 50;
  if (summary.freshRequests.length > 0) return 15;
  if (summary.staleField.length > 0) return 10;
  return 0;
};

/**
 * 100 when planned in the current or next PI, or when the item is done (delivered: the
 * delivery force did its work, wherever it is planned now); 50 when only in another PI;
 * 0 when in none.
 */
export const deliveryForce = (planning: Planning, done = false): number =>
  done || planning === 'current' || planning === 'next' ? 100 : planning === 'other' ? 50 : 0;
