import fc from 'fast-check';
import { measureWords } from '../../src/shared/outcome-words';
import { daysBetween, dueDayOf } from '../../src/domain/outcome';
import type { OutcomeView } from '../../src/shared/outcome';
import { OUTCOME_STATUS_LABELS } from '../../src/shared/outcome';
import { OUTCOME_APPEARANCE, outcomeIsBold } from '../../static/common/outcome-words';
import {
  assessedOn,
  noDecisionWords,
  outcomeActions,
  outcomeLeads,
  outcomeWordsOf,
  quoted,
  retireLabel,
} from '../../static/issue-panel/src/outcome-view';

/** What the issue panel says about a delivered item's outcome (static/issue-panel/src/outcome-view.ts). */

const PRIYA = { accountId: 'acc-priya', displayName: 'Priya Nair' };
/** A browser clock that disagrees with the server's today: the words must not use it when the delivery day is known. */
const BROWSER_TODAY = '2031-01-01';

const view = (v: Partial<OutcomeView> & Pick<OutcomeView, 'status'>): OutcomeView => ({
  delivery: null,
  dueOn: null,
  daysSinceDelivery: null,
  evidence: [],
  retirement: null,
  ...v,
});

/** Delivered on `on`, assessed `days` later, due 12 weeks after. */
const delivered = (status: OutcomeView['status'], on: string, days: number, from: 'resolution' | 'changelog' = 'resolution'): OutcomeView =>
  view({ status, delivery: { on, from }, dueOn: dueDayOf(on, 12), daysSinceDelivery: days });

const done = (outcome: OutcomeView, status = 'Done') => ({ statusCategory: 'done' as const, status, outcome });
const factOf = (words: ReturnType<typeof outcomeWordsOf>, id: string) => words?.facts.find((f) => f.id === id)?.value;

describe('when the outcome leads the panel', () => {
  it('only on a Done item: any other item looks as it always did', () => {
    expect(outcomeLeads({ statusCategory: 'done' })).toBe(true);
    for (const statusCategory of ['new', 'indeterminate'] as const) {
      expect(outcomeLeads({ statusCategory })).toBe(false);
      expect(outcomeWordsOf({ statusCategory, status: 'In Progress', outcome: view({ status: 'not-delivered' }) }, true, BROWSER_TODAY)).toBeNull();
    }
  });
});

describe('the headline of each status', () => {
  it('overdue: the delivery day and the zombie product candidate', () => {
    // 3 March + 12 weeks = 26 May; assessed 100 days after delivery (11 June).
    const words = outcomeWordsOf(done(delivered('overdue', '2026-03-03', 100)), true, BROWSER_TODAY);
    expect(words?.headline).toBe('Delivered on 3 March, no sign of use since: a zombie product candidate');
    expect(factOf(words, 'delivered')).toBe('3 March (from the resolution date)');
    expect(factOf(words, 'due')).toBe('26 May: passed 2 weeks ago');
    expect(factOf(words, 'since')).toBe('3 months');
  });

  it('pending: how long ago, and the due day', () => {
    const words = outcomeWordsOf(done(delivered('pending', '2026-03-03', 35)), true, BROWSER_TODAY);
    expect(words?.headline).toBe('Delivered 5 weeks ago: adoption or outcome evidence is due by 26 May');
    expect(factOf(words, 'due')).toBe('26 May');
    expect(factOf(words, 'since')).toBe('5 weeks');
  });

  it('pending on the delivery day itself', () => {
    const words = outcomeWordsOf(done(delivered('pending', '2026-11-26', 0)), true, BROWSER_TODAY);
    expect(words?.headline).toBe('Delivered today: adoption or outcome evidence is due by 18 February 2027');
    expect(factOf(words, 'since')).toBe('delivered today');
  });

  it('pending with a delivery day Jira does not tell', () => {
    const words = outcomeWordsOf(done(view({ status: 'pending' })), true, BROWSER_TODAY);
    expect(words?.headline).toBe('Done on a day Jira does not tell: add adoption or outcome evidence once it is in use');
    expect(factOf(words, 'delivered')).toBe('Jira does not tell the delivery day (no resolution date, no move to Done in the history)');
    expect(words?.facts.map((f) => f.id)).toEqual(['delivered']);
  });

  it('evidenced: the newest figure with its unit and the day it was observed', () => {
    const evidence = [
      { id: 'e2', kind: 'adoption' as const, summary: 'Weekly active users from the audit log', observedOn: '2026-06-02', figure: 212, unit: 'weekly active users', sourceName: 'Ward 7 audit log' },
      { id: 'e1', kind: 'adoption' as const, summary: 'First week of use', observedOn: '2026-05-01', figure: 40, unit: 'users', sourceName: 'Ward 7 audit log' },
    ];
    const words = outcomeWordsOf(done({ ...delivered('evidenced', '2026-04-20', 60), evidence }), true, BROWSER_TODAY);
    expect(words?.headline).toBe('In use: 212 weekly active users (observed 2 June)');
    expect(factOf(words, 'evidence')).toBe('Weekly active users from the audit log (Ward 7 audit log, 2 June); 1 more record since delivery');
  });

  it('evidenced by an outcome record without a figure: its summary, quoted', () => {
    const evidence = [{ id: 'e1', kind: 'outcome' as const, summary: 'Readmissions within 30 days fell on Ward 7', observedOn: '2026-06-02', figure: null, unit: null, sourceName: 'Quality team' }];
    const words = outcomeWordsOf(done({ ...delivered('evidenced', '2026-04-20', 60), evidence }), true, BROWSER_TODAY);
    expect(words?.headline).toBe('Outcome seen: “Readmissions within 30 days fell on Ward 7” (observed 2 June)');
  });

  it('retired: the day, who, and the rationale in quotes; no due day any more', () => {
    const retirement = { rationale: 'Nobody opens the dashboard; the ward went back to paper.', decidedBy: PRIYA, decidedAt: '2026-05-04T09:30:00.000Z', version: 2 };
    const words = outcomeWordsOf(done({ ...delivered('retired', '2026-01-30', 98), retirement }), true, BROWSER_TODAY);
    expect(words?.headline).toBe('Retired on 4 May by Priya Nair: “Nobody opens the dashboard; the ward went back to paper.”');
    expect(factOf(words, 'due')).toBeUndefined();
    expect(factOf(words, 'retired')).toBe('4 May by Priya Nair (version 2; earlier versions stay in the decision log)');
  });
});

describe('the delivery day and its source', () => {
  it('from the move into the item’s own Done status in the history', () => {
    const words = outcomeWordsOf(done(delivered('overdue', '2025-11-07', 384, 'changelog'), 'Closed'), true, BROWSER_TODAY);
    expect(factOf(words, 'delivered')).toBe('7 November 2025 (from the move to Closed in the history)');
  });

  it('names the year only when it is not the year of the assessment (the server’s today, not the browser’s)', () => {
    // Delivered 2025-12-20, assessed 2026-01-10: the due day is in 2026, the delivery day in 2025.
    const words = outcomeWordsOf(done(delivered('pending', '2025-12-20', 21)), true, BROWSER_TODAY);
    expect(words?.headline).toBe('Delivered 3 weeks ago: adoption or outcome evidence is due by 14 March');
    expect(factOf(words, 'delivered')).toBe('20 December 2025 (from the resolution date)');
  });

  it('the assessment day is the delivery day plus the days since, whatever the browser clock says', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true }), fc.nat({ max: 3000 }), (d, days) => {
        const on = d.toISOString().slice(0, 10);
        const today = assessedOn(delivered('pending', on, days), BROWSER_TODAY);
        return daysBetween(on, today) === days;
      }),
    );
    expect(assessedOn(view({ status: 'pending' }), BROWSER_TODAY)).toBe(BROWSER_TODAY);
  });
});

describe('the actions', () => {
  it('add adoption evidence and retire while no evidence shows use; retire again once retired; only for people who may edit', () => {
    expect(outcomeActions('overdue', true)).toEqual(['add-adoption-evidence', 'retire']);
    expect(outcomeActions('pending', true)).toEqual(['add-adoption-evidence', 'retire']);
    expect(outcomeActions('evidenced', true)).toEqual(['retire']);
    expect(outcomeActions('retired', true)).toEqual(['retire']);
    for (const status of ['overdue', 'pending', 'evidenced', 'retired', 'not-delivered'] as const) expect(outcomeActions(status, false)).toEqual([]);
    expect(retireLabel('overdue')).toBe('Retire…');
    expect(retireLabel('retired')).toBe('Retire again…');
  });
});

describe('figures and quotes', () => {
  it('a figure with its unit as people read it', () => {
    expect(measureWords(212, 'weekly active users')).toBe('212 weekly active users');
    expect(measureWords(1250, 'logins')).toBe('1,250 logins');
    expect(measureWords(-18, '%')).toBe('-18%');
    expect(measureWords(3.456, null)).toBe('3.456');
    expect(measureWords(7, '  ')).toBe('7');
  });

  it('cuts a long quote at about 100 characters with an ellipsis, and collapses white space', () => {
    expect(quoted('  two\n\nlines  ')).toBe('two lines');
    const cut = quoted('x'.repeat(300));
    expect(Array.from(cut)).toHaveLength(100);
    expect(cut.endsWith('…')).toBe(true);
  });
});

describe('the outcome lozenge', () => {
  it('overdue is bold red, pending in progress, evidenced green, retired grey', () => {
    expect(OUTCOME_APPEARANCE).toEqual({ overdue: 'removed', pending: 'inprogress', evidenced: 'success', retired: 'default', 'not-delivered': 'default' });
    expect(outcomeIsBold('overdue')).toBe(true);
    expect(outcomeIsBold('pending')).toBe(false);
    expect(OUTCOME_STATUS_LABELS.overdue).toBe('Outcome overdue');
  });
});

describe('the PI decision section when no decision applies', () => {
  const notDone = view({ status: 'not-delivered' });
  it('sends an item not done to the PI review page, and a delivered one to retiring', () => {
    expect(noDecisionWords({ pi: 'PI 26.4', statusCategory: 'indeterminate', outcome: notDone })).toBe('No decision for PI 26.4. Decide on the PI review page.');
    expect(noDecisionWords({ pi: null, statusCategory: 'new', outcome: notDone })).toBe('Not planned in a PI, so no PI decision applies.');
    expect(noDecisionWords({ pi: 'PI 25.4', statusCategory: 'done', outcome: delivered('overdue', '2026-01-30', 300) })).toBe(
      'No decision for PI 25.4. Retire it from the outcome above when the train stops maintaining it.',
    );
    const retirement = { rationale: 'x'.repeat(20), decidedBy: PRIYA, decidedAt: '2026-05-04T09:30:00.000Z', version: 1 };
    expect(noDecisionWords({ pi: null, statusCategory: 'done', outcome: { ...delivered('retired', '2026-01-30', 300), retirement } })).toBe(
      'Not planned in a PI: the retire decision is shown with the outcome above.',
    );
  });
});
