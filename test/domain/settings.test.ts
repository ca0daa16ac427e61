import { DEFAULT_SETTINGS, SettingsSchema } from '../../src/shared/settings';

const issuesOf = (input: unknown) => {
  const parsed = SettingsSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => [i.path.join('.'), i.message]);
};

describe('settings', () => {
  it('fills every default from an empty object', () => {
    expect(SettingsSchema.parse({})).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.workItemTypes).toEqual(['Epic']);
    expect(DEFAULT_SETTINGS.evidence.freshnessMonths).toBe(18);
    expect(DEFAULT_SETTINGS.carryOver).toEqual({ warnAt: 1, zombieAt: 2, penaltyPerCarryOver: 10 });
    expect(DEFAULT_SETTINGS.pi).toEqual({ source: 'fixVersion', namePattern: '\\bPI\\b' });
  });

  it('has the PI admission gate off by default, checking every transition it is attached to', () => {
    expect(DEFAULT_SETTINGS.gate).toEqual({ mode: 'off', toStatuses: [] });
    expect(SettingsSchema.parse({ gate: { mode: 'block' } }).gate).toEqual({ mode: 'block', toStatuses: [] });
  });

  it('refuses an unknown gate mode and blank or unknown gate keys', () => {
    expect(issuesOf({ gate: { mode: 'strict' } })).toEqual([['gate.mode', 'Invalid option: expected one of "off"|"warn"|"block"']]);
    expect(issuesOf({ gate: { toStatuses: ['  '] } })).toEqual([['gate.toStatuses.0', 'Must not be empty']]);
    expect(issuesOf({ gate: { mode: 'warn', statuses: [] } })).toEqual([['gate', 'Unrecognized key: "statuses"']]);
  });

  it('refuses an unknown key, so a typo is never silently ignored', () => {
    expect(issuesOf({ weigths: { strategy: 10 } })).toEqual([['', 'Unrecognized key: "weigths"']]);
  });

  it.each([
    ['(a+)+$'],
    ['^(\\w*)*x'],
    ['(interview|notes+){2,}'],
    ['(x+)*'],
    ['((a+))+$'],
    ['(a|a)+$'],
  ])('accepts the research pattern %s: the linear-time engine cannot backtrack on it', (pattern) => {
    expect(issuesOf({ evidence: { researchPatterns: [pattern] } })).toEqual([]);
  });

  it.each([
    ['(a)\\1', 'Backreferences like \\1 are not supported'],
    ['(?<n>a)\\k<n>', 'Named backreferences like \\k<name> are not supported'],
    ['interview(?=s)', 'Lookahead like (?=…) or (?!…) is not supported'],
    ['(?!draft)notes', 'Lookahead like (?=…) or (?!…) is not supported'],
    ['(?<=user )test', 'Lookbehind like (?<=…) or (?<!…) is not supported'],
    ['(?<!no )survey', 'Lookbehind like (?<=…) or (?<!…) is not supported'],
  ])('refuses %s, naming the unsupported syntax', (pattern, words) => {
    const issues = issuesOf({ evidence: { researchPatterns: [pattern] } });
    expect(issues).toEqual([['evidence.researchPatterns.0', expect.stringContaining(words)]]);
    expect(issues[0]?.[1]).toContain('RE2 syntax');
  });

  it('refuses a pattern that does not compile at all, with the engine\'s reason', () => {
    expect(issuesOf({ evidence: { researchPatterns: ['field (visit'] } })).toEqual([
      ['evidence.researchPatterns.0', expect.stringMatching(/^Not a valid regular expression \(missing closing \)/)],
    ]);
  });

  it('refuses a pattern whose compiled program is too large to match quickly', () => {
    expect(issuesOf({ evidence: { researchPatterns: ['a{1000}'] } })).toEqual([
      ['evidence.researchPatterns.0', expect.stringContaining('too large to match quickly')],
    ]);
  });

  it.each([['interview'], ['field (visit|study|notes)'], ['^(PI\\s*\\d+\\.\\d+)'], ['\\bPI\\b'], ['(user )?tests?'], ['a\\(b+\\)+']])(
    'accepts the ordinary pattern %s',
    (pattern) => {
      expect(issuesOf({ evidence: { researchPatterns: [pattern] } })).toEqual([]);
    },
  );

  it('checks a PI name pattern with the same engine: nested repetition is fine, a lookahead is not', () => {
    expect(issuesOf({ pi: { source: 'sprint', namePattern: '^(PI\\s*\\d+)+' } })).toEqual([]);
    expect(issuesOf({ pi: { source: 'fixVersion', namePattern: 'PI(?= )' } })).toEqual([['pi.namePattern', expect.stringContaining('Lookahead')]]);
  });

  it.each([
    ['2026-02-31', 'Not a real date'],
    ['2026-13-01', 'Not a real date'],
    ['2027-02-29', 'Not a real date'],
    ['2026-2-1', 'Use a date like 2026-03-31'],
  ])('refuses the PI calendar date %s', (date, words) => {
    const pi = { source: 'labelPrefix', prefix: 'PI-', calendar: [{ name: 'PI 27.1', startDate: date, endDate: '2099-12-31' }] };
    expect(issuesOf({ pi })).toEqual([['pi.calendar.0.startDate', expect.stringContaining(words)]]);
  });

  it('accepts a leap day in the PI calendar', () => {
    const pi = { source: 'labelPrefix', prefix: 'PI-', calendar: [{ name: 'PI 28.1', startDate: '2028-02-29', endDate: '2028-05-01' }] };
    expect(issuesOf({ pi })).toEqual([]);
  });

  it.each([['\u0000'], ['\u202E'], ['\u200B\u200B'], ['\u00A0\u3000'], ['\u2066\u2069'], ['\uFEFF']])(
    'refuses a name made only of invisible characters (%j)',
    (name) => {
      // Spaces and the BOM are trimmed away (String#trim), so those read as empty; the rest as invisible.
      const refused = expect.stringMatching(/no visible characters|Must not be empty/);
      expect(issuesOf({ workItemTypes: [name] })).toEqual([['workItemTypes.0', refused]]);
      expect(issuesOf({ objectives: { linkTypes: [name] } })).toEqual([['objectives.linkTypes.0', refused]]);
      const pi = { source: 'labelPrefix', prefix: name, calendar: [{ name, startDate: '2026-01-01', endDate: '2026-03-31' }] };
      expect(issuesOf({ pi }).map(([path]) => path)).toEqual(['pi.prefix', 'pi.calendar.0.name']);
    },
  );
});
