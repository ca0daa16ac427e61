import { VERDICTS } from '../shared/assessment';
import type { ScopeReport } from '../shared/report';
import { partialWords, piWords, uncheckedEvidenceWords } from './report-words';
import { markdownText } from '../shared/markdown-text';
import { decisionWords } from './format-table';

/** A Markdown report for a wiki page or a CI summary: heading, headline, counts table, items table. */
export const formatMarkdown = (report: ScopeReport): string => {
  const out: string[] = [];
  out.push(`# Factory Gravity: ${md(report.scopeLabel)}`, '');
  out.push(`**${md(report.headline)}**`, '');
  out.push(`${md(piWords(report))} · today ${report.today} · JQL: ${md(report.jql)}`, '');
  if (report.settingsWarning !== undefined) out.push(`> **Settings:** ${md(report.settingsWarning)}`, '');
  const partial = partialWords(report);
  if (partial !== undefined) out.push(`> **${md(partial)}**`, '');
  const unchecked = uncheckedEvidenceWords(report);
  if (unchecked !== undefined) out.push(`> ${md(unchecked)}`, '');
  out.push('| Verdict | Items |', '| --- | ---: |');
  for (const v of VERDICTS) out.push(`| ${v} | ${report.counts[v]} |`);
  out.push(`| **total** | ${report.total} |`, '');
  out.push('## Items', '');
  if (report.items.length === 0) out.push('No work items in this scope.', '');
  else {
    out.push('| Issue | Verdict | Score | Strategy | Evidence | Delivery | Carried over | Findings | Summary |');
    out.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | --- |');
    for (const i of report.items)
      out.push(
        `| ${md(i.key)} | ${i.verdict}${i.decision === null ? '' : ` (${md(decisionWords(i.decision))})`} | ${i.score} | ${i.forces.strategy} | ${i.forces.evidence} | ${i.forces.delivery} | ${i.carriedOver} | ${
          i.findings.map((f) => f.code).join(', ') || '–'
        } | ${md(i.summary)} |`,
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
 * Text from Jira as inert Markdown inside a line (never at a line's start):
 * one line, emphasis, code, link, HTML and table-pipe characters escaped.
 */
export const md = markdownText;
