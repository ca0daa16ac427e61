import type { EvidenceKind, EvidenceRecord } from '../../../src/shared/evidence';

/** What the evidence form holds while a person types: every field as text. */
export interface EvidenceDraft {
  readonly kind: EvidenceKind;
  readonly url: string;
  readonly sourceName: string;
  readonly sourceRole: string;
  readonly sourceSite: string;
  readonly observedOn: string;
  readonly summary: string;
}

export const emptyDraft = (): EvidenceDraft => ({
  kind: 'interview',
  url: '',
  sourceName: '',
  sourceRole: '',
  sourceSite: '',
  observedOn: '',
  summary: '',
});

export const draftFromRecord = (r: EvidenceRecord): EvidenceDraft => ({
  kind: r.kind,
  url: r.url ?? '',
  sourceName: r.source.name,
  sourceRole: r.source.role ?? '',
  sourceSite: r.source.site ?? '',
  observedOn: r.observedOn,
  summary: r.summary,
});

/** The candidate payload: blank optional fields are left out, not sent as "". */
export const draftToInput = (d: EvidenceDraft, withUrl: boolean): Record<string, unknown> => {
  const source: Record<string, string> = { name: d.sourceName };
  if (d.sourceRole.trim() !== '') source['role'] = d.sourceRole;
  if (d.sourceSite.trim() !== '') source['site'] = d.sourceSite;
  const input: Record<string, unknown> = { kind: d.kind, source, observedOn: d.observedOn, summary: d.summary };
  if (withUrl && d.url.trim() !== '') input['url'] = d.url;
  return input;
};

/** Field keys, as zod paths joined by dots; the form shows issues at these. */
export const EVIDENCE_FIELDS = ['kind', 'url', 'source.name', 'source.role', 'source.site', 'observedOn', 'summary'] as const;
