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
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  return match?.[1];
};
