import { format, parseISO, subDays } from 'date-fns';
import { isDeliveredSince, lookbackStart, outcomeListOf, sinceProblem } from '../domain/outcome-list';
import type { JiraClient, RawIssue } from '../jira/client';
import { UNCHECKED_EVIDENCE, type EvidenceCheck } from '../jira/evidence-mac';
import { quote } from '../jira/jql';
import type { OutcomeReport } from '../shared/outcome';
import { AppError } from '../shared/result';
import type { ScopeSpec } from '../shared/scope';
import type { Settings } from '../shared/settings';
import { assessByProject } from './assess-raw-items';
import { unionOf, type ProjectSettings } from './project-settings';
import { deadlineNote } from './read-scope-report';
import { openScopeReading } from './scope-reading';

/**
 * The outcomes list of a scope (src/shared/outcome.ts; which items and in
 * what order: src/domain/outcome-list.ts): its work items delivered on or
 * after `since`, each scored with its OWN project's settings and PI calendar
 * (assessByProject, as every report and the panel score it), so an item has
 * the same outcome on every surface.
 *
 * Requests, for N Done work items of the scope updated on or after `since`:
 * ONE search, `<scope> AND issuetype in (...) AND statusCategory = Done AND
 * updated >= "the day before since"` (an item delivered since then was updated
 * since then; its delivery day is then checked per item: deliveredSinceClause), ceil(N/100) pages, with the
 * changelog and the evidence and decisions properties inline (a changelog
 * bulkfetch per 1000 items only for items whose inline history Jira cut
 * short); the site's fields once; the calendar (one version list per project
 * for fixVersion PIs); one objective search per 100 objective keys and parent
 * level; a board scope adds its configuration. JQL scopes (and boards
 * without a project, and sprint PIs without a board) have already searched
 * their M work items without a clause to learn their calendar: those
 * ceil(M/100) pages are the only search, and the delivered items are picked
 * in memory (no second search).
 */
export interface OutcomeReadOptions {
  /** YYYY-MM-DD, on or before today; default: the scope's setting outcome.lookbackMonths months before today. */
  readonly since?: string;
  /** Only evidence and decisions this check trusts count (src/jira/evidence-mac.ts); the CLI against a real site passes none. */
  readonly evidenceCheck?: EvidenceCheck;
}

/**
 * The clause that narrows the search to items that may have been delivered on or after `since`. JQL reads a
 * bare date as midnight in the searching person's time zone, while the delivery day is the day the site's zone
 * wrote: the search starts a day early so no zone difference can leave out an item delivered on `since`
 * (the day itself is checked per item).
 */
export const deliveredSinceClause = (since: string): string =>
  `statusCategory = Done AND updated >= ${quote(format(subDays(parseISO(since), 1), 'yyyy-MM-dd'))}`;

export const readScopeOutcomes = async (
  rawClient: JiraClient,
  /** Each project's settings; a single Settings value is used for every project (the CLI's --settings). */
  settingsIn: Settings | ProjectSettings,
  scopeSpec: ScopeSpec,
  today: string,
  options: OutcomeReadOptions = {},
): Promise<OutcomeReport> => {
  const { evidenceCheck } = options;
  // Refused before any request.
  const problem = options.since === undefined ? null : sinceProblem(options.since, today);
  if (problem !== null) throw new AppError('BAD_PAYLOAD', problem, [{ path: ['since'], message: problem }]);

  const reading = await openScopeReading(rawClient, settingsIn, scopeSpec, today);
  const { client, scope, settingsOf, settings, broad, progress, search, jqlFor } = reading;
  const since = options.since ?? lookbackStart(today, settings.outcome.lookbackMonths);

  let jql: string;
  let issues: RawIssue[];
  if (broad === null) {
    jql = jqlFor(settings, deliveredSinceClause(since));
    issues = await search(jql);
  } else {
    jql = jqlFor(settings, null);
    issues = broad;
  }

  // Items the list would leave out (open, or delivered before `since`) are not scored at all; outcomeListOf applies the same rule.
  const { assessed, unreadable, warnings } = await assessByProject(client, settingsOf, issues, today, {
    keep: (item) => isDeliveredSince(item.statusCategory, item.delivery, since),
    ...(evidenceCheck === undefined ? {} : { evidenceCheck }),
  });
  const list = outcomeListOf(
    assessed.map((a) => a.assessment),
    since,
    today,
  );
  const allWarnings = unionOf([reading.warning === undefined ? [] : [reading.warning], warnings]);
  return {
    scopeLabel: scope.label,
    jql,
    today,
    since,
    dueWeeks: settings.outcome.dueWeeks,
    ...list,
    unreadable,
    ...(allWarnings.length === 0 ? {} : { settingsWarning: allWarnings.join(' ') }),
    ...(progress.complete ? {} : { partial: deadlineNote(progress.itemsRead) }),
    evidenceChecked: evidenceCheck !== undefined && evidenceCheck !== UNCHECKED_EVIDENCE,
  };
};
