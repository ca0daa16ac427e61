import type { SettingsCheck } from '../../src/shared/payloads';
import { checkSummary, shortDate } from '../../static/settings/src/check-summary';

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
