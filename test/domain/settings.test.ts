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

  it('refuses an unknown key, so a typo is never silently ignored', () => {
    expect(issuesOf({ weigths: { strategy: 10 } })).toEqual([['', 'Unrecognized key: "weigths"']]);
  });

  it.each([
    ['(a+)+$'],
    ['^(\\w*)*x'],
    ['(interview|notes+){2,}'],
    ['(x+)*'],
  ])('refuses the research pattern %s, which can backtrack for minutes', (pattern) => {
    expect(issuesOf({ evidence: { researchPatterns: [pattern] } })).toEqual([
      ['evidence.researchPatterns.0', 'A repeated group that itself repeats, like (a+)+, can make matching hang: simplify the pattern'],
    ]);
  });

  it.each([['interview'], ['field (visit|study|notes)'], ['^(PI\\s*\\d+\\.\\d+)'], ['\\bPI\\b'], ['(user )?tests?'], ['a\\(b+\\)+']])(
    'accepts the ordinary pattern %s',
    (pattern) => {
      expect(issuesOf({ evidence: { researchPatterns: [pattern] } })).toEqual([]);
    },
  );

  it('refuses nested repetition in a PI name pattern too', () => {
    expect(issuesOf({ pi: { source: 'sprint', namePattern: '^(PI\\s*\\d+)+' } })).toHaveLength(1);
  });
});
