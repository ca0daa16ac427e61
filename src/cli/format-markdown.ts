import { VERDICTS } from '../shared/assessment';
import type { ScopeReport } from '../shared/report';
import { WAITING_TITLE, candidateSizeCell, capacityWords, partialWords, piWords, sizeCell, swapWords, uncheckedEvidenceWords, waitingWords } from './report-words';
import { markdownText } from '../shared/markdown-text';
import { itemNoteWords } from './format-table';

/** The verdict, then the decision and a Done item's outcome in brackets: "gravity (kept by Dana Whitfield)", "delivered (outcome overdue)". */
const verdictCell = (i: ScopeReport['items'][number]): string => {
  const note = itemNoteWords(i);
  return note === '' ? i.verdict : `${i.verdict} (${md(note)})`;
};

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
  if (report.total > 0) out.push(md(capacityWords(report)), '');
  out.push('## Items', '');
  if (report.items.length === 0) out.push('No work items in this scope.', '');
  else {
    out.push('| Issue | Verdict | Score | Size | Strategy | Evidence | Delivery | Carried over | Findings | Summary |');
    out.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |');
    for (const i of report.items)
      out.push(
        `| ${md(i.key)} | ${verdictCell(i)} | ${i.score} | ${sizeCell(report, i)} | ${i.forces.strategy} | ${i.forces.evidence} | ${i.forces.delivery} | ${i.carriedOver} | ${
          i.findings.map((f) => f.code).join(', ') || '–'
        } | ${md(i.summary)} |`,
      );
    out.push('');
  }
  out.push(...waitingSection(report));
  if (report.unreadable.length > 0) {
    out.push(`> **Partial result:** ${report.unreadable.length} item${report.unreadable.length === 1 ? '' : 's'} could not be read.`, '');
    for (const u of report.unreadable) out.push(`- ${md(u.key)}: ${md(u.reason)}`);
    out.push('');
  }
  return out.join('\n');
};

/** "## Waiting outside the PI": the candidates table and the swap hints per gravity item; nothing without candidates. */
const waitingSection = (report: ScopeReport): string[] => {
  const words = waitingWords(report);
  const candidates = report.candidates;
  if (words === undefined || candidates === undefined) return [];
  const out = [`## ${WAITING_TITLE}`, '', md(words), ''];
  if (candidates.length === 0) return out;
  out.push('| Issue | Score if planned | Size | Objectives | Fresh evidence | Planned in | Summary |', '| --- | ---: | ---: | --- | ---: | --- | --- |');
  for (const c of candidates)
    out.push(
      `| ${md(c.key)} | ${c.score} | ${candidateSizeCell(report, c.size)} | ${md(c.objectives.join(', ')) || '–'} | ${c.freshEvidence} | ${c.plannedIn === null ? '–' : md(c.plannedIn)} | ${md(c.summary)} |`,
    );
  out.push('');
  const swaps = report.swaps ?? [];
  if (swaps.length > 0) {
    out.push('### Swaps for the gravity items', '', 'Candidates of similar size, best first.', '');
    for (const s of swaps) out.push(`- ${md(swapWords(report, s))}`);
    out.push('');
  }
  return out;
};

/**
 * Text from Jira as inert Markdown inside a line (never at a line's start):
 * one line, emphasis, code, link, HTML and table-pipe characters escaped.
 */
export const md = markdownText;
