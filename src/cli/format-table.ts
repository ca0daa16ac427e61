import type { Assessment } from '../shared/assessment';
import type { DecisionView } from '../shared/decision';
import type { ScopeReport } from '../shared/report';
import type { Paint } from './colour';
import { FORCE_LEGEND, countSegments, forceMark, partialWords, piWords, uncheckedEvidenceWords } from './report-words';
import { padEnd, padStart, plainText, truncate, width, wrap } from './text-cells';

/** The terminal report: fits 80 columns, worst items first (the report's order), summary lines first. */
export const TABLE_WIDTH = 80;

const HEAD = { key: 'KEY', verdict: 'VERDICT', score: 'SCORE', forces: 'S E D', carried: 'CARRIED', summary: 'SUMMARY' };
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
  }
};

/** The summary cell: the decision first, in brackets, when one applies (the verdict column is too narrow for it). */
const summaryWithDecision = (i: Assessment): string => {
  const words = decisionWords(i.decision);
  return words === '' ? i.summary : `[${words}] ${i.summary}`;
};

export const formatTable = (report: ScopeReport, paint: Paint): string => {
  const lines: string[] = [];
  lines.push(...wrap(report.headline, TABLE_WIDTH).map((l) => paint(l, 'bold')));
  lines.push(...joinWrapped([report.scopeLabel, piWords(report), `today ${report.today}`].map((t) => truncate(plainText(t), TABLE_WIDTH)), ' · ', TABLE_WIDTH));
  lines.push(...joinWrapped(countSegments(report), ' · ', TABLE_WIDTH));
  if (report.settingsWarning !== undefined) lines.push(...wrap(`Settings: ${plainText(report.settingsWarning)}`, TABLE_WIDTH, '  '));
  const partial = partialWords(report);
  if (partial !== undefined) lines.push(...wrap(plainText(partial), TABLE_WIDTH, '  ').map((l) => paint(l, 'bold')));
  const unchecked = uncheckedEvidenceWords(report);
  if (unchecked !== undefined) lines.push(...wrap(unchecked, TABLE_WIDTH, '  '));
  lines.push('');
  if (report.items.length === 0) lines.push('No work items in this scope.');
  else {
    lines.push(...itemRows(report.items, paint));
    lines.push('', FORCE_LEGEND);
  }
  if (report.unreadable.length > 0) {
    lines.push('', `Partial result: ${report.unreadable.length} item${report.unreadable.length === 1 ? '' : 's'} could not be read`);
    for (const u of report.unreadable) lines.push(truncate(plainText(`  ${u.key}: ${u.reason}`), TABLE_WIDTH));
  }
  return `${lines.join('\n')}\n`;
};

const itemRows = (items: readonly Assessment[], paint: Paint): string[] => {
  const keyWidth = Math.min(14, Math.max(width(HEAD.key), ...items.map((i) => width(i.key))));
  const verdictWidth = 10;
  const fixed = keyWidth + verdictWidth + HEAD.score.length + HEAD.forces.length + HEAD.carried.length + GAP.length * 5;
  const summaryWidth = TABLE_WIDTH - fixed;
  const row = (key: string, verdict: string, score: string, forces: string, carried: string, summary: string, colour?: Assessment['verdict']) => {
    const verdictCell = padEnd(verdict, verdictWidth);
    return [
      padEnd(truncate(plainText(key), keyWidth), keyWidth),
      colour === undefined ? verdictCell : paint(verdictCell, colour),
      padStart(score, HEAD.score.length),
      padEnd(forces, HEAD.forces.length),
      padStart(carried, HEAD.carried.length),
      truncate(plainText(summary), summaryWidth),
    ]
      .join(GAP)
      .trimEnd();
  };
  return [
    row(HEAD.key, HEAD.verdict, HEAD.score, HEAD.forces, HEAD.carried, HEAD.summary),
    ...items.map((i) =>
      row(
        i.key,
        i.verdict,
        String(i.score),
        [i.forces.strategy, i.forces.evidence, i.forces.delivery].map(forceMark).join(' '),
        i.carriedOver === 0 ? '-' : String(i.carriedOver),
        summaryWithDecision(i),
        i.verdict,
      ),
    ),
  ];
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
