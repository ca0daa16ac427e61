import { scoreWorkItem, type Assessment, type PiCalendar } from '../domain';
import type { JiraClient, RawIssue } from '../jira/client';
import { itemAndLinkedJql } from '../jira/jql';
import { piFieldIdOf } from '../jira/map-history';
import { STATUS_FIELD_ID } from '../jira/map-delivery';
import { sprintsOfIssues } from '../jira/map-sprint';
import { objectiveDetailFields, toObjectiveDetails, type ObjectiveDetails } from '../jira/map-objectives';
import { mapWorkItem, workItemFields } from '../jira/map-work-item';
import { evidencePropertyFromValue, untrustedEvidence, type EvidenceProblem } from '../jira/map-evidence';
import type { EvidenceCheck } from '../jira/evidence-mac';
import type { EvidenceRecord, UntrustedEvidence } from '../shared/evidence';
import { EVIDENCE_PROPERTY_KEY } from '../shared/evidence';
import { DECISIONS_PROPERTY_KEY } from '../shared/decision';
import { AppError, isAppError } from '../shared/result';
import type { Settings } from '../shared/settings';
import type { CapacityField } from '../shared/capacity';
import { readObjectiveDetails } from './read-objectives';
import { readPiCalendar } from './read-pi-calendar';
import { readCapacityField } from './capacity-field';

export interface ItemPanel {
  readonly assessment: Assessment;
  readonly calendar: PiCalendar;
  /** Every stored record, removed and untrusted ones included (for undo). */
  readonly records: readonly EvidenceRecord[];
  /** Live records that do not count: unsigned, or changed outside the app. */
  readonly untrusted: readonly UntrustedEvidence[];
  /** Records (or the whole property) that could not be read and were left out. */
  readonly unreadableEvidence: readonly EvidenceProblem[];
  /**
   * Whether the person may edit the item (Jira's editmeta on the first
   * search lists at least one field). For showing edit controls only: every
   * write still checks Edit issues on the issue itself.
   */
  readonly canEdit: boolean;
  /** The field that sized the item (settings capacity.field, resolved), or null when items are counted. */
  readonly capacityField: CapacityField | null;
  /** The item's fields as the search read them (its planning values among them: a drop edits them without reading them again). */
  readonly fields: Readonly<Record<string, unknown>>;
}

const notFound = (issueKey: string) => new AppError('NOT_FOUND', `Issue ${issueKey} does not exist or you cannot see it.`);

/**
 * The item and the issues linked to it or its parent (their objective details), in ONE search as the
 * person: NOT_FOUND when they cannot see the item, the same answer as for a key that does not exist.
 * Shared by the panel and the alignment history (src/services/read-item-activity.ts).
 */
export const searchItemAndLinked = async (
  client: JiraClient,
  settings: Settings,
  issueKey: string,
  request: { readonly fields: readonly string[]; readonly properties: readonly string[]; readonly expand: readonly ('changelog' | 'editmeta')[] },
): Promise<{ raw: RawIssue; linked: RawIssue[]; known: Map<string, ObjectiveDetails | null> }> => {
  let found: RawIssue[];
  try {
    found = await client.search({ jql: itemAndLinkedJql(issueKey), fields: request.fields, properties: request.properties, pageSize: 100, expand: request.expand });
  } catch (error) {
    // Jira refuses a JQL naming an issue the user cannot see exactly as one that does not exist.
    if (isAppError(error) && (error.code === 'JIRA_BAD_REQUEST' || error.code === 'NOT_FOUND')) throw notFound(issueKey);
    throw error;
  }
  const raw = found.find((i) => i.key.toUpperCase() === issueKey.toUpperCase());
  if (raw === undefined) throw notFound(issueKey);
  const linked = found.filter((i) => i !== raw);
  return { raw, linked, known: new Map(linked.map((i) => [i.key, toObjectiveDetails(i, settings)])) };
};

/** The item's PI calendar: its project's versions, or (sprint PIs) its first sprint's board or its own sprints. */
export const readItemCalendar = (client: JiraClient, settings: Settings, raw: RawIssue, today: string): ReturnType<typeof readPiCalendar> => {
  const projectKey = (raw.fields['project'] as { key?: unknown } | null | undefined)?.key;
  const firstSprint = settings.pi.source === 'sprint' ? (raw.fields[settings.pi.sprintFieldId] as { boardId?: unknown }[] | null | undefined)?.[0] : undefined;
  const boardId = typeof firstSprint?.boardId === 'number' ? firstSprint.boardId : undefined;
  return readPiCalendar(
    client,
    settings,
    {
      projectKeys: typeof projectKey === 'string' ? [projectKey] : [],
      ...(boardId === undefined ? {} : { boardId }),
      ...(settings.pi.source === 'sprint' ? { itemSprints: sprintsOfIssues([raw], settings.pi.sprintFieldId) } : {}),
    },
    today,
  );
};

/**
 * One work item for the issue panel. Requests:
 * 0. first, when the capacity field is `auto` or a custom field id: the
 *    site's fields (GET /rest/api/3/field), to know which field sizes it;
 * 1. search `issue = "KEY" OR issue in linkedIssues("KEY")` with
 *    expand=changelog,editmeta (the item, its history, whether the person
 *    may edit it, its linked issues with their target dates, and the
 *    evidence property);
 * 2. the calendar: the project's versions (fixVersion PIs) or the item's
 *    board's sprints (sprint PIs); none for calendars kept in settings;
 * 3. the item's remote links;
 * 4. only when needed: the parent's details (a parent is not a link, so it
 *    is not in request 1; one search per non-objective parent level), and
 *    the changelog bulkfetch when Jira cut the inline changelog short.
 * So 3 requests (4 when the capacity field is looked up), one more with a
 * parent objective; more only for a deep parent chain or a history longer
 * than Jira inlines. No /mypermissions request:
 * the edit permission comes with request 1.
 */
export const readItemPanel = async (
  client: JiraClient,
  settings: Settings,
  issueKey: string,
  today: string,
  evidenceCheck: EvidenceCheck,
): Promise<ItemPanel> => {
  // The capacity field first (auto or a custom field id: GET /rest/api/3/field), so that the search
  // brings the item's size: one request more and one round more, against two requests to read it beside.
  const capacity = await readCapacityField(client, settings);
  const fields = [...new Set([...workItemFields(settings, capacity.field), ...objectiveDetailFields(settings)])];
  const { raw, known } = await searchItemAndLinked(client, settings, issueKey, {
    fields,
    properties: [EVIDENCE_PROPERTY_KEY, DECISIONS_PROPERTY_KEY],
    expand: ['changelog', 'editmeta'],
  });

  const [calendarRead, webLinks, histories, objectives] = await Promise.all([
    readItemCalendar(client, settings, raw, today),
    client.remoteLinks(raw.key),
    raw.changelog?.complete === true
      ? Promise.resolve(new Map([[raw.id, raw.changelog.histories]]))
      : client.changelogs([raw.id], [piFieldIdOf(settings.pi), STATUS_FIELD_ID]),
    readObjectiveDetails(client, settings, [raw], known),
  ]);

  const mapped = mapWorkItem(raw, {
    settings,
    objectives,
    histories: histories.get(raw.id) ?? [],
    webLinks,
    unreadableEvidence: 'lenient',
    evidenceCheck,
    capacityField: capacity.field,
  });
  if (!mapped.ok) throw new AppError('JIRA_BAD_RESPONSE', `${raw.key} could not be read: ${mapped.reason}`);
  const evidence = evidencePropertyFromValue(raw.properties[EVIDENCE_PROPERTY_KEY]);
  return {
    assessment: scoreWorkItem(mapped.item, calendarRead.calendar, settings, today),
    calendar: calendarRead.calendar,
    records: evidence.records,
    untrusted: untrustedEvidence(raw.key, evidence, evidenceCheck),
    unreadableEvidence: evidence.problems,
    canEdit: raw.editable === true,
    capacityField: capacity.field,
    fields: raw.fields,
  };
};
