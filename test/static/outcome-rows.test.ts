import fc from 'fast-check';
import { measureWords } from '../../src/shared/outcome-words';
import { compareOutcomeRows } from '../../src/domain/outcome-list';
import { EVIDENCE_KIND_LABELS, OUTCOME_EVIDENCE_KINDS } from '../../src/shared/evidence';
import type { OutcomeStatus } from '../../src/shared/outcome';
import {
  captionWords,
  countsLine,
  emptyWords,
  filterLabel,
  filterOutcomeRows,
  filteredEmptyWords,
  isInListOrder,
  LISTED_STATUSES,
  OUTCOME_FILTERS,
  outcomeRowWords,
  shorten,
  type ListedStatus,
} from '../../static/common/outcomes/outcome-rows';
import { adoption, aReport, aRow, TODAY } from './outcome-fixture';

/**
 * The outcomes list's words (static/common/outcomes/outcome-rows.ts), on
 * hand-built rows and reports: each status's cells, where the delivery day
 * comes from, the due day before and after it passes, the note, the counts
 * line, the status filter (which keeps the report's order) and the empty states.
 */

describe('a row in words', () => {
  it('overdue: the delivery day with its source, the time since, the due day passed, "No sign of use"', () => {
    const w = outcomeRowWords(aRow('CLIN-40', { status: 'overdue', delivery: { on: '2026-03-03', from: 'resolution' }, dueOn: '2026-05-26', daysSinceDelivery: 268 }), TODAY);
    expect(w.delivered).toEqual({ text: '3 March', detail: 'from the resolution date' });
    expect(w.since).toBe('8 months ago');
    expect(w.due).toEqual({ text: '26 May', detail: 'passed 6 months ago' });
    expect(w.note).toEqual({ text: 'No sign of use', detail: 'add adoption or outcome evidence, or retire it' });
  });

  it('names the status the history moved the item into when the day comes from the changelog', () => {
    const w = outcomeRowWords(aRow('CLIN-41', { delivery: { on: '2026-10-01', from: 'changelog' } }, { status: 'Closed' }), TODAY);
    expect(w.delivered).toEqual({ text: '1 October', detail: 'from the move to Closed in the history' });
  });

  it('says the year of a day in another year than today', () => {
    const w = outcomeRowWords(aRow('CLIN-42', { status: 'overdue', delivery: { on: '2025-12-31', from: 'resolution' }, dueOn: '2026-03-25', daysSinceDelivery: 330 }), TODAY);
    expect(w.delivered.text).toBe('31 December 2025');
    expect(w.due.text).toBe('25 March');
  });

  it('pending: the due day ahead, "due today" on the day itself, and "No sign of use yet"', () => {
    const ahead = outcomeRowWords(aRow('CLIN-43'), TODAY);
    expect(ahead.due).toEqual({ text: '24 December', detail: 'in 4 weeks' });
    expect(ahead.note.text).toBe('No sign of use yet');
    expect(ahead.since).toBe('8 weeks ago');
    expect(outcomeRowWords(aRow('CLIN-44', { dueOn: TODAY, daysSinceDelivery: 84 }), TODAY).due).toEqual({ text: '26 November', detail: 'due today' });
    expect(outcomeRowWords(aRow('CLIN-45', { delivery: { on: TODAY, from: 'resolution' }, daysSinceDelivery: 0 }), TODAY).since).toBe('today');
  });

  it('pending on a day Jira does not tell: no dates, and what to do', () => {
    const w = outcomeRowWords(aRow('CLIN-46', { delivery: null, dueOn: null, daysSinceDelivery: null }), TODAY);
    expect(w.delivered).toEqual({ text: 'Day unknown', detail: 'no resolution date, no move to Done in the history' });
    expect(w.since).toBe('unknown');
    expect(w.due.text).toBe('—');
    expect(w.note).toEqual({ text: 'No sign of use yet', detail: 'add evidence once it is in use' });
  });

  it('evidenced: the newest record as its figure and unit, with its kind, source and day; the due day met', () => {
    const w = outcomeRowWords(aRow('CLIN-47', { status: 'evidenced', evidence: [adoption(), adoption({ id: 'ev-0', figure: 150, observedOn: '2026-10-20' })] }), TODAY);
    expect(w.note).toEqual({ text: '212 weekly active users', detail: 'Adoption, Product analytics, 2 November (+1 more)' });
    expect(w.noteTitle).toBe('Ward nurses open the discharge checklist every shift');
    expect(w.due).toEqual({ text: '24 December', detail: 'evidence seen' });
  });

  it('evidenced without a figure: the summary, shortened at a word', () => {
    const long = 'Readmissions within 30 days fell on the two wards that use the discharge checklist every day, per the quality team';
    const w = outcomeRowWords(aRow('CLIN-48', { status: 'evidenced', evidence: [adoption({ kind: 'outcome', figure: null, unit: null, summary: long })] }), TODAY);
    expect(w.note.text).toBe('Readmissions within 30 days fell on the two wards that use…');
    expect(w.note.detail).toBe('Outcome, Product analytics, 2 November');
    expect(w.noteTitle).toBe(long);
  });

  it('names each kind of outcome evidence as the evidence list does (without importing its zod schemas)', () => {
    for (const kind of OUTCOME_EVIDENCE_KINDS) {
      const w = outcomeRowWords(aRow('CLIN-50', { status: 'evidenced', evidence: [adoption({ kind })] }), TODAY);
      expect(w.note.detail.startsWith(`${EVIDENCE_KIND_LABELS[kind]}, `)).toBe(true);
    }
  });

  it('retired: the rationale shortened, who retired it and when, nothing due', () => {
    const rationale = 'Nobody opened the bed-occupancy dashboard in six months; the wards use the whiteboard instead, so we stop maintaining it.';
    const w = outcomeRowWords(
      aRow('CLIN-49', {
        status: 'retired',
        retirement: { rationale, decidedBy: { accountId: 'a-1', displayName: 'Dana Whitfield' }, decidedAt: '2026-09-14T10:00:00.000Z', version: 1 },
      }),
      TODAY,
    );
    expect(w.note.text).toBe('Retired: Nobody opened the bed-occupancy dashboard in six months; the wards use the whiteboard…');
    expect(w.note.detail).toBe('by Dana Whitfield, 14 September');
    expect(w.noteTitle).toBe(rationale);
    expect(w.due).toEqual({ text: '—', detail: 'none, retired' });
  });
});

describe('measures and shortened text', () => {
  it.each([
    [212, 'weekly active users', '212 weekly active users'],
    [1250, 'logins', '1,250 logins'],
    [-18, '%', '-18%'],
    [-18, '% fewer readmissions', '-18% fewer readmissions'],
    [3.456, null, '3.456'],
    [7, '  ', '7'],
  ])('%p %p reads "%s"', (figure, unit, words) => {
    expect(measureWords(figure, unit)).toBe(words);
  });

  it('keeps short text (white space collapsed) and cuts long text to at most the limit, ending in an ellipsis', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: 10, max: 120 }), (text, max) => {
        const flat = text.trim().replace(/\s+/g, ' ');
        const out = shorten(text, max);
        if (Array.from(flat).length <= max) return out === flat;
        return out.endsWith('…') && Array.from(out).length <= max && flat.startsWith(out.slice(0, -1));
      }),
    );
  });
});

const statusArb = fc.constantFrom<ListedStatus>(...LISTED_STATUSES);
const rowArb = fc.record({ n: fc.integer({ min: 1, max: 999 }), status: statusArb, days: fc.option(fc.integer({ min: 0, max: 900 })) }).map(({ n, status, days }) =>
  aRow(`CLIN-${n}`, { status, daysSinceDelivery: days, delivery: days === null ? null : { on: '2026-01-01', from: 'resolution' } }),
);
const sortedRowsArb = fc.uniqueArray(rowArb, { selector: (r) => r.key, maxLength: 30 }).map((rows) => [...rows].sort(compareOutcomeRows));

describe('the list order', () => {
  it('holds for every list the server sorts (compareOutcomeRows)', () => {
    fc.assert(fc.property(sortedRowsArb, (rows) => isInListOrder(rows)));
  });

  it('finds a row of a later status before an earlier one', () => {
    expect(isInListOrder([aRow('CLIN-1', { status: 'pending' }), aRow('CLIN-2', { status: 'overdue' })])).toBe(false);
    expect(isInListOrder([aRow('CLIN-1', { status: 'retired' }), aRow('CLIN-2', { status: 'evidenced' })])).toBe(false);
  });

  it('finds the shorter time since delivery first, and an unknown delivery day before a known one', () => {
    expect(isInListOrder([aRow('CLIN-1', { daysSinceDelivery: 10 }), aRow('CLIN-2', { daysSinceDelivery: 40 })])).toBe(false);
    expect(isInListOrder([aRow('CLIN-1', { daysSinceDelivery: null }), aRow('CLIN-2', { daysSinceDelivery: 40 })])).toBe(false);
    expect(isInListOrder([aRow('CLIN-1', { daysSinceDelivery: 40 }), aRow('CLIN-2', { daysSinceDelivery: null }), aRow('CLIN-3', { daysSinceDelivery: null })])).toBe(true);
  });

  it('the status filter keeps the report order and only rows of the status chosen; All keeps every row', () => {
    fc.assert(
      fc.property(sortedRowsArb, fc.constantFrom(...OUTCOME_FILTERS), (rows, f) => {
        const shown = filterOutcomeRows(rows, f);
        const expected = f === 'all' ? rows : rows.filter((r) => r.outcome.status === f);
        return JSON.stringify(shown.map((r) => r.key)) === JSON.stringify(expected.map((r) => r.key)) && isInListOrder(shown);
      }),
    );
  });
});

describe('the counts, the filter labels and the empty states', () => {
  const items = [
    aRow('CLIN-40', { status: 'overdue' as OutcomeStatus }),
    aRow('CLIN-41', { status: 'overdue' }),
    aRow('CLIN-43', { status: 'pending' }),
    aRow('CLIN-47', { status: 'evidenced' }),
    aRow('CLIN-48', { status: 'evidenced' }),
    aRow('CLIN-49', { status: 'retired' }),
  ];
  const report = aReport(items);

  it('says every count, the lookback and the due weeks in one line', () => {
    expect(countsLine(report)).toBe('2 overdue · 1 pending · 2 evidenced · 1 retired · delivered since 26 November 2025 · outcome due 12 weeks after delivery');
    expect(countsLine({ ...report, dueWeeks: 1 })).toContain('outcome due 1 week after delivery');
  });

  it('labels each filter with its count, All with the total', () => {
    expect(OUTCOME_FILTERS.map((f) => filterLabel(f, report.counts))).toEqual(['All (6)', 'Overdue (2)', 'Pending (1)', 'Evidenced (2)', 'Retired (1)']);
  });

  it('captions the table with how many rows are shown of how many', () => {
    expect(captionWords(report, 2)).toBe('Project CLIN: delivered items by outcome, overdue first, the longest since delivery first (2 of 6 shown)');
  });

  it('says what to do when nothing was delivered since the lookback, and when the filter hides every row', () => {
    const empty = emptyWords(aReport([]));
    expect(empty.header).toBe('No work item of this scope was delivered since 26 November 2025');
    expect(empty.description).toContain('outcome.lookbackMonths');
    expect(empty.description).toContain('wider scope');
    expect(filteredEmptyWords('retired')).toBe('No retired items. Choose All to see every delivered item.');
  });
});
