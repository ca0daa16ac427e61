import type { SiteFieldRef } from '../../src/jira/client';
import { ORIGINAL_ESTIMATE, capacityFieldFor, sizeOf } from '../../src/jira/map-size';
import type { CapacityField } from '../../src/shared/capacity';

const numberField = (id: string, name: string): SiteFieldRef => ({ id, name, custom: true, type: 'number' });
const STORY_POINTS = numberField('customfield_10016', 'Story Points');
const ESTIMATE = numberField('customfield_10026', 'Story point estimate');
const TEXT_POINTS: SiteFieldRef = { id: 'customfield_10099', name: 'Story Points', custom: true, type: 'string' };
const SYSTEM_POINTS: SiteFieldRef = { id: 'storypoints', name: 'Story Points', custom: false, type: 'number' };

describe('capacityFieldFor', () => {
  it('auto finds "Story Points" first, then "Story point estimate", among number custom fields (names compared trimmed, any case)', () => {
    expect(capacityFieldFor('auto', [ESTIMATE, STORY_POINTS])).toEqual({ ok: true, field: { id: 'customfield_10016', name: 'Story Points', unit: 'points' } });
    expect(capacityFieldFor('auto', [ESTIMATE])).toEqual({ ok: true, field: { id: 'customfield_10026', name: 'Story point estimate', unit: 'points' } });
    expect(capacityFieldFor('auto', [numberField('customfield_1', '  story POINTS ')])).toMatchObject({ ok: true, field: { id: 'customfield_1' } });
  });

  it('auto does not take a text field, nor a system field, of that name', () => {
    expect(capacityFieldFor('auto', [TEXT_POINTS])).toEqual({ ok: true, field: null });
    expect(capacityFieldFor('auto', [SYSTEM_POINTS])).toEqual({ ok: true, field: null });
    expect(capacityFieldFor('auto', [TEXT_POINTS, ESTIMATE])).toMatchObject({ field: { id: 'customfield_10026' } });
  });

  it('auto with neither field counts items, without a warning', () => {
    expect(capacityFieldFor('auto', [])).toEqual({ ok: true, field: null });
  });

  it('none counts items; timeoriginalestimate is the original estimate, in hours', () => {
    expect(capacityFieldFor('none', [STORY_POINTS])).toEqual({ ok: true, field: null });
    expect(capacityFieldFor('timeoriginalestimate', [])).toEqual({ ok: true, field: ORIGINAL_ESTIMATE });
    expect(ORIGINAL_ESTIMATE.unit).toBe('hours');
  });

  it('a named custom field: taken when it is a number field, else a warning and items counted', () => {
    expect(capacityFieldFor('customfield_10026', [STORY_POINTS, ESTIMATE])).toEqual({ ok: true, field: { id: 'customfield_10026', name: 'Story point estimate', unit: 'points' } });
    const missing = capacityFieldFor('customfield_404', [STORY_POINTS]);
    expect(missing).toEqual({ ok: false, field: null, warning: 'The capacity field customfield_404 is not on this site or you cannot see it: items are counted instead of sized.' });
    const text = capacityFieldFor('customfield_10099', [TEXT_POINTS]);
    expect(text).toEqual({ ok: false, field: null, warning: 'The capacity field customfield_10099 (Story Points) is not a number field: items are counted instead of sized.' });
  });
});

describe('sizeOf', () => {
  const POINTS: CapacityField = { id: 'customfield_10016', name: 'Story Points', unit: 'points' };

  it.each<[string, unknown, number | null]>([
    ['a whole number', 8, 8],
    ['a fraction', 0.5, 0.5],
    ['zero', 0, 0],
    ['no value', undefined, null],
    ['null', null, null],
    ['a negative number', -3, null],
    ['text', '8', null],
    ['NaN', Number.NaN, null],
    ['Infinity', Number.POSITIVE_INFINITY, null],
  ])('story points: %s → %p', (_, value, expected) => {
    expect(sizeOf({ customfield_10016: value }, POINTS)).toBe(expected);
  });

  it('original estimates come in seconds and are shown in hours, to one decimal', () => {
    expect(sizeOf({ timeoriginalestimate: 28_800 }, ORIGINAL_ESTIMATE)).toBe(8);
    expect(sizeOf({ timeoriginalestimate: 5_400 }, ORIGINAL_ESTIMATE)).toBe(1.5);
    expect(sizeOf({ timeoriginalestimate: 1_000 }, ORIGINAL_ESTIMATE)).toBe(0.3);
    expect(sizeOf({ timeoriginalestimate: -60 }, ORIGINAL_ESTIMATE)).toBeNull();
  });

  it('no capacity field: no size, whatever the fields hold', () => {
    expect(sizeOf({ customfield_10016: 8 }, null)).toBeNull();
  });
});
