import { SettingsSchema } from '../../src/shared/settings';
import { draftFromSettings, draftToCandidate, SETTINGS_FIELDS } from '../../static/settings/src/settings-draft';

describe('settings draft', () => {
  it('keeps the patient-data guard through a save (draft → candidate)', () => {
    const settings = SettingsSchema.parse({ evidence: { freshnessMonths: 12, phi: { enabled: false, extraPatterns: ['MRN-\\d{6}'] } } });
    const { candidate, local } = draftToCandidate(draftFromSettings(settings));
    expect(local).toEqual([]);
    expect(SettingsSchema.parse(candidate)).toEqual(settings);
  });

  it('edits the guard through its own fields: switched off, extra patterns one per line', () => {
    const draft = { ...draftFromSettings(SettingsSchema.parse({})), phiEnabled: false, phiPatterns: ' RX-\\d{7} \n\nLOC-\\d{5}\n' };
    const saved = SettingsSchema.parse(draftToCandidate(draft).candidate);
    expect(saved.evidence.phi).toEqual({ enabled: false, extraPatterns: ['RX-\\d{7}', 'LOC-\\d{5}'] });
  });

  it('keeps the admission gate through a save, and edits it through its radio group and status lines', () => {
    const settings = SettingsSchema.parse({ gate: { mode: 'warn', toStatuses: ['Implementing', 'Done'] } });
    const draft = draftFromSettings(settings);
    expect(draft).toMatchObject({ gateMode: 'warn', gateStatuses: 'Implementing\nDone' });
    expect(SettingsSchema.parse(draftToCandidate(draft).candidate)).toEqual(settings);
    const edited = SettingsSchema.parse(draftToCandidate({ ...draft, gateMode: 'block', gateStatuses: ' Done \n\n' }).candidate);
    expect(edited.gate).toEqual({ mode: 'block', toStatuses: ['Done'] });
    expect(SETTINGS_FIELDS).toEqual(expect.arrayContaining(['gate.mode', 'gate.toStatuses']));
  });

  it('places issues about the guard at its fields', () => {
    expect(SETTINGS_FIELDS).toEqual(expect.arrayContaining(['evidence.phi.enabled', 'evidence.phi.extraPatterns']));
  });
});
