import { daysBetween } from '../domain/outcome';
import { LISTED_STATUSES } from '../domain/outcome-list';
import { csvRows } from '../shared/csv-cell';
import { markdownText as md } from '../shared/markdown-text';
import type { OutcomeFormat, OutcomeReport, OutcomeRow, OutcomeStatus } from '../shared/outcome';
import { agoWords, longDay, measureWords, spanWords } from '../shared/outcome-words';
import type { Paint } from './colour';
import { toJsonOutcomes } from './json-outcomes';
import { padEnd, plainText, truncate, width, wrap } from './text-cells';

/**
 * The outcomes list (`factory-gravity outcomes`) for a terminal (table, 80
 * columns), a wiki page (markdown), a spreadsheet (csv: one row per item,
 * OUTCOME_CSV_COLUMNS) and a program (json: src/cli/json-outcomes.ts). Every
 * format lists the items in the report's order: overdue first.
 */

export const OUTCOMES_TABLE_WIDTH = 80;


/** "212 weekly active users" when the record has a figure (measureWords), else its summary. */
const measureOf = (e: OutcomeRow['outcome']['evidence'][number]): string => (e.figure === null ? e.summary : measureWords(e.figure, e.unit));

/**
 * What each row says under its status, the same words in the table and Markdown:
 * overdue: when the evidence was due; pending: by when it is due; evidenced: the newest
 * adoption or outcome evidence ("212 weekly active users (adoption, 2 October, Pharmacy)");
 * retired: who retired it, when, and why.
 */
export const outcomeDetail = (row: OutcomeRow, today: string): string => {
  const o = row.outcome;
  switch (o.status) {
    case 'overdue':
      return o.dueOn === null
        ? 'No sign of use since delivery.'
        : `No sign of use: evidence was due by ${longDay(o.dueOn, today)} (${agoWords(daysBetween(o.dueOn, today))}).`;
    case 'pending': {
      if (o.dueOn === null) return 'Done on a day Jira does not tell: add adoption or outcome evidence once it is in use.';
      const left = daysBetween(today, o.dueOn);
      return `Adoption or outcome evidence due by ${longDay(o.dueOn, today)} (${left === 0 ? 'today' : `in ${spanWords(left)}`}).`;
    }
    case 'evidenced': {
      const [newest, ...older] = o.evidence;
      if (newest === undefined) return 'Adoption or outcome evidence observed since delivery.';
      const more = older.length === 0 ? '' : `; ${older.length} more record${older.length === 1 ? '' : 's'}`;
      return `${measureOf(newest)} (${newest.kind}, ${longDay(newest.observedOn, today)}, ${newest.sourceName}${more})`;
    }
    case 'retired':
      return o.retirement === null
        ? 'Retired.'
        : `Retired by ${o.retirement.decidedBy.displayName.trim() || 'someone'} on ${longDay(o.retirement.decidedAt.slice(0, 10), today)}: ${o.retirement.rationale}`;
    case 'not-delivered':
      return 'Not delivered.';
  }
};

/** The time since delivery, "8 months" (the table's AGO column; "today" on the day); '-' when the delivery day is unknown. */
const sinceCell = (row: OutcomeRow): string => (row.outcome.daysSinceDelivery === null ? '-' : spanWords(row.outcome.daysSinceDelivery));

/** "delivered since 2025-11-26 · today 2026-11-26 · evidence due 12 weeks after delivery" */
const periodWords = (report: OutcomeReport, first = 'delivered'): string =>
  `${first} since ${report.since} · today ${report.today} · evidence due ${report.dueWeeks} week${report.dueWeeks === 1 ? '' : 's'} after delivery`;

const countWords = (report: OutcomeReport): string => LISTED_STATUSES.map((s) => `${s} ${report.counts[s]}`).join(' · ');

/** The partial line every format but CSV shows, or null. */
export const partialOutcomesWords = (report: OutcomeReport): string | null =>
  report.partial === undefined ? null : `Partial list: ${report.partial.message} Or allow more time with --timeout SECONDS.`;

const uncheckedWords = (report: OutcomeReport): string | null =>
  report.evidenceChecked
    ? null
    : "Evidence not checked: the signing key is in the app's Forge storage, so every readable evidence record and decision counted, including any added or changed outside Factory Gravity.";

const notesOf = (report: OutcomeReport): string[] =>
  [report.settingsWarning === undefined ? null : `Settings: ${report.settingsWarning}`, partialOutcomesWords(report), uncheckedWords(report)].filter(
    (n): n is string => n !== null,
  );

const EMPTY = 'No delivered work item to list.';

/** Status colours on a terminal: overdue red, pending yellow, evidenced green, retired dim. */
const STATUS_PAINT: Readonly<Record<OutcomeStatus, Parameters<Paint>[1]>> = {
  overdue: 'gravity',
  pending: 'ungrounded',
  evidenced: 'aligned',
  retired: 'dim',
  'not-delivered': 'dim',
};

/** No DUE column: the detail line says the due day where it matters (overdue, pending), and 80 columns keep room for the summary. */
const HEAD = { status: 'STATUS', key: 'KEY', delivered: 'DELIVERED', since: 'AGO', summary: 'SUMMARY' };
const GAP = '  ';

/** The most lines a row's detail takes; a longer rationale ends with … (Markdown, CSV and JSON hold it whole). */
const DETAIL_LINES = 3;

const detailLines = (detail: string, indent: string): string[] => {
  const max = OUTCOMES_TABLE_WIDTH - indent.length;
  const lines = wrap(plainText(detail), max);
  const kept = lines.slice(0, DETAIL_LINES);
  // The next line's words do not fit after the last kept one (wrap moved them), so truncate ends it with ….
  if (lines.length > DETAIL_LINES) kept[DETAIL_LINES - 1] = truncate(`${kept[DETAIL_LINES - 1] ?? ''} ${lines[DETAIL_LINES] ?? ''}`, max);
  return kept.map((l) => `${indent}${l}`);
};

const tableRows = (report: OutcomeReport, paint: Paint): string[] => {
  const rows = report.items;
  const statusWidth = Math.max(HEAD.status.length, ...rows.map((r) => r.outcome.status.length));
  const keyWidth = Math.min(14, Math.max(HEAD.key.length, ...rows.map((r) => width(plainText(r.key)))));
  const dateWidth = 10;
  const sinceWidth = Math.max(HEAD.since.length, ...rows.map((r) => width(sinceCell(r))));
  const summaryWidth = OUTCOMES_TABLE_WIDTH - (statusWidth + keyWidth + dateWidth + sinceWidth + GAP.length * 4);
  const line = (status: string, key: string, delivered: string, since: string, summary: string, colour?: OutcomeStatus) => {
    const statusCell = padEnd(status, statusWidth);
    return [
      colour === undefined ? statusCell : paint(statusCell, STATUS_PAINT[colour]),
      padEnd(truncate(plainText(key), keyWidth), keyWidth),
      padEnd(delivered, dateWidth),
      padEnd(since, sinceWidth),
      truncate(plainText(summary), summaryWidth),
    ]
      .join(GAP)
      .trimEnd();
  };
  // The detail line sits under KEY, so the status column stays readable down the page.
  const indent = ' '.repeat(statusWidth + GAP.length);
  const out = [line(HEAD.status, HEAD.key, HEAD.delivered, HEAD.since, HEAD.summary)];
  for (const r of rows) {
    out.push(line(r.outcome.status, r.key, r.outcome.delivery?.on ?? 'unknown', sinceCell(r), r.summary, r.outcome.status));
    out.push(...detailLines(outcomeDetail(r, report.today), indent));
  }
  return out;
};

/** The terminal list: within 80 columns, headline first, a second line per item with its evidence, due day or rationale. */
export const outcomesTable = (report: OutcomeReport, paint: Paint): string => {
  const lines: string[] = [];
  lines.push(...wrap(plainText(report.headline), OUTCOMES_TABLE_WIDTH).map((l) => paint(l, 'bold')));
  lines.push(...wrap(plainText(`${report.scopeLabel} · ${periodWords(report)}`), OUTCOMES_TABLE_WIDTH, '  '));
  lines.push(countWords(report));
  for (const note of notesOf(report)) lines.push(...wrap(plainText(note), OUTCOMES_TABLE_WIDTH, '  '));
  lines.push('');
  if (report.items.length === 0) lines.push(EMPTY);
  else lines.push(...tableRows(report, paint));
  if (report.unreadable.length > 0) {
    lines.push('', `Partial result: ${report.unreadable.length} item${report.unreadable.length === 1 ? '' : 's'} could not be read`);
    for (const u of report.unreadable) lines.push(truncate(plainText(`  ${u.key}: ${u.reason}`), OUTCOMES_TABLE_WIDTH));
  }
  return `${lines.join('\n')}\n`;
};

/** A Markdown page: heading, headline, counts, one table row per item. */
export const outcomesMarkdown = (report: OutcomeReport): string => {
  const out = [`# Outcomes after delivery: ${md(report.scopeLabel)}`, '', `**${md(report.headline)}**`, ''];
  out.push(`${md(periodWords(report, 'Delivered'))} · JQL: ${md(report.jql)}`, '');
  for (const note of notesOf(report)) out.push(`> ${md(note)}`, '');
  out.push('| Outcome | Items |', '| --- | ---: |');
  for (const s of LISTED_STATUSES) out.push(`| ${s} | ${report.counts[s]} |`);
  out.push('');
  out.push('## Items', '');
  if (report.items.length === 0) out.push(EMPTY, '');
  else {
    out.push('| Outcome | Issue | Summary | Delivered | Since delivery | Due | Evidence, due day or rationale |', '| --- | --- | --- | --- | --- | --- | --- |');
    for (const r of report.items)
      out.push(
        `| ${r.outcome.status} | ${md(r.key)} | ${md(r.summary)} | ${r.outcome.delivery?.on ?? 'unknown'} | ${sinceCell(r)} | ${r.outcome.dueOn ?? '-'} | ${md(outcomeDetail(r, report.today))} |`,
      );
    out.push('');
  }
  if (report.unreadable.length > 0) {
    out.push(`> **Partial result:** ${report.unreadable.length} item${report.unreadable.length === 1 ? '' : 's'} could not be read.`, '');
    for (const u of report.unreadable) out.push(`- ${md(u.key)}: ${md(u.reason)}`);
    out.push('');
  }
  return out.join('\n');
};

/**
 * The CSV columns, stable: only ever added at the end. One row per item in list order; the evidence
 * columns describe the newest adoption or outcome record (evidenced items only), the retired_*
 * columns the retire decision (retired items only); empty cells where there is nothing, never a guess.
 */
export const OUTCOME_CSV_COLUMNS = [
  'key',
  'outcome',
  'summary',
  'project',
  'issue_type',
  'status',
  'pi',
  'delivered_on',
  'delivered_from',
  'due_on',
  'days_since_delivery',
  'evidence_count',
  'evidence_kind',
  'evidence_figure',
  'evidence_unit',
  'evidence_summary',
  'evidence_observed_on',
  'evidence_source',
  'retired_rationale',
  'retired_by',
  'retired_at',
] as const;

const csvRowOf = (r: OutcomeRow): string[] => {
  const o = r.outcome;
  const e = o.evidence[0];
  return [
    r.key,
    o.status,
    r.summary,
    r.projectKey,
    r.issueType,
    r.status,
    r.pi ?? '',
    o.delivery?.on ?? '',
    o.delivery?.from ?? '',
    o.dueOn ?? '',
    o.daysSinceDelivery === null ? '' : String(o.daysSinceDelivery),
    String(o.evidence.length),
    e?.kind ?? '',
    e === undefined || e.figure === null ? '' : String(e.figure),
    e?.unit ?? '',
    e?.summary ?? '',
    e?.observedOn ?? '',
    e?.sourceName ?? '',
    o.retirement?.rationale ?? '',
    o.retirement?.decidedBy.displayName ?? '',
    o.retirement?.decidedAt ?? '',
  ];
};

/** RFC 4180 with the formula guard (src/shared/csv-cell.ts); a partial list is not marked inside (exit 4 and stderr say it). */
export const outcomesCsv = (report: OutcomeReport): string => csvRows([[...OUTCOME_CSV_COLUMNS], ...report.items.map(csvRowOf)]);

export const formatOutcomes = (report: OutcomeReport, format: OutcomeFormat, paint: Paint): string => {
  switch (format) {
    case 'table':
      return outcomesTable(report, paint);
    case 'markdown':
      return outcomesMarkdown(report);
    case 'csv':
      return outcomesCsv(report);
    case 'json':
      return `${JSON.stringify(toJsonOutcomes(report), null, 2)}\n`;
  }
};
