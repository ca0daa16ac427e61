import type { SiteIssue } from '../model';
import type { Expr, Operand, Operator, OrderTerm, Query } from './ast';
import { resolveField, type FieldContext, type Matcher, type SearchField } from './fields';
import { JqlError } from './jql-error';
import { parseJql } from './parser';

/** A JQL query turned into a filter and a sort order over the site's issues. */
export interface CompiledQuery {
  readonly matches: Matcher;
  readonly compare: (a: SiteIssue, b: SiteIssue) => number;
  /** Whether the query names an issue-property alias: its answer changes with property writes. */
  readonly readsProperties: boolean;
}

const opName = (op: Operator): string => op.toUpperCase();

const refuseOperator = (field: SearchField, op: Operator): never => {
  throw new JqlError(`The operator '${opName(op)}' is not supported by the '${field.name}' field.`);
};

const linkedIssues = (ctx: FieldContext, args: readonly string[]): Set<string> => {
  const [keyArg, typeArg, ...rest] = args;
  if (keyArg === undefined || rest.length > 0) {
    throw new JqlError("Function 'linkedIssues' expects one or two arguments: an issue key and optionally a link type.");
  }
  const origin = ctx.state.visibleIssue(ctx.user, keyArg.trim());
  if (origin === undefined) throw new JqlError(`Issue '${keyArg}' could not be found in function 'linkedIssues'.`);
  let direction: 'both' | 'outward' | 'inward' = 'both';
  let typeId: string | undefined;
  if (typeArg !== undefined) {
    const t = typeArg.trim().toLowerCase();
    const type = ctx.state.store.linkTypes.find((lt) => [lt.name, lt.inward, lt.outward].some((n) => n.toLowerCase() === t));
    if (type === undefined) throw new JqlError(`Issue link type '${typeArg}' does not exist.`);
    typeId = type.id;
    if (type.name.toLowerCase() !== t && type.inward.toLowerCase() !== type.outward.toLowerCase()) {
      direction = type.outward.toLowerCase() === t ? 'outward' : 'inward';
    }
  }
  const ids = new Set<string>();
  for (const link of ctx.state.linksByIssue.get(origin.id) ?? []) {
    if (typeId !== undefined && link.typeId !== typeId) continue;
    if (link.outwardId === origin.id && direction !== 'inward') ids.add(link.inwardId);
    if (link.inwardId === origin.id && direction !== 'outward') ids.add(link.outwardId);
  }
  return ids;
};

/**
 * `fixVersion in unreleasedVersions([project, ...])`: versions not released,
 * of every project or of the named ones (key, name or id), as Jira's
 * function reference describes it
 * (support.atlassian.com/jira-software-cloud/docs/jql-functions/#unreleasedVersions--).
 */
const unreleasedVersionIds = (ctx: FieldContext, args: readonly string[]): Set<string> => {
  const { store } = ctx.state;
  const projectIds = args.map((arg) => {
    const name = arg.trim().toLowerCase();
    const p = store.projects.find((x) => x.key.toLowerCase() === name || x.name.toLowerCase() === name || x.id === arg.trim());
    if (p === undefined) throw new JqlError(`The project '${arg}' in function 'unreleasedVersions' does not exist.`);
    return p.id;
  });
  return new Set(store.versions.filter((v) => !v.released && (projectIds.length === 0 || projectIds.includes(v.projectId))).map((v) => v.id));
};

const compileUnreleasedVersions = (ctx: FieldContext, field: SearchField, op: Operator, args: readonly string[]): Matcher => {
  if (field.name !== 'fixVersion') throw new JqlError(`The function 'unreleasedVersions' is not supported by the '${field.name}' field; use 'fixVersion in unreleasedVersions()'.`);
  if (op !== 'in' && op !== 'not in') throw new JqlError(`The operator '${opName(op)}' is not supported with the function 'unreleasedVersions'; use IN or NOT IN.`);
  const ids = unreleasedVersionIds(ctx, args);
  const any = (issue: SiteIssue): boolean => issue.fixVersionIds.some((id) => ids.has(id));
  // Like Jira, NOT IN never matches an empty field.
  return op === 'in' ? any : (issue) => issue.fixVersionIds.length > 0 && !any(issue);
};

const compileFunction = (ctx: FieldContext, field: SearchField, op: Operator, operand: Extract<Operand, { kind: 'function' }>): Matcher => {
  if (operand.name.toLowerCase() === 'unreleasedversions') return compileUnreleasedVersions(ctx, field, op, operand.args);
  if (operand.name.toLowerCase() !== 'linkedissues') {
    throw new JqlError(
      `Unable to find JQL function '${operand.name}(${operand.args.join(', ')})'. The sample site supports only linkedIssues() and unreleasedVersions().`,
    );
  }
  if (field.kind !== 'id') throw new JqlError(`The function 'linkedIssues' is not supported by the '${field.name}' field; use 'issue in linkedIssues(...)'.`);
  if (op !== 'in' && op !== 'not in') throw new JqlError(`The operator '${opName(op)}' is not supported with the function 'linkedIssues'; use IN or NOT IN.`);
  const ids = linkedIssues(ctx, operand.args);
  return op === 'in' ? (issue) => ids.has(issue.id) : (issue) => !ids.has(issue.id);
};

const FILTER_FIELDS = new Set(['filter', 'request', 'savedfilter', 'searchrequest']);

/** `filter = 10001` / `filter in ("CLIN PI board filter")`: the saved filter's own conditions (its ORDER BY is ignored). */
const compileFilterClause = (ctx: FieldContext, clause: Extract<Expr, { kind: 'clause' }>): Matcher => {
  const { op, operand } = clause;
  const values = operand.kind === 'value' ? [operand.value] : operand.kind === 'list' && (op === 'in' || op === 'not in') ? operand.values : null;
  if (values === null || !['=', '!=', 'in', 'not in'].includes(op)) {
    throw new JqlError(`The operator '${opName(op)}' is not supported by the 'filter' field.`);
  }
  const matchers = values.map((value) => {
    const filter = ctx.state.store.filters.find((f) => f.id === value.trim() || f.name.toLowerCase() === value.trim().toLowerCase());
    if (filter === undefined) throw new JqlError(`The value '${value}' does not exist for the field 'filter'.`);
    const stack = ctx.filterStack ?? [];
    if (stack.includes(filter.id)) throw new JqlError(`The filter '${filter.name}' refers to itself.`);
    const where = parseJql(filter.jql).where;
    return where === null ? () => true : compileExpr({ ...ctx, filterStack: [...stack, filter.id] }, where);
  });
  const any = (issue: SiteIssue): boolean => matchers.some((m) => m(issue));
  return op === '=' || op === 'in' ? any : (issue) => !any(issue);
};

/**
 * `fixVersion WAS "PI 26.3"` / `fixVersion WAS IN ("PI 26.2", "PI 26.3")`: items that hold
 * one of the versions now or held it at any time, read from the issue histories the site
 * keeps (a Fix Version change item names the version by id and by name). Jira Cloud
 * supports WAS, WAS IN, WAS NOT, WAS NOT IN and CHANGED only on Assignee, Fix Version,
 * Priority, Reporter, Resolution and Status (support.atlassian.com, "JQL operators": WAS;
 * "JQL fields": e.g. affectedVersion lists WAS among its unsupported operators) and answers
 * "The operator 'WAS' is not supported by the '<field>' field." for the others: labels,
 * sprint and custom fields included. The sample site supports fixVersion only, without the
 * AFTER/BEFORE/DURING/ON/BY predicates; everything else stays an error.
 */
const compileWas = (ctx: FieldContext, field: SearchField, op: Operator, operand: Operand): Matcher => {
  if (field.name !== 'fixVersion') return refuseOperator(field, op);
  const values = op === 'was' && operand.kind === 'value' ? [operand.value] : op === 'was in' && operand.kind === 'list' ? operand.values : null;
  if (values === null) return refuseOperator(field, op);
  const { store } = ctx.state;
  const versions = values.map((value) => {
    const found = store.versions.filter((v) => v.name.toLowerCase() === value.trim().toLowerCase() || v.id === value.trim());
    if (found.length === 0) throw new JqlError(`The value '${value}' does not exist for the field 'fixVersion'.`);
    return found;
  });
  const ids = new Set(versions.flat().map((v) => v.id));
  const heldOnce = (issue: SiteIssue): boolean =>
    ctx.state
      .historiesOf(issue.id)
      .some((h) => h.items.some((i) => i.fieldId === 'fixVersions' && ((i.from !== null && ids.has(i.from)) || (i.to !== null && ids.has(i.to)))));
  return (issue) => issue.fixVersionIds.some((id) => ids.has(id)) || heldOnce(issue);
};

/** A field with its own operator list (the date-time fields, fields.ts): anything else is a 400 saying what it takes. */
const refuseOutsideOperators = (field: SearchField, op: Operator, operand: Operand): void => {
  const allowed = field.operators;
  if (allowed === undefined) return;
  const why = field.refusal === undefined ? '' : ` ${field.refusal}`;
  if (operand.kind === 'function') {
    throw new JqlError(`The sample site does not support the function '${operand.name}(${operand.args.join(', ')})' on the '${field.name}' field.${why}`);
  }
  if (!allowed.has(op) || (operand.kind === 'empty' && !allowed.has('is'))) {
    const shown = operand.kind === 'empty' ? `${opName(op)} EMPTY` : opName(op);
    throw new JqlError(`The operator '${shown}' is not supported by the '${field.name}' field on the sample site.${why}`);
  }
};

const compileClause = (ctx: FieldContext, clause: Extract<Expr, { kind: 'clause' }>): Matcher => {
  if (FILTER_FIELDS.has(clause.field.trim().toLowerCase())) return compileFilterClause(ctx, clause);
  const field = resolveField(ctx, clause.field);
  const { op, operand } = clause;
  if (field.operators !== undefined) refuseOutsideOperators(field, op, operand);
  if (op === 'was' || op === 'was in') return compileWas(ctx, field, op, operand);
  if (operand.kind === 'function') return compileFunction(ctx, field, op, operand);
  if (operand.kind === 'empty') {
    if (op === 'is' || op === '=') return (issue) => field.isEmpty(issue);
    if (op === 'is not' || op === '!=') return (issue) => !field.isEmpty(issue);
    return refuseOperator(field, op);
  }
  if (op === 'in' || op === 'not in') {
    if (operand.kind !== 'list') return refuseOperator(field, op);
    const matchers = operand.values.map((v) => field.matcher(v));
    const any = (issue: SiteIssue): boolean => matchers.some((m) => m(issue));
    // Like Jira, NOT IN and != never match an empty field.
    return op === 'in' ? any : (issue) => !field.isEmpty(issue) && !any(issue);
  }
  if (operand.kind !== 'value') return refuseOperator(field, op);
  if (op === '=') return field.matcher(operand.value);
  if (op === '!=') {
    const m = field.matcher(operand.value);
    return (issue) => !field.isEmpty(issue) && !m(issue);
  }
  if (op === 'is' || op === 'is not') return refuseOperator(field, op);
  if (field.ordered === undefined) return refuseOperator(field, op);
  return field.ordered(op, operand.value);
};

function compileExpr(ctx: FieldContext, expr: Expr): Matcher {
  switch (expr.kind) {
    case 'and': {
      const items = expr.items.map((e) => compileExpr(ctx, e));
      return (issue) => items.every((m) => m(issue));
    }
    case 'or': {
      const items = expr.items.map((e) => compileExpr(ctx, e));
      return (issue) => items.some((m) => m(issue));
    }
    case 'not': {
      const inner = compileExpr(ctx, expr.expr);
      return (issue) => !inner(issue);
    }
    case 'clause':
      return compileClause(ctx, expr);
  }
}

const keyParts = (key: string): [string, number] => {
  const dash = key.lastIndexOf('-');
  return [key.slice(0, dash), Number(key.slice(dash + 1))];
};

const cmp = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);

/** Empty values sort last ascending, first descending (as Jira does). */
const cmpNullable = (a: string | null, b: string | null): number => (a === b ? 0 : a === null ? 1 : b === null ? -1 : cmp(a, b));

const SORTABLE: Record<string, (ctx: FieldContext) => (a: SiteIssue, b: SiteIssue) => number> = {
  key: () => (a, b) => {
    const [pa, na] = keyParts(a.key);
    const [pb, nb] = keyParts(b.key);
    return cmp(pa, pb) || cmp(na, nb);
  },
  id: () => (a, b) => cmp(Number(a.id), Number(b.id)),
  created: () => (a, b) => cmp(a.created, b.created),
  updated: () => (a, b) => cmp(a.updated, b.updated),
  resolved: () => (a, b) => cmpNullable(a.resolutionDate ?? null, b.resolutionDate ?? null),
  duedate: () => (a, b) => cmpNullable(a.duedate, b.duedate),
  summary: () => (a, b) => cmp(a.summary.toLowerCase(), b.summary.toLowerCase()),
  project: () => (a, b) => cmp(a.projectKey, b.projectKey),
  issuetype: () => (a, b) => cmp(a.typeName, b.typeName),
  status: () => (a, b) => cmp(a.statusName, b.statusName),
  rank: (ctx) => (a, b) => (ctx.state.rankById.get(a.id) ?? 0) - (ctx.state.rankById.get(b.id) ?? 0),
};
const SORT_ALIASES: Record<string, string> = {
  issuekey: 'key', issue: 'key', type: 'issuetype', due: 'duedate', createddate: 'created', updateddate: 'updated', resolutiondate: 'resolved',
};

const compileOrder = (ctx: FieldContext, terms: readonly OrderTerm[]): ((a: SiteIssue, b: SiteIssue) => number) => {
  const comparators = terms.map((term) => {
    const lower = term.field.trim().toLowerCase();
    const make = SORTABLE[SORT_ALIASES[lower] ?? lower];
    // Unknown fields get Jira's "does not exist" message from resolveField.
    const c = make === undefined ? resolveField(ctx, term.field).compare : make(ctx);
    if (c === undefined) throw new JqlError(`Not able to sort using field '${term.field}'.`);
    return term.direction === 'asc' ? c : (a: SiteIssue, b: SiteIssue) => -c(a, b);
  });
  // Default order, and the tie-break that keeps paging stable: issue id.
  comparators.push((a, b) => cmp(Number(a.id), Number(b.id)));
  return (a, b) => {
    for (const c of comparators) {
      const r = c(a, b);
      if (r !== 0) return r;
    }
    return 0;
  };
};

export const compileQuery = (ctx: FieldContext, query: Query): CompiledQuery => {
  if (query.where === null) {
    throw new JqlError('Unbounded JQL queries are not allowed here. Please add a search restriction to your query.');
  }
  const reads = { properties: false };
  const withReads: FieldContext = { ...ctx, reads };
  const matches = compileExpr(withReads, query.where);
  const compare = compileOrder(withReads, query.orderBy);
  return { matches, compare, readsProperties: reads.properties };
};

export const compileJql = (ctx: FieldContext, jql: string): CompiledQuery => compileQuery(ctx, parseJql(jql));
