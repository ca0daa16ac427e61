import * as domain from '../../src/domain';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { TODAY, workItem } from './builders';

describe('src/domain/index', () => {
  it('exposes the core for the hosts', () => {
    const calendar = domain.piCalendarFromVersions([{ id: '1', name: 'PI 27.1', startDate: '2027-01-01', releaseDate: '2027-03-31', released: false, archived: false }], '\\bPI\\b', TODAY);
    const a = domain.scoreWorkItem(workItem({ fixVersions: ['PI 27.1'] }), calendar, DEFAULT_SETTINGS, TODAY);
    expect(a.verdict).toBe('gravity');
    expect(domain.summariseScope([a], calendar.next, 'next').headline).toBe('1 of 1 item in PI 27.1 only fits the next PI');
    expect(domain.deliveryOnlyCeiling(DEFAULT_SETTINGS.weights)).toBe(10);
    expect(domain.VERDICTS[0]).toBe('gravity');
  });
});
