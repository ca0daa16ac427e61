import { z } from 'zod';
import { normaliseName } from '../domain';
import type { JiraClient, RawIssue } from '../jira/client';
import { sprintsOfIssues } from '../jira/map-sprint';
import { workItemFields } from '../jira/map-work-item';
import { ASSESSMENT_PROPERTY_KEY, EVIDENCE_PROPERTY_KEY } from '../shared/evidence';
import { isAppError } from '../shared/result';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import type { KeyValueStore } from '../storage/key-value-store';
import { configuredProjects, readSettings } from '../storage/settings-store';
import { assessRawItems } from './assess-raw-items';
import { readPiCalendar } from './read-pi-calendar';
import { writeAssessmentIfChanged } from './rescore-property';

/**
 * Background re-scoring of issues by id (triggers, the daily re-score, the
 * queue consumer), as the app. Requests for a batch of up to 100 ids: one
 * search, then per project: the PI calendar, objective look-ups (one per 100
 * keys and parent level), one changelog bulkfetch, and one property write per
 * item whose assessment changed.
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

const IssueHeadSchema = z.object({
  project: z.object({ key: z.string() }),
  issuetype: z.object({ name: z.string() }),
});

const head = (raw: RawIssue) => {
  const parsed = IssueHeadSchema.safeParse(raw.fields);
  return parsed.success ? { projectKey: parsed.data.project.key, type: normaliseName(parsed.data.issuetype.name) } : null;
};

const hasType = (types: readonly string[], type: string): boolean => types.some((t) => normaliseName(t) === type);

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
      properties: [EVIDENCE_PROPERTY_KEY, ASSESSMENT_PROPERTY_KEY],
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

const rescoreProject = async (
  client: JiraClient,
  settings: Settings,
  projectKey: string,
  items: readonly RawIssue[],
  today: string,
): Promise<{ scored: number; written: number; unreadable: { key: string; reason: string }[] }> => {
  if (items.length === 0) return { scored: 0, written: 0, unreadable: [] };
  const itemSprints = settings.pi.source === 'sprint' ? sprintsOfIssues(items, settings.pi.sprintFieldId) : [];
  const { calendar } = await readPiCalendar(client, settings, { projectKeys: [projectKey], itemSprints }, today);
  const { assessed, unreadable } = await assessRawItems(client, settings, calendar, items, today);
  let written = 0;
  for (const { raw, assessment } of assessed) {
    if (await writeAssessmentIfChanged(client, assessment, today, { value: raw.properties[ASSESSMENT_PROPERTY_KEY] })) written += 1;
  }
  return { scored: assessed.length, written, unreadable };
};

export const rescoreItems = async (
  client: JiraClient,
  kvs: KeyValueStore,
  issueIds: readonly string[],
  today: string,
): Promise<RescoreOutcome> => {
  const ids = [...new Set(issueIds)].filter((id) => /^\d{1,18}$/.test(id));
  const configured = await configuredProjects(kvs);
  const settingsByProject = new Map<string, Settings>();
  for (const key of configured) settingsByProject.set(key, (await readSettings(kvs, key)).settings);
  const fields = [...new Set([DEFAULT_SETTINGS, ...settingsByProject.values()].flatMap(workItemFields))];

  const issues: RawIssue[] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_SEARCH) issues.push(...(await searchIds(client, ids.slice(i, i + IDS_PER_SEARCH), fields)));

  const byProject = new Map<string, RawIssue[]>();
  const objectives: { id: string; key: string }[] = [];
  for (const raw of issues) {
    const h = head(raw);
    if (h === null) continue;
    const settings = settingsByProject.get(h.projectKey) ?? DEFAULT_SETTINGS;
    if (hasType(settings.objectives.issueTypes, h.type)) objectives.push({ id: raw.id, key: raw.key });
    if (!hasType(settings.workItemTypes, h.type)) continue;
    byProject.set(h.projectKey, [...(byProject.get(h.projectKey) ?? []), raw]);
  }

  let scored = 0;
  let written = 0;
  const unreadable: { key: string; reason: string }[] = [];
  for (const [projectKey, items] of byProject) {
    const result = await rescoreProject(client, settingsByProject.get(projectKey) ?? DEFAULT_SETTINGS, projectKey, items, today);
    scored += result.scored;
    written += result.written;
    unreadable.push(...result.unreadable);
  }
  return { scored, written, objectives, unreadable };
};
