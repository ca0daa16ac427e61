import { createJiraClient } from '../../src/jira/create-client';
import type { Assessment } from '../../src/shared/assessment';
import { ASSESSMENT_HISTORY_LIMIT } from '../../src/shared/activity';
import { ASSESSMENT_PROPERTY_KEY } from '../../src/shared/evidence';
import {
  assessmentChanged,
  assessmentPropertyOf,
  changedAssessments,
  historyOf,
  writeAssessmentIfChanged,
} from '../../src/services/rescore-property';
import { dataOf, harness, TODAY } from '../forge/support/resolver-harness';

/** Jira refuses a property value over 32,768 characters serialised (OAS setIssueProperty; /work/shared/FORGE-NOTES.md "Entity property"). */
const JIRA_PROPERTY_VALUE_LIMIT = 32_768;

let base: Assessment;
beforeAll(async () => {
  base = dataOf(await harness('alex').call('getPanel', { issueKey: 'CLIN-2' })).assessment;
});

const standing = (a: Assessment, on: string) => ({ on, verdict: a.verdict, score: a.score, decision: a.decision?.kind ?? 'none', outcome: a.outcome.status });

describe('the assessment history in factory-gravity.assessment', () => {
  it('starts with the first write and appends when the verdict, score, decision or outcome changed, never for the scoring date alone', () => {
    const first = assessmentPropertyOf(base, '2026-11-01', undefined);
    expect(first.history).toEqual([standing(base, '2026-11-01')]);

    const sameLater = assessmentPropertyOf(base, '2026-11-02', first);
    expect(assessmentChanged(first, sameLater)).toBe(false);
    expect(sameLater.history).toEqual(first.history);

    const cases: [string, Assessment][] = [
      ['verdict', { ...base, verdict: base.verdict === 'gravity' ? 'aligned' : 'gravity' }],
      ['score', { ...base, score: base.score + 1 }],
      ['decision', { ...base, decision: { ...(base.decision ?? ({} as NonNullable<Assessment['decision']>)), kind: 'drop' } }],
      ['outcome', { ...base, outcome: { ...base.outcome, status: base.outcome.status === 'overdue' ? 'pending' : 'overdue' } }],
    ];
    for (const [what, changed] of cases) {
      const next = assessmentPropertyOf(changed, '2026-11-03', first);
      expect({ what, changed: assessmentChanged(first, next) }).toEqual({ what, changed: true });
      expect(next.history).toEqual([standing(base, '2026-11-01'), standing(changed, '2026-11-03')]);
    }
  });

  it('does not count the history as a change: a value that differs only in its history is unchanged', () => {
    const stored = { ...assessmentPropertyOf(base, '2026-11-01', undefined), history: [] };
    const next = assessmentPropertyOf(base, TODAY, stored);
    expect(assessmentChanged(stored, next)).toBe(false);
  });

  it('upgrades a value from before the history: its own verdict and score become the first entry, dated its scoredOn', () => {
    const { history: _h, ...old } = assessmentPropertyOf(base, '2026-10-15', undefined);
    expect(historyOf(old)).toEqual([standing(base, '2026-10-15')]);
    const changed = { ...base, score: base.score + 5 };
    const next = assessmentPropertyOf(changed, TODAY, old);
    expect(next.history).toEqual([standing(base, '2026-10-15'), standing(changed, TODAY)]);
  });

  it('drops history entries that do not parse and still writes', () => {
    const stored = {
      ...assessmentPropertyOf(base, '2026-10-01', undefined),
      history: [standing(base, '2026-10-01'), { on: 'yesterday', verdict: 'gravity' }, 'junk', { ...standing(base, '2026-10-02'), verdict: 'great' }],
    };
    expect(historyOf(stored)).toEqual([standing(base, '2026-10-01')]);
    expect(historyOf('not an object')).toEqual([]);
    const changed = { ...base, score: base.score + 1 };
    expect(assessmentPropertyOf(changed, TODAY, stored).history).toEqual([standing(base, '2026-10-01'), standing(changed, TODAY)]);
  });

  it(`keeps the newest ${ASSESSMENT_HISTORY_LIMIT} entries, the oldest dropped first, far under Jira's 32 KB property value limit`, () => {
    let stored: unknown;
    for (let day = 1; day <= 60; day += 1) {
      const on = `2026-0${1 + Math.floor((day - 1) / 28)}-${String(((day - 1) % 28) + 1).padStart(2, '0')}`;
      // The longest words: a verdict, decision and outcome as long as they come, a fractional score.
      stored = assessmentPropertyOf({ ...base, verdict: 'unanchored', score: day + 0.123456789, decision: { ...(base.decision ?? ({} as NonNullable<Assessment['decision']>)), kind: 'rejustify' }, outcome: { ...base.outcome, status: 'not-delivered' } }, on, stored);
    }
    const history = historyOf(stored);
    expect(history).toHaveLength(ASSESSMENT_HISTORY_LIMIT);
    expect(history[0]?.score).toBeCloseTo(11.123456789);
    expect(history[history.length - 1]?.score).toBeCloseTo(60.123456789);
    const size = JSON.stringify(stored).length;
    expect(size).toBeLessThan(JIRA_PROPERTY_VALUE_LIMIT / 4);
  });

  it('carries the stored history over in both write paths: the single write (reading the value) and the batch (the value read with the search)', async () => {
    const { site } = harness('alex');
    const client = createJiraClient(site.transport('alex'));
    const earlier = { ...assessmentPropertyOf({ ...base, score: base.score - 10 }, '2026-11-01', undefined) };
    await client.setIssueProperty('CLIN-2', ASSESSMENT_PROPERTY_KEY, earlier);

    expect(await writeAssessmentIfChanged(client, base, TODAY)).toBe(true);
    const written = (await client.getIssueProperty('CLIN-2', ASSESSMENT_PROPERTY_KEY)) as { history: unknown };
    expect(written.history).toEqual([standing({ ...base, score: base.score - 10 }, '2026-11-01'), standing(base, TODAY)]);
    expect(await writeAssessmentIfChanged(client, base, '2026-11-27')).toBe(false);

    const batch = changedAssessments([{ raw: { id: '10007', properties: { [ASSESSMENT_PROPERTY_KEY]: earlier } }, assessment: base }], TODAY);
    expect(batch.map((b) => b.value.history)).toEqual([[standing({ ...base, score: base.score - 10 }, '2026-11-01'), standing(base, TODAY)]]);
    expect(changedAssessments([{ raw: { id: '10007', properties: { [ASSESSMENT_PROPERTY_KEY]: written } }, assessment: base }], '2026-11-27')).toEqual([]);
  });
});
