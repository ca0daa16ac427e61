import { piCalendarFromEntries, piCalendarFromSprints, piCalendarFromVersions, type PiCalendar, type SprintRef } from '../domain';
import type { JiraClient } from '../jira/client';
import { mergeVersionsByName } from '../jira/map-version';
import type { Settings } from '../shared/settings';

/** Where the calendar of a scope comes from. */
export interface CalendarScope {
  /** Projects whose versions make PIs (fixVersion source). */
  readonly projectKeys: readonly string[];
  /** The board whose sprints make PIs (sprint source, board scope). */
  readonly boardId?: number;
  /** Sprint values seen on the items (sprint source without a board). */
  readonly itemSprints?: readonly SprintRef[];
}

export interface PiCalendarRead {
  readonly calendar: PiCalendar;
  /** The sprints the calendar was built from (sprint source), to name a PI's sprints in JQL. */
  readonly sprints: readonly SprintRef[];
}

/**
 * The PI calendar for a scope. Requests: fixVersion source, one per project
 * (per 100 versions); sprint source with a board, one per 50 sprints; otherwise none.
 */
export const readPiCalendar = async (
  client: JiraClient,
  settings: Settings,
  scope: CalendarScope,
  today: string,
): Promise<PiCalendarRead> => {
  const pi = settings.pi;
  switch (pi.source) {
    case 'fixVersion': {
      const lists = await Promise.all([...new Set(scope.projectKeys)].map((key) => client.projectVersions(key)));
      return { calendar: piCalendarFromVersions(mergeVersionsByName(lists.flat()), pi.namePattern, today), sprints: [] };
    }
    case 'sprint': {
      const sprints = scope.boardId !== undefined ? await client.boardSprints(scope.boardId) : [...(scope.itemSprints ?? [])];
      const unique = [...new Map(sprints.map((s) => [s.id, s])).values()];
      return { calendar: piCalendarFromSprints(unique, pi.namePattern, today), sprints: unique };
    }
    case 'customField':
    case 'labelPrefix':
      return { calendar: piCalendarFromEntries(pi.calendar, today), sprints: [] };
  }
};

/**
 * The client with project versions and board sprints remembered for one
 * invocation: the scope's calendar and each project's own calendar read the
 * same versions, and Jira is asked once.
 */
/** The clients rememberingCalendarReads made: wrapping one again gives it back, so what it (and the capacity field's reader, keyed by client) remembers holds across nested reads. */
const remembering = new WeakSet<JiraClient>();

export const rememberingCalendarReads = (client: JiraClient): JiraClient => {
  if (remembering.has(client)) return client;
  const versions = new Map<string, ReturnType<JiraClient['projectVersions']>>();
  const sprints = new Map<number, ReturnType<JiraClient['boardSprints']>>();
  const remember = <K, V>(cache: Map<K, Promise<V>>, key: K, read: () => Promise<V>): Promise<V> => {
    const known = cache.get(key) ?? read();
    cache.set(key, known);
    // A failed read is not remembered, so a retry of the invocation asks again.
    known.catch(() => cache.delete(key));
    return known;
  };
  const wrapped: JiraClient = {
    ...client,
    projectVersions: (projectKey) => remember(versions, projectKey, () => client.projectVersions(projectKey)),
    boardSprints: (boardId) => remember(sprints, boardId, () => client.boardSprints(boardId)),
  };
  remembering.add(wrapped);
  return wrapped;
};
