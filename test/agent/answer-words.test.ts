import { decisionWords, explanationSentence, reportSentence, swapsSentence } from '../../src/agent/answer-words';
import type { ItemExplanation, PiReportAnswer, SwapsAnswer } from '../../src/shared/agent';
import type { DecisionView } from '../../src/shared/decision';
import { inventedNumbers } from './support/agent-harness';

/** The summary sentences, from hand-made answers: the cases the sample site does not hold. */

const PI = { name: 'PI 27.1', startDate: '2027-01-04', endDate: '2027-03-28' };
const DANA = { accountId: 'acc-dana', displayName: 'Dana Whitfield' };

const decision = (over: Partial<DecisionView>): DecisionView => ({
  kind: 'keep', pi: 'PI 27.1', version: 1, rationale: 'Contract ends in January.', sponsor: DANA, dueDate: null,
  decidedBy: DANA, decidedAt: '2026-11-20T10:00:00.000Z', verdictAtDecision: 'gravity', overdue: false, ...over,
});

const item = (over: Partial<ItemExplanation>): ItemExplanation => ({
  key: 'CLIN-7', summary: 'Scanner refresh', status: 'Funnel', verdict: 'gravity', headline: 'Only here to fit the next PI', score: 12,
  forces: { strategy: 0, evidence: 0, delivery: 100 }, pi: 'PI 27.1', planning: 'next', size: 13, findings: [], objectives: [], evidence: [],
  carriedOver: 0, decision: null, outcome: null, ...over,
});

describe('the explain-item sentence', () => {
  it('counts carry-overs in words and names the decision', () => {
    expect(explanationSentence(item({ carriedOver: 1 }))).toBe(
      'CLIN-7 is factory gravity in PI 27.1 (next): score 12/100, no live objective, no fresh field evidence; carried over once; no PI decision.',
    );
    const zombie = item({ verdict: 'zombie', carriedOver: 3, decision: decision({ kind: 'rejustify', sponsor: null, dueDate: '2027-02-01', overdue: true }) });
    expect(explanationSentence(zombie)).toBe(
      'CLIN-7 is a zombie in PI 27.1 (next): score 12/100, no live objective, no fresh field evidence; carried over 3 times; to re-justify by 2027-02-01 for PI 27.1 (overdue).',
    );
    expect(inventedNumbers(explanationSentence(zombie), zombie)).toEqual([]);
  });

  it('says an item in no PI is not in a PI, and gives a delivered item its outcome', () => {
    expect(explanationSentence(item({ verdict: 'unplanned', pi: null, planning: 'none' }))).toMatch(/^CLIN-7 is not in a PI: score 12\/100/);
    const done = item({ verdict: 'delivered', planning: 'current', pi: 'PI 26.4', outcome: { status: 'overdue', deliveredOn: '2026-06-01', dueOn: '2026-08-24' } });
    expect(explanationSentence(done)).toMatch(/^CLIN-7 is delivered in PI 26\.4 \(current\): .*; outcome overdue, due 2026-08-24\.$/);
  });

  it('names live objectives, and objectives that are not live as such', () => {
    const objective = (key: string, live: boolean) => ({ key, summary: key, live, status: live ? 'In Progress' : 'Done', targetDate: null });
    expect(explanationSentence(item({ objectives: [objective('STRAT-1', true), objective('STRAT-2', true)] }))).toContain('live objectives STRAT-1 and STRAT-2,');
    expect(explanationSentence(item({ objectives: [objective('STRAT-6', false)] }))).toContain('no live objective (STRAT-6 not live),');
  });

  it("does not count a stakeholder request as fresh field evidence", () => {
    const request = { kind: 'stakeholder-request', summary: 'The CMO asked', source: 'CMO', observedOn: '2026-11-20', ageDays: 6, fresh: true };
    expect(explanationSentence(item({ evidence: [request] }))).toContain('no fresh field evidence (1 older or non-field record)');
  });
});

describe('decision words', () => {
  it.each([
    ['kept by Dana Whitfield for PI 27.1', decision({})],
    ['kept by a sponsor for PI 27.1', decision({ sponsor: null })],
    ['dropped from PI 27.1', decision({ kind: 'drop', sponsor: null })],
    ['to re-justify by 2027-02-01 for PI 27.1', decision({ kind: 'rejustify', sponsor: null, dueDate: '2027-02-01' })],
    ['retired', decision({ kind: 'retire', sponsor: null })],
    ['no PI decision', null],
  ])('reads "%s"', (words, d) => expect(decisionWords(d)).toBe(words));
});

const report = (over: Partial<PiReportAnswer>): PiReportAnswer => ({
  scope: 'project CLIN', pi: PI, total: 2,
  counts: { gravity: 1, zombie: 0, ungrounded: 0, unanchored: 0, aligned: 1, delivered: 0, unplanned: 0 },
  capacity: { unit: 'points', total: 21, byVerdict: { gravity: 13, aligned: 8 }, unsized: 1 },
  headline: "1 of 2 items in PI 27.1, 62% of the PI's points, only fits the next PI",
  items: [{ key: 'CLIN-7', summary: 'x', verdict: 'gravity', score: 10, size: 13, decision: null }], notListed: 1, partial: false, ...over,
});

describe('the pi-report sentence', () => {
  it('gives the headline, the counts, the capacity with the unsized items and what was not listed', () => {
    const a = report({});
    expect(reportSentence(a, true)).toBe(
      "1 of 2 items in PI 27.1, 62% of the PI's points, only fits the next PI (project CLIN). Gravity 1, aligned 1. 21 points in all, 1 item unsized. Listed 1 matching, worst first; 1 not listed.",
    );
    expect(inventedNumbers(reportSentence(a, true), a)).toEqual([]);
  });

  it('says when nothing matches, when the report is partial, and when the PI is empty', () => {
    expect(reportSentence(report({ items: [], notListed: 2 }), true)).toContain('No item matches the verdicts asked for.');
    expect(reportSentence(report({ partial: true }), false)).toMatch(/Partial: not every item could be read/);
    expect(reportSentence(report({ total: 0, headline: 'No work items in PI 27.1', items: [], notListed: 0 }), false)).toBe('No work items in PI 27.1 (project CLIN).');
    expect(reportSentence(report({ capacity: { unit: 'items', total: 2, byVerdict: {}, unsized: 0 } }), false)).not.toMatch(/in all/);
  });
});

describe('the suggest-swaps sentence', () => {
  const swaps = (over: Partial<SwapsAnswer>): SwapsAnswer => ({ scope: 'project CLIN', pi: PI, unit: 'points', swaps: [], waiting: [], ...over });
  const waiting = { key: 'CLIN-39', summary: 'Referral letters', score: 83, size: 20 };

  it('says so when no gravity item has a swap, with how many candidates wait', () => {
    expect(swapsSentence(swaps({ waiting: [waiting] }), true)).toBe('No gravity item in PI 27.1 (project CLIN) has a candidate of similar size to swap for; 1 better candidate waits outside it.');
    expect(swapsSentence(swaps({}), true)).toBe('No gravity item in PI 27.1 (project CLIN) has a candidate of similar size to swap for; no better candidate waits outside it.');
  });

  it('names unsized items as unsized, and sizes only in a sizing unit', () => {
    const one = swaps({ swaps: [{ key: 'CLIN-12', summary: 'x', size: null, candidates: [waiting] }], waiting: [waiting] });
    expect(swapsSentence(one, true)).toBe('1 gravity item in PI 27.1 (project CLIN) could swap for better candidates: CLIN-12 (unsized) for CLIN-39 (20 points). In all 1 better candidate waits outside it.');
    expect(swapsSentence({ ...one, unit: 'items' }, true)).toContain('CLIN-12 (unsized) for CLIN-39 (unsized)');
  });

  it('says there is nothing to swap without a PI', () => {
    expect(swapsSentence(swaps({ pi: null }), false)).toBe('No such PI was found for project CLIN (check its PI settings), so there is nothing to swap.');
  });
});
