import type { JiraClient, RawIssue } from '../jira/client';
import { DECISIONS_PROPERTY_KEY } from '../shared/decision';
import { ASSESSMENT_PROPERTY_KEY, EVIDENCE_PROPERTY_KEY } from '../shared/evidence';
import { isAppError } from '../shared/result';
import type { KeyValueStore } from '../storage/key-value-store';
import { readEvidenceSigner } from '../storage/evidence-signature';
import { assessByProject, fieldsForSettings, hasType, issueHead } from './assess-raw-items';
import { readProjectSettings } from './project-settings';
import { rememberingCalendarReads } from './read-pi-calendar';
import { changedAssessments } from './rescore-property';

/**
 * Background re-scoring of issues by id (triggers, the daily re-score, the
 * queue consumer), as the app. Every project's settings are read once (one
 * storage query by prefix). Requests for a batch of up to 100 ids: one
 * search, then per project: the PI calendar, objective look-ups (one per 100
 * keys and parent level, shared by projects with the same objective
 * settings) and a changelog bulkfetch only for histories Jira cut short;
 * then ONE bulk property write (POST /rest/api/3/issue/properties/multi) for
 * the items whose assessment changed, none when nothing changed. Items are
 * scored by the same step as scope reports (assessByProject), so the
 * property JQL reads holds the verdict the gadget and the panel show.
 */

export const IDS_PER_SEARCH = 100;

export interface RescoreOutcome {
  /** Work items scored. */
  readonly scored: number;
  /** Assessment properties written (changed). */
  readonly written: number;
  /** Changed issues that are strategic objectives: their work items need re-scoring too. */
  readonly objectives: readonly { readonly id: string; readonly key: string }[];
  readonly unreadable: readonly { readonly key: string; readonly reason: string }[];
}

/** `key in (ids)`: ids are digits only (checked), unquoted like Jira's own ids. */
const idsJql = (ids: readonly string[]): string => `key in (${ids.join(', ')}) ORDER BY key ASC`;

/**
 * One search for up to 100 ids. Jira refuses the whole query when one id no
 * longer exists (deleted since it was queued): the batch is then halved until
 * the missing ids are left out.
 */
const searchIds = async (client: JiraClient, ids: readonly string[], fields: readonly string[]): Promise<RawIssue[]> => {
  if (ids.length === 0) return [];
  try {
    return await client.search({
      jql: idsJql(ids),
      fields,
      // Jira returns at most 5 properties per search (jira-openapi GET /rest/api/3/search/jql `properties`: "up to 5"): 3 here.
      properties: [EVIDENCE_PROPERTY_KEY, DECISIONS_PROPERTY_KEY, ASSESSMENT_PROPERTY_KEY],
      pageSize: IDS_PER_SEARCH,
    });
  } catch (error) {
    if (!isAppError(error) || error.code !== 'JIRA_BAD_REQUEST' || ids.length === 1) {
      if (isAppError(error) && error.code === 'JIRA_BAD_REQUEST') return [];
      throw error;
    }
    const middle = Math.ceil(ids.length / 2);
    return [...(await searchIds(client, ids.slice(0, middle), fields)), ...(await searchIds(client, ids.slice(middle), fields))];
  }
};

export const rescoreItems = async (
  rawClient: JiraClient,
  kvs: KeyValueStore,
  issueIds: readonly string[],
  today: string,
): Promise<RescoreOutcome> => {
  const ids = [...new Set(issueIds)].filter((id) => /^\d{1,18}$/.test(id));
  if (ids.length === 0) return { scored: 0, written: 0, objectives: [], unreadable: [] };
  const client = rememberingCalendarReads(rawClient);
  const settingsOf = await readProjectSettings(kvs);
  const { check } = await readEvidenceSigner(kvs);
  const fields = fieldsForSettings(settingsOf.all);

  const issues: RawIssue[] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_SEARCH) issues.push(...(await searchIds(client, ids.slice(i, i + IDS_PER_SEARCH), fields)));

  const objectives: { id: string; key: string }[] = [];
  for (const raw of issues) {
    const head = issueHead(raw);
    if (head !== null && hasType(settingsOf.of(head.projectKey).settings.objectives.issueTypes, head.type)) objectives.push({ id: raw.id, key: raw.key });
  }

  // Only signed evidence counts, so an assessment property written or forged outside the app is overwritten by the trusted one.
  const { assessed, unreadable } = await assessByProject(client, settingsOf, issues, today, { evidenceCheck: check });
  const changed = changedAssessments(assessed, today);
  if (changed.length > 0) await client.setIssuePropertyBulk(ASSESSMENT_PROPERTY_KEY, changed);
  return { scored: assessed.length, written: changed.length, objectives, unreadable };
};
