import { scoreWorkItem, type Assessment, type PiCalendar, type WorkItem } from '../../src/domain';
import type { RawHistory, RawIssue } from '../../src/jira/client';
import { createJiraClient } from '../../src/jira/create-client';
import { piFieldIdOf } from '../../src/jira/map-history';
import type { ObjectiveDetails } from '../../src/jira/map-objectives';
import { mapWorkItem, workItemFields } from '../../src/jira/map-work-item';
import { generateLargeSite } from '../../src/jira/sample-site';
import type { JiraTransport } from '../../src/jira/transport';
import { readObjectiveDetails } from '../../src/services/read-objectives';
import { readPiCalendar } from '../../src/services/read-pi-calendar';
import { EVIDENCE_PROPERTY_KEY } from '../../src/shared/evidence';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';

/**
 * What scoring N work items starts from, read once from a generated site the
 * way readScopeReport reads it: the search pages with their histories inline
 * (their raw bodies kept for the JSON.parse baseline), the objectives they
 * reach and the PI calendar.
 */
export interface ScoringInputs {
  readonly settings: Settings;
  readonly today: string;
  /** The raw bodies of the work-item search pages, as Jira sent them. */
  readonly searchBodies: readonly string[];
  readonly raws: readonly RawIssue[];
  readonly objectives: ReadonlyMap<string, ObjectiveDetails | null>;
  readonly histories: ReadonlyMap<string, readonly RawHistory[]>;
  readonly calendar: PiCalendar;
}

export const BENCH_SEED = 20261126;

export const prepareScoringInputs = async (epics: number, today: string): Promise<ScoringInputs> => {
  const settings = DEFAULT_SETTINGS;
  const site = generateLargeSite({ today, epics, seed: BENCH_SEED });
  const siteTransport = site.transport();
  const searchBodies: string[] = [];
  let recording = true;
  const transport: JiraTransport = async (request) => {
    const response = await siteTransport(request);
    if (recording) searchBodies.push(response.body);
    return response;
  };
  const client = createJiraClient(transport);
  const raws = await client.search({
    jql: 'issuetype = "Epic" ORDER BY key ASC',
    fields: workItemFields(settings),
    properties: [EVIDENCE_PROPERTY_KEY],
    pageSize: 100,
    expand: ['changelog'],
  });
  recording = false;
  if (raws.length !== epics) throw new Error(`The site returned ${raws.length} epics, expected ${epics}`);
  const projectKeys = [...new Set(raws.map((r) => r.key.replace(/-\d+$/, '')))];
  const { calendar } = await readPiCalendar(client, settings, { projectKeys }, today);
  const objectives = await readObjectiveDetails(client, settings, raws);
  // As readScopeReport: histories inline with the search, a bulkfetch only for those Jira cut short.
  const histories = new Map<string, readonly RawHistory[]>();
  const cutShort: string[] = [];
  for (const raw of raws) {
    if (raw.changelog?.complete === true) histories.set(raw.id, raw.changelog.histories);
    else cutShort.push(raw.id);
  }
  if (cutShort.length > 0) for (const [id, h] of await client.changelogs(cutShort, [piFieldIdOf(settings.pi)])) histories.set(id, h);
  return { settings, today, searchBodies, raws, objectives, histories, calendar };
};

/** JSON.parse of every search page body: the floor of reading the items at all. */
export const parseBodies = (inputs: ScoringInputs): number => {
  let issues = 0;
  for (const body of inputs.searchBodies) issues += (JSON.parse(body) as { issues: unknown[] }).issues.length;
  return issues;
};

export interface HeapProbe {
  /** Highest heapUsed seen. */
  peak: number;
}

const SAMPLE_EVERY = 256;

/**
 * mapWorkItem + scoreWorkItem over every item, as readScopeReport does; the
 * assessments are kept (a report holds them all). With a probe, heapUsed is
 * sampled every 256 items.
 */
export const mapAndScore = (inputs: ScoringInputs, probe?: HeapProbe): Assessment[] => {
  const { settings, objectives, histories, calendar, today } = inputs;
  const assessments: Assessment[] = [];
  let i = 0;
  for (const raw of inputs.raws) {
    const mapped = mapWorkItem(raw, { settings, objectives, histories: histories.get(raw.id) ?? [], webLinks: null });
    if (mapped.ok) assessments.push(scoreWorkItem(mapped.item, calendar, settings, today));
    i += 1;
    if (probe !== undefined && i % SAMPLE_EVERY === 0) probe.peak = Math.max(probe.peak, process.memoryUsage().heapUsed);
  }
  if (probe !== undefined) probe.peak = Math.max(probe.peak, process.memoryUsage().heapUsed);
  if (assessments.length === 0) throw new Error('Nothing was scored');
  return assessments;
};

/** The two halves of mapAndScore, apart: mapWorkItem alone, then scoreWorkItem over items mapped beforehand. */
export const mapOnly = (inputs: ScoringInputs): WorkItem[] => {
  const { settings, objectives, histories } = inputs;
  const items: WorkItem[] = [];
  for (const raw of inputs.raws) {
    const mapped = mapWorkItem(raw, { settings, objectives, histories: histories.get(raw.id) ?? [], webLinks: null });
    if (mapped.ok) items.push(mapped.item);
  }
  return items;
};

export const scoreOnly = (inputs: ScoringInputs, items: readonly WorkItem[]): Assessment[] =>
  items.map((item) => scoreWorkItem(item, inputs.calendar, inputs.settings, inputs.today));
