import { compileUserPattern } from '../../src/shared/user-pattern';
import { findPhi, findPhiSpans, isNhsNumber, isPhoneShape, isPlausibleSsn, phiTextsOf, phiWarnings, type PhiKind } from '../../src/shared/phi-guard';

const kindsIn = (text: string): PhiKind[] => findPhiSpans(text).map((s) => s.kind);

describe('the patient-data guard finds identifier shapes', () => {
  it.each<[string, PhiKind]>([
    ['Patient MRN 1234567 waited two hours', 'mrn'],
    ['MRN: 00123456', 'mrn'],
    ['mrn#A123456 in the notes', 'mrn'],
    ['medical record number 7654321 was on the screen', 'mrn'],
    ['Med rec no. 123456', 'mrn'],
    ['DOB 1984-03-02, asked about the app', 'date-of-birth'],
    ['d.o.b. 2/3/1984', 'date-of-birth'],
    ['D.O.B.: 02.03.1984', 'date-of-birth'],
    ['Mrs K, born 02/03/1984, could not log in', 'date-of-birth'],
    ['date of birth 2 March 1984', 'date-of-birth'],
    ['birthdate March 2, 1984', 'date-of-birth'],
    ['NHS no 943 476 5919 printed on the wristband', 'nhs-number'],
    ['9434765919', 'nhs-number'],
    ['943-476-5919', 'nhs-number'],
    ['SSN 123-45-6789', 'ssn'],
    ['123 45 6789', 'ssn'],
    ['Medicare card 1EG4-TE5-MK73', 'insurance-id'],
    ['1EG4TE5MK73', 'insurance-id'],
    ['member id W123456789 on the claim', 'insurance-id'],
    ['policy number: ABC-1234567', 'insurance-id'],
    ['Medicaid # 12345678', 'insurance-id'],
    ['call +44 20 7946 0958 after 5', 'phone'],
    ['+1 (555) 123-4567', 'phone'],
    ['ring 020 7946 0958', 'phone'],
    ['mobile 07700 900123', 'phone'],
    ['(555) 123-4567', 'phone'],
    ['555.123.4567', 'phone'],
    ['+4915112345678', 'phone'],
    ['write to jane.doe@example.org', 'email'],
    ['J_Smith+ward@nhs.example.co.uk said so', 'email'],
  ])('%s → %s', (text, kind) => {
    expect(kindsIn(text)).toEqual([kind]);
  });

  it('gives where the identifier is, so the form can point at it', () => {
    const text = 'Seen with MRN 1234567 today';
    const [span] = findPhiSpans(text);
    expect(span).toEqual({ kind: 'mrn', start: 10, end: 21 });
    expect(text.slice(span?.start, span?.end)).toBe('MRN 1234567');
  });

  it('finds several kinds in one text, in order, without double-counting one identifier', () => {
    expect(kindsIn('MRN 1234567, DOB 1984-03-02, call 020 7946 0958 or a@b.example')).toEqual(['mrn', 'date-of-birth', 'phone', 'email']);
  });
});

describe('the patient-data guard stays quiet on ordinary evidence text', () => {
  // Sentences like the ones PMs write: numbers, dates, PIs, wards, versions, percentages, URLs.
  const HARMLESS = [
    '48% dropped out at the consent screen',
    'Planned for PI 26.4, carried over from PI 26.3',
    '2026-09-14 observation on Ward 4B, night shift',
    'Ward 4B nurses re-enter obs 3-4 times per shift',
    '12 of 47 clinicians use the workaround; median 3.5 minutes lost',
    'Release 4.12.1 fixed 2 of 9 issues',
    'Survey n=1,240 (response rate 31%), 2025-11-03 to 2025-11-30',
    'Between 2024-2026 1000 users',
    'Version 26.4 26.5 26.6 all affected',
    'Dosing ratios 0.5 0.25 0.125 confuse the pump screen',
    'Ticket SUP-123456 and SUP-123457 describe the same fault',
    'Dr. Osei, Consultant, St Mary\'s',
    'Clinic 3, room 12, bay 4',
    'https://research.example.org/studies/2026/interview-notes-14',
    'Recorded in Dovetail: tag triage-delay (42 highlights)',
    'Born out of the 2025 winter pressures review',
    'The badge reader takes 12 s; 300 logins a day',
    'Phone triage backlog grew from 120 to 340 calls',
    'Sepsis bundle compliance 86.4 % in Q3 2026',
    'Invoice 2026-000123 for the pilot',
    'Room 1234567 does not exist',
    'Build 20260914.3 of the app',
    'Order set ID 1234 5678 90 duplicated',
    'see @ward-4b-team on Slack',
  ];

  it.each(HARMLESS)('%s', (text) => {
    expect(findPhiSpans(text)).toEqual([]);
  });
});

describe('the checks a pattern cannot make', () => {
  it('NHS numbers need the mod-11 check digit', () => {
    expect(isNhsNumber('943 476 5919')).toBe(true);
    expect(isNhsNumber('943 476 5918')).toBe(false);
    expect(isNhsNumber('401 023 2137')).toBe(true);
    expect(kindsIn('9434765918')).toEqual([]);
  });

  it('SSNs in never-issued ranges are not SSNs', () => {
    expect(isPlausibleSsn('123-45-6789')).toBe(true);
    for (const s of ['000-12-3456', '666-12-3456', '900-12-3456', '999-12-3456', '123-00-4567', '123-45-0000']) expect(isPlausibleSsn(s)).toBe(false);
  });

  it('phones need 9 to 15 digits in a phone shape', () => {
    expect(isPhoneShape('020 7946 0958')).toBe(true);
    expect(isPhoneShape('020 794')).toBe(false);
    expect(isPhoneShape('+1 555 123 4567 8901 2345')).toBe(false);
    expect(isPhoneShape('1234567890')).toBe(false);
    expect(isPhoneShape('0.5 0.25 0.125')).toBe(false);
  });
});

describe('findings per field', () => {
  const evidence = {
    summary: 'Nurse read out MRN 1234567',
    source: { name: 'Ward 4B nurses', role: 'call 07700 900123', site: 'St Mary\'s' },
  };

  it('names the field and kind, and says what it looks like without the text', () => {
    const findings = findPhi(phiTextsOf(evidence));
    expect(findings.map(({ field, kind, label }) => ({ field, kind, label }))).toEqual([
      { field: 'summary', kind: 'mrn', label: 'looks like a medical record number' },
      { field: 'source.role', kind: 'phone', label: 'looks like a phone number' },
    ]);
    const words = Object.values(phiWarnings(findings)).join(' ');
    expect(words).toContain('a medical record number');
    expect(words).not.toContain('1234567');
    expect(words).not.toContain('900123');
  });

  it('skips absent optional fields', () => {
    expect(phiTextsOf({ summary: 's', source: { name: 'n' } })).toEqual({ summary: 's', 'source.name': 'n' });
  });

  it('runs settings patterns (compiled by the linear-time engine) as an extra detector', () => {
    const compiled = compileUserPattern('\\bH\\d{6}\\b');
    if (!compiled.ok) throw new Error(compiled.message);
    const findings = findPhi({ summary: 'Hospital number h123456 on the board' }, [compiled.pattern]);
    expect(findings).toEqual([
      { field: 'summary', kind: 'settings-pattern', label: "matches a patient-data pattern in this project's settings", start: 16, end: 23 },
    ]);
    expect(phiWarnings(findings).summary).toBe(
      "Possible patient data: text matching a patient-data pattern in this project's settings. Remove it, or confirm below that it is not patient data.",
    );
  });

  it('lists several kinds in one sentence', () => {
    expect(phiWarnings(findPhi({ summary: 'DOB 1984-03-02, a@b.example' })).summary).toBe(
      'Possible patient data: a date of birth and an e-mail address. Remove it, or confirm below that it is not patient data.',
    );
  });
});

describe('the built-in detectors cannot be made to hang', () => {
  it.each([
    'MRN '.repeat(2000),
    `${'1 '.repeat(5000)}x`,
    `${'a'.repeat(10000)}@`,
    `${'a.'.repeat(5000)}@b`,
    `DOB ${'1/'.repeat(5000)}`,
    `+${'1-'.repeat(5000)}`,
    '0('.repeat(5000),
  ])('long hostile text %#', (text) => {
    const started = Date.now();
    findPhiSpans(text);
    expect(Date.now() - started).toBeLessThan(500);
  });
});
