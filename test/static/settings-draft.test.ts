import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '../../src/shared/settings';
import { CAPACITY_CHOICES, swapExample, swapRangeWords } from '../../static/settings/src/capacity-choices';
import { FormSettingsSchema } from '../../static/settings/src/form-schema';
import { dueExample } from '../../static/settings/src/outcome-example';
import { draftFromSettings, draftToCandidate, SETTINGS_FIELDS } from '../../static/settings/src/settings-draft';

/** Every leaf path of a settings value ("outcome.dueWeeks"); arrays are leaves. */
const leafPaths = (value: unknown, prefix = ''): string[] =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? Object.entries(value).flatMap(([k, v]) => leafPaths(v, prefix === '' ? k : `${prefix}.${k}`))
    : [prefix];

/** Settings with every value other than its default (a key the draft drops would then show). */
const EVERY_KEY_CHANGED: Settings = SettingsSchema.parse({
  workItemTypes: ['Feature', 'Capability'],
  objectives: { issueTypes: ['Goal'], linkTypes: ['Supports'], viaParent: false, fieldId: 'customfield_10077', targetDateField: 'customfield_10078' },
  evidence: { freshnessMonths: 9, researchPatterns: ['dovetail'], phi: { enabled: false, extraPatterns: ['MRN-\\d{6}'] } },
  pi: { source: 'labelPrefix', prefix: 'INC-', calendar: [{ name: 'INC-1', startDate: '2026-01-01', endDate: '2026-03-31' }] },
  carryOver: { warnAt: 2, zombieAt: 4, penaltyPerCarryOver: 5 },
  weights: { strategy: 30, evidence: 50, delivery: 10 },
  capacity: { field: 'customfield_10016' },
  trend: { pis: 3 },
  candidates: { swapRatio: 1.5, limit: 20 },
  outcome: { dueWeeks: 26, lookbackMonths: 24 },
  gate: { mode: 'warn', toStatuses: ['Implementing'] },
});

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

describe('the settings draft carries every setting', () => {
  it('has a non-default value for every leaf of DEFAULT_SETTINGS in the fixture (so the round trip below can fail)', () => {
    expect(Object.keys(EVERY_KEY_CHANGED).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
    const differing = (a: Settings, b: Settings, path: string) => JSON.stringify(path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], a)) !== JSON.stringify(path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], b));
    for (const path of leafPaths(DEFAULT_SETTINGS).filter((p) => !p.startsWith('pi.'))) expect([path, differing(EVERY_KEY_CHANGED, DEFAULT_SETTINGS, path)]).toEqual([path, true]);
  });

  it.each([
    ['the defaults', DEFAULT_SETTINGS],
    ['settings with every value changed', EVERY_KEY_CHANGED],
  ])('round-trips %s through the draft (draft → candidate → schema), outcome included', (_what, settings) => {
    const { candidate, local } = draftToCandidate(draftFromSettings(settings));
    expect(local).toEqual([]);
    expect(Object.keys(candidate).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
    expect(SettingsSchema.parse(candidate)).toEqual(settings);
    // The form's own schema (patterns left to the server) keeps the same values.
    expect(FormSettingsSchema.parse(candidate)).toEqual(settings);
  });

  it('writes every key of DEFAULT_SETTINGS into the candidate itself, not through the schema’s defaults', () => {
    const { candidate } = draftToCandidate(draftFromSettings(EVERY_KEY_CHANGED));
    const expected = leafPaths(EVERY_KEY_CHANGED).filter((p) => !p.startsWith('pi.'));
    expect(leafPaths(candidate).filter((p) => !p.startsWith('pi.'))).toEqual(expect.arrayContaining(expected));
  });

  it('places an issue at every field the form has, outcome included', () => {
    const formless = ['pi.calendar', 'pi.namePattern', 'pi.source'];
    for (const path of leafPaths(EVERY_KEY_CHANGED).filter((p) => !p.startsWith('pi.') && !formless.includes(p))) expect(SETTINGS_FIELDS).toContain(path);
    expect(SETTINGS_FIELDS).toEqual(expect.arrayContaining(['outcome.dueWeeks', 'outcome.lookbackMonths']));
  });
});

describe('the outcome check fields', () => {
  it('show the stored values and save edited ones', () => {
    const draft = draftFromSettings(SettingsSchema.parse({ outcome: { dueWeeks: 8, lookbackMonths: 6 } }));
    expect(draft).toMatchObject({ outcomeDueWeeks: '8', outcomeLookbackMonths: '6' });
    const saved = SettingsSchema.parse(draftToCandidate({ ...draft, outcomeDueWeeks: ' 26 ', outcomeLookbackMonths: '36' }).candidate);
    expect(saved.outcome).toEqual({ dueWeeks: 26, lookbackMonths: 36 });
  });

  it.each([
    [{ outcomeDueWeeks: '' }, 'outcome.dueWeeks', 'Enter a whole number'],
    [{ outcomeDueWeeks: '12.5' }, 'outcome.dueWeeks', 'Use a whole number'],
    [{ outcomeLookbackMonths: 'a year' }, 'outcome.lookbackMonths', 'Use a whole number'],
  ])('says at its field when %j is not a whole number', (patch, path, message) => {
    const { local } = draftToCandidate({ ...draftFromSettings(DEFAULT_SETTINGS), ...patch });
    expect(local.map((i) => [i.path.join('.'), i.message])).toEqual([[path, message]]);
  });

  it.each([
    [{ outcomeDueWeeks: '0' }, 'outcome.dueWeeks', 'At least 1 week'],
    [{ outcomeDueWeeks: '105' }, 'outcome.dueWeeks', 'At most 104 weeks'],
    [{ outcomeLookbackMonths: '0' }, 'outcome.lookbackMonths', 'At least 1 month'],
    [{ outcomeLookbackMonths: '61' }, 'outcome.lookbackMonths', 'At most 60 months'],
  ])('refuses %j with the schema’s message at its field', (patch, path, message) => {
    const { candidate, local } = draftToCandidate({ ...draftFromSettings(DEFAULT_SETTINGS), ...patch });
    expect(local).toEqual([]);
    const parsed = FormSettingsSchema.safeParse(candidate);
    expect(parsed.success ? [] : parsed.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([[path, message]]);
    expect(SETTINGS_FIELDS).toContain(path);
  });

  it.each([
    ['1', 'Delivered on 31 January, an item is pending until 7 February (1 week, 7 days) and overdue from 8 February without adoption or outcome evidence.'],
    ['4', 'Delivered on 31 January, an item is pending until 28 February (4 weeks, 28 days) and overdue from 1 March without adoption or outcome evidence.'],
    [' 12 ', 'Delivered on 31 January, an item is pending until 25 April (12 weeks, 84 days) and overdue from 26 April without adoption or outcome evidence.'],
    ['104', 'Delivered on 31 January, an item is pending until 29 January 2028 (104 weeks, 728 days) and overdue from 30 January 2028 without adoption or outcome evidence.'],
  ])('explains %j weeks on a month-end example', (raw, words) => {
    expect(dueExample(raw)).toBe(words);
  });

  it.each(['', '0', '105', '2.5', 'twelve', '-4'])('explains nothing for a value the settings refuse (%j)', (raw) => {
    expect(dueExample(raw)).toBeNull();
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
