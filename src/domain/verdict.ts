import type { Planning, Verdict } from './model';

/**
 * The verdict, checked in this order (planned = in the current or next PI):
 * 1. delivered: the item's status category is Done, wherever it is planned. A finished
 *    item is no longer pulled by the factory, so it is never gravity, zombie, ungrounded
 *    or unanchored; whether it delivered the outcome is a later check (zombie products);
 * 2. gravity: planned, no live objective, no fresh field evidence;
 * 3. zombie: carried over zombieAt times or more (default 2);
 * 4. ungrounded: planned, live objective, no fresh field evidence;
 * 5. unanchored: planned, fresh field evidence, no live objective;
 * 6. aligned: planned, live objective and fresh field evidence;
 * 7. unplanned: anything else (in no PI, or only in PIs that are neither current nor next).
 * Lists sort by VERDICTS (worst first), where delivered comes after aligned.
 */

export interface VerdictFacts {
  readonly planning: Planning;
  /** The item's status category is Done. */
  readonly done: boolean;
  readonly liveObjectives: number;
  readonly freshFieldEvidence: number;
  readonly carriedOver: number;
  readonly zombieAt: number;
}

export const isPlanned = (planning: Planning): boolean => planning === 'current' || planning === 'next';

export const verdictOf = (f: VerdictFacts): Verdict => {
  if (f.done) return 'delivered';
  const planned = isPlanned(f.planning);
  const strategy = f.liveObjectives > 0;
  const evidence = f.freshFieldEvidence > 0;
  if (planned && !strategy && !evidence) return 'gravity';
  if (f.carriedOver >= f.zombieAt) return 'zombie';
  if (planned && strategy && !evidence) return 'ungrounded';
  if (planned && evidence && !strategy) return 'unanchored';
  if (planned && strategy && evidence) return 'aligned';
  return 'unplanned';
};

export const headlineOf = (verdict: Verdict, f: Pick<VerdictFacts, 'planning' | 'carriedOver'>): string => {
  switch (verdict) {
    case 'gravity':
      return f.planning === 'current' ? 'Only here to fit the current PI' : 'Only here to fit the next PI';
    case 'zombie':
      return `Carried over ${f.carriedOver === 1 ? '1 time' : `${f.carriedOver} times`}`;
    case 'ungrounded':
      return 'Strategy without field evidence';
    case 'unanchored':
      return 'Evidence without a strategic objective';
    case 'aligned':
      return 'All three forces present';
    case 'delivered':
      return 'Delivered: the outcome check comes later';
    case 'unplanned':
      return 'Not in a PI';
  }
};
