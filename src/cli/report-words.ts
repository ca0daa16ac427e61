import { VERDICTS } from '../shared/assessment';
import type { ScopeReport } from '../shared/report';

/** Words every format shares, so the table, Markdown and CSV say the same thing. */

/** "PI 26.3 (next, 2026-12-01 to 2027-02-20)" or "no PI found". */
export const piWords = (report: ScopeReport): string =>
  report.pi === null
    ? `no ${report.piRole === 'named' ? 'such' : report.piRole} PI found`
    : `${report.pi.name} (${report.piRole}, ${report.pi.startDate} to ${report.pi.endDate})`;

/** The partial-result line every format but CSV shows (CSV stays plain rows; the exit code and stderr say it), or undefined. */
export const partialWords = (report: ScopeReport): string | undefined =>
  report.partial === undefined ? undefined : `Partial result: ${report.partial.message} Or allow more time with --timeout SECONDS.`;

/**
 * The note for evidence whose signatures the CLI could not check (a real site, or a snapshot of one),
 * or undefined when they were checked. README, "Evidence the app can trust".
 */
export const uncheckedEvidenceWords = (report: ScopeReport): string | undefined =>
  report.evidenceChecked === false
    ? "Evidence not checked: the signing key is in the app's Forge storage, so every readable evidence record counted, including any added or changed outside Factory Gravity. The app's own views count signed records only."
    : undefined;

/** "gravity 12 · zombie 3 · …" in verdict order, every verdict shown (zeros too). */
export const countSegments = (report: ScopeReport): string[] => VERDICTS.map((v) => `${v} ${report.counts[v]}`);

/** "●◐○" marks for a force score: strong (67+), partial (34-66), missing (0-33). */
export const forceMark = (score: number): string => (score >= 67 ? '●' : score >= 34 ? '◐' : '○');
export const FORCE_LEGEND = 'S/E/D: strategy, evidence, delivery — ● strong ◐ partial ○ missing';
