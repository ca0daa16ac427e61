import { countOf, listOf, piLabel, times } from '../domain/text';
import type { Pi, Verdict } from '../shared/assessment';
import { sizeLabel, type CapacityUnit } from '../shared/capacity';
import { keptByLabel } from '../shared/decision-words';
import type { DecisionView } from '../shared/decision';
import type { ItemExplanation, PiReportAnswer, SwapsAnswer } from '../shared/agent';

/**
 * The one factual sentence of each answer, built only from the answer's data
 * (every figure in it is a figure of the data, or the length of one of its
 * lists), so the agent has words to quote and nothing to invent. Pure.
 */

/** How a verdict reads after "is": "CLIN-7 is factory gravity", "… is a zombie". */
export const VERDICT_WORDS: Readonly<Record<Verdict, string>> = {
  gravity: 'factory gravity',
  zombie: 'a zombie',
  ungrounded: 'ungrounded',
  unanchored: 'unanchored',
  aligned: 'aligned',
  delivered: 'delivered',
  unplanned: 'not in a PI',
};

/** The verdict's own word, as the verdicts input takes it and the counts name it. */
const COUNT_WORDS: Readonly<Record<Verdict, string>> = {
  gravity: 'gravity',
  zombie: 'zombie',
  ungrounded: 'ungrounded',
  unanchored: 'unanchored',
  aligned: 'aligned',
  delivered: 'delivered',
  unplanned: 'not in a PI',
};

const PLANNING_WORDS: Readonly<Record<ItemExplanation['planning'], string>> = {
  current: 'current',
  next: 'next',
  other: 'not the current or next',
  none: '',
};

/** "no PI decision", "kept by Dana Whitfield for PI 27.1", "to re-justify by 2027-01-15 (overdue)", "dropped from PI 27.1". */
export const decisionWords = (decision: DecisionView | null): string => {
  if (decision === null) return 'no PI decision';
  const pi = piLabel(decision.pi);
  switch (decision.kind) {
    case 'keep':
      return `${keptByLabel(decision.sponsor).replace(/^Kept/, 'kept')} for ${pi}`;
    case 'rejustify':
      return `to re-justify by ${decision.dueDate ?? 'a date'} for ${pi}${decision.overdue ? ' (overdue)' : ''}`;
    case 'drop':
      return `dropped from ${pi}`;
    case 'retire':
      return 'retired';
  }
};

const objectiveWords = (objectives: ItemExplanation['objectives']): string => {
  const live = objectives.filter((o) => o.live).map((o) => o.key);
  if (live.length > 0) return `${live.length === 1 ? 'live objective' : 'live objectives'} ${listOf(live)}`;
  return objectives.length === 0 ? 'no live objective' : `no live objective (${listOf(objectives.map((o) => o.key))} not live)`;
};

const evidenceWords = (evidence: ItemExplanation['evidence']): string => {
  const fresh = evidence.filter((e) => e.fresh && e.kind !== 'stakeholder-request');
  const newest = fresh[0];
  if (newest === undefined) return evidence.length === 0 ? 'no fresh field evidence' : `no fresh field evidence (${countOf(evidence.length, 'older or non-field record')})`;
  return `fresh field evidence, the newest ${countOf(newest.ageDays, 'day')} old`;
};

const carryOverWords = (n: number): string => (n === 0 ? 'never carried over' : `carried over ${times(n)}`);

/** "CLIN-7 is factory gravity in PI 27.1 (next): score 12/100, no live objective, no fresh field evidence; never carried over; no PI decision." */
export const explanationSentence = (e: ItemExplanation): string => {
  const where = e.pi === null ? '' : ` in ${piLabel(e.pi)}${e.planning === 'none' ? '' : ` (${PLANNING_WORDS[e.planning]})`}`;
  const outcome = e.outcome === null ? '' : `; outcome ${e.outcome.status}${e.outcome.dueOn === null ? '' : `, due ${e.outcome.dueOn}`}`;
  return `${e.key} is ${VERDICT_WORDS[e.verdict]}${where}: score ${e.score}/100, ${objectiveWords(e.objectives)}, ${evidenceWords(e.evidence)}; ${carryOverWords(e.carriedOver)}; ${decisionWords(e.decision)}${outcome}.`;
};

const piName = (pi: Pi | null): string => (pi === null ? 'the PI' : piLabel(pi.name));

/** "gravity 3, ungrounded 1, aligned 4": the verdicts that have items, worst first. */
export const countsWords = (counts: PiReportAnswer['counts']): string =>
  (Object.entries(counts) as [Verdict, number][])
    .filter(([, n]) => n > 0)
    .map(([v, n]) => `${COUNT_WORDS[v]} ${n}`)
    .join(', ');

const capacityWords = (a: PiReportAnswer): string => {
  if (a.capacity.unit === 'items') return '';
  const unsized = a.capacity.unsized === 0 ? '' : `, ${countOf(a.capacity.unsized, 'item')} unsized`;
  return ` ${sizeLabel(a.capacity.total, a.capacity.unit)} in all${unsized}.`;
};

/** "3 of 8 items in PI 27.1, 57% of the PI's points, only fit the next PI. Gravity 3, … 67 points in all, 1 item unsized. Listed: 3, worst first." */
export const reportSentence = (a: PiReportAnswer, filtered: boolean): string => {
  if (a.total === 0) return `${a.headline} (${a.scope}).`;
  const counts = countsWords(a.counts);
  const listed =
    a.items.length === 0
      ? ' No item matches the verdicts asked for.'
      : ` Listed ${a.items.length}${filtered ? ' matching' : ''}, worst first${a.notListed > 0 ? `; ${a.notListed} not listed` : ''}.`;
  const partial = a.partial ? ' Partial: not every item could be read, so the counts may be short.' : '';
  return `${a.headline} (${a.scope}). ${counts.charAt(0).toUpperCase()}${counts.slice(1)}.${capacityWords(a)}${listed}${partial}`;
};

/** "A", "A or B", "A, B or C". */
const orList = (parts: readonly string[]): string =>
  parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1] ?? ''}`;

const sized = (key: string, size: number | null, unit: CapacityUnit): string =>
  size === null || unit === 'items' ? `${key} (unsized)` : `${key} (${sizeLabel(size, unit)})`;

/**
 * "2 gravity items in PI 27.1 could swap for better candidates: CLIN-9 (8 points) for CLIN-39 (13 points); …"
 * or that none could, with how many candidates wait.
 */
export const swapsSentence = (a: SwapsAnswer, candidatesRead: boolean): string => {
  const pi = piName(a.pi);
  if (a.pi === null) return `No such PI was found for ${a.scope} (check its PI settings), so there is nothing to swap.`;
  if (!candidatesRead) return `The candidates waiting outside ${pi} were not read (the PI has ended, or time ran out), so no swaps can be suggested.`;
  const waiting = a.waiting.length === 0 ? `no better candidate waits outside it` : `${countOf(a.waiting.length, 'better candidate')} ${a.waiting.length === 1 ? 'waits' : 'wait'} outside it`;
  if (a.swaps.length === 0) return `No gravity item in ${pi} (${a.scope}) has a candidate of similar size to swap for; ${waiting}.`;
  const pairs = a.swaps.map((s) => `${sized(s.key, s.size, a.unit)} for ${orList(s.candidates.map((c) => sized(c.key, c.size, a.unit)))}`);
  const lead = `${countOf(a.swaps.length, 'gravity item')} in ${pi} (${a.scope}) could swap for better candidates`;
  return `${lead}: ${pairs.join('; ')}. In all ${waiting}.`;
};
