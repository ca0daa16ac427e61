import type { Capacity, CapacityField } from '../../src/shared/capacity';
import type { Candidate } from '../../src/shared/candidates';
import {
  candidatePlaceWords,
  capacityTotalWords,
  compactList,
  panelSizeWords,
  sizeSortKey,
  sizeWords,
  swapOptionsByKey,
  swapWords,
  unsizedHint,
  verdictCapacity,
} from '../../static/common/report/capacity-words';

/** The words the report views show for capacity, sizes, candidates and swaps (static/common/report/capacity-words.ts). */

const STORY_POINTS: CapacityField = { id: 'customfield_10016', name: 'Story point estimate', unit: 'points' };
const zero = { gravity: 0, zombie: 0, ungrounded: 0, unanchored: 0, aligned: 0, delivered: 0, unplanned: 0 };

const points: Capacity = {
  unit: 'points',
  field: STORY_POINTS,
  total: 86,
  byVerdict: { ...zero, gravity: 21, aligned: 52, zombie: 13 },
  unsized: [{ key: 'CLIN-12', summary: 'Unsized one' }],
};
const counted: Capacity = { unit: 'items', field: null, total: 8, byVerdict: { ...zero, gravity: 3, aligned: 5 }, unsized: [] };

const candidate = (key: string, size: number | null, plannedIn: string | null = null): Candidate => ({
  key,
  summary: `Summary of ${key}`,
  score: 90,
  size,
  objectives: ['OBJ-1'],
  freshEvidence: 2,
  plannedIn,
});

describe('capacity words', () => {
  it('says the total in the unit', () => {
    expect(capacityTotalWords(points)).toBe('86 points');
    expect(capacityTotalWords(counted)).toBe('8 items');
    expect(capacityTotalWords({ unit: 'hours', total: 12.5 })).toBe('12.5 hours');
  });

  it('gives each verdict its points and share when sized, nothing extra when items are counted', () => {
    expect(verdictCapacity(points, 'gravity')).toEqual({ size: 21, share: 24, words: '21 points, 24%' });
    expect(verdictCapacity(points, 'unplanned')).toEqual({ size: 0, share: 0, words: '0 points, 0%' });
    expect(verdictCapacity(counted, 'gravity')).toBeNull();
    // Every item unsized: a total of 0 has no share, and none is made up.
    expect(verdictCapacity({ ...points, total: 0, byVerdict: zero }, 'gravity')).toEqual({ size: 0, share: null, words: '0 points' });
  });

  it('names the field to set on unsized items', () => {
    expect(unsizedHint(STORY_POINTS, 1)).toBe('They are left out of the total, not guessed: set Story point estimate on it to count it.');
    expect(unsizedHint(STORY_POINTS, 3)).toContain('set Story point estimate on them to count them.');
    expect(unsizedHint(null, 2)).toBe('They are left out of the total, not guessed.');
  });

  it('says where a candidate waits', () => {
    expect(candidatePlaceWords(null)).toBe('in no PI');
    expect(candidatePlaceWords('PI 27.2')).toBe('planned in PI 27.2');
  });

  it('shows a size, never one for an unsized item or a count', () => {
    expect(sizeWords(8, 'points')).toBe('8 points');
    expect(sizeWords(null, 'points')).toBeNull();
    expect(sizeWords(1, 'items')).toBeNull();
  });

  it('sorts unsized items below every size', () => {
    const sizes = [3, null, 0, 13];
    expect([...sizes].sort((a, b) => sizeSortKey(b) - sizeSortKey(a))).toEqual([13, 3, 0, null]);
  });

  it('keeps the first few of a list and counts the rest', () => {
    expect(compactList([1, 2, 3, 4, 5, 6, 7], 5)).toEqual({ shown: [1, 2, 3, 4, 5], more: 2 });
    expect(compactList([1, 2], 5)).toEqual({ shown: [1, 2], more: 0 });
    expect(compactList([1, 2], 0)).toEqual({ shown: [], more: 2 });
  });
});

describe('swap options', () => {
  const candidates = [candidate('CLIN-31', 8), candidate('CLIN-33', null, 'PI 27.2'), candidate('CLIN-35', 5)];

  it('pairs each gravity item with its candidates in the server order, with their sizes', () => {
    const swaps = swapOptionsByKey({
      capacity: points,
      candidates,
      swaps: [
        { key: 'CLIN-7', candidates: ['CLIN-35', 'CLIN-31'] },
        { key: 'CLIN-8', candidates: [] },
      ],
    });
    expect([...swaps.keys()]).toEqual(['CLIN-7']);
    expect(swaps.get('CLIN-7')).toEqual([
      { key: 'CLIN-35', size: '5 points' },
      { key: 'CLIN-31', size: '8 points' },
    ]);
    expect(swapWords(swaps.get('CLIN-7') ?? [])).toBe('Could swap for CLIN-35 (5 points) or CLIN-31 (8 points)');
  });

  it('offers a swap whose candidate the list left out, without a size rather than a guessed one', () => {
    const swaps = swapOptionsByKey({ capacity: points, candidates, swaps: [{ key: 'CLIN-7', candidates: ['CLIN-99', 'CLIN-33'] }] });
    expect(swaps.get('CLIN-7')).toEqual([
      { key: 'CLIN-99', size: null },
      { key: 'CLIN-33', size: null },
    ]);
    expect(swapWords(swaps.get('CLIN-7') ?? [])).toBe('Could swap for CLIN-99 or CLIN-33');
  });

  it('has none for a report without candidates (a past PI)', () => {
    expect(swapOptionsByKey({ capacity: points }).size).toBe(0);
  });
});

describe('the issue panel size', () => {
  it('shows the size in the field unit, Unsized with the field to set, nothing when items are counted', () => {
    expect(panelSizeWords(8, STORY_POINTS)).toEqual({ label: '8 points', hint: null });
    expect(panelSizeWords(1, { id: 'timeoriginalestimate', name: 'Original estimate', unit: 'hours' })).toEqual({ label: '1 hour', hint: null });
    expect(panelSizeWords(null, STORY_POINTS)).toEqual({ label: 'Unsized', hint: "set Story point estimate to count it in its PI's capacity" });
    expect(panelSizeWords(null, null)).toBeNull();
    expect(panelSizeWords(5, null)).toBeNull();
  });
});
