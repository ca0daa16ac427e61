import { evidenceFigureProblem, isOutcomeEvidence, type EvidenceKind, type EvidenceRecord } from '../../../src/shared/evidence';
import { findPhi, phiWarnings, type PhiField, type PhiTexts } from '../../../src/shared/phi-guard';
import type { FieldIssue } from '../../../src/shared/result';
import { measureWords } from '../../../src/shared/outcome-words';

/** What the evidence form holds while a person types: every field as text. */
export interface EvidenceDraft {
  readonly kind: EvidenceKind;
  readonly url: string;
  readonly sourceName: string;
  readonly sourceRole: string;
  readonly sourceSite: string;
  readonly observedOn: string;
  readonly summary: string;
  /** Adoption and outcome evidence only (draftHasFigure): the measured value as typed ("212", "-18", "3.5"). */
  readonly figure: string;
  /** What the figure counts ("weekly active users", "% readmissions"). */
  readonly unit: string;
}

/** An empty form, of the kind asked for (the panel's outcome section opens it as adoption evidence). */
export const emptyDraft = (kind: EvidenceKind = 'interview'): EvidenceDraft => ({
  kind,
  url: '',
  sourceName: '',
  sourceRole: '',
  sourceSite: '',
  observedOn: '',
  summary: '',
  figure: '',
  unit: '',
});

export const draftFromRecord = (r: EvidenceRecord): EvidenceDraft => ({
  kind: r.kind,
  url: r.url ?? '',
  sourceName: r.source.name,
  sourceRole: r.source.role ?? '',
  sourceSite: r.source.site ?? '',
  observedOn: r.observedOn,
  summary: r.summary,
  figure: r.figure === undefined ? '' : String(r.figure),
  unit: r.unit ?? '',
});

/** Whether the form shows Figure and Unit: adoption and outcome evidence only. */
export const draftHasFigure = (kind: EvidenceKind): boolean => isOutcomeEvidence(kind);

/** The draft with another kind; a kind without a figure drops what was typed in Figure and Unit. */
export const withKind = (d: EvidenceDraft, kind: EvidenceKind): EvidenceDraft =>
  draftHasFigure(kind) ? { ...d, kind } : { ...d, kind, figure: '', unit: '' };

export const FIGURE_NOT_A_NUMBER = 'Enter the figure as a number, such as 212, -18 or 3.5; put words such as “users” or “%” in Unit';

/** What the Figure field holds: nothing, a number, or text that is not one. */
export type FigureText =
  | { readonly kind: 'blank' }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'invalid'; readonly message: string };

/** A plain decimal: an optional sign, digits (grouped by commas in threes, or not), an optional fraction and exponent. */
const DECIMAL = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:e[+-]?\d{1,3})?$|^[+-]?\.\d+$/i;

/**
 * The Figure field's text as a number: "212", "-18", "3.5", "1,200" and "−18"
 * (a typographic minus, as pasted from a report) read; "12 users", "12%",
 * "3,5" and "twelve" do not. Range is left to EvidenceInputSchema.
 */
export const parseFigure = (text: string): FigureText => {
  const t = text.trim().replace(/^\u2212/, '-');
  if (t === '') return { kind: 'blank' };
  if (!DECIMAL.test(t)) return { kind: 'invalid', message: FIGURE_NOT_A_NUMBER };
  const value = Number(t.replace(/,/g, ''));
  return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid', message: FIGURE_NOT_A_NUMBER };
};

/** The candidate payload: blank optional fields are left out, not sent as ""; Figure and Unit only for adoption and outcome evidence. */
export const draftToInput = (d: EvidenceDraft, withUrl: boolean): Record<string, unknown> => {
  const source: Record<string, string> = { name: d.sourceName };
  if (d.sourceRole.trim() !== '') source['role'] = d.sourceRole;
  if (d.sourceSite.trim() !== '') source['site'] = d.sourceSite;
  const input: Record<string, unknown> = { kind: d.kind, source, observedOn: d.observedOn, summary: d.summary };
  if (withUrl && d.url.trim() !== '') input['url'] = d.url;
  if (draftHasFigure(d.kind)) {
    const figure = parseFigure(d.figure);
    if (figure.kind === 'number') input['figure'] = figure.value;
    if (d.unit.trim() !== '') input['unit'] = d.unit;
  }
  return input;
};

/**
 * What the form finds wrong before the schema looks: a Figure that is not a
 * number, or a Unit without its figure (evidenceFigureProblem, as the server
 * checks it). Paths are the form's field keys.
 */
export const draftIssues = (d: EvidenceDraft): FieldIssue[] => {
  if (!draftHasFigure(d.kind)) return [];
  const figure = parseFigure(d.figure);
  if (figure.kind === 'invalid') return [{ path: ['figure'], message: figure.message }];
  const problem = evidenceFigureProblem({
    kind: d.kind,
    ...(figure.kind === 'number' ? { figure: figure.value } : {}),
    ...(d.unit.trim() === '' ? {} : { unit: d.unit }),
  });
  return problem === null ? [] : [{ path: [problem.path], message: problem.message }];
};

/** Field keys, as zod paths joined by dots; the form shows issues at these. */
export const EVIDENCE_FIELDS = ['kind', 'url', 'source.name', 'source.role', 'source.site', 'observedOn', 'summary', 'figure', 'unit'] as const;

/**
 * A record's figure as the evidence list shows it after the kind (measureWords:
 * "212 weekly active users", "1,200" alone without a unit); null without a figure.
 */
export const figureOfRecord = (figure: number | undefined, unit: string | undefined): string | null =>
  figure === undefined ? null : measureWords(figure, unit);

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
  ...(draftHasFigure(d.kind) ? { unit: d.unit } : {}),
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
