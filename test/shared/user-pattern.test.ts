import fc from 'fast-check';
import { clearCompiledPatterns, compilePattern } from '../../src/domain/text';
import { DEFAULT_SETTINGS, SettingsSchema } from '../../src/shared/settings';
import { compileUserPattern, MAX_PATTERN_PROGRAM_SIZE } from '../../src/shared/user-pattern';

/**
 * Settings patterns run on text other people write, so no pattern may make
 * matching hang. These patterns each took over 15 s with RegExp on a
 * 29-character input (and froze the preview); with the linear-time engine
 * they are accepted and finish in milliseconds, on 29 and on 10,000 characters.
 */

const REDOS_CORPUS = ['(a+)+', '((a+))+$', '(a|a)+$', '(.|[a-z])+#', '(\\w|[a-z])+#', '^(([a-z]+))+#', '(x+x+)+y', '^(\\w*)*x', '(a|aa)+$', '(.*a){12}'];

/** What made RegExp backtrack: a long run the pattern almost matches, then a character that spoils it. */
const hostileInputs = (length: number): string[] => [`${'a'.repeat(length - 1)}!`, `${'x'.repeat(length - 1)}!`, 'a-'.repeat(length / 2)];

const LIMIT_MS = 50;

const timeMs = (run: () => unknown): number => {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
};

/** The fastest of three runs: one slow run on a busy 2-core machine is not the engine. */
const bestOfThree = (run: () => unknown): number => Math.min(timeMs(run), timeMs(run), timeMs(run));

describe('the ReDoS corpus', () => {
  it.each(REDOS_CORPUS)('%s is accepted by settings as a research pattern and as a PI name pattern', (pattern) => {
    expect(SettingsSchema.safeParse({ evidence: { researchPatterns: [pattern] } }).success).toBe(true);
    expect(SettingsSchema.safeParse({ pi: { source: 'sprint', namePattern: pattern } }).success).toBe(true);
  });

  it.each(REDOS_CORPUS)('%s matches hostile 29- and 10,000-character inputs in milliseconds', (pattern) => {
    const compiled = compilePattern(pattern);
    expect(compiled).not.toBeNull();
    for (const text of [...hostileInputs(29), ...hostileInputs(10_000)]) {
      const ms = bestOfThree(() => compiled?.test(text));
      expect({ pattern, length: text.length, fast: ms < LIMIT_MS }).toEqual({ pattern, length: text.length, fast: true });
    }
    for (const text of hostileInputs(29)) {
      const ms = bestOfThree(() => compiled?.exec(text));
      expect({ pattern, exec: true, fast: ms < LIMIT_MS }).toEqual({ pattern, exec: true, fast: true });
    }
  });
});

/** Nested-quantifier patterns: atoms, groups of alternatives, repeats of repeats. */
const atom = fc.constantFrom('a', 'x', '.', '\\w', '\\s', '[a-z]', '[^#]', '\\d', 'ab');
const quantifier = fc.constantFrom('+', '*', '?', '{2,}', '{1,3}', '+?', '*?');
const pattern: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'medium', withCrossShrink: true },
    atom,
    fc.tuple(tie('node'), quantifier).map(([n, q]) => `(${n})${q}`),
    fc.tuple(tie('node'), tie('node'), quantifier).map(([a, b, q]) => `(${a}|${b})${q}`),
    fc.tuple(tie('node'), tie('node')).map(([a, b]) => `${a}${b}`),
  ),
})).node.map((p) => `${p}#`);

describe('generated nested-quantifier patterns', () => {
  it(`each compiles (or is refused as too large) and matches hostile 10,000-character text in under ${LIMIT_MS} ms`, () => {
    let matched = 0;
    fc.assert(
      fc.property(pattern, fc.constantFrom(...hostileInputs(10_000), ...hostileInputs(29)), (source, text) => {
        const compiled = compileUserPattern(source);
        if (!compiled.ok) {
          expect(compiled.message).toContain('too large');
          return;
        }
        matched += 1;
        const ms = bestOfThree(() => compiled.pattern.test(text));
        expect({ source, length: text.length, fast: ms < LIMIT_MS }).toEqual({ source, length: text.length, fast: true });
        if (text.length <= 29) {
          const execMs = bestOfThree(() => compiled.pattern.exec(text));
          expect({ source, exec: true, fast: execMs < LIMIT_MS }).toEqual({ source, exec: true, fast: true });
        }
      }),
      { numRuns: 300 },
    );
    expect(matched).toBeGreaterThan(200);
  });
});

describe('the engine reads patterns as RegExp did for the patterns people use', () => {
  const texts = [
    'User interview notes',
    'USABILITY test round 2',
    'Field visit: Ward 4B',
    'https://dovetail.example.com/p/123',
    'Sprint planning',
    'PI 26.3 - Sprint 2',
    'pi26.4',
    'Release 2026.1',
    'PIZZA',
  ];
  const defaults = [...DEFAULT_SETTINGS.evidence.researchPatterns, '\\bPI\\b', '^(PI\\s*\\d+\\.\\d+)', '(user )?tests?'];

  it.each(defaults)('%s: same test() and first group as RegExp with the i flag', (source) => {
    const mine = compilePattern(source);
    const theirs = new RegExp(source, 'i');
    for (const text of texts) {
      expect({ text, test: mine?.test(text) }).toEqual({ text, test: theirs.test(text) });
      expect({ text, exec: mine?.exec(text)?.slice(0, 2) ?? null }).toEqual({ text, exec: theirs.exec(text)?.slice(0, 2) ?? null });
    }
  });
});

describe('compilePattern', () => {
  beforeEach(() => clearCompiledPatterns());

  it('compiles a pattern once and hands back the same one', () => {
    expect(compilePattern('interview')).toBe(compilePattern('interview'));
  });

  it('after clearCompiledPatterns it compiles afresh', () => {
    const first = compilePattern('survey');
    clearCompiledPatterns();
    expect(compilePattern('survey')).not.toBe(first);
  });

  it('is null for what the engine refuses (a value that bypassed the settings schema)', () => {
    expect(compilePattern('(a)\\1')).toBeNull();
    expect(compilePattern('x(?=y)')).toBeNull();
    expect(compilePattern(`a{${MAX_PATTERN_PROGRAM_SIZE + 10}}`)).toBeNull();
  });
});
