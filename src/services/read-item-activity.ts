import { z } from 'zod';
import { itemActivity, type ActivityObjective, type LinkChange } from '../domain/activity';
import { planningValuesOf } from '../domain/pi-names';
import type { JiraClient, RawHistory, RawIssue } from '../jira/client';
import type { EvidenceCheck } from '../jira/evidence-mac';
import { keysJql } from '../jira/jql';
import { dayOf } from '../jira/map-dates';
import { RESOLUTION_DATE_FIELD } from '../jira/map-delivery';
import { evidencePropertyFromValue, untrustedEvidence } from '../jira/map-evidence';
import { objectiveDetailFields } from '../jira/map-objectives';
import { mapWorkItem, workItemFields } from '../jira/map-work-item';
import type { ItemActivity } from '../shared/activity';
import { DECISIONS_PROPERTY_KEY } from '../shared/decision';
import { ASSESSMENT_PROPERTY_KEY, EVIDENCE_PROPERTY_KEY } from '../shared/evidence';
import { AppError, isAppError } from '../shared/result';
import type { Settings } from '../shared/settings';
import { readObjectiveDetails } from './read-objectives';
import { readItemCalendar, searchItemAndLinked } from './read-item-panel';
import { historyOf } from './rescore-property';

/**
 * The alignment timeline of one work item, read as the person (an issue they
 * cannot see answers NOT_FOUND exactly like a missing one). Requests:
 * 1. the panel's search, `issue = "KEY" OR issue in linkedIssues("KEY")` with
 *    expand=changelog, and 3 of Jira's 5 properties per search: evidence,
 *    decisions and the assessment (its history); the linked issues come
 *    with their status and resolution date (objectives done);
 * 2. the PI calendar (the project's versions, or the board's sprints; none
 *    for a calendar kept in settings);
 * and only when needed: the parent's details (one search per non-objective
 * parent level, as the panel), the changelog bulkfetch of every field when
 * Jira cut the inline changelog short, and one `key in (...)` search for the
 * issues the changelog says were unlinked (whether they are objectives).
 * So 2 requests for an item without a parent whose links all still stand.
 */

const ISSUE_KEY = /^[A-Z][A-Z0-9_]{0,19}-[1-9]\d{0,9}$/;
const MAX_UNLINKED_LOOKUP = 100;

/**
 * A history's author, when the adapter kept it (Jira sends `author {accountId, displayName}`
 * on every history: e.g. the changelog in /work/shared/jira-rest/fixtures/cloud-go-atlassian/agile.epic-issues…json).
 */
const AuthorSchema = z.object({ author: z.object({ accountId: z.string().optional(), displayName: z.string().optional() }).loose() }).loose();
const authorOf = (history: RawHistory): { accountId: string | null; displayName: string } | null => {
  const parsed = AuthorSchema.safeParse(history);
  const name = parsed.success ? parsed.data.author.displayName?.trim() : undefined;
  if (!parsed.success || name === undefined || name === '') return null;
  return { accountId: parsed.data.author.accountId ?? null, displayName: name };
};

/**
 * Issue-link changes as Jira's changelog records them: field "Link" (fieldtype jira, no fieldId),
 * `to`/`from` the other issue's key, `toString`/`fromString` "This issue supports STRAT-2" (real
 * changelogs, e.g. jira.atlassian.com JRASERVER issues: "This issue supersedes JRASERVER-65693").
 */
export const linkChangesOf = (histories: readonly RawHistory[]): LinkChange[] =>
  histories.flatMap((h) =>
    h.items.flatMap((item) => {
      if (item.field.toLowerCase() !== 'link' && item.fieldId !== 'issuelinks') return [];
      const added = item.to !== null && item.to.trim() !== '';
      const key = (added ? item.to : item.from)?.trim().toUpperCase() ?? '';
      if (!ISSUE_KEY.test(key)) return [];
      return [{ at: h.created, by: authorOf(h)?.displayName ?? null, key, added, text: added ? item.toString : item.fromString }];
    }),
  );

const isObjectiveType = (settings: Settings, issueType: string): boolean =>
  settings.objectives.issueTypes.some((t) => t.toLowerCase() === issueType.toLowerCase());

/**
 * Which of `keys` (issues no longer linked) are objectives, by issue type, in one search. Jira refuses
 * the whole JQL (400) when a key does not exist or is not visible, naming it: those are left out
 * (counted as hidden) and the search is repeated without them.
 */
const objectivesAmong = async (client: JiraClient, settings: Settings, keys: readonly string[]): Promise<{ objectives: Set<string>; hidden: Set<string> }> => {
  const hidden = new Set<string>();
  let remaining = keys.slice(0, MAX_UNLINKED_LOOKUP);
  while (remaining.length > 0) {
    try {
      const found = await client.search({ jql: keysJql(remaining), fields: ['issuetype'], pageSize: MAX_UNLINKED_LOOKUP });
      for (const key of remaining) if (!found.some((i) => i.key === key)) hidden.add(key);
      return { objectives: new Set(found.flatMap((i) => (isObjectiveType(settings, toIssueType(i)) ? [i.key] : []))), hidden };
    } catch (error) {
      if (!isAppError(error) || error.code !== 'JIRA_BAD_REQUEST') throw error;
      const refused = remaining.filter((key) => new RegExp(`['"]${key}['"]`).test(error.message));
      if (refused.length === 0) throw error;
      for (const key of refused) hidden.add(key);
      remaining = remaining.filter((key) => !refused.includes(key));
    }
  }
  return { objectives: new Set(), hidden };
};

const toIssueType = (raw: RawIssue): string => {
  const type = raw.fields['issuetype'] as { name?: unknown } | null | undefined;
  return typeof type?.name === 'string' ? type.name : '';
};

export const readItemActivity = async (
  client: JiraClient,
  settings: Settings,
  issueKey: string,
  today: string,
  evidenceCheck: EvidenceCheck,
): Promise<ItemActivity> => {
  const fields = [...new Set([...workItemFields(settings), ...objectiveDetailFields(settings)])];
  const { raw, linked, known } = await searchItemAndLinked(client, settings, issueKey, {
    fields,
    // Jira returns at most 5 properties per search (jira-openapi GET /rest/api/3/search/jql `properties`): 3 here.
    properties: [EVIDENCE_PROPERTY_KEY, DECISIONS_PROPERTY_KEY, ASSESSMENT_PROPERTY_KEY],
    expand: ['changelog'],
  });

  const [calendarRead, histories, objectiveDetails] = await Promise.all([
    readItemCalendar(client, settings, raw, today),
    // Every field (no fieldIds): link changes have no field id to ask for.
    raw.changelog?.complete === true ? Promise.resolve(raw.changelog.histories) : client.changelogs([raw.id], []).then((m) => m.get(raw.id) ?? []),
    readObjectiveDetails(client, settings, [raw], known),
  ]);

  const mapped = mapWorkItem(raw, { settings, objectives: objectiveDetails, histories, webLinks: null, unreadableEvidence: 'lenient', evidenceCheck });
  if (!mapped.ok) throw new AppError('JIRA_BAD_RESPONSE', `${raw.key} could not be read: ${mapped.reason}`);
  const item = mapped.item;

  const linkChanges = linkChangesOf(histories);
  const objectiveKeys = new Set(item.objectiveCandidates.map((o) => o.key));
  for (const other of linked) if (isObjectiveType(settings, toIssueType(other))) objectiveKeys.add(other.key);
  const unlinked = [...new Set(linkChanges.map((c) => c.key))].filter((key) => !objectiveKeys.has(key) && !linked.some((i) => i.key === key)).sort();
  const lookedUp = unlinked.length === 0 ? { objectives: new Set<string>(), hidden: new Set<string>() } : await objectivesAmong(client, settings, unlinked);
  for (const key of lookedUp.objectives) objectiveKeys.add(key);

  const resolvedOn = new Map(linked.map((i) => [i.key, dayOf(i.fields[RESOLUTION_DATE_FIELD] as string | null | undefined) ?? null]));
  const objectives: ActivityObjective[] = item.objectiveCandidates.map((o) => ({
    key: o.key,
    summary: o.summary,
    statusCategory: o.statusCategory,
    doneOn: o.statusCategory === 'done' ? (resolvedOn.get(o.key) ?? null) : null,
  }));

  const names = new Map<string, string>();
  const changeAuthors = new Map<string, string>();
  for (const h of histories) {
    const author = authorOf(h);
    if (author === null) continue;
    changeAuthors.set(h.created, author.displayName);
    if (author.accountId !== null) names.set(author.accountId, author.displayName);
  }
  for (const d of item.decisions) {
    names.set(d.decidedBy.accountId, d.decidedBy.displayName);
    if (d.sponsor !== undefined) names.set(d.sponsor.accountId, d.sponsor.displayName);
  }

  const evidence = evidencePropertyFromValue(raw.properties[EVIDENCE_PROPERTY_KEY]);
  return itemActivity({
    issueKey: raw.key,
    today,
    evidence: item.evidence,
    untrustedEvidence: untrustedEvidence(raw.key, evidence, evidenceCheck).length,
    decisions: item.decisions,
    planningHistory: item.planningHistory,
    currentPiValues: planningValuesOf(item, settings.pi),
    piSource: settings.pi,
    calendar: calendarRead.calendar,
    changeAuthors,
    linkChanges: linkChanges.filter((c) => !lookedUp.hidden.has(c.key)),
    objectiveKeys,
    objectives,
    history: historyOf(raw.properties[ASSESSMENT_PROPERTY_KEY]),
    names,
    hiddenLinks: linkChanges.filter((c) => lookedUp.hidden.has(c.key)).length,
  });
};
