import { findPhi, phiTextsOf, phiWarnings, type PhiField, type PhiPattern } from '../shared/phi-guard';
import { AppError, type FieldIssue } from '../shared/result';
import type { Settings } from '../shared/settings';
import { compileUserPattern } from '../shared/user-pattern';
import { readSettings } from '../storage/settings-store';
import type { KeyValueStore } from '../storage/key-value-store';
import { projectKeyOf } from './access';

/**
 * The server half of the patient-data guard (src/shared/phi-guard.ts): the
 * evidence form warns as the person types, but a payload can come from
 * anywhere, so add, edit and confirm-suggestion check the text here as well,
 * with the built-in detectors and the project's extra patterns (which the
 * form cannot run: re2js would take the issue panel over its bundle budget).
 * Flagged text without `notPatientData: true` is refused with PHI_SUSPECTED
 * before anything is written; the issues name the field and what it looks
 * like, never the text.
 */

type EvidenceText = Parameters<typeof phiTextsOf>[0];

/** Settings patterns were checked with the engine when saved; one that no longer compiles is skipped, not fatal. */
const compiledExtras = (sources: readonly string[]): PhiPattern[] =>
  sources.flatMap((s) => {
    const compiled = compileUserPattern(s);
    return compiled.ok ? [compiled.pattern] : [];
  });

/** The field issues for flagged evidence text (empty when the guard is off or nothing looks like a patient identifier). */
export const patientDataIssues = (phi: Settings['evidence']['phi'], evidence: EvidenceText): FieldIssue[] => {
  if (!phi.enabled) return [];
  const warnings = phiWarnings(findPhi(phiTextsOf(evidence), compiledExtras(phi.extraPatterns)));
  return (Object.entries(warnings) as [PhiField, string][]).map(([field, message]) => ({ path: ['evidence', ...field.split('.')], message }));
};

/** Throws PHI_SUSPECTED when the text is flagged and the person has not confirmed it is not patient data. */
export const refuseUnconfirmedPatientData = async (
  kvs: KeyValueStore,
  issueKey: string,
  evidence: EvidenceText,
  notPatientData: true | undefined,
): Promise<void> => {
  if (notPatientData === true) return;
  const { settings } = await readSettings(kvs, projectKeyOf(issueKey));
  const issues = patientDataIssues(settings.evidence.phi, evidence);
  if (issues.length === 0) return;
  throw new AppError(
    'PHI_SUSPECTED',
    'Some of this evidence looks like patient data, so nothing was saved. Remove the identifiers, or confirm that it is not patient data and save again.',
    issues,
  );
};
