import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { FormSettingsSchema } from '../../static/settings/src/form-schema';
import { draftFromSettings, draftToCandidate } from '../../static/settings/src/settings-draft';
import { issueLine, parseSettingsJson, settingsJson } from '../../static/settings/src/settings-transfer';

describe('settings export and import (the CLI --settings format)', () => {
  it('round-trips: what Export writes, Import reads back unchanged', () => {
    const settings = { ...DEFAULT_SETTINGS, workItemTypes: ['Feature', 'Epic'], pi: { source: 'labelPrefix' as const, prefix: 'PI-', calendar: [{ name: '26.4', startDate: '2026-10-12', endDate: '2027-01-03' }] } };
    expect(parseSettingsJson(settingsJson(settings))).toEqual({ ok: true, settings });
  });

  it('fills the defaults of keys a CLI file leaves out', () => {
    expect(parseSettingsJson('{"evidence": {"freshnessMonths": 12}}')).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, evidence: { ...DEFAULT_SETTINGS.evidence, freshnessMonths: 12 } } });
  });

  it.each([
    ['', /Paste the settings JSON/],
    ['{"evidence": ', /This is not JSON/],
    ['x'.repeat(200_001), /far smaller/],
  ])('refuses bad input %# with a message', (text, message) => {
    const outcome = parseSettingsJson(text);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).toMatch(message);
  });

  it('names every field issue, and an unknown key too', () => {
    const outcome = parseSettingsJson('{"evidence": {"freshnessMonths": 0}, "wieghts": {}}');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.issues.map(issueLine).sort()).toEqual(['Unrecognized key: "wieghts"', 'evidence.freshnessMonths: At least 1 month'].sort());
  });

  it('carries capacity, trend and candidates through Import, the form and Export', () => {
    const settings = { ...DEFAULT_SETTINGS, capacity: { field: 'customfield_10070' }, trend: { pis: 3 }, candidates: { swapRatio: 1.5, limit: 20 } };
    const imported = parseSettingsJson(settingsJson(settings));
    expect(imported).toEqual({ ok: true, settings });
    if (!imported.ok) return;
    // Import fills the form (draftFromSettings); Export writes what the form holds (draftToCandidate, then the schema).
    const { candidate, local } = draftToCandidate(draftFromSettings(imported.settings));
    expect(local).toEqual([]);
    expect(FormSettingsSchema.parse(candidate)).toEqual(settings);
    expect(JSON.parse(settingsJson(FormSettingsSchema.parse(candidate)))).toMatchObject({ capacity: { field: 'customfield_10070' }, trend: { pis: 3 }, candidates: { swapRatio: 1.5, limit: 20 } });
  });

  it('gives a file written before these settings existed their defaults, and names a bad one', () => {
    const { capacity: _c, trend: _t, candidates: _k, ...older } = DEFAULT_SETTINGS;
    expect(parseSettingsJson(JSON.stringify(older))).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
    const outcome = parseSettingsJson('{"capacity": {"field": "Story Points"}, "trend": {"pis": 13}, "candidates": {"swapRatio": 0.5, "limit": 0}}');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.issues.map(issueLine).sort()).toEqual(
      ['capacity.field: Use a custom field id like customfield_10050', 'trend.pis: At most 12 PIs', 'candidates.swapRatio: At least 1 (the same size only)', 'candidates.limit: At least 1'].sort(),
    );
  });
});
