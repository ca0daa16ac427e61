import type { Capacity, CapacityField } from '../shared/capacity';
import { VERDICTS, type Assessment, type Verdict } from './model';

/**
 * A set of assessments' capacity: sizes summed per verdict (the values add up
 * to the total), items without a size named, never guessed. Without a
 * capacity field, items are counted: each item is 1 and none is unsized.
 */
export const capacityOf = (items: readonly Pick<Assessment, 'key' | 'summary' | 'verdict' | 'size'>[], field: CapacityField | null): Capacity => {
  const byVerdict = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  const unsized: { key: string; summary: string }[] = [];
  let total = 0;
  for (const item of items) {
    const size = field === null ? 1 : item.size;
    if (size === null) {
      unsized.push({ key: item.key, summary: item.summary });
      continue;
    }
    byVerdict[item.verdict] += size;
    total += size;
  }
  // Sums of hours to one decimal place stay at one decimal place (0.1 + 0.2 is 0.3, not 0.30000000000000004).
  const tidy = (n: number) => Math.round(n * 1000) / 1000;
  let sum = 0;
  for (const v of VERDICTS) {
    byVerdict[v] = tidy(byVerdict[v]);
    sum += byVerdict[v];
  }
  return { unit: field === null ? 'items' : field.unit, field, total: total === 0 ? 0 : tidy(sum), byVerdict, unsized };
};
