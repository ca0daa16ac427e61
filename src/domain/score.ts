import type { Settings } from '../shared/settings';

/**
 * The alignment score (0-100, integer) and how its lost points split over the causes.
 *
 * With weights w (settings.weights) and W = w_strategy + w_evidence + w_delivery,
 * each force f owns share_f = 100·w_f/W points.
 *   forceLoss_f = share_f · (1 − F_f/100)
 *   base        = 100 − Σ forceLoss_f
 *   balanceLoss = base · 0.5 · (1 − min(S, E)/100)   (strategy and evidence must both be there)
 *   carryLoss   = min(what is left, penaltyPerCarryOver · carriedOver)
 *   score       = round(100 − all losses)
 * The balance loss belongs to the weaker of strategy and evidence (split in half when equal).
 * Lost points are whole numbers: the exact losses are rounded with the largest-remainder
 * method so that they add up to exactly 100 − score.
 */

export type Weights = Settings['weights'];

export interface ForceScores {
  readonly strategy: number;
  readonly evidence: number;
  readonly delivery: number;
}

/** Whole points lost, per cause; they add up to 100 − score. */
export interface Losses {
  readonly strategy: number;
  readonly evidence: number;
  readonly delivery: number;
  readonly carryOver: number;
}

export interface ScoreBreakdown {
  readonly score: number;
  readonly losses: Losses;
}

/** Cut floating-point noise (0.30000000000000004) before rounding. */
const clean = (x: number): number => Math.round(x * 1e9) / 1e9;

const sharesOf = (w: Weights): ForceScores => {
  const total = w.strategy + w.evidence + w.delivery;
  // The settings schema refuses all-zero weights; weigh the forces equally rather than divide by zero.
  if (total <= 0) return { strategy: 100 / 3, evidence: 100 / 3, delivery: 100 / 3 };
  return { strategy: (100 * w.strategy) / total, evidence: (100 * w.evidence) / total, delivery: (100 * w.delivery) / total };
};

/**
 * Whole numbers adding up to `total`, each within 1 of its exact value: floors first,
 * then one more point to the largest remainders (ties go to the earlier cause).
 * A cause with an exact value of 0 never gets a point.
 */
export const largestRemainder = (exact: readonly number[], total: number): number[] => {
  const floors = exact.map((x) => Math.floor(clean(x)));
  let left = total - floors.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, rem: clean(x) - Math.floor(clean(x)), positive: clean(x) > 0 }))
    .filter((r) => r.positive)
    .sort((a, b) => b.rem - a.rem || a.i - b.i);
  const result = [...floors];
  for (let k = 0; left > 0 && order.length > 0; k = (k + 1) % order.length, left -= 1) {
    const idx = order[k]?.i ?? 0;
    result[idx] = (result[idx] ?? 0) + 1;
  }
  for (let k = 0; left < 0 && order.length > 0; k = (k + 1) % order.length) {
    const idx = order[order.length - 1 - k]?.i ?? 0;
    if ((result[idx] ?? 0) > 0) {
      result[idx] = (result[idx] ?? 0) - 1;
      left += 1;
    }
  }
  return result;
};

export const alignmentScore = (forces: ForceScores, weights: Weights, carriedOver: number, penaltyPerCarryOver: number): ScoreBreakdown => {
  const share = sharesOf(weights);
  const forceLoss = {
    strategy: share.strategy * (1 - forces.strategy / 100),
    evidence: share.evidence * (1 - forces.evidence / 100),
    delivery: share.delivery * (1 - forces.delivery / 100),
  };
  const base = 100 - forceLoss.strategy - forceLoss.evidence - forceLoss.delivery;
  const balanceLoss = base * 0.5 * (1 - Math.min(forces.strategy, forces.evidence) / 100);
  const balanceToStrategy =
    forces.strategy < forces.evidence ? balanceLoss : forces.strategy > forces.evidence ? 0 : balanceLoss / 2;
  const balanceToEvidence = balanceLoss - balanceToStrategy;
  const remaining = Math.max(0, base - balanceLoss);
  const carryLoss = Math.min(remaining, penaltyPerCarryOver * Math.max(0, carriedOver));
  const exact = [
    Math.max(0, forceLoss.strategy + balanceToStrategy),
    Math.max(0, forceLoss.evidence + balanceToEvidence),
    Math.max(0, forceLoss.delivery),
    Math.max(0, carryLoss),
  ];
  const lost = exact.reduce((a, b) => a + b, 0);
  const score = Math.min(100, Math.max(0, Math.round(clean(100 - lost))));
  const [strategy = 0, evidence = 0, delivery = 0, carryOver = 0] = largestRemainder(exact, 100 - score);
  return { score, losses: { strategy, evidence, delivery, carryOver } };
};

/**
 * The best score an item can reach with full delivery pull and nothing else (no objective,
 * no evidence, planned in the current or next PI, never carried over): 50·w_delivery/W,
 * rounded as scores are (10 with the default weights).
 */
export const deliveryOnlyCeiling = (weights: Weights): number =>
  alignmentScore({ strategy: 0, evidence: 0, delivery: 100 }, weights, 0, 0).score;
