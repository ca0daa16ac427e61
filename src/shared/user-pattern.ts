import { RE2JS } from 're2js';

/**
 * Patterns people type into settings (research patterns, PI name patterns)
 * run on text other people write (web-link titles and URLs, version and
 * sprint names). They are compiled with re2js, a pure-JavaScript port of
 * RE2 (node_modules/re2js/build/index.d.ts), which matches in time linear in
 * the text: no pattern can make matching backtrack, so `(a+)+$` is as safe
 * as `interview`. The price is RE2 syntax (github.com/google/re2/wiki/Syntax):
 * no backreferences (\1, \k<name>), no lookahead or lookbehind ((?=…), (?!…),
 * (?<=…), (?<!…)), no atomic groups or possessive repeats, and \x{00e9}
 * instead of \u00e9. Matching is case-insensitive, as it was with RegExp 'i'.
 *
 * Linear is not free: a repeat count multiplies the compiled program
 * (a{1000} is a thousand steps per character), so programs larger than
 * MAX_PATTERN_PROGRAM_SIZE are refused too.
 */

/** What the app needs from a compiled pattern: RegExp has the same shape, so tests may pass one. */
export interface UserPattern {
  readonly source: string;
  /** True when the pattern matches anywhere in `text`. */
  test(text: string): boolean;
  /** The match and its groups (as RegExp#exec gives them), or null. */
  exec(text: string): readonly (string | undefined)[] | null;
}

/** re2js' programSize() of the largest pattern accepted: `(PI\s*\d+\.\d+)` is 14, `\w{100}` about 200. */
export const MAX_PATTERN_PROGRAM_SIZE = 400;

export type PatternCompilation = { readonly ok: true; readonly pattern: UserPattern } | { readonly ok: false; readonly message: string };

const RE2_SYNTAX = 'patterns use RE2 syntax, which always matches in linear time';

/** Unsupported syntax re2js names in its message → the words a person reads. */
const UNSUPPORTED: readonly (readonly [RegExp, string])[] = [
  [/`\(\?[=!]/, 'Lookahead like (?=…) or (?!…) is not supported'],
  [/`\(\?<[=!]/, 'Lookbehind like (?<=…) or (?<!…) is not supported'],
  [/`\(\?>/, 'Atomic groups like (?>…) are not supported'],
  [/escape sequence: `\\[1-9]/, 'Backreferences like \\1 are not supported'],
  [/escape sequence: `\\k/, 'Named backreferences like \\k<name> are not supported'],
  [/escape sequence: `\\u/, 'Write a character code as \\x{00e9}, not \\u00e9'],
  [/nested repetition operator: `[*+?]\+`/, 'Possessive repeats like a++ are not supported'],
];

/** The person-readable reason re2js refused `source`. */
const refusal = (error: unknown): string => {
  const raw = error instanceof Error ? error.message : String(error);
  const known = UNSUPPORTED.find(([re]) => re.test(raw));
  if (known !== undefined) return `${known[1]}: ${RE2_SYNTAX} (no backreferences or lookarounds)`;
  const detail = raw.replace(/^error parsing regexp: /, '');
  return `Not a valid regular expression (${detail}); ${RE2_SYNTAX}`;
};

const wrap = (source: string, re: RE2JS): UserPattern => ({
  source,
  test: (text) => re.test(text),
  // The DFA answers test() without captures; only a match pays for the slower capturing engine.
  exec: (text) => (re.test(text) ? (re.exec(text) as (string | undefined)[] | null) : null),
});

/** Compilations so far, by source: settings patterns are few, parsed with every stored settings value and used for every item. */
const compilations = new Map<string, PatternCompilation>();
const MAX_COMPILATIONS = 256;

/** Compiles a settings pattern, case-insensitive, once per source; a refusal says what to change. */
export const compileUserPattern = (source: string): PatternCompilation => {
  const known = compilations.get(source);
  if (known !== undefined) return known;
  const result = compileOnce(source);
  if (compilations.size >= MAX_COMPILATIONS) compilations.clear();
  compilations.set(source, result);
  return result;
};

/** Forgets every compilation (tests that count compilations or swap the engine start clean). */
export const clearCompiledPatterns = (): void => {
  compilations.clear();
};

const compileOnce = (source: string): PatternCompilation => {
  let re: RE2JS;
  try {
    re = RE2JS.compile(source, RE2JS.CASE_INSENSITIVE);
  } catch (error) {
    return { ok: false, message: refusal(error) };
  }
  const size = re.programSize();
  if (size > MAX_PATTERN_PROGRAM_SIZE) {
    return {
      ok: false,
      message: `This pattern is too large to match quickly (${size} steps, at most ${MAX_PATTERN_PROGRAM_SIZE}): use smaller repeat counts like {n}`,
    };
  }
  return { ok: true, pattern: wrap(source, re) };
};
