import { VERDICTS } from '../shared/assessment';
import type { ScopeReport } from '../shared/report';
import { shareOf, sizeLabel } from '../shared/capacity';

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

/**
 * The capacity line every format but CSV shows: "Capacity: 86 points; gravity 34 (40%), aligned 52 (60%);
 * 3 unsized: CLIN-12, CLIN-30, PAT-7". Verdicts with nothing in them are left out; unsized items are
 * named, never guessed. Without a capacity field: "Capacity: 8 items (counted: no size field); …".
 */
export const capacityWords = (report: Pick<ScopeReport, 'capacity'>): string => {
  const { capacity } = report;
  const total = capacity.unit === 'items' ? `${sizeLabel(capacity.total, 'items')} (counted: no size field)` : sizeLabel(capacity.total, capacity.unit);
  const parts = VERDICTS.filter((v) => capacity.byVerdict[v] > 0).map((v) => {
    const share = shareOf(capacity.byVerdict[v], capacity.total);
    return `${v} ${sizeNumber(capacity.byVerdict[v])}${share === null ? '' : ` (${share}%)`}`;
  });
  const unsized = capacity.unsized.length === 0 ? '' : `; ${capacity.unsized.length} unsized: ${capacity.unsized.map((u) => u.key).join(', ')}`;
  return `Capacity: ${total}${parts.length === 0 ? '' : `; ${parts.join(', ')}`}${unsized}`;
};

/** A size as a number without its unit ("8", "12.5"), as sizeLabel writes it. */
export const sizeNumber = (size: number): string => sizeLabel(size, 'items').replace(/ items?$/, '');

/**
 * An item's size cell: its size in the report's unit; '?' when it is unsized (it is named in the
 * capacity line); '-' when items are counted (there are no sizes).
 */
export const sizeCell = (report: Pick<ScopeReport, 'capacity'>, item: { readonly key: string; readonly size: number | null }): string => {
  if (report.capacity.unit === 'items') return '-';
  if (item.size === null || report.capacity.unsized.some((u) => u.key === item.key)) return '?';
  return sizeNumber(item.size);
};

/** A candidate's size cell: '-' when items are counted, '?' when unsized. */
export const candidateSizeCell = (report: Pick<ScopeReport, 'capacity'>, size: number | null): string =>
  report.capacity.unit === 'items' ? '-' : size === null ? '?' : sizeNumber(size);

/** The heading of the candidates section, the same in every format. */
export const WAITING_TITLE = 'Waiting outside the PI';

/** What the candidates section says about itself: what a candidate is, or that there is none. */
export const waitingWords = (report: Pick<ScopeReport, 'candidates' | 'pi'>): string | undefined => {
  if (report.candidates === undefined) return undefined;
  const where = report.pi === null ? 'the PI' : report.pi.name;
  return report.candidates.length === 0
    ? `No work item outside ${where} would be aligned if planned into it.`
    : `Work items in no PI (or only a later one) that would be aligned if planned into ${where}, best first: score if planned, then size.`;
};

/**
 * The swap hint of one gravity item: "CLIN-3 (13 points): swap for CLIN-40, CLIN-41";
 * "CLIN-4 (unsized): no swap suggested for an unsized item"; "CLIN-5 (8 points): no candidate of similar size".
 * When items are counted, sizes say nothing and any candidate is a swap.
 */
export const swapWords = (report: Pick<ScopeReport, 'capacity' | 'items'>, swap: { readonly key: string; readonly candidates: readonly string[] }): string => {
  const unit = report.capacity.unit;
  if (unit === 'items') return swap.candidates.length > 0 ? `${swap.key}: swap for ${swap.candidates.join(', ')}` : `${swap.key}: no candidate waiting`;
  const item = report.items.find((i) => i.key === swap.key);
  const size = item === undefined || sizeCell(report, item) === '?' ? null : item.size;
  const label = size === null ? 'unsized' : sizeLabel(size, unit);
  if (swap.candidates.length > 0) return `${swap.key} (${label}): swap for ${swap.candidates.join(', ')}`;
  return `${swap.key} (${label}): ${size === null ? 'no swap suggested for an unsized item' : 'no candidate of similar size'}`;
};
