import type { Assessment } from '../../../src/shared/assessment';
import { EVIDENCE_KIND_LABELS } from '../../../src/shared/evidence';
import type { OutcomeEvidence, OutcomeStatus, OutcomeView } from '../../../src/shared/outcome';
import { addCalendarDays, calendarDaysBetween } from '../../../src/shared/day-number';
import { agoWords, longDay, measureWords, spanWords } from '../../../src/shared/outcome-words';

/**
 * What the issue panel says about a delivered item's outcome check
 * (src/shared/outcome.ts), in words: pure, so it is unit-tested without the
 * Atlaskit components (test/static/outcome-view.test.ts). On a Done item the
 * outcome leads the panel; on any other item the panel looks as it always did.
 */

/** One fact under the headline: "Delivered" "17 July 2026 (from the move to Done in the history)". */
export interface OutcomeFact {
  readonly id: 'delivered' | 'due' | 'since' | 'evidence' | 'retired';
  readonly label: string;
  readonly value: string;
}

export interface OutcomeWords {
  readonly status: Exclude<OutcomeStatus, 'not-delivered'>;
  /** "Delivered on 3 March, no sign of use since: a zombie product candidate" */
  readonly headline: string;
  readonly facts: readonly OutcomeFact[];
  /** The actions a person who may edit gets; none for the others. */
  readonly actions: readonly OutcomeAction[];
}

export type OutcomeAction = 'add-adoption-evidence' | 'retire';

/** Whether the outcome leads the panel: the item is Done (status category), whatever its outcome says. */
export const outcomeLeads = (a: Pick<Assessment, 'statusCategory'>): boolean => a.statusCategory === 'done';


/**
 * The day the assessment was made: the delivery day plus the days since it, as
 * the server counted them. The panel has no clock of its own worth trusting
 * (the server's today decides every status); `fallback` serves only when the
 * delivery day is unknown, to say a year or not.
 */
export const assessedOn = (o: OutcomeView, fallback: string): string =>
  o.delivery !== null && o.daysSinceDelivery !== null ? addCalendarDays(o.delivery.on, o.daysSinceDelivery) : fallback;


const QUOTE_CHARS = 100;

/** Text as the headline quotes it: white space collapsed, cut to about 100 characters with an ellipsis. */
export const quoted = (text: string, max = QUOTE_CHARS): string => {
  const flat = text.trim().replace(/\s+/g, ' ');
  const chars = Array.from(flat);
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
};

/** "212 weekly active users" or, without a figure, the record's summary in quotes. */
const evidenceWords = (e: OutcomeEvidence): string => (e.figure === null ? `“${quoted(e.summary)}”` : measureWords(e.figure, e.unit));

/** Where the delivery day comes from, in the words of the panel. */
export const deliverySourceWords = (o: OutcomeView, status: string): string =>
  o.delivery === null
    ? 'Jira does not tell the delivery day'
    : o.delivery.from === 'resolution'
      ? 'from the resolution date'
      : `from the move to ${status.trim() || 'Done'} in the history`;

const retiredBy = (o: OutcomeView): string => o.retirement?.decidedBy.displayName.trim() || 'someone';

export const outcomeHeadline = (o: OutcomeView, today: string): string => {
  const on = o.delivery?.on ?? null;
  switch (o.status) {
    case 'overdue':
      return on === null ? 'Done, no sign of use: a zombie product candidate' : `Delivered on ${longDay(on, today)}, no sign of use since: a zombie product candidate`;
    case 'pending':
      return on === null || o.dueOn === null || o.daysSinceDelivery === null
        ? 'Done on a day Jira does not tell: add adoption or outcome evidence once it is in use'
        : `Delivered ${agoWords(o.daysSinceDelivery)}: adoption or outcome evidence is due by ${longDay(o.dueOn, today)}`;
    case 'evidenced': {
      const newest = o.evidence[0];
      if (newest === undefined) return 'In use: adoption or outcome evidence since delivery';
      const lead = newest.kind === 'outcome' ? 'Outcome seen' : 'In use';
      return `${lead}: ${evidenceWords(newest)} (observed ${longDay(newest.observedOn, today)})`;
    }
    case 'retired':
      return o.retirement === null
        ? 'Retired'
        : `Retired on ${longDay(o.retirement.decidedAt.slice(0, 10), today)} by ${retiredBy(o)}: “${quoted(o.retirement.rationale)}”`;
    case 'not-delivered':
      return 'Not delivered yet';
  }
};

const factsOf = (o: OutcomeView, status: string, today: string): OutcomeFact[] => {
  const facts: OutcomeFact[] = [];
  const source = deliverySourceWords(o, status);
  facts.push({
    id: 'delivered',
    label: 'Delivered',
    value: o.delivery === null ? `${source} (no resolution date, no move to Done in the history)` : `${longDay(o.delivery.on, today)} (${source})`,
  });
  if (o.dueOn !== null && o.status !== 'retired') {
    const passed = o.status === 'overdue' ? `: passed ${agoWords(calendarDaysBetween(o.dueOn, today))}` : '';
    facts.push({ id: 'due', label: 'Outcome due', value: `${longDay(o.dueOn, today)}${passed}` });
  }
  if (o.daysSinceDelivery !== null) facts.push({ id: 'since', label: 'Since delivery', value: o.daysSinceDelivery === 0 ? 'delivered today' : spanWords(o.daysSinceDelivery) });
  if (o.status === 'evidenced' && o.evidence.length > 0) {
    const newest = o.evidence[0];
    const more = o.evidence.length - 1;
    if (newest !== undefined) {
      facts.push({
        id: 'evidence',
        label: EVIDENCE_KIND_LABELS[newest.kind],
        value: `${quoted(newest.summary)} (${newest.sourceName}, ${longDay(newest.observedOn, today)})${more > 0 ? `; ${more} more record${more === 1 ? '' : 's'} since delivery` : ''}`,
      });
    }
  }
  if (o.retirement !== null) {
    facts.push({
      id: 'retired',
      label: 'Retired',
      value: `${longDay(o.retirement.decidedAt.slice(0, 10), today)} by ${retiredBy(o)} (version ${o.retirement.version}; earlier versions stay in the decision log)`,
    });
  }
  return facts;
};

/**
 * The actions on the outcome: adding adoption evidence while no evidence shows
 * use (pending, overdue), and retiring, for a person who may edit the item.
 * Evidence can still be added to an evidenced item from the evidence list;
 * a retired item can be retired again (a new version with a new rationale).
 */
export const outcomeActions = (status: OutcomeStatus, canEdit: boolean): OutcomeAction[] => {
  if (!canEdit || status === 'not-delivered') return [];
  if (status === 'pending' || status === 'overdue') return ['add-adoption-evidence', 'retire'];
  return ['retire'];
};

/** Everything the outcome section shows, or null when the item is not Done (the panel then looks as it always did). */
export const outcomeWordsOf = (a: Pick<Assessment, 'statusCategory' | 'status' | 'outcome'>, canEdit: boolean, fallbackToday: string): OutcomeWords | null => {
  const o = a.outcome;
  if (!outcomeLeads(a) || o.status === 'not-delivered') return null;
  const today = assessedOn(o, fallbackToday);
  return { status: o.status, headline: outcomeHeadline(o, today), facts: factsOf(o, a.status, today), actions: outcomeActions(o.status, canEdit) };
};

/** The label of the retire button: a second retire records a new version. */
export const retireLabel = (status: OutcomeStatus): string => (status === 'retired' ? 'Retire again…' : 'Retire…');

/**
 * Why no decision shows: not in a PI, or none recorded. A delivered item is no
 * longer decided for a PI on the PI review page (it decides for the current
 * and next PI); its one decision left is retiring, from the outcome above.
 */
export const noDecisionWords = (a: Pick<Assessment, 'pi' | 'statusCategory' | 'outcome'>): string => {
  const done = a.statusCategory === 'done';
  if (a.pi === null) {
    if (done && a.outcome.retirement !== null) return 'Not planned in a PI: the retire decision is shown with the outcome above.';
    return done ? 'Not planned in a PI. Retire it from the outcome above when the train stops maintaining it.' : 'Not planned in a PI, so no PI decision applies.';
  }
  return done ? `No decision for ${a.pi}. Retire it from the outcome above when the train stops maintaining it.` : `No decision for ${a.pi}. Decide on the PI review page.`;
};
