import type { SiteOptions } from '../../src/shared/payloads';
import { missingNote, patternForVersions, pickerOptions, selectedChoices, versionsInPattern } from '../../static/settings/src/site-choices';

const SITE: SiteOptions = {
  issueTypes: [
    { id: '1', name: 'Epic', subtask: false },
    { id: '2', name: 'Objective', subtask: false },
    { id: '3', name: 'Sub-task', subtask: true },
  ],
  linkTypes: [{ id: '10', name: 'Supports', inward: 'is supported by', outward: 'supports' }],
  fields: [
    { id: 'duedate', name: 'Due date', type: 'date' },
    { id: 'customfield_10050', name: 'Target end', type: 'date' },
    { id: 'customfield_10060', name: 'Program Increment', type: 'option' },
    { id: 'customfield_10016', name: 'Story Points', type: 'number' },
    { id: 'customfield_10070', name: 'T-shirt points', type: 'number' },
  ],
  versions: [{ name: 'PI 26.4', startDate: '2026-10-12', releaseDate: '2027-01-03', released: false }, { name: 'Release (5.2)', released: false }],
};

describe('site choices for the settings pickers', () => {
  it('offers the site values, without subtask types, and date fields only for a date setting', () => {
    expect(pickerOptions(SITE, 'workItemTypes', []).map((c) => c.value)).toEqual(['Epic', 'Objective']);
    expect(pickerOptions(SITE, 'dateField', []).map((c) => c.value)).toEqual(['duedate', 'customfield_10050']);
    expect(pickerOptions(SITE, 'anyField', []).map((c) => c.value)).toEqual(['customfield_10050', 'customfield_10060', 'customfield_10016', 'customfield_10070']);
    expect(pickerOptions(SITE, 'numberField', []).map((c) => c.label)).toEqual(['Story Points (customfield_10016)', 'T-shirt points (customfield_10070)']);
  });

  it('keeps a stored value the site no longer has, selected and flagged', () => {
    const values = ['Epic', 'Feature'];
    expect(selectedChoices(SITE, 'workItemTypes', values)).toEqual([
      { value: 'Epic', label: 'Epic', missing: false },
      { value: 'Feature', label: 'Feature (not on this site)', missing: true },
    ]);
    expect(pickerOptions(SITE, 'workItemTypes', values).map((c) => c.value)).toEqual(['Epic', 'Objective', 'Feature']);
    expect(missingNote(SITE, 'workItemTypes', values)).toBe('This site has no issue type “Feature”. It is kept as stored; remove it or create it in Jira.');
    expect(missingNote(SITE, 'objectiveTypes', ['objective'])).toBeUndefined();
    expect(missingNote(SITE, 'anyField', ['customfield_99999'])).toMatch(/no field “customfield_99999”/);
  });

  it('writes a pattern for picked versions and reads it back', () => {
    const pattern = patternForVersions(['PI 26.4', 'Release (5.2)']);
    expect(pattern).toBe('^(?:PI 26\\.4|Release \\(5\\.2\\))$');
    expect(new RegExp(pattern, 'i').test('Release (5.2)')).toBe(true);
    expect(new RegExp(pattern, 'i').test('PI 2614')).toBe(false);
    expect(versionsInPattern(pattern)).toEqual(['PI 26.4', 'Release (5.2)']);
    expect(versionsInPattern('\\bPI\\b')).toEqual([]);
    expect(versionsInPattern('^(?:a.b)$')).toEqual([]);
  });

  it('keeps a stored capacity field that is not a number field, or not on the site, and says items are counted', () => {
    expect(selectedChoices(SITE, 'numberField', ['customfield_10060'])).toEqual([{ value: 'customfield_10060', label: 'Program Increment (customfield_10060, not a number field)', missing: true }]);
    expect(missingNote(SITE, 'numberField', ['customfield_10060'])).toBe('“Program Increment” (customfield_10060) is not a number field (its type is option): items are counted until you choose a number field.');
    expect(missingNote(SITE, 'numberField', ['customfield_99999'])).toBe('This site has no field “customfield_99999”, or you cannot see it: items are counted until you choose a number field.');
    expect(missingNote(SITE, 'numberField', ['customfield_10070'])).toBeUndefined();
    expect(pickerOptions(SITE, 'numberField', ['customfield_99999']).map((c) => c.value)).toEqual(['customfield_10016', 'customfield_10070', 'customfield_99999']);
  });
});
