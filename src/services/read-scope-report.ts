import { findPi, noPiHeadline, normaliseName, piNameMapper, piNamesOf, summariseScope, type Pi, type PiAbsence, type PiCalendar, type WorkItem } from '../domain';
import type { JiraClient, RawIssue } from '../jira/client';
import { piClause } from '../jira/jql';
import type { ScopeReport } from '../shared/report';
import { AppError } from '../shared/result';
import type { PiSelector, ScopeSpec } from '../shared/scope';
import type { Settings } from '../shared/settings';
import type { EvidenceCheck } from '../jira/evidence-mac';
import { assessByProject } from './assess-raw-items';
import { unionOf, type ProjectSettings } from './project-settings';
import type { ResolvedScope } from './resolve-scope';
import { openScopeReading } from './scope-reading';
import { readCapacityField } from './capacity-field';
import { candidatesOf, hasNotEnded, readCandidates, swapsOf, waitingFilter, type CandidateContext } from './read-candidates';

/**
 * The PI report of a scope. Requests: ceil(N/100) searches for N items, plus
 * the calendar (one per project for fixVersion PIs), one objective search
 * per 100 objective keys and parent level, and one for a board scope (its
 * configuration: the search uses `filter = <id>`). Histories come inline
 * (expand=changelog); a changelog bulkfetch per 1000 items is spent only on
 * items whose inline history Jira cut short. JQL scopes (and boards
 * without a project) and sprint PIs without a board search the scope's work
 * items without a PI clause (the calendar needs them first) and keep the
 * PI's items.
 *
 * The scope's settings (its project's, the board's project's, or for JQL
 * those of the first project key among the items) choose the PI and the PI
 * clause. Each item is then scored with its OWN project's settings and PI
 * calendar (assessByProject), as in the panel and the re-score, so an item
 * has one verdict on every surface. Versions and sprints are read once per
 * project and board for both. Sizes cost one GET /rest/api/3/field per
 * client (readCapacityField), whatever the number of projects.
 *
 * Candidates waiting outside the PI (read-candidates.ts), only while the
 * PI has not ended: one more search, ceil(C/100) pages for the C open items
 * of the scope outside the PI (`statusCategory != Done`, and for fixVersion
 * PIs not in the PI's version), plus one objective search per 100 of their
 * objective keys and parent level; histories inline, calendars already read.
 * A scope whose items were searched without a PI clause (JQL, a board
 * without a project, sprint PIs without a board) already holds them: no
 * extra search, and their objectives are read with the report's.
 */

export { SEARCH_PAGE_SIZE } from './scope-reading';

const piOf = (calendar: PiCalendar, selector: PiSelector): { pi: Pi | null; role: ScopeReport['piRole'] } => {
  if (selector === 'current') return { pi: calendar.current, role: 'current' };
  if (selector === 'next') return { pi: calendar.next, role: 'next' };
  const pi = findPi(calendar, selector.name);
  if (pi === null) {
    const known = calendar.pis.map((p) => p.name);
    throw new AppError(
      'NOT_FOUND',
      `There is no PI named "${selector.name}" in this scope. Known PIs: ${known.length === 0 ? 'none (check the PI settings)' : known.join(', ')}.`,
    );
  }
  return { pi, role: 'named' };
};

const sameName = (a: string | null, b: string): boolean => a !== null && normaliseName(a) === normaliseName(b);

/** What a person reads when the time budget stopped the reading: how much was read, and how to see all of it. */
export const deadlineNote = (itemsRead: number): NonNullable<ScopeReport['partial']> => ({
  code: 'DEADLINE',
  message: `Read ${itemsRead.toLocaleString('en-US')} items before the time limit; narrow the scope (a board or a project) to see all of them.`,
  itemsRead,
});

/**
 * What a person reads when the PI's items were all read but the candidates
 * waiting outside it were not: the list is left out rather than shown as if
 * it were complete (a better candidate may be among those not read).
 */
export const candidatesDeadlineNote = (itemsRead: number): NonNullable<ScopeReport['partial']> => ({
  code: 'DEADLINE',
  message: `Read all ${itemsRead.toLocaleString('en-US')} items of the PI, but not every work item waiting outside it before the time limit, so the better candidates waiting and the swaps are left out.`,
  itemsRead,
});

/** The report with its settings warnings and, when a search stopped at the deadline, the partial note (or the one given). */
const withNotes = (
  report: ScopeReport,
  warnings: readonly string[],
  complete: boolean,
  itemsRead: number,
  evidenceChecked: boolean,
  partial?: ScopeReport['partial'],
): ScopeReport => ({
  ...report,
  evidenceChecked,
  ...(warnings.length === 0 ? {} : { settingsWarning: warnings.join(' ') }),
  ...(complete ? (partial === undefined ? {} : { partial }) : { partial: deadlineNote(itemsRead) }),
});

/** The report of a scope without the PI it asked for: its headline names the PI and why (noPiHeadline). */
const noPiReport = (scope: ResolvedScope, jql: string, absence: PiAbsence): ScopeReport => ({
  scopeLabel: scope.label,
  jql,
  today: absence.today,
  pi: null,
  piRole: absence.role,
  ...summariseScope([], null, absence.role),
  headline: noPiHeadline(absence),
  unreadable: [],
});

export const readScopeReport = async (
  rawClient: JiraClient,
  /** Each project's settings; a single Settings value is used for every project (the CLI's --settings). */
  settingsIn: Settings | ProjectSettings,
  scopeSpec: ScopeSpec,
  selector: PiSelector,
  today: string,
  /** Only evidence this check trusts counts (src/jira/evidence-mac.ts); the CLI against a real site has no key and passes none. */
  evidenceCheck?: EvidenceCheck,
  /**
   * `candidates: false` skips the candidates waiting outside the PI (and their search) for callers that
   * only need the PI's own items: a baseline commit (whose completeness check would otherwise refuse a PI
   * read whole because the candidates ran out of time), the settings check.
   */
  options: { readonly candidates?: boolean } = {},
): Promise<ScopeReport> => {
  const reading = await openScopeReading(rawClient, settingsIn, scopeSpec, today);
  const { client, scope, settingsOf, settings, scopeProjects, types, broad, calendar, sprints, progress, search, jqlFor: searchJql } = reading;
  const broadJql = searchJql(settings, null);
  const { pi, role } = piOf(calendar, selector);
  const warnings = reading.warning === undefined ? [] : [reading.warning];
  if (pi === null) {
    const absence = { role, projectKeys: scopeProjects, source: settings.pi, calendar, today };
    return withNotes(noPiReport(scope, broadJql, absence), warnings, progress.complete, progress.itemsRead, evidenceCheck !== undefined);
  }

  const toPiName = piNameMapper(settings.pi);
  let jql: string;
  let issues: RawIssue[];
  if (broad === null) {
    const piSprints =
      settings.pi.source === 'sprint' ? sprints.filter((s) => sameName(toPiName(s.name), pi.name)).map((s) => s.name) : null;
    const clause = piClause(settings, pi, piSprints);
    jql = searchJql(settings, clause ?? null);
    issues = clause === null ? [] : await search(jql);
  } else {
    jql = broadJql;
    issues = broad;
  }

  // Which items are in the PI is read with the scope's PI settings; each item is then scored with its own project's.
  const inPi = (item: WorkItem) => broad === null || piNamesOf(item, settings.pi, calendar).some((n) => sameName(n, pi.name));
  const planOpen = options.candidates !== false && hasNotEnded(pi, today);
  // A broad search already holds the items waiting outside the PI: they are scored in the same pass (one objective read for both).
  const waiting = planOpen && broad !== null ? waitingFilter(settings, calendar, pi) : null;
  const inPiKeys = new Set<string>();
  const keep = (item: WorkItem): boolean => {
    if (inPi(item)) {
      inPiKeys.add(item.key);
      return true;
    }
    return waiting?.keep(item) ?? false;
  };
  const assessedByProject = await assessByProject(client, settingsOf, issues, today, { keep, sized: true, ...(evidenceCheck === undefined ? {} : { evidenceCheck }) });
  // The report's unit is the scope settings' capacity field; an item of a project sized by another field counts as unsized here.
  const capacity = await readCapacityField(client, settings);
  const assessed = assessedByProject.assessed.map((a) => a.assessment);
  const assessments = assessed.filter((a) => inPiKeys.has(a.key));
  const sizedInUnit = (a: { projectKey: string }) => settingsOf.of(a.projectKey).settings.capacity.field === settings.capacity.field;
  const summary = summariseScope(assessments, pi, role, capacity.field, sizedInUnit);
  const report: ScopeReport = {
    scopeLabel: scope.label,
    jql,
    today,
    pi,
    piRole: role,
    ...summary,
    unreadable: assessedByProject.unreadable,
  };
  const allWarnings = unionOf([warnings, assessedByProject.warnings]);
  // No candidates for a PI that has ended (or when the caller wants none), nor when the PI's own items were cut short (the time is spent).
  if (!planOpen || !progress.complete) return withNotes(report, allWarnings, progress.complete, progress.itemsRead, evidenceCheck !== undefined);

  const ctx: CandidateContext = { settings, settingsOf, calendar, pi, today, sizedInUnit, unit: summary.capacity.unit };
  const read =
    waiting !== null
      ? { complete: true as const, candidates: candidatesOf(assessed.filter((a) => !inPiKeys.has(a.key)), waiting.places, ctx), warnings: [] }
      : await readCandidates(client, { ...ctx, baseJql: scope.baseJql, types, ...(evidenceCheck === undefined ? {} : { evidenceCheck }) }, reading.searchPage);
  if (!read.complete) return withNotes(report, allWarnings, true, progress.itemsRead, evidenceCheck !== undefined, candidatesDeadlineNote(progress.itemsRead));
  const withCandidates: ScopeReport = { ...report, candidates: read.candidates, swaps: swapsOf(summary.items, read.candidates, ctx) };
  return withNotes(withCandidates, unionOf([allWarnings, read.warnings]), true, progress.itemsRead, evidenceCheck !== undefined);
};
