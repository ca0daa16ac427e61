import { VERDICTS } from '../shared/assessment';
import { shareWords as share, unitWord } from '../shared/capacity';
import { csvRows } from '../shared/csv-cell';
import { markdownText as md } from '../shared/markdown-text';
import type { ScopeTrend, TrendFormat, TrendPoint } from '../shared/trend';
import { padEnd, padStart, plainText } from './text-cells';

/**
 * The trend across PIs for a terminal (table), a wiki page (markdown), a
 * spreadsheet (csv: one row per PI) and a program (json: the ScopeTrend as
 * the resolver answers it). Every format has one row per PI, oldest first.
 */

const dates = (p: TrendPoint): string => `${p.pi.startDate}..${p.pi.endDate}`;

const sourceWords = (p: TrendPoint): string => (p.source === 'committed' ? `committed v${p.baselineVersion ?? '?'}` : 'reconstructed');

const COLUMNS = ['PI', 'Dates', 'Role', 'Source', 'As of', 'Items', ...VERDICTS, 'Gravity share', 'Aligned share', 'Carried out'] as const;

const cellsOf = (p: TrendPoint): string[] => [
  p.pi.name,
  dates(p),
  p.role,
  sourceWords(p),
  p.asOf,
  String(p.total),
  ...VERDICTS.map((v) => String(p.counts[v])),
  share(p.gravityShare),
  share(p.alignedShare),
  String(p.carriedOut),
];

const heading = (trend: ScopeTrend): string =>
  `Trend across PIs: ${trend.scopeLabel} · today ${trend.today} · shares of ${unitWord(trend.unit)}`;

const partialWords = (trend: ScopeTrend): string | null => (trend.partial === undefined ? null : `Partial trend: ${trend.partial.message}`);

const table = (trend: ScopeTrend): string => {
  const rows = [COLUMNS.map(String), ...trend.points.map(cellsOf)].map((r) => r.map(plainText));
  const widths = COLUMNS.map((_, i) => Math.max(...rows.map((r) => Array.from(r[i] ?? '').length)));
  // Text columns left, numbers right.
  const line = (r: readonly string[]) => r.map((c, i) => (i < 5 ? padEnd(c, widths[i] ?? 0) : padStart(c, widths[i] ?? 0))).join('  ').trimEnd();
  const out = [plainText(heading(trend)), ''];
  if (trend.points.length === 0) out.push('No PIs to show.');
  else out.push(...rows.map(line));
  const partial = partialWords(trend);
  if (partial !== null) out.push('', plainText(partial));
  if (trend.unreadable.length > 0) out.push('', `${trend.unreadable.length} item${trend.unreadable.length === 1 ? '' : 's'} could not be read: ${trend.unreadable.map((u) => plainText(u.key)).join(', ')}`);
  if (trend.notes.length > 0) out.push('', ...trend.notes.map((n) => `Note: ${plainText(n)}`));
  return `${out.join('\n')}\n`;
};

const markdown = (trend: ScopeTrend): string => {
  const out = [`# ${md(heading(trend))}`, '', `JQL: ${md(trend.jql)}`, ''];
  const partial = partialWords(trend);
  if (partial !== null) out.push(`> **${md(partial)}**`, '');
  if (trend.points.length === 0) out.push('No PIs to show.', '');
  else {
    out.push(`| ${COLUMNS.join(' | ')} |`, `| ${COLUMNS.map((_, i) => (i < 5 ? '---' : '---:')).join(' | ')} |`);
    for (const p of trend.points) out.push(`| ${cellsOf(p).map(md).join(' | ')} |`);
    out.push('');
  }
  if (trend.unreadable.length > 0) {
    out.push(`> **${trend.unreadable.length} item${trend.unreadable.length === 1 ? '' : 's'} could not be read.**`, '');
    for (const u of trend.unreadable) out.push(`- ${md(u.key)}: ${md(u.reason)}`);
    out.push('');
  }
  for (const n of trend.notes) out.push(`- ${md(n)}`);
  if (trend.notes.length > 0) out.push('');
  return out.join('\n');
};

const CSV_HEADER = ['pi', 'start', 'end', 'role', 'source', 'baseline_version', 'as_of', 'items', ...VERDICTS, 'unit', 'capacity_total', ...VERDICTS.map((v) => `capacity_${v}`), 'unsized', 'gravity_share', 'aligned_share', 'carried_out'];

const csv = (trend: ScopeTrend): string =>
  csvRows([
    CSV_HEADER,
    ...trend.points.map((p) => [
      p.pi.name,
      p.pi.startDate,
      p.pi.endDate,
      p.role,
      p.source,
      p.baselineVersion === null ? '' : String(p.baselineVersion),
      p.asOf,
      String(p.total),
      ...VERDICTS.map((v) => String(p.counts[v])),
      p.capacity.unit,
      String(p.capacity.total),
      ...VERDICTS.map((v) => String(p.capacity.byVerdict[v])),
      String(p.capacity.unsized.length),
      p.gravityShare === null ? '' : String(p.gravityShare),
      p.alignedShare === null ? '' : String(p.alignedShare),
      String(p.carriedOut),
    ]),
  ]);

export const formatTrend = (trend: ScopeTrend, format: TrendFormat): string => {
  switch (format) {
    case 'table':
      return table(trend);
    case 'markdown':
      return markdown(trend);
    case 'csv':
      return csv(trend);
    case 'json':
      return `${JSON.stringify(trend, null, 2)}\n`;
  }
};
