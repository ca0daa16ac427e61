import fc from 'fast-check';
import { scoreWorkItem } from '../../src/domain';
import {
  compareOutcomeRows,
  isDeliveredSince,
  LISTED_STATUSES,
  lookbackStart,
  outcomeHeadline,
  outcomeListOf,
  sinceProblem,
  type OutcomeSource,
} from '../../src/domain/outcome-list';
import type { Delivery, OutcomeStatus } from '../../src/shared/outcome';
import { calendar, evidence, settings, TODAY, workItem } from './builders';
import type { DecisionRecord } from '../../src/shared/decision';

/**
 * The outcomes list from scored items (src/domain/outcome-list.ts). Items are
 * scored with scoreWorkItem, so each row's outcome is the one the panel shows.
 * TODAY is 2026-11-26; the default due is 12 weeks after delivery.
 */

const SINCE = '2025-12-03';
const done = { status: 'Done', statusCategory: 'done' as const };
const delivered = (on: string, from: Delivery['from'] = 'resolution'): Delivery => ({ on, from });
const retire: DecisionRecord = {
  id: 'd1',
  version: 1,
  kind: 'retire',
  pi: 'PI 26.2',
  rationale: 'Nobody opens the dashboard; the ward uses the paper board.',
  verdictAtDecision: 'delivered',
  decidedBy: { accountId: 'a', displayName: 'Dana Whitfield' },
  decidedAt: '2026-10-01T10:00:00.000Z',
};

const assess = (key: string, o: { on?: string | null; adoption?: string; retired?: boolean; open?: boolean }): OutcomeSource =>
  scoreWorkItem(
    workItem({
      id: key,
      key,
      ...(o.open === true ? {} : done),
      delivery: o.open === true || o.on === null || o.on === undefined ? null : delivered(o.on),
      evidence: o.adoption === undefined ? [] : [evidence({ kind: 'adoption', observedOn: o.adoption, figure: 41, unit: 'active users' })],
      decisions: o.retired === true ? [retire] : [],
    }),
    calendar(),
    settings(),
    TODAY,
  );

/** Two overdue (delivered 2026-01-05 and 2026-03-02), one pending (2026-10-01), one evidenced, one retired, one Done on an unknown day, one open. */
const SCOPE: OutcomeSource[] = [
  assess('CLIN-10', { on: '2026-03-02' }),
  assess('CLIN-2', { on: '2026-01-05' }),
  assess('CLIN-3', { on: '2026-10-01' }),
  assess('CLIN-4', { on: '2026-02-10', adoption: '2026-05-01' }),
  assess('CLIN-5', { on: '2026-01-20', retired: true }),
  assess('CLIN-6', { on: null }),
  assess('CLIN-7', { open: true }),
];

const statuses = (rows: readonly { key: string; outcome: { status: OutcomeStatus } }[]) => rows.map((r) => [r.key, r.outcome.status]);

describe('outcomeListOf: which items, in what order', () => {
  it('lists overdue first (longest since delivery first), then pending (an unknown delivery day last), evidenced, retired; never an open item', () => {
    const list = outcomeListOf(SCOPE, SINCE, TODAY);
    expect(statuses(list.items)).toEqual([
      ['CLIN-2', 'overdue'],
      ['CLIN-10', 'overdue'],
      ['CLIN-3', 'pending'],
      ['CLIN-6', 'pending'],
      ['CLIN-4', 'evidenced'],
      ['CLIN-5', 'retired'],
    ]);
    expect(list.items.map((r) => r.outcome.daysSinceDelivery)).toEqual([325, 269, 56, null, 289, 310]);
    expect(list.counts).toEqual({ overdue: 2, pending: 2, evidenced: 1, retired: 1 });
  });

  it('orders whatever order the items come in', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(SCOPE, { minLength: SCOPE.length, maxLength: SCOPE.length }), (shuffled) => {
        expect(outcomeListOf(shuffled, SINCE, TODAY).items.map((r) => r.key)).toEqual(outcomeListOf(SCOPE, SINCE, TODAY).items.map((r) => r.key));
      }),
    );
  });

  it('breaks ties by key in human order (CLIN-2 before CLIN-10), and keeps each row as the assessment says', () => {
    const list = outcomeListOf([assess('CLIN-10', { on: '2026-03-02' }), assess('CLIN-2', { on: '2026-03-02' })], SINCE, TODAY);
    expect(list.items.map((r) => r.key)).toEqual(['CLIN-2', 'CLIN-10']);
    const source = SCOPE[0];
    expect(list.items[1]).toEqual({
      key: 'CLIN-10',
      summary: source?.summary,
      projectKey: 'CLIN',
      issueType: 'Epic',
      status: 'Done',
      statusCategory: 'done',
      pi: source?.pi,
      outcome: expect.objectContaining({ status: 'overdue', delivery: delivered('2026-03-02'), dueOn: '2026-05-25', daysSinceDelivery: 269 }),
    });
  });

  it('compareOutcomeRows follows OUTCOME_STATUSES, not-delivered aside', () => {
    expect(LISTED_STATUSES).toEqual(['overdue', 'pending', 'evidenced', 'retired']);
    const rows = outcomeListOf(SCOPE, SINCE, TODAY).items;
    for (let i = 1; i < rows.length; i += 1) expect(compareOutcomeRows(rows[i - 1]!, rows[i]!)).toBeLessThan(0);
  });
});

describe('since: the delivery day on or after it, an unknown day always', () => {
  it('includes an item delivered on the day itself and leaves out the day before', () => {
    const list = outcomeListOf([assess('CLIN-1', { on: '2026-03-02' }), assess('CLIN-2', { on: '2026-03-01' })], '2026-03-02', TODAY);
    expect(list.items.map((r) => r.key)).toEqual(['CLIN-1']);
  });

  it('lists an item Done on a day Jira does not tell, however late since is, pending with no dates', () => {
    const list = outcomeListOf([assess('CLIN-6', { on: null })], TODAY, TODAY);
    expect(list.items).toHaveLength(1);
    expect(list.items[0]?.outcome).toMatchObject({ status: 'pending', delivery: null, dueOn: null, daysSinceDelivery: null });
  });

  it('isDeliveredSince: Done only; the boundary day in', () => {
    expect(isDeliveredSince('done', delivered('2026-03-02'), '2026-03-02')).toBe(true);
    expect(isDeliveredSince('done', delivered('2026-03-01', 'changelog'), '2026-03-02')).toBe(false);
    expect(isDeliveredSince('done', null, '2026-03-02')).toBe(true);
    expect(isDeliveredSince('indeterminate', null, '2026-03-02')).toBe(false);
    expect(isDeliveredSince('new', delivered('2026-03-05'), '2026-03-02')).toBe(false);
  });

  it('the default since is the lookback in calendar months, at month ends and leap days too', () => {
    expect(lookbackStart('2026-11-26', 12)).toBe('2025-11-26');
    expect(lookbackStart('2026-03-31', 1)).toBe('2026-02-28');
    expect(lookbackStart('2028-03-31', 1)).toBe('2028-02-29');
    expect(lookbackStart('2028-02-29', 12)).toBe('2027-02-28');
    expect(lookbackStart('2026-01-15', 60)).toBe('2021-01-15');
  });

  it('sinceProblem refuses a day after today and a string that is not a day, with what to do', () => {
    expect(sinceProblem(TODAY, TODAY)).toBeNull();
    expect(sinceProblem('2020-01-01', TODAY)).toBeNull();
    expect(sinceProblem('2026-11-27', TODAY)).toBe('The outcomes list cannot start after today (2026-11-26): 2026-11-27 is in the future. Give a day on or before today.');
    expect(sinceProblem('2026-02-30', TODAY)).toBe('The outcomes list starts on a day written like 2026-03-31; "2026-02-30" is not one.');
    expect(sinceProblem('last week', TODAY)).toContain('"last week" is not one');
  });
});

describe('the headline', () => {
  it('names the overdue share of everything delivered since, zombie product candidates', () => {
    expect(outcomeListOf(SCOPE, SINCE, TODAY).headline).toBe('2 of 6 items delivered since 3 December 2025 show no sign of use: zombie product candidates');
  });

  it('one overdue item: singular words; a since in this year without the year', () => {
    expect(outcomeHeadline({ overdue: 1, pending: 0, evidenced: 0, retired: 0 }, '2026-03-03', TODAY)).toBe(
      '1 of 1 item delivered since 3 March shows no sign of use: a zombie product candidate',
    );
  });

  it('without an overdue item: the other statuses that have items, evidenced first', () => {
    expect(outcomeHeadline({ overdue: 0, pending: 1, evidenced: 3, retired: 0 }, SINCE, TODAY)).toBe('No item delivered since 3 December 2025 is overdue: 3 evidenced, 1 pending');
    expect(outcomeHeadline({ overdue: 0, pending: 0, evidenced: 0, retired: 2 }, SINCE, TODAY)).toBe('No item delivered since 3 December 2025 is overdue: 2 retired');
    const noOverdue = outcomeListOf(SCOPE.filter((a) => a.outcome.status !== 'overdue'), SINCE, TODAY);
    expect(noOverdue.headline).toBe('No item delivered since 3 December 2025 is overdue: 1 evidenced, 2 pending, 1 retired');
  });

  it('an empty list says what to do to see more', () => {
    const empty = outcomeListOf([assess('CLIN-7', { open: true }), assess('CLIN-1', { on: '2025-01-01' })], SINCE, TODAY);
    expect(empty.items).toEqual([]);
    expect(empty.counts).toEqual({ overdue: 0, pending: 0, evidenced: 0, retired: 0 });
    expect(empty.headline).toBe(
      'No work item of this scope was delivered since 3 December 2025. To look further back, raise the project setting outcome.lookbackMonths, or give the CLI an earlier --since.',
    );
  });
});
