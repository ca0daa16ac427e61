import type { PiCalendar, SprintRef } from '../domain';
import type { JiraClient, RawIssue, SearchResult } from '../jira/client';
import { workItemJql } from '../jira/jql';
import { sprintsOfIssues } from '../jira/map-sprint';
import { DECISIONS_PROPERTY_KEY } from '../shared/decision';
import { EVIDENCE_PROPERTY_KEY } from '../shared/evidence';
import { isAppError } from '../shared/result';
import type { ScopeSpec } from '../shared/scope';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import { fieldsForSettings, workItemTypesOf } from './assess-raw-items';
import { readCapacityField } from './capacity-field';
import { asProjectSettings, type ProjectSettings } from './project-settings';
import { readPiCalendar, rememberingCalendarReads } from './read-pi-calendar';
import { resolveScope, type ResolvedScope } from './resolve-scope';

/**
 * The start every scope read shares (the PI report and the trend): the
 * scope resolved, the fields every involved project's items need (sizes
 * included), the scope's own settings (its project's, the board's project's,
 * or for JQL those of the first project among its items), and its PI
 * calendar. A JQL scope (and a board without a project, and sprint PIs
 * without a board) must search its items before it knows its calendar: that
 * search comes back as `broad`, and the caller uses it instead of a search
 * with a PI clause.
 */

export const SEARCH_PAGE_SIZE = 100;

export interface ScopeReading {
  /** The client with calendar reads remembered: use it for every read of this scope. */
  readonly client: JiraClient;
  readonly scope: ResolvedScope;
  readonly settingsOf: ProjectSettings;
  /** The scope's own settings: they choose its PIs and the PI clause. */
  readonly settings: Settings;
  /** Set when the scope's stored settings were invalid and the defaults were used. */
  readonly warning?: string;
  /** The projects whose calendar was read. */
  readonly scopeProjects: readonly string[];
  /** The work-item types every involved project plans with (the search's issuetype clause). */
  readonly types: readonly string[];
  /** The items of the scope searched without a PI clause, or null when a PI clause can narrow the search. */
  readonly broad: RawIssue[] | null;
  readonly calendar: PiCalendar;
  readonly sprints: readonly SprintRef[];
  /** What the searches read so far: false once the deadline stopped one before its last page. */
  readonly progress: { complete: boolean; itemsRead: number };
  /** One work-item search (properties and changelog inline), stopping at the deadline. */
  readonly search: (jql: string) => Promise<RawIssue[]>;
  /** The same request, answered whole or partial, without counting it in `progress` (the candidates' own search). */
  readonly searchPage: (jql: string) => Promise<SearchResult>;
  /** The scope's work-item JQL with a PI clause (or none). */
  readonly jqlFor: (settings: Settings, clause: string | null) => string;
}

/** A board's sprints, or null when the board has none (Jira answers 400 for a kanban board). */
const sprintsOfBoard = async (client: JiraClient, boardId: number): Promise<SprintRef[] | null> => {
  try {
    return await client.boardSprints(boardId);
  } catch (error) {
    if (isAppError(error) && error.code === 'JIRA_BAD_REQUEST') return null;
    throw error;
  }
};

/** The distinct project keys of searched issues. */
export const projectsOfItems = (issues: readonly RawIssue[]): string[] => [
  ...new Set(
    issues.flatMap((i) => {
      const project = i.fields['project'];
      return typeof project === 'object' && project !== null && typeof (project as { key?: unknown }).key === 'string'
        ? [(project as { key: string }).key]
        : [];
    }),
  ),
];

export const openScopeReading = async (
  rawClient: JiraClient,
  /** Each project's settings; a single Settings value is used for every project (the CLI's --settings). */
  settingsIn: Settings | ProjectSettings,
  scopeSpec: ScopeSpec,
  today: string,
): Promise<ScopeReading> => {
  const settingsOf = asProjectSettings(settingsIn);
  const client = rememberingCalendarReads(rawClient);
  const scope = await resolveScope(client, scopeSpec);
  // A project scope holds only that project's items; boards and JQL may hold any project's.
  const knownKey = scope.projectKeys[0];
  const involved = scopeSpec.kind === 'project' && knownKey !== undefined ? [settingsOf.of(knownKey).settings] : settingsOf.all;
  const capacityChoices = await Promise.all(involved.map((s) => readCapacityField(client, s)));
  const fields = fieldsForSettings(involved, capacityChoices.map((c) => c.field));
  const types = workItemTypesOf(involved);
  const progress = { complete: true, itemsRead: 0 };
  // Histories come inline with the search; only the items whose history Jira cut short cost a bulkfetch.
  const searchPage = (jql: string): Promise<SearchResult> =>
    client.searchUntilDeadline({ jql, fields, properties: [EVIDENCE_PROPERTY_KEY, DECISIONS_PROPERTY_KEY], pageSize: SEARCH_PAGE_SIZE, expand: ['changelog'] });
  const search = async (jql: string): Promise<RawIssue[]> => {
    const result = await searchPage(jql);
    progress.complete &&= result.complete;
    progress.itemsRead += result.issues.length;
    return result.issues;
  };
  const jqlFor = (settings: Settings, clause: string | null) => workItemJql(scope.baseJql, { ...settings, workItemTypes: [...types] }, clause);

  // The scope's settings choose its PI: its project's, the board's project's, or (JQL, a board without a project) those of the first project among its items.
  let broad = knownKey === undefined ? await search(jqlFor(DEFAULT_SETTINGS, null)) : null;
  const scopeProjects = knownKey === undefined ? projectsOfItems(broad ?? []) : [...scope.projectKeys];
  const scopeKey = knownKey ?? [...scopeProjects].sort()[0];
  const scoped = scopeKey === undefined ? { settings: DEFAULT_SETTINGS } : settingsOf.of(scopeKey);
  const settings = scoped.settings;

  // Sprint PIs of a board come from its sprints; a board without sprints (kanban) falls back to the items' sprints.
  const boardSprints = settings.pi.source === 'sprint' && scope.boardId !== undefined ? await sprintsOfBoard(client, scope.boardId) : null;
  // The calendar must be known before the PI clause; sprint PIs without a board only learn it from their items.
  if (broad === null && settings.pi.source === 'sprint' && boardSprints === null) broad = await search(jqlFor(settings, null));
  const { calendar, sprints } = await readPiCalendar(
    client,
    settings,
    {
      projectKeys: scopeProjects,
      itemSprints: boardSprints ?? (settings.pi.source === 'sprint' ? sprintsOfIssues(broad ?? [], settings.pi.sprintFieldId) : []),
    },
    today,
  );
  return {
    client,
    scope,
    settingsOf,
    settings,
    ...(scoped.warning === undefined ? {} : { warning: scoped.warning }),
    scopeProjects,
    types,
    broad,
    calendar,
    sprints,
    progress,
    search,
    searchPage,
    jqlFor,
  };
};

