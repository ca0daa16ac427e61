import { format, parseISO, subMonths } from 'date-fns';
import type { Assessment } from '../shared/assessment';
import { isCalendarDate } from '../shared/calendar-date';
import { OUTCOME_STATUSES, type Delivery, type OutcomeReport, type OutcomeRow, type OutcomeStatus } from '../shared/outcome';
import { longDay } from '../shared/outcome-words';
import type { StatusCategory } from './model';
import { compareText, countOf } from './text';

/**
 * The outcomes list of a scope (src/shared/outcome.ts), from its scored
 * items: the delivered ones by outcome status, what needs action first.
 *
 * Which items are listed: those in a Done status category whose delivery day
 * is on or after `since` (on the day itself included). An item Done on a day
 * Jira does not tell (no resolution date, no transition into its status in
 * the history) is listed too, whatever `since` says: it cannot be shown to
 * be older, and leaving it out would hide it from every list. Such an item is
 * pending with no dates (or evidenced or retired, as outcomeOf decides), and
 * sorts last within its status. Items not Done (`not-delivered`) are never listed.
 */

/** The statuses an outcomes list holds, in list order. */
export type ListedStatus = Exclude<OutcomeStatus, 'not-delivered'>;
export const LISTED_STATUSES: readonly ListedStatus[] = OUTCOME_STATUSES.filter((s): s is ListedStatus => s !== 'not-delivered');

/** What a row is made from: an assessment's identity and its outcome. */
export type OutcomeSource = Pick<Assessment, 'key' | 'summary' | 'projectKey' | 'issueType' | 'status' | 'statusCategory' | 'pi' | 'outcome'>;

/** Whether an item belongs in the outcomes list since `since`: Done, and delivered on or after that day or on an unknown day. */
export const isDeliveredSince = (statusCategory: StatusCategory, delivery: Delivery | null, since: string): boolean =>
  statusCategory === 'done' && (delivery === null || delivery.on >= since);

/** The list's default first day: `months` calendar months before today (31 March less one month is 28 or 29 February). */
export const lookbackStart = (today: string, months: number): string => format(subMonths(parseISO(today), months), 'yyyy-MM-dd');

/** Why `since` cannot start an outcomes list on `today`, in words a person can act on; null when it can. */
export const sinceProblem = (since: string, today: string): string | null => {
  if (!isCalendarDate(since)) return `The outcomes list starts on a day written like 2026-03-31; "${since}" is not one.`;
  if (since > today) return `The outcomes list cannot start after today (${today}): ${since} is in the future. Give a day on or before today.`;
  return null;
};

const rank = (status: OutcomeStatus): number => OUTCOME_STATUSES.indexOf(status);

/** Status order, then the longest since delivery first (an unknown delivery day last), then key in human order. */
export const compareOutcomeRows = (a: OutcomeRow, b: OutcomeRow): number => {
  const byStatus = rank(a.outcome.status) - rank(b.outcome.status);
  if (byStatus !== 0) return byStatus;
  const da = a.outcome.daysSinceDelivery;
  const db = b.outcome.daysSinceDelivery;
  if (da !== db) {
    if (da === null) return 1;
    if (db === null) return -1;
    return db - da;
  }
  return compareText(a.key, b.key);
};

export const outcomeRowOf = (a: OutcomeSource): OutcomeRow => ({
  key: a.key,
  summary: a.summary,
  projectKey: a.projectKey,
  issueType: a.issueType,
  status: a.status,
  statusCategory: a.statusCategory,
  pi: a.pi,
  outcome: a.outcome,
});

export type OutcomeCounts = OutcomeReport['counts'];

export const outcomeCounts = (rows: readonly OutcomeRow[]): OutcomeCounts => {
  const counts: Record<ListedStatus, number> = { overdue: 0, pending: 0, evidenced: 0, retired: 0 };
  for (const r of rows) if (r.outcome.status !== 'not-delivered') counts[r.outcome.status] += 1;
  return counts;
};

/** The other statuses in the words of a headline, overdue aside: "3 evidenced, 1 pending, 1 retired". */
const restWords = (counts: OutcomeCounts): string =>
  (['evidenced', 'pending', 'retired'] as const)
    .filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${s}`)
    .join(', ');

/**
 * "2 of 6 items delivered since 3 December 2025 show no sign of use: zombie product candidates";
 * without an overdue item "No item delivered since 3 December 2025 is overdue: 3 evidenced, 1 pending";
 * for an empty list, what to do to see more. Items with an unknown delivery day count among those delivered.
 */
export const outcomeHeadline = (counts: OutcomeCounts, since: string, today: string): string => {
  const day = longDay(since, today);
  const total = counts.overdue + counts.pending + counts.evidenced + counts.retired;
  if (total === 0)
    return `No work item of this scope was delivered since ${day}. To look further back, raise the project setting outcome.lookbackMonths, or give the CLI an earlier --since.`;
  if (counts.overdue === 0) return `No item delivered since ${day} is overdue: ${restWords(counts)}`;
  const one = counts.overdue === 1;
  return `${counts.overdue} of ${countOf(total, 'item')} delivered since ${day} ${one ? 'shows' : 'show'} no sign of use: ${one ? 'a zombie product candidate' : 'zombie product candidates'}`;
};

/** The listed rows (see the module comment), sorted, with their counts and headline. */
export const outcomeListOf = (
  assessed: readonly OutcomeSource[],
  since: string,
  today: string,
): Pick<OutcomeReport, 'items' | 'counts' | 'headline'> => {
  const items = assessed
    .filter((a) => a.outcome.status !== 'not-delivered' && isDeliveredSince(a.statusCategory, a.outcome.delivery, since))
    .map(outcomeRowOf)
    .sort(compareOutcomeRows);
  const counts = outcomeCounts(items);
  return { items, counts, headline: outcomeHeadline(counts, since, today) };
};
