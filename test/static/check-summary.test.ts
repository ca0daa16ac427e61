import type { SettingsCheck } from '../../src/shared/payloads';
import { capacityWords, checkSummary, shortDate } from '../../static/settings/src/check-summary';

const CHECK: SettingsCheck = {
  today: '2026-11-26',
  pis: [
    { name: 'PI 26.4', startDate: '2026-10-12', endDate: '2027-01-03' },
    { name: 'PI 27.1', startDate: '2027-01-04', endDate: '2027-03-28' },
  ],
  current: { name: 'PI 26.4', startDate: '2026-10-12', endDate: '2027-01-03' },
  next: { name: 'PI 27.1', startDate: '2027-01-04', endDate: '2027-03-28' },
  workItems: { current: 12, next: 9 },
  objectives: { found: 6, live: 5 },
  undatable: [
    { kind: 'version', name: 'Release 5.2', reason: 'it has no release date' },
    { kind: 'version', name: 'PI 27.2', reason: 'it has no release date' },
  ],
  notes: [],
  capacity: { field: { id: 'customfield_10016', name: 'Story Points', unit: 'points' }, sized: 19, unsized: 2, warning: null },
};

describe('checkSummary', () => {
  it('says the calendar, the counts and what cannot be dated, in one sentence', () => {
    expect(checkSummary(CHECK)).toBe(
      'With these settings: PI 26.4 is current (12 Oct – 3 Jan 2027), PI 27.1 is next (4 Jan 2027 – 28 Mar 2027); 21 work items in them; 6 objectives found (5 live); 2 versions match the pattern but cannot be dated: Release 5.2 (it has no release date), PI 27.2 (it has no release date).',
    );
  });

  it('says when the pattern finds no PI', () => {
    expect(checkSummary({ ...CHECK, pis: [], current: null, next: null, workItems: { current: null, next: null }, undatable: [] })).toBe('With these settings: no PI can be found.');
  });

  it('speaks of one PI and one sprint in the singular', () => {
    const one = checkSummary({ ...CHECK, next: null, workItems: { current: 1, next: null }, objectives: { found: 1, live: 0 }, undatable: [{ kind: 'sprint', name: 'PI 27.2 - Sprint 1', reason: 'it has no start date' }] });
    expect(one).toBe('With these settings: PI 26.4 is current (12 Oct – 3 Jan 2027), no PI is next; 1 work item in it; 1 objective found (0 live); 1 sprint matches the pattern but cannot be dated: PI 27.2 - Sprint 1 (it has no start date).');
  });

  it('writes dates as day and month, with the year only when it is not this year', () => {
    expect(shortDate('2026-03-01', '2026-11-26')).toBe('1 Mar');
    expect(shortDate('2027-12-31', '2026-11-26')).toBe('31 Dec 2027');
  });
});

describe('capacityWords', () => {
  const STORY_POINTS = { id: 'customfield_10016', name: 'Story Points', unit: 'points' } as const;
  const withCapacity = (capacity: SettingsCheck['capacity']): SettingsCheck => ({ ...CHECK, capacity });

  it('names the field that sizes the items and counts the sized and unsized ones', () => {
    expect(capacityWords(withCapacity({ field: STORY_POINTS, sized: 18, unsized: 3, warning: null }), 'customfield_10016')).toEqual({
      text: 'Sized by Story Points (customfield_10016): 18 of 21 items; 3 unsized.',
      warning: false,
    });
    expect(capacityWords(withCapacity({ field: STORY_POINTS, sized: 21, unsized: 0, warning: null }), 'auto').text).toBe('Sized by Story Points (customfield_10016, found automatically): 21 of 21 items.');
    expect(capacityWords(withCapacity({ field: STORY_POINTS, sized: 1, unsized: 0, warning: null }), 'auto').text).toBe('Sized by Story Points (customfield_10016, found automatically): 1 of 1 item.');
  });

  it('says hours for the original estimate, and when there is nothing to size yet', () => {
    const estimate = { id: 'timeoriginalestimate', name: 'Original estimate', unit: 'hours' } as const;
    expect(capacityWords(withCapacity({ field: estimate, sized: 4, unsized: 5, warning: null }), 'timeoriginalestimate').text).toBe('Sized by Original estimate (timeoriginalestimate, in hours): 4 of 9 items; 5 unsized.');
    expect(capacityWords(withCapacity({ field: STORY_POINTS, sized: 0, unsized: 0, warning: null }), 'customfield_10016').text).toBe(
      'Sized by Story Points (customfield_10016); the current and next PI have no work items to size yet.',
    );
  });

  it('shows the check’s warning when the field cannot be used', () => {
    const warning = 'The capacity field customfield_10060 (Program Increment) is not a number field: items are counted instead of sized.';
    expect(capacityWords(withCapacity({ field: null, sized: 0, unsized: 0, warning }), 'customfield_10060')).toEqual({ text: warning, warning: true });
  });

  it('says items are counted: on purpose without a warning, for want of a story points field with one', () => {
    expect(capacityWords(withCapacity({ field: null, sized: 0, unsized: 0, warning: null }), 'none')).toEqual({ text: 'Items are counted, not sized.', warning: false });
    const auto = capacityWords(withCapacity({ field: null, sized: 0, unsized: 0, warning: null }), 'auto');
    expect(auto.warning).toBe(true);
    expect(auto.text).toMatch(/^No story points field was found on this site .*“Story Points” or “Story point estimate”.*items are counted/);
  });
});
