import type { Settings } from '../shared/settings';
import type { ObjectiveCandidate, ObjectiveView } from './model';
import { compareText, normaliseName } from './text';

/**
 * Strategic objectives: which candidates the adapter found count, and which are live.
 *
 * A candidate counts when its issue type is one of settings.objectives.issueTypes
 * (case-insensitive) and the way it was reached is switched on:
 * - via link: any link type, or only the listed ones when linkTypes is not empty;
 * - via parent: only when viaParent is on, up to 3 levels up;
 * - via field: only when a fieldId is set.
 * An objective reached several ways counts once (the link is shown first, then the
 * nearest parent, then the field). Objectives are listed by key.
 */

export const MAX_PARENT_DEPTH = 3;

/** Live: not Done, and its target date, if any, is today or later. */
export const isLive = (objective: ObjectiveCandidate, today: string): boolean =>
  objective.statusCategory !== 'done' && (objective.targetDate === null || objective.targetDate >= today);

const viaRank = { link: 0, parent: 1, field: 2 } as const;

/** Which of two ways to reach the same objective is shown: deterministic whatever the input order. */
const preferred = (a: ObjectiveCandidate, b: ObjectiveCandidate): ObjectiveCandidate => {
  const r = viaRank[a.via] - viaRank[b.via];
  if (r !== 0) return r < 0 ? a : b;
  const d = (a.depth ?? 0) - (b.depth ?? 0);
  if (d !== 0) return d < 0 ? a : b;
  return compareText(a.linkType ?? '', b.linkType ?? '') <= 0 ? a : b;
};

/** Sets of normalised names, per settings list (lists are never changed in place): checked for every candidate. */
const nameSets = new WeakMap<readonly string[], ReadonlySet<string>>();

const normalisedSetOf = (names: readonly string[]): ReadonlySet<string> => {
  const known = nameSets.get(names);
  if (known !== undefined) return known;
  const set = new Set(names.map(normaliseName));
  nameSets.set(names, set);
  return set;
};

export const countsAsObjective = (candidate: ObjectiveCandidate, rules: Settings['objectives']): boolean => {
  const types = normalisedSetOf(rules.issueTypes);
  if (!types.has(normaliseName(candidate.issueType))) return false;
  switch (candidate.via) {
    case 'link': {
      if (rules.linkTypes.length === 0) return true;
      const linkTypes = normalisedSetOf(rules.linkTypes);
      return candidate.linkType !== undefined && linkTypes.has(normaliseName(candidate.linkType));
    }
    case 'parent':
      return rules.viaParent && (candidate.depth ?? 1) <= MAX_PARENT_DEPTH;
    case 'field':
      return rules.fieldId !== null;
  }
};

export const objectiveViews = (
  candidates: readonly ObjectiveCandidate[],
  rules: Settings['objectives'],
  today: string,
): ObjectiveView[] => {
  const byKey = new Map<string, ObjectiveCandidate>();
  for (const c of candidates) {
    if (!countsAsObjective(c, rules)) continue;
    const seen = byKey.get(c.key);
    byKey.set(c.key, seen === undefined ? c : preferred(seen, c));
  }
  return [...byKey.values()].sort((a, b) => compareText(a.key, b.key)).map((o): ObjectiveView => Object.assign({}, o, { live: isLive(o, today) }));
};
