import { calendarOf, piCalendarFromSprints, piCalendarFromVersions, type SprintRef, type VersionRef } from '../../src/domain';
import { undatableSprints, undatableVersions } from '../../src/domain/undatable-pis';

const TODAY = '2026-11-26';
const version = (name: string, dates: { startDate?: string; releaseDate?: string } = {}): VersionRef => ({ id: name, name, released: false, archived: false, ...dates });
const sprint = (id: number, name: string, dates: { startDate?: string; endDate?: string } = {}): SprintRef => ({ id, name, state: 'future', ...dates });

describe('undatableVersions: what the pattern matches but the calendar leaves out', () => {
  const versions = [
    version('PI 26.4', { startDate: '2026-10-12', releaseDate: '2027-01-03' }),
    version('PI 27.1', { releaseDate: '2027-03-28' }),
    version('PI 27.2'),
    version('PI 25.1', { releaseDate: '2025-03-01' }),
    version('PI 27.3', { startDate: '2027-08-01', releaseDate: '2027-07-01' }),
    version('Release 5.2'),
  ];
  const calendar = piCalendarFromVersions(versions, '\\bPI\\b', TODAY);

  it('names each matching version the calendar cannot date, with the reason, and only those', () => {
    expect(calendar.pis.map((p) => p.name)).toEqual(['PI 26.4', 'PI 27.1']);
    expect(undatableVersions(versions, '\\bPI\\b', calendar)).toEqual([
      { kind: 'version', name: 'PI 27.2', reason: 'it has no release date' },
      { kind: 'version', name: 'PI 25.1', reason: 'it has a release date but no start date, and no earlier PI ends before it to start from' },
      { kind: 'version', name: 'PI 27.3', reason: 'its start date 2027-08-01 is after its release date 2027-07-01' },
    ]);
  });

  it('follows the pattern: another pattern matches other versions', () => {
    const releases = piCalendarFromVersions(versions, '^Release', TODAY);
    expect(undatableVersions(versions, '^Release', releases)).toEqual([{ kind: 'version', name: 'Release 5.2', reason: 'it has no release date' }]);
  });

  it('answers nothing for a pattern the engine refuses', () => {
    expect(undatableVersions(versions, '(?<=x)', calendarOf([], TODAY))).toEqual([]);
  });
});

describe('undatableSprints', () => {
  it('names the sprints of a PI no sprint dates, and not the undated sprints of a dated PI', () => {
    const sprints = [
      sprint(1, 'PI 26.4 - Sprint 1', { startDate: '2026-10-12T00:00:00.000Z', endDate: '2026-10-25T00:00:00.000Z' }),
      sprint(2, 'PI 26.4 - Sprint 2'),
      sprint(3, 'PI 27.1 - Sprint 1', { startDate: '2027-01-04T00:00:00.000Z' }),
      sprint(4, 'Team sync'),
    ];
    const calendar = piCalendarFromSprints(sprints, '^(PI\\s*\\d+\\.\\d+)', TODAY);
    expect(undatableSprints(sprints, '^(PI\\s*\\d+\\.\\d+)', calendar)).toEqual([{ kind: 'sprint', name: 'PI 27.1 - Sprint 1', reason: 'it has no end date, and no sprint of PI 27.1 has both dates' }]);
  });
});
