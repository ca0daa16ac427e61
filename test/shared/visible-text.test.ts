import { EvidenceInputSchema } from '../../src/shared/evidence';
import { hasVisibleText } from '../../src/shared/visible-text';
import { XSS_VECTORS } from '../reliability/hostile-vectors';

/** People's text must hold a character a reader can see: one rule for evidence and settings. */

const INVISIBLE: readonly (readonly [string, string])[] = [
  ['NUL', '\u0000'],
  ['a run of controls', '\u0001\u0007\u001F\u007F'],
  ['a right-to-left override', '\u202E'],
  ['bidi isolates', '\u2066\u2067\u2068\u2069'],
  ['zero-width space, joiner, non-joiner', '\u200B\u200D\u200C'],
  ['a byte-order mark', '\uFEFF'],
  ['soft hyphen', '\u00AD'],
  ['word joiner', '\u2060'],
  ['Hangul filler', '\u3164'],
  ['variation selector', '\uFE0F'],
  ['no-break and ideographic spaces with a ZWSP', '\u00A0\u3000\u200B'],
];

const evidence = (over: Record<string, unknown>) => ({
  kind: 'interview',
  source: { name: 'Ward 4B nurses' },
  observedOn: '2026-10-01',
  summary: 'Handover takes 40 minutes',
  ...over,
});

const issuesOf = (input: unknown): [string, string][] => {
  const parsed = EvidenceInputSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => [i.path.join('.'), i.message]);
};

describe('hasVisibleText', () => {
  it.each(INVISIBLE)('%s has nothing visible', (_label, s) => {
    expect(hasVisibleText(s)).toBe(false);
    expect(hasVisibleText(` ${s}\t`)).toBe(false);
  });

  it.each([['a'], ['4'], ['\u202Ex'], ['\u200BWard'], ['é'], ['病棟'], ['🙂'], ['-']])('%j has something visible', (s) => {
    expect(hasVisibleText(s)).toBe(true);
  });
});

describe('evidence text fields refuse invisible-only values', () => {
  it.each(INVISIBLE)('%s as the source name, summary, role and site', (_label, s) => {
    expect(issuesOf(evidence({ source: { name: s, role: s, site: s }, summary: s }))).toEqual([
      ['source.name', expect.stringMatching(/^Source (has no visible characters|is required)/)],
      ['source.role', expect.stringMatching(/^Role has no visible characters/)],
      ['source.site', expect.stringMatching(/^Site has no visible characters/)],
      ['summary', expect.stringMatching(/^Summary (has no visible characters|is required)/)],
    ].filter(([path]) => path !== 'source.role' && path !== 'source.site' ? true : s.trim() !== ''));
  });

  it('the message says what to do', () => {
    expect(issuesOf(evidence({ summary: '\u200B' }))).toEqual([
      ['summary', 'Summary has no visible characters (only spaces, control or zero-width characters): type the words'],
    ]);
  });

  it('an empty role or site is still allowed (they are optional)', () => {
    expect(issuesOf(evidence({ source: { name: 'Ward 4B nurses', role: '', site: '  ' } }))).toEqual([]);
  });

  it('text with visible characters is kept as typed, bidi controls and all', () => {
    for (const vector of XSS_VECTORS) {
      expect(issuesOf(evidence({ source: { name: vector }, summary: vector }))).toEqual([]);
    }
  });
});
