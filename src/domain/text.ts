/** Small text helpers shared by the domain: name matching, ordering, plain-language counts. */

import { compileUserPattern, type UserPattern } from '../shared/user-pattern';

/** Names normalised so far: PI and source names repeat across a scope's items. */
const normalised = new Map<string, string>();
const MAX_NORMALISED = 4096;

/** Trim, lower-case and collapse inner whitespace: how PI and source names are compared. */
export const normaliseName = (name: string): string => {
  const known = normalised.get(name);
  if (known !== undefined) return known;
  const key = name.trim().replace(/\s+/g, ' ').toLowerCase();
  if (normalised.size >= MAX_NORMALISED) normalised.clear();
  normalised.set(name, key);
  return key;
};


const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** Where the run of digits or of non-digits starting at `from` ends. */
const runEnd = (s: string, from: number): number => {
  const digits = isDigit(s.charCodeAt(from));
  let end = from + 1;
  while (end < s.length && isDigit(s.charCodeAt(end)) === digits) end += 1;
  return end;
};

/** How many runs of digits or non-digits `s` has from `from` on. */
const runsFrom = (s: string, from: number): number => {
  let runs = 0;
  for (let i = from; i < s.length; i = runEnd(s, i)) runs += 1;
  return runs;
};

/**
 * Issue keys and names in human order ("CLIN-2" before "CLIN-10"), independent of locale:
 * runs of digits compare as numbers (then the shorter spelling first), other runs as strings,
 * and a name that is a prefix of the other (in runs) comes first.
 */
export const compareText = (a: string, b: string): number => {
  if (a === b) return 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ie = runEnd(a, i);
    const je = runEnd(b, j);
    const x = a.slice(i, ie);
    const y = b.slice(j, je);
    if (x !== y) {
      if (isDigit(x.charCodeAt(0)) && isDigit(y.charCodeAt(0))) {
        const d = Number(x) - Number(y);
        if (d !== 0) return d;
        return x.length - y.length;
      }
      return x < y ? -1 : 1;
    }
    i = ie;
    j = je;
  }
  return runsFrom(a, i) - runsFrom(b, j);
};

/** "1 item", "3 items". */
export const countOf = (n: number, singular: string, plural = `${singular}s`): string =>
  `${n} ${n === 1 ? singular : plural}`;

/** "once", "twice", "3 times". */
export const times = (n: number): string => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

/** "A", "A and B", "A, B and C". */
export const listOf = (parts: readonly string[]): string => {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
};

/** A PI name as people say it: "PI 26.3" stays, "26.3" becomes "PI 26.3". */
export const piLabel = (name: string): string => (/^\s*PI\b/i.test(name) ? name.trim() : `PI ${name.trim()}`);

/**
 * A settings pattern compiled with the linear-time engine (RE2 syntax, case-insensitive,
 * compiled once per source: src/shared/user-pattern.ts); null when it does not compile there
 * (settings refuse such patterns, so null only meets values that bypassed the schema).
 */
export const compilePattern = (source: string): UserPattern | null => {
  const result = compileUserPattern(source);
  return result.ok ? result.pattern : null;
};

export { clearCompiledPatterns } from '../shared/user-pattern';

/** Characters that change nothing a reader sees: format (Cf: zero-width, bidi), controls, default-ignorables. */
const IGNORABLE = /[\p{Cf}\p{Cc}\p{Default_Ignorable_Code_Point}]/gu;

/**
 * The key under which a source name counts as one source: Unicode NFKC (fullwidth
 * "Ｗａｒｄ" is "Ward"), format, control and zero-width characters removed, case folded
 * (upper then lower case, so "STRASSE" and "straße" agree), white space collapsed.
 * "Ward 4B nurses", "ward\u200B 4b  NURSES" and "Ｗａｒｄ ４Ｂ nurses" are one source.
 */
export const sourceKey = (name: string): string =>
  name.normalize('NFKC').replace(IGNORABLE, '').toUpperCase().toLowerCase().replace(/\s+/g, ' ').trim();
