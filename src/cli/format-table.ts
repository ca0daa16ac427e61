import type { Assessment } from '../shared/assessment';
import type { DecisionView } from '../shared/decision';
import type { OutcomeView } from '../shared/outcome';
import type { ScopeReport } from '../shared/report';
import type { Paint } from './colour';
import type { Candidate } from '../shared/candidates';
import {
  FORCE_LEGEND,
  WAITING_TITLE,
  candidateSizeCell,
  capacityWords,
  countSegments,
  forceMark,
  partialWords,
  piWords,
  sizeCell,
  swapWords,
  uncheckedEvidenceWords,
  waitingWords,
} from './report-words';
import { padEnd, padStart, plainText, truncate, width, wrap } from './text-cells';

/** The terminal report: fits 80 columns, worst items first (the report's order), summary lines first. */
export const TABLE_WIDTH = 80;

const HEAD = { key: 'KEY', verdict: 'VERDICT', score: 'SCORE', size: 'SIZE', forces: 'S E D', carried: 'CARRIED', summary: 'SUMMARY' };
const GAP = '  ';

/**
 * The PI decision in the words every format shows after the verdict: "kept by Dana Whitfield",
 * "re-justify by 2026-12-15" ("... (overdue)"), "dropped"; '' when no decision applies.
 */
export const decisionWords = (decision: DecisionView | null): string => {
  if (decision === null) return '';
  switch (decision.kind) {
    case 'keep':
      return `kept by ${decision.sponsor?.displayName.trim() || 'a sponsor'}`;
    case 'rejustify':
      return `re-justify by ${decision.dueDate ?? '?'}${decision.overdue ? ' (overdue)' : ''}`;
    case 'drop':
      return 'dropped';
    case 'retire':
      return 'retired';
  }
};

/**
 * A Done item's outcome check in the words the table and Markdown show after the verdict: "outcome overdue",
 * "outcome pending", "outcome evidenced", "retired"; '' for an item not delivered (`factory-gravity outcomes` has the rest).
 */
export const outcomeWords = (outcome: OutcomeView): string => {
  switch (outcome.status) {
    case 'not-delivered':
      return '';
    case 'retired':
      return 'retired';
    default:
      return `outcome ${outcome.status}`;
  }
};

/** The decision and the outcome after the verdict ("kept by Dana Whitfield; outcome overdue"); a retire decision says "retired" once. */
export const itemNoteWords = (i: Pick<Assessment, 'decision' | 'outcome'>): string => {
  const decision = decisionWords(i.decision);
  const outcome = outcomeWords(i.outcome);
  return [decision, outcome === decision ? '' : outcome].filter((w) => w !== '').join('; ');
};

/** The summary cell: the decision and a Done item's outcome first, in brackets (the verdict column is too narrow for them). */
const summaryWithDecision = (i: Assessment): string => {
  const words = itemNoteWords(i);
  return words === '' ? i.summary : `[${words}] ${i.summary}`;
};

export const formatTable = (report: ScopeReport, paint: Paint): string => {
  const lines: string[] = [];
  lines.push(...wrap(report.headline, TABLE_WIDTH).map((l) => paint(l, 'bold')));
  lines.push(...joinWrapped([report.scopeLabel, piWords(report), `today ${report.today}`].map((t) => truncate(plainText(t), TABLE_WIDTH)), ' · ', TABLE_WIDTH));
  lines.push(...joinWrapped(countSegments(report), ' · ', TABLE_WIDTH));
  if (report.total > 0) lines.push(...wrap(plainText(capacityWords(report)), TABLE_WIDTH, '  '));
  if (report.settingsWarning !== undefined) lines.push(...wrap(`Settings: ${plainText(report.settingsWarning)}`, TABLE_WIDTH, '  '));
  const partial = partialWords(report);
  if (partial !== undefined) lines.push(...wrap(plainText(partial), TABLE_WIDTH, '  ').map((l) => paint(l, 'bold')));
  const unchecked = uncheckedEvidenceWords(report);
  if (unchecked !== undefined) lines.push(...wrap(unchecked, TABLE_WIDTH, '  '));
  lines.push('');
  if (report.items.length === 0) lines.push('No work items in this scope.');
  else {
    lines.push(...itemRows(report, paint));
    lines.push('', FORCE_LEGEND);
  }
  lines.push(...waitingSection(report));
  if (report.unreadable.length > 0) {
    lines.push('', `Partial result: ${report.unreadable.length} item${report.unreadable.length === 1 ? '' : 's'} could not be read`);
    for (const u of report.unreadable) lines.push(truncate(plainText(`  ${u.key}: ${u.reason}`), TABLE_WIDTH));
  }
  return `${lines.join('\n')}\n`;
};

/** A size column as wide as its widest cell (4 to 7 code points). */
const sizeWidthOf = (cells: readonly string[]): number => Math.min(7, Math.max(HEAD.size.length, ...cells.map(width)));

/**
 * The items, one row each. The SIZE column shows only when items are sized: counted items
 * have no size, and 80 columns leave no room for a column of dashes.
 */
const itemRows = (report: ScopeReport, paint: Paint): string[] => {
  const items = report.items;
  const sized = report.capacity.unit !== 'items';
  const sizes = items.map((i) => sizeCell(report, i));
  const keyWidth = Math.min(14, Math.max(width(HEAD.key), ...items.map((i) => width(i.key))));
  const verdictWidth = 10;
  const sizeWidth = sized ? sizeWidthOf(sizes) : 0;
  const fixed = keyWidth + verdictWidth + HEAD.score.length + sizeWidth + HEAD.forces.length + HEAD.carried.length + GAP.length * (sized ? 6 : 5);
  const summaryWidth = TABLE_WIDTH - fixed;
  const row = (key: string, verdict: string, score: string, size: string, forces: string, carried: string, summary: string, colour?: Assessment['verdict']) => {
    const verdictCell = padEnd(verdict, verdictWidth);
    return [
      padEnd(truncate(plainText(key), keyWidth), keyWidth),
      colour === undefined ? verdictCell : paint(verdictCell, colour),
      padStart(score, HEAD.score.length),
      ...(sized ? [padStart(truncate(size, sizeWidth), sizeWidth)] : []),
      padEnd(forces, HEAD.forces.length),
      padStart(carried, HEAD.carried.length),
      truncate(plainText(summary), summaryWidth),
    ]
      .join(GAP)
      .trimEnd();
  };
  return [
    row(HEAD.key, HEAD.verdict, HEAD.score, HEAD.size, HEAD.forces, HEAD.carried, HEAD.summary),
    ...items.map((i, n) =>
      row(
        i.key,
        i.verdict,
        String(i.score),
        sizes[n] ?? '?',
        [i.forces.strategy, i.forces.evidence, i.forces.delivery].map(forceMark).join(' '),
        i.carriedOver === 0 ? '-' : String(i.carriedOver),
        summaryWithDecision(i),
        i.verdict,
      ),
    ),
  ];
};

const WAITING_HEAD = { key: 'KEY', score: 'IF PLANNED', size: 'SIZE', objectives: 'OBJECTIVES', evidence: 'FRESH', summary: 'SUMMARY' };

/** The candidate's summary cell: the later PI it sits in first, in brackets. */
const candidateSummary = (c: Candidate): string => (c.plannedIn === null ? c.summary : `[${c.plannedIn}] ${c.summary}`);

/**
 * "Waiting outside the PI": the candidates (score if planned, size, live objectives, fresh
 * evidence) and a swap hint per gravity item; nothing when the report has no candidates field
 * (a PI that has ended, no PI, or a partial read: the partial line says so).
 */
const waitingSection = (report: ScopeReport): string[] => {
  const words = waitingWords(report);
  const candidates = report.candidates;
  if (words === undefined || candidates === undefined) return [];
  const lines = ['', WAITING_TITLE, ...wrap(plainText(words), TABLE_WIDTH, '  ')];
  if (candidates.length > 0) {
    const sizes = candidates.map((c) => candidateSizeCell(report, c.size));
    const keyWidth = Math.min(14, Math.max(width(WAITING_HEAD.key), ...candidates.map((c) => width(c.key))));
    const sizeWidth = sizeWidthOf(sizes);
    const objectivesWidth = 16;
    const fixed = keyWidth + WAITING_HEAD.score.length + sizeWidth + objectivesWidth + WAITING_HEAD.evidence.length + GAP.length * 5;
    const summaryWidth = TABLE_WIDTH - fixed;
    const row = (key: string, score: string, size: string, objectives: string, evidence: string, summary: string) =>
      [
        padEnd(truncate(plainText(key), keyWidth), keyWidth),
        padStart(score, WAITING_HEAD.score.length),
        padStart(truncate(size, sizeWidth), sizeWidth),
        padEnd(truncate(plainText(objectives), objectivesWidth), objectivesWidth),
        padStart(evidence, WAITING_HEAD.evidence.length),
        truncate(plainText(summary), summaryWidth),
      ]
        .join(GAP)
        .trimEnd();
    lines.push('', row(WAITING_HEAD.key, WAITING_HEAD.score, WAITING_HEAD.size, WAITING_HEAD.objectives, WAITING_HEAD.evidence, WAITING_HEAD.summary));
    candidates.forEach((c, n) => lines.push(row(c.key, String(c.score), sizes[n] ?? '?', c.objectives.join(',') || '-', String(c.freshEvidence), candidateSummary(c))));
  }
  const swaps = report.swaps ?? [];
  if (swaps.length > 0 && candidates.length > 0) {
    lines.push('', 'Swaps for the gravity items (candidates of similar size, best first):');
    for (const s of swaps) lines.push(...wrap(plainText(swapWords(report, s)), TABLE_WIDTH - 2, '  ').map((l) => `  ${l}`));
  }
  return lines;
};

/** Joins segments with a separator, starting a new line rather than passing `max`. */
const joinWrapped = (segments: readonly string[], separator: string, max: number): string[] => {
  const lines: string[] = [];
  let line = '';
  for (const s of segments) {
    const candidate = line === '' ? s : `${line}${separator}${s}`;
    if (width(candidate) <= max || line === '') line = candidate;
    else {
      lines.push(line);
      line = s;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
};
