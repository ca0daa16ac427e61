import type { EvidenceKind } from '../../../src/shared/evidence';
import { OUTCOME_STATUSES, type OutcomeReport, type OutcomeRow, type OutcomeStatus } from '../../../src/shared/outcome';
import { calendarDaysBetween } from '../../../src/shared/day-number';
import { agoWords, longDay, measureWords, spanWords } from '../../../src/shared/outcome-words';

/**
 * The outcomes list of the gadget and the PI review page in words
 * (src/shared/outcome.ts): each row's cells, the counts line, the status
 * filter and the empty states. Pure, so it is unit-tested without the
 * Atlaskit components (test/static/outcome-rows.test.ts). The server sorts
 * the list (overdue first); nothing here sorts it again.
 */

export type ListedStatus = Exclude<OutcomeStatus, 'not-delivered'>;
export const LISTED_STATUSES: readonly ListedStatus[] = OUTCOME_STATUSES.filter((s): s is ListedStatus => s !== 'not-delivered');

/** The status filter: every listed status, or one. */
export type OutcomeFilter = 'all' | ListedStatus;
export const OUTCOME_FILTERS: readonly OutcomeFilter[] = ['all', ...LISTED_STATUSES];

const FILTER_NAMES: Readonly<Record<OutcomeFilter, string>> = { all: 'All', overdue: 'Overdue', pending: 'Pending', evidenced: 'Evidenced', retired: 'Retired' };

/** "Overdue (2)", "All (6)": a filter button's words. */
export const filterLabel = (f: OutcomeFilter, counts: OutcomeReport['counts']): string =>
  `${FILTER_NAMES[f]} (${f === 'all' ? LISTED_STATUSES.reduce((n, s) => n + counts[s], 0) : counts[f]})`;

/** The rows the filter lets through, in the report's order. */
export const filterOutcomeRows = (items: readonly OutcomeRow[], f: OutcomeFilter): readonly OutcomeRow[] =>
  f === 'all' ? items : items.filter((r) => r.outcome.status === f);

const rank = (s: OutcomeStatus): number => OUTCOME_STATUSES.indexOf(s);

/**
 * Whether rows stand in the list order the report promises: status order
 * (overdue, pending, evidenced, retired), then the longest since delivery
 * first, an unknown delivery day last. (Ties by key are the server's to break.)
 */
export const isInListOrder = (items: readonly OutcomeRow[]): boolean =>
  items.every((b, i) => {
    const a = items[i - 1];
    if (a === undefined) return true;
    const byStatus = rank(a.outcome.status) - rank(b.outcome.status);
    if (byStatus !== 0) return byStatus < 0;
    const da = a.outcome.daysSinceDelivery;
    const db = b.outcome.daysSinceDelivery;
    if (da === null) return db === null;
    return db === null || da >= db;
  });

/**
 * The kinds of record that evidence an outcome, named as the evidence list names them. Not
 * EVIDENCE_KIND_LABELS: src/shared/evidence.ts brings zod, which the gadget cannot afford (bundle budget).
 */
const kindWords = (kind: EvidenceKind): string => (kind === 'adoption' ? 'Adoption' : kind === 'outcome' ? 'Outcome' : kind);



/** White space collapsed, cut at a word to at most `max` characters with an ellipsis. */
export const shorten = (text: string, max = 60): string => {
  const flat = text.trim().replace(/\s+/g, ' ');
  const chars = Array.from(flat);
  if (chars.length <= max) return flat;
  const cut = chars.slice(0, max - 1).join('');
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > max / 2 ? cut.slice(0, atWord) : cut).replace(/[\s,;:.–-]+$/u, '')}…`;
};

/** One cell: its words and, under them, the subtle words that explain them (may be empty). */
export interface CellWords {
  readonly text: string;
  readonly detail: string;
}

/** Everything a row of the outcomes list says besides its lozenge, key and summary. */
export interface OutcomeRowWords {
  readonly delivered: CellWords;
  readonly since: string;
  readonly due: CellWords;
  readonly note: CellWords;
  /** What the row's note says in full (the shortened rationale or summary), for a title. */
  readonly noteTitle: string;
}

const deliveredWords = (r: OutcomeRow, today: string): CellWords => {
  const d = r.outcome.delivery;
  if (d === null) return { text: 'Day unknown', detail: 'no resolution date, no move to Done in the history' };
  return {
    text: longDay(d.on, today),
    detail: d.from === 'resolution' ? 'from the resolution date' : `from the move to ${r.status.trim() || 'Done'} in the history`,
  };
};

const dueWords = (r: OutcomeRow, today: string): CellWords => {
  const o = r.outcome;
  if (o.status === 'retired') return { text: '—', detail: 'none, retired' };
  if (o.dueOn === null) return { text: '—', detail: 'no delivery day to count from' };
  const text = longDay(o.dueOn, today);
  const gap = calendarDaysBetween(o.dueOn, today);
  switch (o.status) {
    case 'overdue':
      return { text, detail: `passed ${agoWords(gap)}` };
    case 'pending':
      return { text, detail: gap === 0 ? 'due today' : `in ${spanWords(-gap)}` };
    default:
      return { text, detail: 'evidence seen' };
  }
};

/** A retire rationale is the row's whole story: it gets more room than an evidence summary. */
const RATIONALE_CHARS = 90;

const noteWords = (r: OutcomeRow, today: string): CellWords & { full: string } => {
  const o = r.outcome;
  if (o.status === 'retired' && o.retirement !== null) {
    const by = o.retirement.decidedBy.displayName.trim() || 'someone';
    return {
      text: `Retired: ${shorten(o.retirement.rationale, RATIONALE_CHARS)}`,
      detail: `by ${by}, ${longDay(o.retirement.decidedAt.slice(0, 10), today)}`,
      full: o.retirement.rationale.trim(),
    };
  }
  const newest = o.evidence[0];
  if (o.status === 'evidenced' && newest !== undefined) {
    const more = o.evidence.length - 1;
    return {
      text: newest.figure === null ? shorten(newest.summary) : measureWords(newest.figure, newest.unit),
      detail: `${kindWords(newest.kind)}, ${newest.sourceName}, ${longDay(newest.observedOn, today)}${more > 0 ? ` (+${more} more)` : ''}`,
      full: newest.summary.trim(),
    };
  }
  if (o.status === 'overdue') return { text: 'No sign of use', detail: 'add adoption or outcome evidence, or retire it', full: '' };
  if (o.status === 'pending') return { text: 'No sign of use yet', detail: o.delivery === null ? 'add evidence once it is in use' : '', full: '' };
  return { text: '', detail: '', full: '' };
};

/** The words of one row, as of the report's today. */
export const outcomeRowWords = (r: OutcomeRow, today: string): OutcomeRowWords => {
  const note = noteWords(r, today);
  const days = r.outcome.daysSinceDelivery;
  return {
    delivered: deliveredWords(r, today),
    since: days === null ? 'unknown' : agoWords(days),
    due: dueWords(r, today),
    note: { text: note.text, detail: note.detail },
    noteTitle: note.full,
  };
};

/**
 * "2 overdue · 1 pending · 2 evidenced · 1 retired · delivered since 26 November 2025 ·
 * outcome due 12 weeks after delivery": the line under the headline.
 */
export const countsLine = (report: Pick<OutcomeReport, 'counts' | 'since' | 'today' | 'dueWeeks'>): string =>
  [
    ...LISTED_STATUSES.map((s) => `${report.counts[s]} ${s}`),
    `delivered since ${longDay(report.since, report.today)}`,
    `outcome due ${report.dueWeeks} week${report.dueWeeks === 1 ? '' : 's'} after delivery`,
  ].join(' · ');

/** The number of listed rows. */
export const listedCount = (report: Pick<OutcomeReport, 'counts'>): number => LISTED_STATUSES.reduce((n, s) => n + report.counts[s], 0);

/** The empty list: what it means and what to do. */
export const emptyWords = (report: Pick<OutcomeReport, 'since' | 'today' | 'scopeLabel'>): { header: string; description: string } => ({
  header: `No work item of this scope was delivered since ${longDay(report.since, report.today)}`,
  description: `Items are listed once they reach a Done status (${report.scopeLabel}). To look further back, raise the project setting outcome.lookbackMonths (Project settings, Factory Gravity), or choose a wider scope.`,
});

/** The words when the filter hides every row. */
export const filteredEmptyWords = (f: OutcomeFilter): string =>
  f === 'all' ? 'No delivered items to show.' : `No ${f} items. Choose All to see every delivered item.`;

/** The table's caption: what it lists and how many of them are shown. */
export const captionWords = (report: Pick<OutcomeReport, 'scopeLabel' | 'counts'>, shown: number): string =>
  `${report.scopeLabel}: delivered items by outcome, overdue first, the longest since delivery first (${shown} of ${listedCount(report)} shown)`;
