import type { Pi } from '../domain/model';
import { jqlBalanceProblem } from '../shared/jql-balance';
import { AppError } from '../shared/result';
import type { Settings } from '../shared/settings';

/**
 * JQL the app generates: only the subset the sample site also understands
 * (project, key/issue, issuetype, fixVersion, labels, sprint, cf[N]; =, in,
 * AND/OR, parentheses; issue in linkedIssues("KEY")). Every value is quoted.
 */

/** A JQL string literal: double quotes, with `"` and `\` escaped. */
export const quote = (value: string): string => `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;

export const inList = (field: string, values: readonly string[]): string =>
  values.length === 1 ? `${field} = ${quote(values[0] ?? '')}` : `${field} in (${values.map(quote).join(', ')})`;

export const projectJql = (projectKey: string): string => `project = ${quote(projectKey)}`;

/** cf[10050] for customfield_10050. */
const customFieldClause = (fieldId: string): string => `cf[${fieldId.replace(/^customfield_/, '')}]`;

/**
 * The clause that selects a PI's items for the PI source, or null when the
 * source cannot be searched by name (sprint source without a board: the PI's
 * sprints are only known from the items).
 */
export const piClause = (settings: Settings, pi: Pi, sprintNames: readonly string[] | null): string | null => {
  const source = settings.pi;
  switch (source.source) {
    case 'fixVersion':
      return inList('fixVersion', [pi.name]);
    case 'sprint':
      return sprintNames === null || sprintNames.length === 0 ? null : inList('sprint', sprintNames);
    case 'labelPrefix':
      return inList('labels', [`${source.prefix.trim()}${pi.name}`]);
    case 'customField':
      return inList(customFieldClause(source.fieldId), [pi.name]);
  }
};

/**
 * `(<base>) AND issuetype in (...) [AND <pi>]`, ordered by key for stable pages.
 * A base whose parentheses or quotes are unbalanced is refused (BAD_PAYLOAD):
 * it could close the wrapping parentheses and escape the filters after them.
 * Hosts check a person's JQL at their boundary (userJqlSchema in
 * src/shared/scope.ts); this is the last line for any other source.
 */
export const workItemJql = (baseJql: string, settings: Settings, pi: string | null): string => {
  const base = stripOrderBy(baseJql);
  const problem = jqlBalanceProblem(base);
  if (problem !== null) throw new AppError('BAD_PAYLOAD', problem.message);
  const parts = [base === '' ? null : `(${base})`, inList('issuetype', settings.workItemTypes), pi].filter((p): p is string => p !== null);
  return `${parts.join(' AND ')} ORDER BY key ASC`;
};

/** A filter's JQL without its ORDER BY (it cannot be wrapped in parentheses with one). */
export const stripOrderBy = (jql: string): string => {
  // ORDER BY outside quotes only.
  let quoteChar: string | null = null;
  for (let i = 0; i < jql.length; i += 1) {
    const c = jql[i];
    if (c === '\\') {
      i += 1;
      continue;
    }
    if (quoteChar === null && (c === '"' || c === "'")) quoteChar = c;
    else if (c === quoteChar) quoteChar = null;
    if (quoteChar === null && /^order\s+by\b/i.test(jql.slice(i)) && (i === 0 || /\s|\)/.test(jql[i - 1] ?? ''))) return jql.slice(0, i).trim();
  }
  return jql.trim();
};

export const keysJql = (keys: readonly string[]): string => inList('key', keys);

export const itemAndLinkedJql = (issueKey: string): string =>
  `issue = ${quote(issueKey)} OR issue in linkedIssues(${quote(issueKey)})`;
