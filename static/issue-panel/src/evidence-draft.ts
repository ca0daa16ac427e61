import type { EvidenceKind, EvidenceRecord } from '../../../src/shared/evidence';
import { findPhi, phiWarnings, type PhiField, type PhiTexts } from '../../../src/shared/phi-guard';

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

/**
 * The patient-data guard as the person types (src/shared/phi-guard.ts). The
 * form runs the built-in detectors only: the project's extra patterns need the
 * linear-time engine (re2js), which does not fit the issue panel's bundle
 * budget (static/build.mjs), so the server runs them and answers PHI_SUSPECTED.
 */
export const draftPhiTexts = (d: EvidenceDraft): PhiTexts => ({
  summary: d.summary,
  'source.name': d.sourceName,
  'source.role': d.sourceRole,
  'source.site': d.sourceSite,
});

/** The warning under each field that looks like it holds a patient identifier; none when the project's guard is off. */
export const draftPhiWarnings = (d: EvidenceDraft, guardOn: boolean): Partial<Record<PhiField, string>> =>
  guardOn ? phiWarnings(findPhi(draftPhiTexts(d))) : {};

export interface PhiGate {
  /** Warnings the form found in the draft. */
  readonly warnings: Partial<Record<PhiField, string>>;
  /** The server answered PHI_SUSPECTED (a project pattern the form cannot run). */
  readonly serverFlagged: boolean;
  /** "This is not patient data" is ticked. */
  readonly confirmed: boolean;
}

/** Whether the form asks "This is not patient data" before saving. */
export const asksPatientDataConfirmation = (g: PhiGate): boolean => g.serverFlagged || Object.keys(g.warnings).length > 0;

export const PHI_CONFIRM_NEEDED = 'Tick “This is not patient data” to save, or remove the identifiers from the marked fields.';

/** Why saving must wait (the message at the checkbox), or null when it may go ahead. */
export const patientDataBlock = (g: PhiGate): string | null => (asksPatientDataConfirmation(g) && !g.confirmed ? PHI_CONFIRM_NEEDED : null);

/** What goes into the payload: the confirmation only when it was asked for and given. */
export const patientDataConfirmation = (g: PhiGate): { readonly notPatientData?: true } =>
  asksPatientDataConfirmation(g) && g.confirmed ? { notPatientData: true } : {};
