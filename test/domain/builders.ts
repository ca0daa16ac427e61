import type { EvidenceRecord } from '../../src/shared/evidence';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';
import type { ObjectiveCandidate, Pi, PiCalendar, PlanningChange, WebLink, WorkItem } from '../../src/domain/model';
import { calendarOf } from '../../src/domain/pi-calendar';

/** Test builders: a sensible default for every field, overridden per test. */

export const TODAY = '2026-11-26';

export const PI_26_2: Pi = { name: 'PI 26.2', startDate: '2026-07-01', endDate: '2026-09-30' };
export const PI_26_3: Pi = { name: 'PI 26.3', startDate: '2026-10-01', endDate: '2026-12-31' };
export const PI_27_1: Pi = { name: 'PI 27.1', startDate: '2027-01-01', endDate: '2027-03-31' };
export const PI_27_2: Pi = { name: 'PI 27.2', startDate: '2027-04-01', endDate: '2027-06-30' };

/** PI 26.2 (past), PI 26.3 (current on TODAY), PI 27.1 (next), PI 27.2 (later). */
export const calendar = (today = TODAY, pis: readonly Pi[] = [PI_26_2, PI_26_3, PI_27_1, PI_27_2]): PiCalendar => calendarOf(pis, today);

let seq = 0;

export const workItem = (overrides: Partial<WorkItem> = {}): WorkItem => ({
  delivery: null,
  id: '10001',
  key: 'CLIN-1',
  summary: 'Bedside medication scanning',
  projectKey: 'CLIN',
  issueType: 'Epic',
  status: 'To Do',
  statusCategory: 'new',
  fixVersions: [],
  sprints: [],
  labels: [],
  piFieldValues: [],
  objectiveCandidates: [],
  evidence: [],
  webLinks: [],
  planningHistory: [],
  decisions: [],
  size: null,
  ...overrides,
});

export const objective = (overrides: Partial<ObjectiveCandidate> = {}): ObjectiveCandidate => ({
  key: 'STRAT-1',
  summary: 'Safer medication administration',
  issueType: 'Objective',
  status: 'In Progress',
  statusCategory: 'indeterminate',
  targetDate: null,
  via: 'link',
  linkType: 'Relates',
  ...overrides,
});

export const evidence = (overrides: Partial<EvidenceRecord> = {}): EvidenceRecord => {
  seq += 1;
  return {
    id: `ev-${seq}`,
    kind: 'interview',
    source: { name: 'Ward 4B nurses' },
    observedOn: '2026-09-15',
    summary: 'Nurses scan twice because the first scan times out.',
    addedBy: 'user-1',
    addedAt: '2026-09-16T10:00:00.000Z',
    ...overrides,
  };
};

export const webLink = (overrides: Partial<WebLink> = {}): WebLink => {
  seq += 1;
  return { id: `link-${seq}`, url: `https://wiki.example.org/page-${seq}`, title: `Page ${seq}`, ...overrides };
};

export const change = (at: string, from: readonly string[], to: readonly string[]): PlanningChange => ({ at, from, to });

export const settings = (overrides: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...overrides });
