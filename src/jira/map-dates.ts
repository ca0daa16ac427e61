/**
 * Jira dates → YYYY-MM-DD. Plain dates pass through; date-times keep their
 * calendar day as written (the offset is the site's, so "2026-03-02T00:00:00.000+1100"
 * is the 2nd); epoch milliseconds (an old docs example) become the UTC day.
 */
export const dayOf = (value: string | number | null | undefined): string | undefined => {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') {
    const d = new Date(value);
    return Number.isNaN(d.getTime()) ? undefined : d.toISOString().slice(0, 10);
  }
  const first = value.charCodeAt(0);
  // Leading whitespace is all trim could change about the first ten characters.
  const text = first >= 48 && first <= 57 ? value : value.trim();
  return startsWithDay(text) ? text.slice(0, 10) : undefined;
};

const isDigitAt = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
};

/** Whether s starts with dddd-dd-dd (ASCII digits). */
const startsWithDay = (s: string): boolean =>
  s.length >= 10 &&
  isDigitAt(s, 0) &&
  isDigitAt(s, 1) &&
  isDigitAt(s, 2) &&
  isDigitAt(s, 3) &&
  s.charCodeAt(4) === 45 &&
  isDigitAt(s, 5) &&
  isDigitAt(s, 6) &&
  s.charCodeAt(7) === 45 &&
  isDigitAt(s, 8) &&
  isDigitAt(s, 9);
