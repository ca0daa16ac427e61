import { daysBetween } from '../../src/domain';
import { TODAY } from '../forge/support/resolver-harness';
import { agentHarness, answerOf, inventedNumbers, JIRA_CONTEXT, refusalOf } from './support/agent-harness';

/**
 * explain-item, pi-report and suggest-swaps over the sample site, as each
 * sample user, through the wrapper with Forge-shaped payloads. On TODAY
 * (2026-11-26) CLIN's current PI is PI 26.4 and its next PI 27.1. CLIN-4,
 * CLIN-11 and CLIN-17 are "Leadership only": Sam cannot see them, so no
 * action may tell him anything about them.
 */

const HIDDEN_FROM_SAM = ['CLIN-4', 'CLIN-11', 'CLIN-17'];
const mentions = (value: unknown, key: string) => new RegExp(`\\b${key}\\b`).test(JSON.stringify(value));

describe('explain-item', () => {
  it('explains a gravity item of the next PI as the issue panel scores it, in one sentence of its own figures', async () => {
    const { summary, data } = answerOf(await agentHarness('alex').ask('explain-item', { issueKey: 'CLIN-7', context: JIRA_CONTEXT('CLIN', 'CLIN-7') }));
    expect(summary).toBe('CLIN-7 is factory gravity in PI 27.1 (next): score 10/100, no live objective, no fresh field evidence; never carried over; no PI decision.');
    expect(data).toMatchObject({ key: 'CLIN-7', verdict: 'gravity', pi: 'PI 27.1', planning: 'next', score: 10, size: 13, objectives: [], evidence: [], carriedOver: 0, decision: null, outcome: null });
    expect(data.findings.map((f) => f.code)).toEqual(['NO_OBJECTIVE', 'NO_EVIDENCE', 'ONLY_FITS']);
  });

  it('gives each piece of evidence its age in days on the day asked, newest first, and names the live objectives', async () => {
    const { summary, data } = answerOf(await agentHarness('alex').ask('explain-item', { issueKey: 'CLIN-4' }));
    expect(data.evidence).toEqual([expect.objectContaining({ kind: 'analytics', source: 'Workforce cost report', observedOn: '2026-11-01', ageDays: 25, fresh: true })]);
    expect(daysBetween('2026-11-01', TODAY)).toBe(25);
    expect(summary).toBe('CLIN-4 is aligned in PI 26.4 (current): score 60/100, live objective STRAT-1, fresh field evidence, the newest 25 days old; never carried over; no PI decision.');
  });

  it("says who keeps a gravity item when a keep decision applies", async () => {
    const { summary, data } = answerOf(await agentHarness('sam').ask('explain-item', { issueKey: 'CLIN-9' }));
    expect(data.decision).toMatchObject({ kind: 'keep', pi: 'PI 26.4', sponsor: { displayName: 'Dana Whitfield' } });
    expect(summary).toMatch(/^CLIN-9 is factory gravity in PI 26\.4 \(current\): .*; kept by Dana Whitfield for PI 26\.4\.$/);
  });

  it('writes no number in any summary that is not in its data (every sample work item, as alex)', async () => {
    const h = agentHarness('alex');
    const checked: string[] = [];
    for (const project of ['CLIN', 'PAT']) {
      for (let n = 1; n <= 40; n += 1) {
        const result = await h.ask('explain-item', { issueKey: `${project}-${n}` });
        if (!result.ok) continue;
        checked.push(result.data.key);
        expect({ key: result.data.key, invented: inventedNumbers(result.summary, result.data) }).toEqual({ key: result.data.key, invented: [] });
        expect(result.summary.startsWith(`${result.data.key} is `)).toBe(true);
      }
    }
    expect(checked).toHaveLength(73);
  });

  it.each(HIDDEN_FROM_SAM)('tells sam nothing about %s: NOT_FOUND worded exactly like an issue that does not exist', async (key) => {
    const sam = agentHarness('sam');
    const hidden = refusalOf(await sam.ask('explain-item', { issueKey: key }));
    const missing = refusalOf(await sam.ask('explain-item', { issueKey: 'CLIN-999' }));
    expect(hidden).toEqual({ code: 'NOT_FOUND', message: `Issue ${key} does not exist or you cannot see it.` });
    expect(hidden.message.replace(key, '<KEY>')).toBe(missing.message.replace('CLIN-999', '<KEY>'));
    // Alex, who may see it, gets its explanation.
    expect(answerOf(await agentHarness('alex').ask('explain-item', { issueKey: key })).data.key).toBe(key);
  });
});

describe('pi-report', () => {
  it("answers the next PI's report by default: the headline, every count, the capacity, worst first", async () => {
    const { summary, data } = answerOf(await agentHarness('alex').ask('pi-report', { context: JIRA_CONTEXT('CLIN') }));
    expect(data).toMatchObject({
      scope: 'project CLIN',
      pi: { name: 'PI 27.1' },
      total: 8,
      counts: { gravity: 3, zombie: 1, ungrounded: 2, aligned: 2 },
      capacity: { unit: 'points', total: 67, byVerdict: { gravity: 38, zombie: 3, ungrounded: 8, aligned: 18 }, unsized: 0 },
      headline: "3 of 8 items in PI 27.1, 57% of the PI's points, only fit the next PI",
      notListed: 0,
      partial: false,
    });
    expect(data.items.map((i) => i.key).slice(0, 3)).toEqual(['CLIN-8', 'CLIN-7', 'CLIN-10']);
    expect(summary).toBe(
      "3 of 8 items in PI 27.1, 57% of the PI's points, only fit the next PI (project CLIN). Gravity 3, zombie 1, ungrounded 2, aligned 2. 67 points in all. Listed 8, worst first.",
    );
    expect(inventedNumbers(summary, data)).toEqual([]);
  });

  it('answers "what in PI 27.1 has no evidence?" with the gravity and ungrounded items only, the counts still whole', async () => {
    const { summary, data } = answerOf(await agentHarness('alex').ask('pi-report', { projectKey: 'clin', pi: 'PI 27.1', verdicts: 'Gravity, ungrounded' }));
    expect(data.items.map((i) => [i.key, i.verdict])).toEqual([
      ['CLIN-8', 'gravity'],
      ['CLIN-7', 'gravity'],
      ['CLIN-10', 'gravity'],
      ['CLIN-15', 'ungrounded'],
      ['CLIN-16', 'ungrounded'],
    ]);
    expect(data.total).toBe(8);
    expect(data.notListed).toBe(3);
    expect(summary).toMatch(/Listed 5 matching, worst first; 3 not listed\.$/);
    expect(inventedNumbers(summary, data)).toEqual([]);
  });

  it('lists at most `limit` items and counts the rest as not listed', async () => {
    const { data } = answerOf(await agentHarness('alex').ask('pi-report', { projectKey: 'CLIN', pi: 'current', limit: '3' }));
    expect(data.items).toHaveLength(3);
    expect(data.notListed).toBe(data.total - 3);
  });

  it("never counts or lists what sam cannot see, and does for alex", async () => {
    const payload = { projectKey: 'CLIN', pi: 'the current PI', limit: 100 };
    const alex = answerOf(await agentHarness('alex').ask('pi-report', payload));
    const sam = answerOf(await agentHarness('sam').ask('pi-report', payload));
    for (const key of HIDDEN_FROM_SAM) {
      expect(alex.data.items.map((i) => i.key)).toContain(key);
      expect(mentions(sam, key)).toBe(false);
    }
    expect(sam.data.total).toBe(alex.data.total - HIDDEN_FROM_SAM.length);
    expect(sam.summary).toMatch(/^3 of 10 items in PI 26\.4/);
  });
});

describe('suggest-swaps', () => {
  it("names each gravity item of the next PI with the better candidates of similar size, in the report's unit", async () => {
    const { summary, data } = answerOf(await agentHarness('alex').ask('suggest-swaps', { context: JIRA_CONTEXT('CLIN') }));
    expect(data.unit).toBe('points');
    expect(data.swaps.map((s) => [s.key, s.size, s.candidates.map((c) => c.key)])).toEqual([
      ['CLIN-8', 20, ['CLIN-39', 'CLIN-38']],
      ['CLIN-7', 13, ['CLIN-39', 'CLIN-38', 'CLIN-40']],
      ['CLIN-10', 5, ['CLIN-40']],
    ]);
    expect(data.waiting.map((c) => [c.key, c.score, c.size])).toEqual([
      ['CLIN-39', 83, 20],
      ['CLIN-38', 83, 13],
      ['CLIN-40', 83, 8],
    ]);
    expect(summary).toBe(
      '3 gravity items in PI 27.1 (project CLIN) could swap for better candidates: CLIN-8 (20 points) for CLIN-39 (20 points) or CLIN-38 (13 points); CLIN-7 (13 points) for CLIN-39 (20 points), CLIN-38 (13 points) or CLIN-40 (8 points); CLIN-10 (5 points) for CLIN-40 (8 points). In all 3 better candidates wait outside it.',
    );
    expect(inventedNumbers(summary, data)).toEqual([]);
  });

  it('says the candidates were not read for a PI that has ended, and suggests nothing', async () => {
    const { summary, data } = answerOf(await agentHarness('alex').ask('suggest-swaps', { projectKey: 'CLIN', pi: 'PI 26.3' }));
    expect(data.swaps).toEqual([]);
    expect(data.waiting).toEqual([]);
    expect(summary).toBe('The candidates waiting outside PI 26.3 were not read (the PI has ended, or time ran out), so no swaps can be suggested.');
  });

  it('never shows sam a swap or candidate he cannot see, and shows alex', async () => {
    const payload = { projectKey: 'CLIN', pi: 'current' };
    const alex = answerOf(await agentHarness('alex').ask('suggest-swaps', payload));
    const sam = answerOf(await agentHarness('sam').ask('suggest-swaps', payload));
    expect(alex.data.swaps.map((s) => s.key)).toEqual(['CLIN-11', 'CLIN-9']);
    expect(sam.data.swaps.map((s) => s.key)).toEqual(['CLIN-9']);
    for (const key of HIDDEN_FROM_SAM) expect(mentions(sam, key)).toBe(false);
    expect(alex.summary).toMatch(/^2 gravity items in PI 26\.4 \(project CLIN\) could swap for better candidates: CLIN-11 \(8 points\)/);
  });
});
