import { piNamesOf } from '../../src/domain/pi-names';
import { calendarOf } from '../../src/domain/pi-calendar';
import { calendar, workItem } from './builders';

describe('piNamesOf', () => {
  it('fixVersion: the version names matching the pattern', () => {
    const item = workItem({ fixVersions: ['PI 26.3', 'Release 4.2', 'pi 27.1'] });
    expect(piNamesOf(item, { source: 'fixVersion', namePattern: '\\bPI\\b' })).toEqual(['PI 26.3', 'pi 27.1']);
  });

  it('uses the calendar spelling when a calendar is given', () => {
    const item = workItem({ fixVersions: ['pi 27.1 '] });
    expect(piNamesOf(item, { source: 'fixVersion', namePattern: '\\bPI\\b' }, calendar())).toEqual(['PI 27.1']);
  });

  it('sprint: sprint names mapped through the pattern, each PI once', () => {
    const item = workItem({
      sprints: [
        { id: 1, name: 'PI 26.3 - Sprint 1', state: 'closed' },
        { id: 2, name: 'PI 26.3 - Sprint 2', state: 'active' },
        { id: 3, name: 'Hardening', state: 'future' },
      ],
    });
    expect(piNamesOf(item, { source: 'sprint', namePattern: '^(PI\\s*\\d+\\.\\d+)', sprintFieldId: 'customfield_10020' })).toEqual(['PI 26.3']);
  });

  it('labelPrefix: the label without the prefix names the calendar entry', () => {
    const entries = [{ name: '26.3', startDate: '2026-10-01', endDate: '2026-12-31' }];
    const item = workItem({ labels: ['PI-26.3', 'pi-27.1', 'backend', 'PI-'] });
    const names = piNamesOf(item, { source: 'labelPrefix', prefix: 'PI-', calendar: entries }, calendarOf(entries, '2026-11-26'));
    expect(names).toEqual(['26.3', '27.1']);
  });

  it('customField: the trimmed field values', () => {
    const entries = [{ name: 'PI 26.3', startDate: '2026-10-01', endDate: '2026-12-31' }];
    const item = workItem({ piFieldValues: [' PI 26.3 ', ''] });
    expect(piNamesOf(item, { source: 'customField', fieldId: 'customfield_10050', calendar: entries })).toEqual(['PI 26.3']);
  });
});
