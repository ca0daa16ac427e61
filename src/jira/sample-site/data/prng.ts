import { seededRandom } from '../../retry-policy';

/** mulberry32: the same small seeded PRNG the client's jitter uses (deterministic across platforms). */
export const mulberry32 = seededRandom;

/** A seed for item `index` derived from a site seed (so lazily generated parts do not depend on order). */
export const itemSeed = (seed: number, index: number): number => (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(index + 1, 0xc2b2ae35)) >>> 0;

export const pick = <T>(rng: () => number, list: readonly T[]): T => {
  const item = list[Math.floor(rng() * list.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
};
