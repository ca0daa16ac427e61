import { SettingsSchema } from '../../src/shared/settings';
import { CAPACITY_CHOICES, swapExample, swapRangeWords } from '../../static/settings/src/capacity-choices';
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

  it.each([
    ['auto', 'auto', ''],
    ['timeoriginalestimate', 'timeoriginalestimate', ''],
    ['none', 'none', ''],
    ['customfield_10016', 'customField', 'customfield_10016'],
  ] as const)('keeps capacity.field %s through a save, as the %s choice', (field, choice, id) => {
    const settings = SettingsSchema.parse({ capacity: { field }, trend: { pis: 9 }, candidates: { swapRatio: 1.5, limit: 25 } });
    const draft = draftFromSettings(settings);
    expect(draft).toMatchObject({ capacityChoice: choice, capacityFieldId: id, trendPis: '9', swapRatio: '1.5', candidateLimit: '25' });
    const { candidate, local } = draftToCandidate(draft);
    expect(local).toEqual([]);
    expect(SettingsSchema.parse(candidate)).toEqual(settings);
  });

  it('keeps a typed field id while another choice is picked, and saves only the chosen one', () => {
    const draft = { ...draftFromSettings(SettingsSchema.parse({ capacity: { field: 'customfield_10016' } })), capacityChoice: 'none' as const };
    expect(draft.capacityFieldId).toBe('customfield_10016');
    expect(SettingsSchema.parse(draftToCandidate(draft).candidate).capacity.field).toBe('none');
    expect(SettingsSchema.parse(draftToCandidate({ ...draft, capacityChoice: 'customField', capacityFieldId: ' customfield_10099 ' }).candidate).capacity.field).toBe('customfield_10099');
  });

  it.each([
    [{ trendPis: '' }, 'trend.pis', 'Enter a whole number'],
    [{ trendPis: '2.5' }, 'trend.pis', 'Use a whole number'],
    [{ candidateLimit: 'ten' }, 'candidates.limit', 'Use a whole number'],
    [{ swapRatio: '' }, 'candidates.swapRatio', 'Enter a number'],
    [{ swapRatio: 'twice' }, 'candidates.swapRatio', 'Use a number like 1.5'],
  ])('says at its field when %j is not a number', (patch, path, message) => {
    const { local } = draftToCandidate({ ...draftFromSettings(SettingsSchema.parse({})), ...patch });
    expect(local.map((i) => [i.path.join('.'), i.message])).toEqual([[path, message]]);
  });

  it.each([
    [{ trendPis: '0' }, 'trend.pis', 'At least 1 PI'],
    [{ trendPis: '13' }, 'trend.pis', 'At most 12 PIs'],
    [{ swapRatio: '0.5' }, 'candidates.swapRatio', 'At least 1 (the same size only)'],
    [{ swapRatio: '11' }, 'candidates.swapRatio', 'At most 10'],
    [{ candidateLimit: '51' }, 'candidates.limit', 'At most 50'],
    [{ capacityChoice: 'customField' as const, capacityFieldId: '' }, 'capacity.field', 'Use a custom field id like customfield_10050'],
    [{ capacityChoice: 'customField' as const, capacityFieldId: 'Story Points' }, 'capacity.field', 'Use a custom field id like customfield_10050'],
  ])('refuses %j with the schema’s message at its field', (patch, path, message) => {
    const { candidate, local } = draftToCandidate({ ...draftFromSettings(SettingsSchema.parse({})), ...patch });
    expect(local).toEqual([]);
    const parsed = SettingsSchema.safeParse(candidate);
    expect(parsed.success ? [] : parsed.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([[path, message]]);
    expect(SETTINGS_FIELDS).toContain(path);
  });
});

describe('the capacity and candidates words', () => {
  it('offers the four capacity choices in order, story points first', () => {
    expect(CAPACITY_CHOICES.map((c) => [c.value, c.label])).toEqual([
      ['auto', 'Story points (found automatically)'],
      ['timeoriginalestimate', 'Original estimate (hours)'],
      ['customField', 'A number field of this site'],
      ['none', 'Count items'],
    ]);
  });

  it.each([
    ['2', 'from half to twice the size'],
    [' 1 ', 'the same size only'],
    ['3', 'from a third to 3 times the size'],
    ['4', 'from a quarter to 4 times the size'],
    ['10', 'from a tenth to 10 times the size'],
    ['1.5', 'from 0.67 times to 1.5 times the size'],
    ['2.5', 'from 0.4 times to 2.5 times the size'],
  ])('says what a swap ratio of %s allows', (raw, words) => {
    expect(swapRangeWords(raw)).toBe(words);
  });

  it.each(['', '0.5', '11', 'x', '-2'])('says nothing for a ratio the settings refuse (%j)', (raw) => {
    expect(swapRangeWords(raw)).toBeNull();
    expect(swapExample(raw)).toBeNull();
  });

  it('gives an example in points, both ends included as the matching does (src/domain/candidates.ts similarSize)', () => {
    expect(swapExample('2')).toBe('An 8-point gravity item: candidates of 4 to 16 points.');
    expect(swapExample('3')).toBe('An 8-point gravity item: candidates of 2.67 to 24 points.');
  });
});
