import {
  calendarOf,
  piCalendarFor,
  piCalendarFromEntries,
  piCalendarFromSprints,
  piCalendarFromVersions,
} from '../../src/domain/pi-calendar';
import type { SprintRef, VersionRef } from '../../src/domain/model';

const version = (name: string, startDate?: string, releaseDate?: string): VersionRef => ({
  id: name,
  name,
  released: false,
  archived: false,
  ...(startDate === undefined ? {} : { startDate }),
  ...(releaseDate === undefined ? {} : { releaseDate }),
});

const sprint = (id: number, name: string, startDate?: string, endDate?: string): SprintRef => ({
  id,
  name,
  state: 'closed',
  ...(startDate === undefined ? {} : { startDate }),
  ...(endDate === undefined ? {} : { endDate }),
});

const VERSIONS = [
  version('PI 26.3', '2026-10-01', '2026-12-31'),
  version('Release 4.2', '2026-10-01', '2026-11-30'),
  version('PI 26.2', '2026-07-01', '2026-09-30'),
  version('PI 27.1', '2027-01-01', '2027-03-31'),
];

describe('piCalendarFromVersions', () => {
  it('keeps only versions matching the pattern, oldest first', () => {
    const cal = piCalendarFromVersions(VERSIONS, '\\bPI\\b', '2026-11-26');
    expect(cal.pis.map((p) => p.name)).toEqual(['PI 26.2', 'PI 26.3', 'PI 27.1']);
    expect(cal.current?.name).toBe('PI 26.3');
    expect(cal.next?.name).toBe('PI 27.1');
  });

  it('matches the pattern case-insensitively', () => {
    const cal = piCalendarFromVersions([version('pi 26.3', '2026-10-01', '2026-12-31')], '\\bPI\\b', '2026-11-26');
    expect(cal.pis.map((p) => p.name)).toEqual(['pi 26.3']);
  });

  it('treats the first day of a PI as inside it', () => {
    const cal = piCalendarFromVersions(VERSIONS, '\\bPI\\b', '2026-10-01');
    expect(cal.current?.name).toBe('PI 26.3');
    expect(cal.next?.name).toBe('PI 27.1');
  });

  it('treats the last day of a PI as inside it', () => {
    const cal = piCalendarFromVersions(VERSIONS, '\\bPI\\b', '2026-12-31');
    expect(cal.current?.name).toBe('PI 26.3');
    expect(cal.next?.name).toBe('PI 27.1');
  });

  it('has no current PI between PIs, and the next is the first one after today', () => {
    const cal = piCalendarFromVersions(
      [version('PI 1', '2026-01-01', '2026-03-31'), version('PI 2', '2026-05-01', '2026-07-31')],
      '\\bPI\\b',
      '2026-04-15',
    );
    expect(cal.current).toBeNull();
    expect(cal.next?.name).toBe('PI 2');
  });

  it('has no next PI after the last one', () => {
    const cal = piCalendarFromVersions(VERSIONS, '\\bPI\\b', '2027-05-01');
    expect(cal.current).toBeNull();
    expect(cal.next).toBeNull();
  });

  it('starts a version with only a release date the day after the previous PI ends', () => {
    const cal = piCalendarFromVersions(
      [version('PI 27.1', undefined, '2027-03-31'), version('PI 26.3', '2026-10-01', '2026-12-31')],
      '\\bPI\\b',
      '2027-01-01',
    );
    expect(cal.pis).toEqual([
      { name: 'PI 26.3', startDate: '2026-10-01', endDate: '2026-12-31' },
      { name: 'PI 27.1', startDate: '2027-01-01', endDate: '2027-03-31' },
    ]);
    expect(cal.current?.name).toBe('PI 27.1');
  });

  it('chains several versions with only release dates', () => {
    const cal = piCalendarFromVersions(
      [version('PI 3', undefined, '2026-09-30'), version('PI 2', undefined, '2026-06-30'), version('PI 1', '2026-01-01', '2026-03-31')],
      '\\bPI\\b',
      '2026-05-01',
    );
    expect(cal.pis.map((p) => [p.name, p.startDate, p.endDate])).toEqual([
      ['PI 1', '2026-01-01', '2026-03-31'],
      ['PI 2', '2026-04-01', '2026-06-30'],
      ['PI 3', '2026-07-01', '2026-09-30'],
    ]);
  });

  it('leaves out versions it cannot date', () => {
    const cal = piCalendarFromVersions(
      [version('PI 0', undefined, '2025-12-31'), version('PI 9'), version('PI 1', '2026-01-01', '2026-03-31'), version('PI X', '2026-05-01', '2026-04-01')],
      '\\bPI\\b',
      '2026-02-01',
    );
    expect(cal.pis.map((p) => p.name)).toEqual(['PI 1']);
  });

  it('merges versions named alike into one PI spanning all of them', () => {
    const cal = piCalendarFromVersions(
      [version('PI 26.3', '2026-10-05', '2026-12-20'), version('PI 26.3', '2026-10-01', '2026-12-31')],
      '\\bPI\\b',
      '2026-10-02',
    );
    expect(cal.pis).toEqual([{ name: 'PI 26.3', startDate: '2026-10-01', endDate: '2026-12-31' }]);
    expect(cal.current?.name).toBe('PI 26.3');
  });

  it('has no PIs for an empty list', () => {
    expect(piCalendarFromVersions([], '\\bPI\\b', '2026-11-26')).toEqual({ pis: [], current: null, next: null });
  });
});

describe('piCalendarFromSprints', () => {
  const sprints = [
    sprint(3, 'PI 26.3 - Sprint 2', '2026-10-15T08:00:00.000+1000', '2026-10-28T17:00:00.000+1000'),
    sprint(1, 'PI 26.3 - Sprint 1', '2026-10-01T08:00:00.000+1000', '2026-10-14T17:00:00.000+1000'),
    sprint(4, 'PI 27.1 - Sprint 1', '2027-01-04T08:00:00.000Z', '2027-01-15T17:00:00.000Z'),
    sprint(5, 'Hardening', '2026-10-29T08:00:00.000Z', '2026-11-05T17:00:00.000Z'),
    sprint(6, 'PI 27.1 - Sprint 2'),
  ];

  it('names PIs by the first capture group and spans first start to last end', () => {
    const cal = piCalendarFromSprints(sprints, '^(PI\\s*\\d+\\.\\d+)', '2026-10-20');
    expect(cal.pis).toEqual([
      { name: 'PI 26.3', startDate: '2026-10-01', endDate: '2026-10-28' },
      { name: 'PI 27.1', startDate: '2027-01-04', endDate: '2027-01-15' },
    ]);
    expect(cal.current?.name).toBe('PI 26.3');
    expect(cal.next?.name).toBe('PI 27.1');
  });

  it('uses the whole match when the pattern has no group', () => {
    const cal = piCalendarFromSprints(sprints, 'PI\\s*\\d+\\.\\d+', '2026-10-20');
    expect(cal.pis.map((p) => p.name)).toEqual(['PI 26.3', 'PI 27.1']);
  });

  it('leaves out a PI with no dated sprint', () => {
    const cal = piCalendarFromSprints([sprint(6, 'PI 27.1 - Sprint 2')], '^(PI\\s*\\d+\\.\\d+)', '2026-10-20');
    expect(cal.pis).toEqual([]);
  });
});

describe('piCalendarFromEntries and piCalendarFor', () => {
  const entries = [
    { name: '26.3', startDate: '2026-10-01', endDate: '2026-12-31' },
    { name: '26.2', startDate: '2026-07-01', endDate: '2026-09-30' },
  ];

  it('sorts the typed calendar and resolves current and next', () => {
    const cal = piCalendarFromEntries(entries, '2026-09-30');
    expect(cal.pis.map((p) => p.name)).toEqual(['26.2', '26.3']);
    expect(cal.current?.name).toBe('26.2');
    expect(cal.next?.name).toBe('26.3');
  });

  it('picks the calendar of the configured source', () => {
    expect(piCalendarFor({ source: 'labelPrefix', prefix: 'PI-', calendar: entries }, { versions: [], sprints: [] }, '2026-11-01').current?.name).toBe('26.3');
    expect(
      piCalendarFor({ source: 'fixVersion', namePattern: '\\bPI\\b' }, { versions: VERSIONS, sprints: [] }, '2026-11-01').current?.name,
    ).toBe('PI 26.3');
  });

  it('takes the most recently started PI as current when PIs overlap', () => {
    const cal = calendarOf(
      [
        { name: 'A', startDate: '2026-01-01', endDate: '2026-06-30' },
        { name: 'B', startDate: '2026-03-01', endDate: '2026-04-30' },
      ],
      '2026-03-15',
    );
    expect(cal.current?.name).toBe('B');
  });
});
