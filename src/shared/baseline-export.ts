import { VERDICTS } from './assessment';
import type { Baseline, BaselineFormat, Drift } from './baseline';
import { csvRows } from './csv-cell';
import { markdownText } from './markdown-text';

/**
 * A PI baseline as Markdown, CSV or JSON: the one implementation behind the
 * PI review page's export and `factory-gravity baseline`. Pure.
 *
 * `committed: false` is a baseline as it WOULD be committed now (the CLI
 * where none is committed or the app's storage is out of reach): it names no
 * version, committer or commit time, and says so.
 */

const md = markdownText;

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "2 added, 1 worsened, 1 evidence expired" ("no drift" when nothing moved). */
export const driftWords = (drift: Drift): string => {
  const parts = [
    drift.added.length > 0 ? `${drift.added.length} added` : '',
    drift.removed.length > 0 ? `${drift.removed.length} removed` : '',
    drift.worsened.length > 0 ? `${drift.worsened.length} worsened` : '',
    drift.evidenceExpired.length > 0 ? `${drift.evidenceExpired.length} evidence expired` : '',
  ].filter((p) => p !== '');
  return parts.length === 0 ? 'no drift' : parts.join(', ');
};

const verdictCounts = (baseline: Baseline): string =>
  VERDICTS.map((v) => [v, baseline.items.filter((i) => i.verdict === v).length] as const)
    .filter(([, n]) => n > 0)
    .map(([v, n]) => `${n} ${v}`)
    .join(' · ') || 'no items';

const decisionWords = (d: Baseline['items'][number]['decision']): string =>
  d === null ? '' : d.kind === 'keep' && d.sponsor !== null ? `keep (${d.sponsor.displayName})` : d.kind;

export const BASELINE_CSV_COLUMNS = [
  'key',
  'verdict',
  'score',
  'strategy',
  'evidence',
  'delivery',
  'findings',
  'liveObjectives',
  'objectives',
  'freshEvidence',
  'evidenceRecords',
  'decision',
  'decisionVersion',
  'sponsor',
  'summary',
] as const;

const toCsv = (baseline: Baseline): string =>
  csvRows([
    [...BASELINE_CSV_COLUMNS],
    ...baseline.items.map((i) => [
      i.key,
      i.verdict,
      String(i.score),
      String(i.forces.strategy),
      String(i.forces.evidence),
      String(i.forces.delivery),
      i.findings.join(' '),
      String(i.counts.liveObjectives),
      String(i.counts.objectives),
      String(i.counts.freshEvidence),
      String(i.counts.evidence),
      i.decision?.kind ?? '',
      i.decision === null ? '' : String(i.decision.version),
      i.decision?.sponsor?.displayName ?? '',
      i.summary,
    ]),
  ]);

const driftMarkdown = (drift: Drift): string[] => {
  const out = ['## Drift since commit', '', `${driftWords(drift)}.`, ''];
  const section = (title: string, lines: string[]): void => {
    if (lines.length > 0) out.push(`### ${title}`, '', ...lines, '');
  };
  section('Added after commit', drift.added.map((d) => `- ${md(d.key)} (${d.verdict}): ${md(d.summary)}`));
  section('Removed since commit', drift.removed.map((d) => `- ${md(d.key)} (was ${d.verdictAtCommit}): ${md(d.summary)}`));
  section('Worsened', drift.worsened.map((d) => `- ${md(d.key)}: ${d.from} → ${d.to}: ${md(d.summary)}`));
  section('Evidence expired', drift.evidenceExpired.map((d) => `- ${md(d.key)}: fresh evidence ${d.freshAtCommit} → ${d.freshNow}: ${md(d.summary)}`));
  return out;
};

const toMarkdown = (baseline: Baseline, drift: Drift | null, committed: boolean): string => {
  const pi = baseline.pi;
  const out = [`# PI baseline: ${md(baseline.projectKey)} ${md(pi.name)} (${pi.startDate} to ${pi.endDate})`, ''];
  out.push(
    committed
      ? `Version ${baseline.version}, committed ${baseline.committedAt} by ${md(baseline.committedBy.displayName)}.`
      : `**Not committed:** the PI as it would be committed now (${baseline.committedAt}).`,
    '',
  );
  out.push(`${plural(baseline.items.length, 'item')}: ${verdictCounts(baseline)}`, '');
  if (baseline.items.length === 0) out.push('No work items in this PI.', '');
  else {
    out.push('| Issue | Verdict | Score | S/E/D | Findings | Objectives live/total | Evidence fresh/total | Decision | Summary |');
    out.push('| --- | --- | ---: | --- | --- | --- | --- | --- | --- |');
    for (const i of baseline.items)
      out.push(
        `| ${md(i.key)} | ${i.verdict} | ${i.score} | ${i.forces.strategy}/${i.forces.evidence}/${i.forces.delivery} | ${i.findings.join(', ') || '–'} | ${
          i.counts.liveObjectives
        }/${i.counts.objectives} | ${i.counts.freshEvidence}/${i.counts.evidence} | ${md(decisionWords(i.decision)) || '–'} | ${md(i.summary)} |`,
      );
    out.push('');
  }
  if (drift !== null) out.push(...driftMarkdown(drift));
  return out.join('\n');
};

/** JSON with a fixed key order (the order written here), 2-space indent and a final newline. */
const toJson = (baseline: Baseline, drift: Drift | null, committed: boolean): string =>
  `${JSON.stringify(
    {
      committed,
      projectKey: baseline.projectKey,
      pi: { name: baseline.pi.name, startDate: baseline.pi.startDate, endDate: baseline.pi.endDate },
      version: committed ? baseline.version : null,
      committedAt: committed ? baseline.committedAt : null,
      committedBy: committed ? { accountId: baseline.committedBy.accountId, displayName: baseline.committedBy.displayName } : null,
      itemCount: baseline.items.length,
      items: baseline.items.map((i) => ({
        key: i.key,
        summary: i.summary,
        verdict: i.verdict,
        score: i.score,
        forces: { strategy: i.forces.strategy, evidence: i.forces.evidence, delivery: i.forces.delivery },
        findings: [...i.findings],
        counts: {
          objectives: i.counts.objectives,
          liveObjectives: i.counts.liveObjectives,
          evidence: i.counts.evidence,
          freshEvidence: i.counts.freshEvidence,
        },
        decision:
          i.decision === null
            ? null
            : {
                kind: i.decision.kind,
                version: i.decision.version,
                sponsor: i.decision.sponsor === null ? null : { accountId: i.decision.sponsor.accountId, displayName: i.decision.sponsor.displayName },
              },
      })),
      drift:
        drift === null
          ? null
          : {
              added: drift.added.map((d) => ({ key: d.key, summary: d.summary, verdict: d.verdict })),
              removed: drift.removed.map((d) => ({ key: d.key, summary: d.summary, verdictAtCommit: d.verdictAtCommit })),
              worsened: drift.worsened.map((d) => ({ key: d.key, summary: d.summary, from: d.from, to: d.to })),
              evidenceExpired: drift.evidenceExpired.map((d) => ({ key: d.key, summary: d.summary, freshAtCommit: d.freshAtCommit, freshNow: d.freshNow })),
            },
    },
    null,
    2,
  )}\n`;

/** The baseline in `format`; with `drift`, Markdown gains a "Drift since commit" section and JSON a `drift` object (CSV stays one row per item). */
export const formatBaseline = (baseline: Baseline, format: BaselineFormat, drift: Drift | null = null, committed = true): string => {
  switch (format) {
    case 'markdown':
      return toMarkdown(baseline, drift, committed);
    case 'csv':
      return toCsv(baseline);
    case 'json':
      return toJson(baseline, drift, committed);
  }
};
