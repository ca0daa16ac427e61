import type { FieldIssue } from '../../src/shared/result';

export const pathKey = (path: readonly (string | number)[]): string => path.join('.');

export interface PlacedIssues {
  /** First message for each field key shown in the form. */
  readonly byField: Readonly<Record<string, string>>;
  /** Messages no field claims (shown above the form so nothing is lost). */
  readonly other: readonly string[];
}

/**
 * Puts each issue at the longest field key that is a prefix of its path
 * ("pi.calendar.2.endDate" lands at that row's end date, "objectives.issueTypes.0"
 * at the issue-type list). `strip` removes a leading path (a payload's
 * "evidence" or "settings") first.
 */
export const placeIssues = (issues: readonly FieldIssue[], fields: readonly string[], strip: readonly string[] = []): PlacedIssues => {
  const byField: Record<string, string> = {};
  const other: string[] = [];
  const sorted = [...fields].sort((a, b) => b.length - a.length);
  for (const issue of issues) {
    const starts = strip.every((s, i) => String(issue.path[i]) === s);
    const key = pathKey(starts ? issue.path.slice(strip.length) : issue.path);
    const field = sorted.find((f) => key === f || key.startsWith(`${f}.`));
    if (field === undefined) other.push(key === '' ? issue.message : `${key}: ${issue.message}`);
    else if (byField[field] === undefined) byField[field] = issue.message;
  }
  return { byField, other };
};

export const NO_ISSUES: PlacedIssues = { byField: {}, other: [] };
