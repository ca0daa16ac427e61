import type { EvidenceRecord } from '../shared/evidence';
import type { Settings } from '../shared/settings';
import { freshnessCutoff } from './dates';
import type { EvidenceView, SuggestedEvidence, WebLink } from './model';
import { compareText, compilePattern, sourceKey } from './text';

/**
 * Field evidence and suggested evidence.
 *
 * - Removed records (removedAt set) never count and are not listed.
 * - Fresh: observedOn is on or after the day `freshnessMonths` months before today
 *   (exactly 18 months ago is still fresh). A future observedOn (the form refuses it)
 *   counts as fresh.
 * - Field evidence: every kind except 'stakeholder-request'.
 * - Distinct sources: distinct source names among fresh field evidence, compared by
 *   sourceKey (NFKC, zero-width and format characters removed, case folded, spaces
 *   collapsed): names that look the same count once.
 */

const byNewest = (a: EvidenceView, b: EvidenceView): number =>
  a.observedOn !== b.observedOn ? (a.observedOn > b.observedOn ? -1 : 1) : compareText(a.id, b.id);

/** Non-removed records with freshness, newest observation first. */
export const evidenceViews = (records: readonly EvidenceRecord[], rules: Settings['evidence'], today: string): EvidenceView[] => {
  const cutoff = freshnessCutoff(today, rules.freshnessMonths);
  return records
    .filter((r) => r.removedAt === undefined)
    // Object.assign copies as a spread does (own keys, same order) and is much faster on V8 here.
    .map((r): EvidenceView => Object.assign({}, r, { fresh: r.observedOn >= cutoff, isFieldEvidence: r.kind !== 'stakeholder-request' }))
    .sort(byNewest);
};

export interface EvidenceSummary {
  /** Fresh field evidence records. */
  readonly freshField: readonly EvidenceView[];
  /** Field evidence older than the window. */
  readonly staleField: readonly EvidenceView[];
  /** Fresh stakeholder requests. */
  readonly freshRequests: readonly EvidenceView[];
  /** Distinct sources of fresh field evidence, as first written, in human order. */
  readonly sources: readonly string[];
  /** HIPPO risk: fresh stakeholder requests and no fresh field evidence. */
  readonly hippoRisk: boolean;
  /** Vocal-minority risk: fresh field evidence from exactly one source. */
  readonly singleSource: boolean;
}

export const summariseEvidence = (views: readonly EvidenceView[]): EvidenceSummary => {
  const freshField = views.filter((v) => v.isFieldEvidence && v.fresh);
  const staleField = views.filter((v) => v.isFieldEvidence && !v.fresh);
  const freshRequests = views.filter((v) => !v.isFieldEvidence && v.fresh);
  const sources = new Map<string, string>();
  for (const v of [...freshField].sort((a, b) => compareText(a.source.name, b.source.name))) {
    const key = sourceKey(v.source.name);
    if (!sources.has(key)) sources.set(key, v.source.name.trim().replace(/\s+/g, ' '));
  }
  return {
    freshField,
    staleField,
    freshRequests,
    sources: [...sources.values()],
    hippoRisk: freshRequests.length > 0 && freshField.length === 0,
    singleSource: sources.size === 1,
  };
};

/**
 * Web links whose URL or title matches one of settings.evidence.researchPatterns
 * (case-insensitive, RE2 syntax, matched in linear time by compilePattern; the first
 * matching pattern is named), except links
 * already confirmed (a non-removed record with fromLinkId = the link's id) and links whose URL
 * is a non-removed record's url. Empty when web links were not read (null). Listed by title.
 */
export const suggestedEvidence = (
  links: readonly WebLink[] | null,
  records: readonly EvidenceRecord[],
  rules: Settings['evidence'],
): SuggestedEvidence[] => {
  if (links === null) return [];
  const live = records.filter((r) => r.removedAt === undefined);
  const confirmed = new Set(live.flatMap((r) => (r.fromLinkId === undefined ? [] : [r.fromLinkId])));
  const urls = new Set(live.flatMap((r) => (r.url === undefined ? [] : [r.url.trim()])));
  const patterns = rules.researchPatterns.flatMap((p) => {
    const re = compilePattern(p);
    return re === null ? [] : [{ source: p, re }];
  });
  const suggestions: SuggestedEvidence[] = [];
  for (const link of links) {
    if (confirmed.has(link.id) || urls.has(link.url.trim())) continue;
    const match = patterns.find((p) => p.re.test(link.url) || p.re.test(link.title));
    if (match !== undefined) suggestions.push({ linkId: link.id, url: link.url, title: link.title, pattern: match.source });
  }
  return suggestions.sort((a, b) => compareText(a.title, b.title) || compareText(a.url, b.url) || compareText(a.linkId, b.linkId));
};
