import type { Assessment, Verdict } from '../../src/shared/assessment';
import type { ScopeReport } from '../../src/shared/report';
import { capacityOf } from '../../src/domain/capacity';
import type { Candidate } from '../../src/shared/candidates';
import type { CapacityField } from '../../src/shared/capacity';

/** The site's story points field, as the sample site and the fakes name it. */
export const STORY_POINTS: CapacityField = { id: 'customfield_10016', name: 'Story Points', unit: 'points' };

/** A hand-built report for formatter tests (the end-to-end tests use the sample site). */
export const anItem = (key: string, verdict: Verdict, overrides: Partial<Assessment> = {}): Assessment => ({
  key,
  summary: `Summary of ${key}`,
  issueType: 'Epic',
  status: 'To Do',
  statusCategory: 'new',
  projectKey: key.split('-')[0] ?? 'CLIN',
  verdict,
  headline: verdict === 'gravity' ? 'Only here to fit the next PI' : 'All three forces present',
  score: verdict === 'gravity' ? 12 : 90,
  forces: verdict === 'gravity' ? { strategy: 0, evidence: 0, delivery: 100 } : { strategy: 100, evidence: 50, delivery: 100 },
  findings:
    verdict === 'gravity'
      ? [
          {
            code: 'ONLY_FITS',
            severity: 'error',
            force: 'delivery',
            message: 'Planned only because it fits',
            fix: { kind: 'link-objective', label: 'Link an objective' },
            points: 88,
          },
        ]
      : [],
  carriedOver: 0,
  pi: 'PI 26.4',
  planning: 'next',
  objectives: [],
  evidence: [],
  suggestions: [],
  counts: { liveObjectives: 0, freshEvidence: 0, distinctSources: 0 },
  decision: null,
  size: null,
  outcome: { status: 'not-delivered', delivery: null, dueOn: null, daysSinceDelivery: null, evidence: [], retirement: null },
  ...overrides,
});

export const aReport = (items: readonly Assessment[], overrides: Partial<ScopeReport> = {}): ScopeReport => {
  const counts = { gravity: 0, zombie: 0, ungrounded: 0, unanchored: 0, aligned: 0, delivered: 0, unplanned: 0 };
  for (const i of items) counts[i.verdict] += 1;
  return {
    scopeLabel: 'project CLIN',
    jql: 'project = CLIN AND issuetype in (Epic)',
    today: '2026-11-26',
    pi: { name: 'PI 26.4', startDate: '2026-12-02', endDate: '2027-02-23' },
    piRole: 'next',
    items,
    total: items.length,
    counts,
    balance: { strategy: 1, evidence: 1, delivery: items.length },
    headline: `${counts.gravity} of ${items.length} items in PI 26.4 only fit the next PI`,
    capacity: capacityOf(items, null),
    unreadable: [],
    ...overrides,
  };
};

/** A report whose items are sized in story points (capacity from their sizes; unsized items named). */
export const aSizedReport = (items: readonly Assessment[], overrides: Partial<ScopeReport> = {}): ScopeReport =>
  aReport(items, { capacity: capacityOf(items, STORY_POINTS), ...overrides });

/** A candidate waiting outside the PI. */
export const aCandidate = (key: string, overrides: Partial<Candidate> = {}): Candidate => ({
  key,
  summary: `Summary of ${key}`,
  score: 83,
  size: null,
  objectives: ['STRAT-1'],
  freshEvidence: 2,
  plannedIn: null,
  ...overrides,
});
