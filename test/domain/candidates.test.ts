import fc from 'fast-check';
import { compareCandidates, ifPlanned, rankCandidates, similarSize, swapsFor, waitingPlace, type WaitingItem } from '../../src/domain/candidates';
import { scoreWorkItem } from '../../src/domain/score-work-item';
import type { Assessment, Pi } from '../../src/domain/model';
import type { Candidate } from '../../src/shared/candidates';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { settingsArb, workItemArb } from './arbitraries';
import { PI_26_3, PI_27_1, PI_27_2, TODAY, calendar, change, evidence, objective, settings, workItem } from './builders';

const cal = calendar();
const live = objective({ key: 'STRAT-1' });
const twoSources = [evidence({ source: { name: 'Ward 4B' } }), evidence({ source: { name: 'Pharmacy' } })];
const assess = (key: string, overrides: Parameters<typeof workItem>[0] = {}): Assessment => scoreWorkItem(workItem({ key, ...overrides }), cal, settings(), TODAY);
const waiting = (assessment: Assessment, size: number | null = null, plannedIn: string | null = null): WaitingItem => ({ assessment, size, plannedIn });
const rank = (items: readonly WaitingItem[], limit = 10) => rankCandidates(items, 'next', () => DEFAULT_SETTINGS, limit);

describe('waitingPlace: in no PI, or only in PIs that start after the report’s PI ends', () => {
  it.each<[string, string[], Pi, { plannedIn: string | null } | null]>([
    ['no PI at all', [], PI_27_1, { plannedIn: null }],
    ['only a later PI', ['PI 27.2'], PI_27_1, { plannedIn: 'PI 27.2' }],
    ['two later PIs: the earliest is named', ['PI 27.2', 'PI 27.1'], PI_26_3, { plannedIn: 'PI 27.1' }],
    ['the report’s PI itself', ['PI 27.1'], PI_27_1, null],
    ['the report’s PI, spelled differently', ['pi 27.1 '], PI_27_1, null],
    ['a later PI and the report’s', ['PI 27.2', 'PI 27.1'], PI_27_1, null],
    ['an earlier PI (the current one, for a next-PI report)', ['PI 26.3'], PI_27_1, null],
    ['a PI the calendar does not know (it cannot be shown to be later)', ['PI 30.1'], PI_27_1, null],
  ])('%s', (_, names, pi, expected) => {
    expect(waitingPlace(names, cal, pi)).toEqual(expected);
  });

  it('a PI that starts the day after the report’s ends is later; one that starts on its last day is not', () => {
    const last: Pi = { name: 'PI X', startDate: PI_27_1.endDate, endDate: '2027-06-30' };
    const after: Pi = { name: 'PI Y', startDate: '2027-04-01', endDate: '2027-06-30' };
    const both = calendar(TODAY, [PI_26_3, PI_27_1, last, after]);
    expect(waitingPlace(['PI X'], both, PI_27_1)).toBeNull();
    expect(waitingPlace(['PI Y'], both, PI_27_1)).toEqual({ plannedIn: 'PI Y' });
  });
});

describe('ifPlanned: the verdict and score an item would have planned into the report’s PI', () => {
  it('is what scoreWorkItem says of the same item actually planned in the next PI (any item, any settings)', () => {
    fc.assert(
      fc.property(workItemArb, settingsArb, (item, s) => {
        const unplanned = { ...item, fixVersions: [], planningHistory: [] };
        const planned = { ...unplanned, fixVersions: [PI_27_1.name] };
        const now = scoreWorkItem(unplanned, cal, s, TODAY);
        const then = scoreWorkItem(planned, cal, s, TODAY);
        expect(ifPlanned(now, 'next', s)).toEqual({ verdict: then.verdict, score: then.score });
      }),
    );
  });

  it('is what scoreWorkItem says of an item planned in the current PI, for a current-PI report', () => {
    const item = workItem({ objectiveCandidates: [live], evidence: twoSources });
    const then = scoreWorkItem({ ...item, fixVersions: [PI_26_3.name] }, cal, settings(), TODAY);
    expect(ifPlanned(scoreWorkItem(item, cal, settings(), TODAY), 'current', settings())).toEqual({ verdict: 'aligned', score: then.score });
  });

  it('keeps the carry-overs: once costs the penalty, zombieAt times makes a zombie, not a candidate', () => {
    // Moved from PI 26.2 (running) to PI 27.2 on 2026-08-01: carried over once, now waiting in a later PI.
    const once = assess('CLIN-1', { objectiveCandidates: [live], evidence: twoSources, fixVersions: ['PI 27.2'], planningHistory: [change('2026-08-01T10:00:00Z', ['PI 26.2'], ['PI 27.2'])] });
    expect(once.carriedOver).toBe(1);
    const clean = assess('CLIN-2', { objectiveCandidates: [live], evidence: twoSources });
    expect(ifPlanned(once, 'next', DEFAULT_SETTINGS)).toEqual({ verdict: 'aligned', score: ifPlanned(clean, 'next', DEFAULT_SETTINGS).score - DEFAULT_SETTINGS.carryOver.penaltyPerCarryOver });
    const zombieAtOne = { ...DEFAULT_SETTINGS, carryOver: { warnAt: 1, zombieAt: 1, penaltyPerCarryOver: 10 } };
    expect(ifPlanned(once, 'next', zombieAtOne).verdict).toBe('zombie');
  });

  it('needs both a live objective and fresh field evidence', () => {
    expect(ifPlanned(assess('CLIN-1', { objectiveCandidates: [live] }), 'next', DEFAULT_SETTINGS).verdict).toBe('ungrounded');
    expect(ifPlanned(assess('CLIN-1', { evidence: twoSources }), 'next', DEFAULT_SETTINGS).verdict).toBe('unanchored');
    expect(ifPlanned(assess('CLIN-1', {}), 'next', DEFAULT_SETTINGS).verdict).toBe('gravity');
    expect(ifPlanned(assess('CLIN-1', { objectiveCandidates: [objective({ statusCategory: 'done', status: 'Done' })], evidence: twoSources }), 'next', DEFAULT_SETTINGS).verdict).toBe('unanchored');
    expect(ifPlanned(assess('CLIN-1', { objectiveCandidates: [live], evidence: [evidence({ observedOn: '2024-01-01' })] }), 'next', DEFAULT_SETTINGS).verdict).toBe('ungrounded');
  });

  it('weighs with the settings it is given', () => {
    const a = assess('CLIN-1', { objectiveCandidates: [live], evidence: [evidence()] });
    const evidenceHeavy = { ...DEFAULT_SETTINGS, weights: { strategy: 10, evidence: 80, delivery: 10 } };
    expect(ifPlanned(a, 'next', evidenceHeavy).score).toBeLessThan(ifPlanned(a, 'next', DEFAULT_SETTINGS).score);
  });
});

describe('rankCandidates', () => {
  const strong = assess('CLIN-5', { objectiveCandidates: [live, objective({ key: 'STRAT-9', statusCategory: 'done', status: 'Done' })], evidence: [...twoSources, evidence({ source: { name: 'Clinic C' } })] });
  const single = (key: string) => assess(key, { objectiveCandidates: [live], evidence: [evidence()] });
  const double = (key: string) => assess(key, { objectiveCandidates: [live], evidence: twoSources });

  it('keeps only the items that would be aligned, with the score if planned, live objectives and fresh evidence', () => {
    const list = rank([waiting(strong, 8, 'PI 27.2'), waiting(assess('CLIN-6', { objectiveCandidates: [live] }), 3), waiting(assess('CLIN-7'), 5)]);
    expect(list).toEqual([
      { key: 'CLIN-5', summary: strong.summary, score: ifPlanned(strong, 'next', DEFAULT_SETTINGS).score, size: 8, objectives: ['STRAT-1'], freshEvidence: 3, plannedIn: 'PI 27.2' },
    ]);
    expect(list[0]?.score).toBe(100);
  });

  it('orders by score descending, then size descending (unsized last), then key in human order', () => {
    const list = rank([
      waiting(single('CLIN-1'), 20),
      waiting(double('CLIN-10'), 5),
      waiting(double('CLIN-2'), null),
      waiting(double('CLIN-9'), 5),
      waiting(double('CLIN-3'), 13),
      waiting(strong, null),
    ]);
    expect(list.map((c) => [c.key, c.score, c.size])).toEqual([
      ['CLIN-5', 100, null],
      ['CLIN-3', 83, 13],
      ['CLIN-9', 83, 5],
      ['CLIN-10', 83, 5],
      ['CLIN-2', 83, null],
      ['CLIN-1', 60, 20],
    ]);
  });

  it('lists at most `limit`, the best ones', () => {
    expect(rank([waiting(single('CLIN-1')), waiting(strong), waiting(double('CLIN-2'))], 2).map((c) => c.key)).toEqual(['CLIN-5', 'CLIN-2']);
  });

  it('judges each item with its own project’s settings', () => {
    const pat = assess('PAT-1', { projectKey: 'PAT', objectiveCandidates: [live], evidence: twoSources });
    // PAT weighs evidence most: two sources (evidence force 80) cost it more than CLIN's default weights.
    const patWeights = { ...DEFAULT_SETTINGS, weights: { strategy: 10, evidence: 80, delivery: 10 } };
    const list = rankCandidates([waiting(pat), waiting(double('CLIN-2'))], 'next', (p) => (p === 'PAT' ? patWeights : DEFAULT_SETTINGS), 10);
    expect(list.map((c) => [c.key, c.score])).toEqual([
      ['CLIN-2', 83],
      // shares 10/80/10: evidence loses 80·0.2 = 16, balance 84·0.5·0.2 = 8.4 → 75.6 → 76 (CLIN: 100 − 8 − 9.2 → 83).
      ['PAT-1', 76],
    ]);
  });

  it('compareCandidates is a total order that ignores input order', () => {
    const arb = fc.array(
      fc.record({ key: fc.integer({ min: 1, max: 50 }).map((n) => `CLIN-${n}`), score: fc.integer({ min: 0, max: 100 }), size: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }) }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(arb, (rows) => {
        const unique = [...new Map(rows.map((r) => [r.key, r])).values()].map((r): Candidate => ({ ...r, summary: '', objectives: [], freshEvidence: 1, plannedIn: null }));
        const a = [...unique].sort(compareCandidates).map((c) => c.key);
        const b = [...unique].reverse().sort(compareCandidates).map((c) => c.key);
        expect(a).toEqual(b);
      }),
    );
  });
});

describe('swap matching', () => {
  it.each<[number | null, number | null, number, boolean]>([
    [8, 4, 2, true],
    [8, 16, 2, true],
    [8, 3.9, 2, false],
    [8, 16.1, 2, false],
    [3, 4.5, 1.5, true],
    [3, 2, 1.5, true],
    [5, 5, 1, true],
    [5, 6, 1, false],
    [0, 0, 2, true],
    [0, 1, 2, false],
    [null, 5, 2, false],
    [5, null, 2, false],
    [null, null, 2, false],
  ])('gravity %p, candidate %p, ratio %p → %p', (g, c, ratio, expected) => {
    expect(similarSize(g, c, ratio)).toBe(expected);
  });

  const candidates = [
    { key: 'CLIN-40', size: 20 },
    { key: 'CLIN-41', size: 13 },
    { key: 'CLIN-42', size: null },
    { key: 'CLIN-43', size: 8 },
    { key: 'CLIN-44', size: 5 },
    { key: 'CLIN-45', size: 8 },
  ];

  it('for every gravity item, in its order: similar sizes in ranking order, at most 3, empty when none or unsized', () => {
    const gravity = [
      { key: 'CLIN-1', size: 13 },
      { key: 'CLIN-2', size: 1 },
      { key: 'CLIN-3', size: null },
      { key: 'CLIN-4', size: 5 },
    ];
    expect(swapsFor(gravity, candidates, 2, 'points')).toEqual([
      { key: 'CLIN-1', candidates: ['CLIN-40', 'CLIN-41', 'CLIN-43'] },
      { key: 'CLIN-2', candidates: [] },
      { key: 'CLIN-3', candidates: [] },
      { key: 'CLIN-4', candidates: ['CLIN-43', 'CLIN-44', 'CLIN-45'] },
    ]);
  });

  it('a tighter ratio matches fewer', () => {
    expect(swapsFor([{ key: 'CLIN-1', size: 13 }], candidates, 1.5, 'points')).toEqual([{ key: 'CLIN-1', candidates: ['CLIN-41'] }]);
  });

  it('when items are counted every candidate matches (the first 3), sized or not', () => {
    expect(swapsFor([{ key: 'CLIN-1', size: null }], [{ key: 'CLIN-42', size: null }, ...candidates], 2, 'items')).toEqual([{ key: 'CLIN-1', candidates: ['CLIN-42', 'CLIN-40', 'CLIN-41'] }]);
  });

  it('no candidates: every gravity item is still listed, with none', () => {
    expect(swapsFor([{ key: 'CLIN-1', size: 3 }], [], 2, 'points')).toEqual([{ key: 'CLIN-1', candidates: [] }]);
  });
});

describe('the later PIs of the builders’ calendar', () => {
  it('PI 27.2 starts after PI 27.1 ends (the fixtures above rely on it)', () => {
    expect(PI_27_2.startDate > PI_27_1.endDate).toBe(true);
  });
});
