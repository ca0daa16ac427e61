import type { Operator } from './ast';
import type { SiteIssue } from '../model';
import type { SiteState } from '../state';
import type { SampleUserId } from '../users';
import { isIsoDate } from '../dates';
import { JqlError } from './jql-error';
import type { PropertyAlias } from './property-aliases';

/**
 * The JQL fields the sample site can search: how a value is resolved (and
 * refused when it does not exist, like Jira) and when a field is empty.
 */

export type Matcher = (issue: SiteIssue) => boolean;

export interface SearchField {
  /** The name used in messages. */
  readonly name: string;
  readonly kind: 'id' | 'multi' | 'single' | 'date' | 'datetime' | 'number';
  /**
   * The only operators the field takes, when it is narrower than its kind
   * (compile.ts refuses the others, functions included, with `refusal`).
   */
  readonly operators?: ReadonlySet<Operator>;
  /** Why an operator or a function outside `operators` is refused (appended to the message). */
  readonly refusal?: string;
  isEmpty(issue: SiteIssue): boolean;
  /** A predicate for "field = value"; throws JqlError for a value Jira would refuse. */
  matcher(value: string): Matcher;
  /** A predicate for "field < value" etc.; absent when the field has no order (the operators are refused). */
  ordered?(op: OrderOperator, value: string): Matcher;
  /** ORDER BY this field; absent when the field sorts through compile.ts's own table. */
  readonly compare?: (a: SiteIssue, b: SiteIssue) => number;
}

export type OrderOperator = '<' | '<=' | '>' | '>=';

const orderTest = <T extends string | number>(op: OrderOperator, bound: T): ((v: T) => boolean) =>
  op === '<' ? (v) => v < bound : op === '<=' ? (v) => v <= bound : op === '>' ? (v) => v > bound : (v) => v >= bound;

export interface FieldContext {
  readonly state: SiteState;
  readonly user: SampleUserId;
  /** Saved filters being expanded (a `filter = X` clause inside filter X is refused, as Jira does). */
  readonly filterStack?: readonly string[];
  /** Set when the query names an issue-property alias (its cached answer is then stale after a property write). */
  readonly reads?: { properties: boolean };
}

const ci = (s: string): string => s.toLowerCase();
const never = (): boolean => false;

const noValue = (value: string, field: string): JqlError =>
  new JqlError(`The value '${value}' does not exist for the field '${field}'.`);

const issueRef = (ctx: FieldContext, value: string, field: string): SiteIssue => {
  const trimmed = value.trim();
  if (!/^\d+$/.test(trimmed) && !/^[A-Za-z][A-Za-z0-9_]*-\d+$/.test(trimmed)) {
    throw new JqlError(`The issue key '${value}' for field '${field}' is invalid.`);
  }
  const issue = ctx.state.visibleIssue(ctx.user, trimmed);
  if (issue === undefined) throw new JqlError(`An issue with key '${value}' does not exist for field '${field}'.`);
  return issue;
};

export const parseJqlDate = (value: string, field: string): string => {
  const normal = value.trim().replace(/\//g, '-');
  if (isIsoDate(normal)) return normal;
  throw new JqlError(
    `Date value '${value}' for field '${field}' is invalid. The sample site accepts 'yyyy-MM-dd' or 'yyyy/MM/dd' (no times, periods or date functions): relative dates such as '-1w' are refused, not guessed.`,
  );
};

/**
 * The date-time fields `created`, `updated` and `resolved` (Jira's JQL names: createdDate,
 * updatedDate, resolutiondate too). Jira takes "yyyy/MM/dd HH:mm", "yyyy-MM-dd HH:mm",
 * "yyyy/MM/dd", "yyyy-MM-dd", or a period relative to now ("-1w", "4d") (Jira's JQL
 * reference, "JQL Date Time Formats",
 * confluence.atlassian.com/spaces/JIRA052/pages/314448708/__JQL+Date+Time+Formats), and a date
 * without a time means 00:00 of that day in the searcher's zone (testmanagement.com, "Using
 * Dates and Date Operators with Jira JQL", 2023: `> "2023-07-03"` includes the 3rd), so
 * `updated >= "2026-03-03"` is "on or after 3 March" and `updated = "2026-03-03"` only
 * matches midnight exactly. The sample site takes the two date formats, in its own zone
 * (UTC: every date-time it writes is +0000), compares the field's instant with the start of
 * that day as Jira does (for >= and < that is the calendar day), and refuses the rest
 * loudly: times, relative periods (they depend on the clock, which the site does not read),
 * date functions (startOfWeek(), now(), ...), IN / NOT IN, and IS [NOT] EMPTY where the field
 * is never empty.
 */
const DATE_TIME_OPERATORS: ReadonlySet<Operator> = new Set(['=', '!=', '<', '<=', '>', '>=']);
const DATE_TIME_OPERATORS_WITH_EMPTY: ReadonlySet<Operator> = new Set([...DATE_TIME_OPERATORS, 'is', 'is not']);

/** A Jira date-time ("2026-01-05T10:12:00.000+0000") as epoch milliseconds; NaN when it is none. */
export const instantOfJiraDateTime = (s: string): number => Date.parse(s.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));

/** The start of a calendar day in the site's zone (UTC), epoch milliseconds. */
const startOfSiteDay = (date: string): number => Date.parse(`${date}T00:00:00Z`);

const dateTimeField = (name: string, read: (issue: SiteIssue) => string | null, canBeEmpty: boolean): SearchField => {
  const instant = (issue: SiteIssue): number | null => {
    const v = read(issue);
    return v === null ? null : instantOfJiraDateTime(v);
  };
  return {
    name,
    kind: 'datetime',
    operators: canBeEmpty ? DATE_TIME_OPERATORS_WITH_EMPTY : DATE_TIME_OPERATORS,
    refusal: `The sample site searches '${name}' with = != < <= > >=${canBeEmpty ? ' and IS [NOT] EMPTY' : ''} and a date 'yyyy-MM-dd' or 'yyyy/MM/dd', without date functions.`,
    isEmpty: (issue) => read(issue) === null,
    matcher: (value) => {
      const at = startOfSiteDay(parseJqlDate(value, name));
      return (issue) => instant(issue) === at;
    },
    ordered: (op, value) => {
      const test = orderTest(op, startOfSiteDay(parseJqlDate(value, name)));
      return (issue) => {
        const at = instant(issue);
        return at !== null && test(at);
      };
    },
  };
};

const makeFields = (ctx: FieldContext): Record<string, SearchField> => {
  const { store } = ctx.state;
  const project: SearchField = {
    name: 'project',
    kind: 'single',
    isEmpty: never,
    matcher: (value) => {
      const p = store.projects.find((x) => ci(x.key) === ci(value) || ci(x.name) === ci(value) || x.id === value);
      if (p === undefined) throw noValue(value, 'project');
      return (issue) => issue.projectKey === p.key;
    },
  };
  const key: SearchField = {
    name: 'key',
    kind: 'id',
    isEmpty: never,
    matcher: (value) => {
      const target = issueRef(ctx, value, 'key');
      return (issue) => issue.id === target.id;
    },
  };
  const issuetype: SearchField = {
    name: 'issuetype',
    kind: 'single',
    isEmpty: never,
    matcher: (value) => {
      const t = store.issueTypes.find((x) => ci(x.name) === ci(value) || x.id === value);
      if (t === undefined) throw noValue(value, 'issuetype');
      return (issue) => issue.typeName === t.name;
    },
  };
  const status: SearchField = {
    name: 'status',
    kind: 'single',
    isEmpty: never,
    matcher: (value) => {
      const s = store.statuses.find((x) => ci(x.name) === ci(value) || x.id === value);
      if (s === undefined) throw noValue(value, 'status');
      return (issue) => issue.statusName === s.name;
    },
  };
  const categoryNames: Record<string, string[]> = {
    new: ['new', 'to do', '2'],
    indeterminate: ['indeterminate', 'in progress', '4'],
    done: ['done', '3'],
  };
  const statusCategory: SearchField = {
    name: 'statusCategory',
    kind: 'single',
    isEmpty: never,
    matcher: (value) => {
      const cat = Object.entries(categoryNames).find(([, names]) => names.includes(ci(value.trim())))?.[0];
      if (cat === undefined) throw noValue(value, 'statusCategory');
      const names = new Set(store.statuses.filter((s) => s.category === cat).map((s) => s.name));
      return (issue) => names.has(issue.statusName);
    },
  };
  const fixVersion: SearchField = {
    name: 'fixVersion',
    kind: 'multi',
    isEmpty: (issue) => issue.fixVersionIds.length === 0,
    matcher: (value) => {
      const ids = new Set(store.versions.filter((v) => ci(v.name) === ci(value) || v.id === value).map((v) => v.id));
      if (ids.size === 0) throw noValue(value, 'fixVersion');
      return (issue) => issue.fixVersionIds.some((id) => ids.has(id));
    },
  };
  const labels: SearchField = {
    name: 'labels',
    kind: 'multi',
    isEmpty: (issue) => issue.labels.length === 0,
    matcher: (value) => (issue) => issue.labels.some((l) => ci(l) === ci(value)),
  };
  const sprint: SearchField = {
    name: 'sprint',
    kind: 'multi',
    isEmpty: (issue) => issue.sprintIds.length === 0,
    matcher: (value) => {
      const ids = new Set(
        store.sprints.filter((s) => (/^\d+$/.test(value.trim()) ? s.id === Number(value) : ci(s.name) === ci(value))).map((s) => s.id),
      );
      if (ids.size === 0) throw noValue(value, 'sprint');
      return (issue) => issue.sprintIds.some((id) => ids.has(id));
    },
  };
  const parent: SearchField = {
    name: 'parent',
    kind: 'single',
    isEmpty: (issue) => issue.parentId === null,
    matcher: (value) => {
      const target = issueRef(ctx, value, 'parent');
      return (issue) => issue.parentId === target.id;
    },
  };
  const duedate: SearchField = {
    name: 'duedate',
    kind: 'date',
    isEmpty: (issue) => issue.duedate === null,
    matcher: (value) => {
      const date = parseJqlDate(value, 'duedate');
      return (issue) => issue.duedate === date;
    },
    ordered: (op, value) => {
      const test = orderTest(op, parseJqlDate(value, 'duedate'));
      return (issue) => issue.duedate !== null && test(issue.duedate);
    },
  };
  const created = dateTimeField('created', (issue) => issue.created, false);
  const updated = dateTimeField('updated', (issue) => issue.updated, false);
  const resolved = dateTimeField('resolved', (issue) => issue.resolutionDate ?? null, true);
  return {
    project,
    key,
    issuekey: key,
    issue: key,
    id: key,
    issuetype,
    type: issuetype,
    status,
    statuscategory: statusCategory,
    fixversion: fixVersion,
    labels,
    sprint,
    'cf[10020]': sprint,
    parent,
    duedate,
    due: duedate,
    created,
    createddate: created,
    updated,
    updateddate: updated,
    resolved,
    resolutiondate: resolved,
  };
};

/**
 * The indexed values at `path` of the issue's property: a scalar of the
 * alias's type, or each such element of an array (the Property Index
 * reference: "the objectName can refer to an array type",
 * developer.atlassian.com/cloud/jira/platform/modules/property-index). A
 * value of another type is not indexed, so the field reads empty.
 */
const indexedValues = (ctx: FieldContext, issue: SiteIssue, alias: PropertyAlias): (string | number)[] => {
  const json = ctx.state.property(issue.id, alias.propertyKey);
  if (json === undefined) return [];
  let value: unknown = JSON.parse(json);
  for (const step of alias.path.split('.')) {
    value = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)[step] : undefined;
  }
  const typeName = alias.type === 'number' ? 'number' : 'string';
  return (Array.isArray(value) ? (value as unknown[]) : [value]).filter(
    (v): v is string | number => typeof v === typeName && (typeof v !== 'number' || Number.isFinite(v)),
  );
};

const parseJqlNumber = (value: string, field: string): number => {
  const trimmed = value.trim();
  if (/^-?\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  throw new JqlError(`The value '${value}' for field '${field}' is invalid: it holds numbers.`);
};

/**
 * A `searchAlias` of the app's jira:entityProperty module. Operators as Jira
 * offers them per type: string = != IN NOT IN IS [NOT] EMPTY; number also
 * < <= > >= (FORGE-NOTES.md §1; the Property Index reference). Strings
 * compare exactly as indexed (the sample site's assumption for Jira's
 * exact-match `string` type, as opposed to the tokenised `text`).
 */
const propertyField = (ctx: FieldContext, alias: PropertyAlias): SearchField => {
  if (ctx.reads !== undefined) ctx.reads.properties = true;
  const values = (issue: SiteIssue): (string | number)[] => indexedValues(ctx, issue, alias);
  const first = (issue: SiteIssue): string | number | null => values(issue)[0] ?? null;
  // Empty values sort last ascending, first descending (as compile.ts's other fields do).
  const compare = (a: SiteIssue, b: SiteIssue): number => {
    const x = first(a);
    const y = first(b);
    return x === y ? 0 : x === null ? 1 : y === null ? -1 : x < y ? -1 : 1;
  };
  if (alias.type === 'string') {
    return {
      name: alias.alias,
      kind: 'single',
      isEmpty: (issue) => values(issue).length === 0,
      matcher: (value) => (issue) => values(issue).includes(value),
      compare,
    };
  }
  return {
    name: alias.alias,
    kind: 'number',
    isEmpty: (issue) => values(issue).length === 0,
    matcher: (value) => {
      const n = parseJqlNumber(value, alias.alias);
      return (issue) => values(issue).includes(n);
    },
    ordered: (op, value) => {
      const test = orderTest(op, parseJqlNumber(value, alias.alias));
      return (issue) => values(issue).some((v) => typeof v === 'number' && test(v));
    },
    compare,
  };
};

/** Fields Jira has that the sample site does not search: refused with a message that says so. */
const KNOWN_UNSUPPORTED = new Set([
  'summary', 'description', 'text', 'comment', 'environment', 'assignee', 'reporter', 'creator', 'priority', 'resolution',
  'component', 'affectedversion',
  'epic link', 'epic name', 'watcher', 'watchers', 'votes', 'level', 'attachments', 'lastviewed', 'rank',
  'statuscategorychangeddate', 'worklogdate', 'timespent', 'originalestimate', 'remainingestimate', 'team',
]);

export const resolveField = (ctx: FieldContext, name: string): SearchField => {
  const lower = ci(name.trim());
  const field = makeFields(ctx)[lower];
  if (field !== undefined) return field;
  // Jira matches field names case-insensitively, searchAlias names too.
  const alias = ctx.state.propertyAliases.find((a) => ci(a.alias) === lower);
  if (alias !== undefined) return propertyField(ctx, alias);
  if (KNOWN_UNSUPPORTED.has(lower) || lower.startsWith('issue.property[')) {
    throw new JqlError(`The sample site does not support searching by '${name}'.`);
  }
  throw new JqlError(`Field '${name}' does not exist or you do not have permission to view it.`);
};
