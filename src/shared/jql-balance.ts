/**
 * A small JQL scanner that answers whether a person's JQL can be wrapped in
 * parentheses safely: every `(` closed, no `)` without its `(`, every quoted
 * string closed. Parentheses inside "…" or '…' strings do not count, and a
 * backslash escapes the next character inside and outside strings (JQL's own
 * escaping, e.g. "a \"quoted\" word"). Without this check
 * `project = A) OR (project = B` would close the app's wrapping parentheses in
 * `(<jql>) AND issuetype = "Epic"` and the issue-type and PI filters would no
 * longer apply to the second half.
 */
export interface JqlBalanceProblem {
  /** 1-based character position the message points at. */
  readonly position: number;
  readonly message: string;
}

export const jqlBalanceProblem = (jql: string): JqlBalanceProblem | null => {
  const opened: number[] = [];
  let quote: { readonly char: string; readonly at: number } | null = null;
  for (let i = 0; i < jql.length; i += 1) {
    const c = jql[i];
    if (c === '\\') {
      i += 1;
      continue;
    }
    if (quote !== null) {
      if (c === quote.char) quote = null;
      continue;
    }
    if (c === '"' || c === "'") quote = { char: c, at: i };
    else if (c === '(') opened.push(i);
    else if (c === ')' && opened.pop() === undefined) {
      return { position: i + 1, message: `The JQL has a ")" at character ${i + 1} with no "(" before it. Balance the parentheses.` };
    }
  }
  if (quote !== null) {
    return { position: quote.at + 1, message: `The JQL has a ${quote.char} at character ${quote.at + 1} that is never closed. Close the quoted text.` };
  }
  const unclosed = opened[opened.length - 1];
  if (unclosed !== undefined) {
    return { position: unclosed + 1, message: `The JQL has a "(" at character ${unclosed + 1} that is never closed. Balance the parentheses.` };
  }
  return null;
};
