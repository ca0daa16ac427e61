import { findPi, normaliseName, piNameMapper, piNamesOf, summariseScope, type Pi, type PiCalendar, type SprintRef, type WorkItem } from '../domain';
import type { JiraClient, RawIssue } from '../jira/client';
import { piClause, workItemJql } from '../jira/jql';
import { workItemFields } from '../jira/map-work-item';
import { sprintsOfIssues } from '../jira/map-sprint';
import { EVIDENCE_PROPERTY_KEY } from '../shared/evidence';
import type { ScopeReport } from '../shared/report';
import { AppError, isAppError } from '../shared/result';
import type { PiSelector, ScopeSpec } from '../shared/scope';
import type { Settings } from '../shared/settings';
import { assessRawItems } from './assess-raw-items';
import { readPiCalendar } from './read-pi-calendar';
import { resolveScope, type ResolvedScope } from './resolve-scope';

/**
 * The PI report of a scope. Requests: ceil(N/100) searches for N items, plus
 * the calendar (one per project for fixVersion PIs), one objective search
 * per 100 objective keys and parent level, and one for a board scope (its
 * configuration: the search uses `filter = <id>`). Histories come inline
 * (expand=changelog); a changelog bulkfetch per 1000 items is spent only on
 * items whose inline history Jira cut short. JQL scopes and
 * sprint PIs without a board search the scope's work items without a PI
 * clause (the calendar needs them first) and keep the PI's items.
 */

export const SEARCH_PAGE_SIZE = 100;

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

/** A board's sprints, or null when the board has none (Jira answers 400 for a kanban board). */
const sprintsOfBoard = async (client: JiraClient, boardId: number): Promise<SprintRef[] | null> => {
  try {
    return await client.boardSprints(boardId);
  } catch (error) {
    if (isAppError(error) && error.code === 'JIRA_BAD_REQUEST') return null;
    throw error;
  }
};

const projectsOfItems = (issues: readonly RawIssue[]): string[] => [
  ...new Set(
    issues.flatMap((i) => {
      const project = i.fields['project'];
      return typeof project === 'object' && project !== null && typeof (project as { key?: unknown }).key === 'string'
        ? [(project as { key: string }).key]
        : [];
    }),
  ),
];

const emptyReport = (scope: ResolvedScope, jql: string, today: string, pi: Pi | null, role: ScopeReport['piRole']): ScopeReport => ({
  scopeLabel: scope.label,
  jql,
  today,
  pi,
  piRole: role,
  ...summariseScope([], pi, role),
  unreadable: [],
});

export const readScopeReport = async (
  client: JiraClient,
  settings: Settings,
  scopeSpec: ScopeSpec,
  selector: PiSelector,
  today: string,
): Promise<ScopeReport> => {
  const scope = await resolveScope(client, scopeSpec);
  const fields = workItemFields(settings);
  // Histories come inline with the search; only the items whose history Jira cut short cost a bulkfetch.
  const search = (jql: string) =>
    client.search({ jql, fields, properties: [EVIDENCE_PROPERTY_KEY], pageSize: SEARCH_PAGE_SIZE, expand: ['changelog'] });

  // Sprint PIs of a board come from its sprints; a board without sprints (kanban) falls back to the items' sprints.
  const boardSprints = settings.pi.source === 'sprint' && scope.boardId !== undefined ? await sprintsOfBoard(client, scope.boardId) : null;
  // The calendar must be known before the PI clause; some scopes only learn it from their items.
  const needsItemsFirst =
    (settings.pi.source === 'fixVersion' && scope.projectKeys.length === 0) || (settings.pi.source === 'sprint' && boardSprints === null);
  const broadJql = workItemJql(scope.baseJql, settings, null);
  const broad = needsItemsFirst ? await search(broadJql) : null;
  const sprintFieldId = settings.pi.source === 'sprint' ? settings.pi.sprintFieldId : 'customfield_10020';
  const { calendar, sprints } = await readPiCalendar(
    client,
    settings,
    {
      projectKeys: scope.projectKeys.length > 0 ? scope.projectKeys : projectsOfItems(broad ?? []),
      itemSprints: boardSprints ?? sprintsOfIssues(broad ?? [], sprintFieldId),
    },
    today,
  );
  const { pi, role } = piOf(calendar, selector);
  if (pi === null) return emptyReport(scope, broadJql, today, null, role);

  const toPiName = piNameMapper(settings.pi);
  let jql: string;
  let issues: RawIssue[];
  if (broad === null) {
    const piSprints =
      settings.pi.source === 'sprint' ? sprints.filter((s) => sameName(toPiName(s.name), pi.name)).map((s) => s.name) : null;
    const clause = piClause(settings, pi, piSprints);
    jql = workItemJql(scope.baseJql, settings, clause ?? null);
    issues = clause === null ? [] : await search(jql);
  } else {
    jql = broadJql;
    issues = broad;
  }

  const inPi = (item: WorkItem) => broad === null || piNamesOf(item, settings.pi, calendar).some((n) => sameName(n, pi.name));
  const { assessed, unreadable } = await assessRawItems(client, settings, calendar, issues, today, inPi);
  const assessments = assessed.map((a) => a.assessment);
  return { scopeLabel: scope.label, jql, today, pi, piRole: role, ...summariseScope(assessments, pi, role), unreadable };
};
