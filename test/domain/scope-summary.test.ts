import { compareWorstFirst, noPiHeadline, summariseScope, type PiAbsence } from '../../src/domain/scope-summary';
import { scoreWorkItem } from '../../src/domain/score-work-item';
import type { Assessment } from '../../src/domain/model';
import { PI_26_2, PI_26_3, PI_27_1, TODAY, calendar, evidence, objective, settings, workItem } from './builders';

const cal = calendar();
const assess = (key: string, overrides: Parameters<typeof workItem>[0] = {}): Assessment =>
  scoreWorkItem(workItem({ key, ...overrides }), cal, settings(), TODAY);

const gravity = (key: string) => assess(key, { fixVersions: ['PI 27.1'] });
const aligned = (key: string) =>
  assess(key, {
    fixVersions: ['PI 27.1'],
    objectiveCandidates: [objective()],
    evidence: [evidence({ source: { name: 'A' } }), evidence({ source: { name: 'B' } }), evidence({ source: { name: 'C' } })],
  });
const ungrounded = (key: string) => assess(key, { fixVersions: ['PI 27.1'], objectiveCandidates: [objective()] });
const unplanned = (key: string) => assess(key, { evidence: [evidence()] });
const delivered = (key: string) => assess(key, { fixVersions: ['PI 27.1'], status: 'Done', statusCategory: 'done' });

describe('compareWorstFirst', () => {
  it('orders by verdict, then score ascending, then key in human order', () => {
    const items = [
      unplanned('CLIN-1'),
      delivered('CLIN-5'),
      aligned('CLIN-2'),
      gravity('CLIN-10'),
      ungrounded('CLIN-3'),
      gravity('CLIN-9'),
      assess('CLIN-4', { fixVersions: ['PI 27.1'], objectiveCandidates: [objective()], evidence: [evidence()] }),
    ];
    expect([...items].sort(compareWorstFirst).map((a) => [a.key, a.verdict])).toEqual([
      ['CLIN-9', 'gravity'],
      ['CLIN-10', 'gravity'],
      ['CLIN-3', 'ungrounded'],
      ['CLIN-4', 'aligned'],
      ['CLIN-2', 'aligned'],
      ['CLIN-5', 'delivered'],
      ['CLIN-1', 'unplanned'],
    ]);
  });
});

describe('summariseScope', () => {
  const items = [aligned('CLIN-1'), gravity('CLIN-2'), gravity('CLIN-3'), ungrounded('CLIN-4'), unplanned('CLIN-5')];

  it('counts verdicts and the balance of forces, worst first', () => {
    const s = summariseScope(items, PI_27_1, 'next');
    expect(s.total).toBe(5);
    expect(s.counts).toEqual({ gravity: 2, zombie: 0, ungrounded: 1, unanchored: 0, aligned: 1, delivered: 0, unplanned: 1 });
    expect(s.balance).toEqual({ strategy: 2, evidence: 2, delivery: 4 });
    expect(s.items.map((a) => a.key)).toEqual(['CLIN-2', 'CLIN-3', 'CLIN-4', 'CLIN-1', 'CLIN-5']);
  });

  it('a Done item in the PI counts as delivered and in the total, not as only fitting the PI', () => {
    const s = summariseScope([gravity('CLIN-1'), delivered('CLIN-2')], PI_27_1, 'next');
    expect(s.counts).toMatchObject({ gravity: 1, delivered: 1 });
    expect(s.balance.delivery).toBe(2);
    expect(s.headline).toBe('1 of 2 items in PI 27.1 only fits the next PI');
    expect(s.items.map((a) => a.verdict)).toEqual(['gravity', 'delivered']);
  });

  it('headline for the next PI', () => {
    expect(summariseScope(items, PI_27_1, 'next').headline).toBe('2 of 5 items in PI 27.1 only fit the next PI');
  });

  it('headline for the current PI, and one gravity item', () => {
    expect(summariseScope([gravity('CLIN-1'), aligned('CLIN-2')], PI_26_3, 'current').headline).toBe('1 of 2 items in PI 26.3 only fits the current PI');
  });

  it('headline for a PI chosen by name, and a PI named without "PI"', () => {
    expect(summariseScope(items, { name: '26.3', startDate: '2026-10-01', endDate: '2026-12-31' }, 'named').headline).toBe('2 of 5 items in PI 26.3 only fit the PI');
  });

  it('headline with no items', () => {
    const s = summariseScope([], PI_26_3, 'current');
    expect(s.headline).toBe('No work items in PI 26.3');
    expect(s.counts.gravity).toBe(0);
    expect(s.balance).toEqual({ strategy: 0, evidence: 0, delivery: 0 });
  });

  it('headline without a PI', () => {
    expect(summariseScope(items, null, 'next').headline).toBe('2 of 5 items only fit the next PI');
  });
});

describe('the headline of a scope without its PI names the PI and why', () => {
  const fixVersions = { source: 'fixVersion', namePattern: '\\bPI\\b' } as const;
  const absence = (overrides: Partial<PiAbsence> = {}): PiAbsence => ({
    role: 'next', projectKeys: ['CLIN'], source: fixVersions, calendar: calendar(TODAY, [PI_26_2, PI_26_3]), today: TODAY, ...overrides,
  });

  it.each<[string, Partial<PiAbsence>, string]>([
    ['no later version', {}, "No next PI found in project CLIN's calendar: no version matching \\bPI\\b starts after 2026-11-26 (the last one, PI 26.3, starts 2026-10-01)"],
    ['no version at all', { calendar: calendar(TODAY, []) }, "No next PI found in project CLIN's calendar: there is no version matching \\bPI\\b with a release date"],
    ['between PIs', { role: 'current', calendar: calendar('2027-01-05', [PI_26_2, PI_26_3]), today: '2027-01-05' }, "No current PI found in project CLIN's calendar: no version matching \\bPI\\b runs through 2027-01-05"],
    ['several projects', { projectKeys: ['CLIN', 'PAT', 'OPS'] }, "No next PI found in projects CLIN, PAT and OPS's calendars: no version matching \\bPI\\b starts after"],
    ['sprints', { source: { source: 'sprint', namePattern: '^(PI\\s*\\d+)', sprintFieldId: 'customfield_10020' }, calendar: calendar(TODAY, []) }, "there is no sprint matching ^(PI\\s*\\d+) with dates"],
    ['a JQL scope that matched nothing', { projectKeys: [] }, 'No next PI found: the scope holds no work items, so there is no project whose PI calendar could be read'],
    [
      "the settings' calendar",
      { projectKeys: [], source: { source: 'labelPrefix', prefix: 'PI-', calendar: [{ name: 'PI 26.3', startDate: '2026-10-01', endDate: '2026-12-31' }] }, calendar: calendar(TODAY, [PI_26_3]) },
      "No next PI found in the PI calendar of the settings: no PI of the settings' calendar starts after 2026-11-26 (the last one, PI 26.3, starts 2026-10-01)",
    ],
  ])('%s', (_name, overrides, expected) => {
    expect(noPiHeadline(absence(overrides))).toContain(expected);
  });
});
