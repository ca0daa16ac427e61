import { csvRows } from '../../../src/shared/csv-cell';
import type { RegisterEntry } from '../../../src/shared/decision';
import { markdownText } from '../../../src/shared/markdown-text';

/** Pure helpers of the PI review page: the register filter, export files. */

const normal = (s: string): string => s.toLocaleLowerCase('en-US').normalize('NFKC');

/** Entries whose key, summary, rationale or decider contain every word of the filter (case-insensitive). */
export const filterRegister = (entries: readonly RegisterEntry[], text: string): RegisterEntry[] => {
  const words = normal(text).split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return [...entries];
  return entries.filter((e) => {
    const hay = normal([e.issueKey, e.summary, e.rationale, e.decidedBy.displayName, e.pi].join(' '));
    return words.every((w) => hay.includes(w));
  });
};

/** "3 of 7 entries" */
export const countWords = (shown: number, total: number): string =>
  shown === total ? `${total} ${total === 1 ? 'entry' : 'entries'}` : `${shown} of ${total} ${total === 1 ? 'entry' : 'entries'}`;

const safe = (s: string): string => s.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');

/** "CLIN-PI-26.4-baseline-v2.md" */
export const baselineFileName = (projectKey: string, piName: string, version: number, format: 'markdown' | 'csv' | 'json'): string =>
  `${safe(projectKey)}-${safe(piName)}-baseline-v${version}.${format === 'markdown' ? 'md' : format}`;

export const registerFileName = (projectKeys: readonly string[], format: 'markdown' | 'csv'): string =>
  `${projectKeys.map(safe).join('-') || 'train'}-not-doing-register.${format === 'markdown' ? 'md' : 'csv'}`;

const REGISTER_COLUMNS = ['issueKey', 'summary', 'pi', 'rationale', 'decidedBy', 'decidedAt', 'version', 'verdictAtDecision', 'removedFromPi'] as const;

const registerRow = (e: RegisterEntry): string[] => [
  e.issueKey,
  e.summary,
  e.pi,
  e.rationale,
  e.decidedBy.displayName,
  e.decidedAt,
  String(e.version),
  e.verdictAtDecision,
  e.removedFromPi.join('; '),
];

export const registerCsv = (entries: readonly RegisterEntry[]): string => csvRows([REGISTER_COLUMNS, ...entries.map(registerRow)]);

export const registerMarkdown = (entries: readonly RegisterEntry[], title: string): string =>
  [
    `# ${title}`,
    '',
    `${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}`,
    '',
    '| Item | Summary | PI | Rationale | Dropped by | When | Version | Verdict | Removed from PI |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...entries.map((e) => `| ${registerRow(e).map(markdownText).join(' | ')} |`),
    '',
  ].join('\n');
