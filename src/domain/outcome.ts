import type { DecisionRecord } from '../shared/decision';
import { isOutcomeEvidence } from '../shared/evidence';
import type { Delivery, OutcomeEvidence, OutcomeStatus, OutcomeView, Retirement } from '../shared/outcome';
import { longDay } from '../shared/outcome-words';
import { compareText } from './text';
import { assertIsoDate } from './dates';
import { dateOfDayNumber, dayNumberOf } from '../shared/day-number';
import type { EvidenceView, Finding, StatusCategory } from './model';

/**
 * The outcome check after delivery (src/shared/outcome.ts), checked in this order:
 * 1. not-delivered: the item's status category is not Done (a reopened item too);
 * 2. retired: a trusted retire decision is on the item (any PI: a retire is about the product);
 * 3. evidenced: adoption or outcome evidence observed on or after the delivery day
 *    (any age: freshness is about planning, not about whether a product was ever used);
 *    with the delivery day unknown, any adoption or outcome evidence;
 * 4. overdue: today is after the due day (delivery + dueWeeks weeks), with none;
 * 5. pending: before or on the due day, or Done on a day Jira does not tell.
 * The due day is whole weeks of calendar days after delivery, so it never
 * drifts at month ends or leap days: 31 January + 4 weeks = 28 February in any
 * year (28 days), 1 February 2028 + 4 weeks = 29 February, 29 February 2028 +
 * 52 weeks = 27 February 2029 (364 days).
 */

export interface OutcomeFacts {
  readonly statusCategory: StatusCategory;
  readonly delivery: Delivery | null;
  /** The item's live, trusted evidence (evidenceViews: removed records left out). */
  readonly evidence: readonly EvidenceView[];
  /** The item's trusted decision records, any PI. */
  readonly decisions: readonly DecisionRecord[];
  readonly dueWeeks: number;
  readonly today: string;
}

/** A delivery or due day, checked (a caller bug otherwise), as its UTC day number (src/shared/day-number.ts). */
const dayNumberOfDay = (date: string): number => dayNumberOf(assertIsoDate(date, 'a delivery or due day'));

/** `on` + `weeks` weeks (7 × weeks calendar days), YYYY-MM-DD. Throws on a date that is not YYYY-MM-DD: a caller bug. */
export const dueDayOf = (on: string, weeks: number): string => dateOfDayNumber(dayNumberOfDay(on) + 7 * weeks);

/** Whole calendar days from `from` to `to` (0 on the same day, never negative). */
export const daysBetween = (from: string, to: string): number => Math.max(0, dayNumberOfDay(to) - dayNumberOfDay(from));

const retirementOf = (records: readonly DecisionRecord[]): Retirement | null => {
  let newest: DecisionRecord | null = null;
  for (const r of records) if (r.kind === 'retire' && (newest === null || r.version > newest.version)) newest = r;
  return newest === null ? null : { rationale: newest.rationale, decidedBy: newest.decidedBy, decidedAt: newest.decidedAt, version: newest.version };
};

/** Newest observation first, then id: the same order whatever order the records came in. */
const byNewest = (a: EvidenceView, b: EvidenceView): number => (a.observedOn !== b.observedOn ? (a.observedOn > b.observedOn ? -1 : 1) : compareText(a.id, b.id));

const outcomeEvidenceOf = (views: readonly EvidenceView[], since: string | null): OutcomeEvidence[] =>
  views
    .filter((v) => isOutcomeEvidence(v.kind) && (since === null || v.observedOn >= since))
    .sort(byNewest)
    .map((v) => ({
      id: v.id,
      kind: v.kind,
      summary: v.summary,
      observedOn: v.observedOn,
      figure: v.figure ?? null,
      unit: v.unit ?? null,
      sourceName: v.source.name,
    }));

const NOT_DELIVERED: OutcomeView = { status: 'not-delivered', delivery: null, dueOn: null, daysSinceDelivery: null, evidence: [], retirement: null };

export const outcomeOf = (f: OutcomeFacts): OutcomeView => {
  if (f.statusCategory !== 'done') return NOT_DELIVERED;
  const delivery = f.delivery;
  const dueOn = delivery === null ? null : dueDayOf(delivery.on, f.dueWeeks);
  const daysSinceDelivery = delivery === null ? null : daysBetween(delivery.on, f.today);
  const retirement = retirementOf(f.decisions);
  const evidence = outcomeEvidenceOf(f.evidence, delivery?.on ?? null);
  const status: OutcomeStatus =
    retirement !== null ? 'retired' : evidence.length > 0 ? 'evidenced' : dueOn !== null && f.today > dueOn ? 'overdue' : 'pending';
  return { status, delivery, dueOn, daysSinceDelivery, evidence: status === 'evidenced' ? evidence : [], retirement };
};

/**
 * OUTCOME_DUE (info) while pending, OUTCOME_OVERDUE (error) once overdue; none
 * otherwise. Both explain 0 points: the outcome check never changes the score.
 */
export const outcomeFindings = (o: OutcomeView, today: string, fixLabel: { due: string; overdue: string }): Finding[] => {
  if (o.status === 'pending') {
    const message =
      o.delivery === null || o.dueOn === null
        ? 'Done, but Jira tells no delivery day (no resolution date, no transition to Done in the history): add adoption or outcome evidence once the product is in use.'
        : `Delivered on ${longDay(o.delivery.on, today)}: adoption or outcome evidence is due by ${longDay(o.dueOn, today)}.`;
    return [{ code: 'OUTCOME_DUE', severity: 'info', force: 'evidence', message, fix: { kind: 'check-outcome', label: fixLabel.due }, points: 0 }];
  }
  if (o.status === 'overdue' && o.delivery !== null && o.dueOn !== null) {
    const message = `Delivered on ${longDay(o.delivery.on, today)}, no sign of use since: a zombie product candidate. Adoption or outcome evidence was due by ${longDay(o.dueOn, today)}.`;
    return [{ code: 'OUTCOME_OVERDUE', severity: 'error', force: 'evidence', message, fix: { kind: 'check-outcome', label: fixLabel.overdue }, points: 0 }];
  }
  return [];
};
