import { csvRows } from '../shared/csv-cell';
import type { ScopeReport } from '../shared/report';
import { sizeCell } from './report-words';

/**
 * CSV (RFC 4180): a header row, one row per item, CRLF line ends, fields
 * quoted when they hold a quote, comma or line break. Cells that a
 * spreadsheet would run as a formula (starting with = + - @, tab or CR)
 * get a leading single quote. A partial report (time budget spent) is not
 * marked inside the CSV, which stays plain rows for spreadsheets and CI
 * parsers: the exit code 4 and a line on stderr say it.
 */
export const CSV_COLUMNS = [
  'key',
  'verdict',
  'score',
  'strategy',
  'evidence',
  'delivery',
  'carriedOver',
  'pi',
  'planning',
  'headline',
  'findings',
  'summary',
  /** Added at the end (existing columns keep their places): the PI decision's kind (keep, rejustify, drop) or empty. */
  'decision',
  /** The keep decision's sponsor, or empty. */
  'decision_by',
  /** Added at the end: the item's size in the report's capacity unit; empty when unsized or when items are counted. */
  'size',
  /** Added at the end: the outcome check after delivery (overdue, pending, evidenced, retired, not-delivered). */
  'outcome',
  /** The delivery day (YYYY-MM-DD); empty when not Done, or Done on a day Jira does not tell. */
  'delivered_on',
  /** The day adoption or outcome evidence is due (delivered_on + outcome.dueWeeks weeks), or empty. */
  'outcome_due_on',
] as const;

/** A number a spreadsheet reads, or empty (unsized, or items counted): never a guessed 0. */
const sizeCsv = (report: ScopeReport, item: ScopeReport['items'][number]): string => {
  const cell = sizeCell(report, item);
  return cell === '?' || cell === '-' ? '' : cell;
};

export const formatCsv = (report: ScopeReport): string => {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const i of report.items)
    rows.push([
      i.key,
      i.verdict,
      String(i.score),
      String(i.forces.strategy),
      String(i.forces.evidence),
      String(i.forces.delivery),
      String(i.carriedOver),
      i.pi ?? '',
      i.planning,
      i.headline,
      i.findings.map((f) => f.code).join(' '),
      i.summary,
      i.decision?.kind ?? '',
      i.decision?.sponsor?.displayName ?? '',
      sizeCsv(report, i),
      i.outcome.status,
      i.outcome.delivery?.on ?? '',
      i.outcome.dueOn ?? '',
    ]);
  return csvRows(rows);
};
