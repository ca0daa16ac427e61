import {
  asksPatientDataConfirmation,
  draftPhiWarnings,
  emptyDraft,
  patientDataBlock,
  patientDataConfirmation,
  PHI_CONFIRM_NEEDED,
  type EvidenceDraft,
} from '../../static/issue-panel/src/evidence-draft';

/** The evidence form's patient-data logic: warnings while typing, and the confirmation saving waits for. */

const draft = (over: Partial<EvidenceDraft>): EvidenceDraft => ({ ...emptyDraft(), sourceName: 'Ward 4B nurses', summary: 'Handover takes 40 minutes', ...over });

describe('patient-data warnings in the evidence draft', () => {
  it('warns at the field that holds what looks like an identifier, as the person types', () => {
    expect(draftPhiWarnings(draft({ summary: 'Nurse read out MRN 1234567' }), true)).toEqual({
      summary: 'Possible patient data: a medical record number. Remove it, or confirm below that it is not patient data.',
    });
    expect(Object.keys(draftPhiWarnings(draft({ sourceRole: 'call 07700 900123', sourceSite: 'a@b.example' }), true))).toEqual(['source.role', 'source.site']);
  });

  it('says nothing on ordinary text, and nothing when the project turned the guard off', () => {
    expect(draftPhiWarnings(draft({}), true)).toEqual({});
    expect(draftPhiWarnings(draft({ summary: 'MRN 1234567' }), false)).toEqual({});
  });
});

describe('the "This is not patient data" gate', () => {
  const flagged = { summary: 'Possible patient data: a phone number.' };

  it('lets unflagged text through without a confirmation', () => {
    const gate = { warnings: {}, serverFlagged: false, confirmed: false };
    expect(asksPatientDataConfirmation(gate)).toBe(false);
    expect(patientDataBlock(gate)).toBeNull();
    expect(patientDataConfirmation(gate)).toEqual({});
  });

  it('blocks flagged text until the box is ticked, then sends the confirmation', () => {
    expect(patientDataBlock({ warnings: flagged, serverFlagged: false, confirmed: false })).toBe(PHI_CONFIRM_NEEDED);
    expect(patientDataConfirmation({ warnings: flagged, serverFlagged: false, confirmed: false })).toEqual({});
    expect(patientDataBlock({ warnings: flagged, serverFlagged: false, confirmed: true })).toBeNull();
    expect(patientDataConfirmation({ warnings: flagged, serverFlagged: false, confirmed: true })).toEqual({ notPatientData: true });
  });

  it('asks too when the server flagged text the form cannot check (a project pattern)', () => {
    const gate = { warnings: {}, serverFlagged: true, confirmed: false };
    expect(asksPatientDataConfirmation(gate)).toBe(true);
    expect(patientDataBlock(gate)).toBe(PHI_CONFIRM_NEEDED);
    expect(patientDataConfirmation({ ...gate, confirmed: true })).toEqual({ notPatientData: true });
  });

  it('does not send a stale tick once nothing is flagged any more', () => {
    expect(patientDataConfirmation({ warnings: {}, serverFlagged: false, confirmed: true })).toEqual({});
  });
});
