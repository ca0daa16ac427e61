import { DEFAULT_SETTINGS } from '../../src/shared/settings';
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
});
