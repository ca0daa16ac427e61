import type { Planning, Verdict } from './model';

/**
 * The verdict, checked in this order (planned = in the current or next PI):
 * 1. gravity: planned, no live objective, no fresh field evidence;
 * 2. zombie: carried over zombieAt times or more (default 2);
 * 3. ungrounded: planned, live objective, no fresh field evidence;
 * 4. unanchored: planned, fresh field evidence, no live objective;
 * 5. aligned: planned, live objective and fresh field evidence;
 * 6. unplanned: anything else (in no PI, or only in PIs that are neither current nor next).
 */

export interface VerdictFacts {
  readonly planning: Planning;
  readonly liveObjectives: number;
  readonly freshFieldEvidence: number;
  readonly carriedOver: number;
  readonly zombieAt: number;
}

export const isPlanned = (planning: Planning): boolean => planning === 'current' || planning === 'next';

export const verdictOf = (f: VerdictFacts): Verdict => {
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
    case 'unplanned':
      return 'Not in a PI';
  }
};
