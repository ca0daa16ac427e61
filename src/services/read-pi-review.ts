import type { EvidenceCheck } from '../jira/evidence-mac';
import type { JiraClient } from '../jira/client';
import { keysJql } from '../jira/jql';
import { trustedDecisions } from '../jira/map-decisions';
import { DECISIONS_PROPERTY_KEY, type DecisionLogEntry, type DecisionRecord, type RegisterEntry } from '../shared/decision';
import type { PiReview } from '../shared/payloads';
import type { ScopeReport } from '../shared/report';
import type { PiSelector, ScopeSpec } from '../shared/scope';
import type { Settings } from '../shared/settings';
import { listBaselines } from '../storage/baseline-store';
import type { KeyValueStore } from '../storage/key-value-store';
import { listRegister } from '../storage/register-store';
import { withBaseline } from './baseline-drift';
import type { ProjectSettings } from './project-settings';
import { readScopeReport } from './read-scope-report';

/**
 * The PI review page's data, read as the person. Jira requests, for a report
 * of N items: those of readScopeReport (ceil(N/100) searches plus the
 * calendar and objectives; a board scope adds its configuration), one
 * /mypermissions request (Edit issues and Administer projects together), one
 * more board configuration read for a board scope (its projects, for the
 * register), and ceil(N/100) searches `key in (...)` for the decision log
 * (fields summary only, the decisions property inline). Forge storage: the
 * newest baseline and the baseline list (one prefix query each) and one
 * prefix query per project of the register.
 */

export interface PiReviewDeps {
  readonly client: JiraClient;
  readonly kvs: KeyValueStore;
  readonly settingsOf: Settings | ProjectSettings;
  readonly evidenceCheck: EvidenceCheck;
  readonly today: string;
}

export const DECISION_LOG_PAGE = 100;

/** Jira issue keys start with the project key. */
const projectOfKey = (issueKey: string): string => issueKey.slice(0, issueKey.lastIndexOf('-'));

const chunks = <T>(values: readonly T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
};

/** The projects whose register the page lists: the scope's project, a board's projects, or the projects of a JQL scope's items. */
const projectsOfScope = async (client: JiraClient, scope: ScopeSpec, report: ScopeReport): Promise<string[]> => {
  if (scope.kind === 'project') return [scope.projectKey];
  const ofItems = report.items.map((a) => projectOfKey(a.key));
  const ofBoard = scope.kind === 'board' ? (await client.boardScope(scope.boardId)).projectKeys : [];
  return [...new Set([...ofBoard, ...ofItems])].sort();
};

const newestFirst = (a: DecisionLogEntry, b: DecisionLogEntry): number =>
  a.record.decidedAt !== b.record.decidedAt
    ? a.record.decidedAt < b.record.decidedAt
      ? 1
      : -1
    : a.issueKey !== b.issueKey
      ? a.issueKey < b.issueKey
        ? -1
        : 1
      : b.record.version - a.record.version;

/** A register entry as a decision log line (a dropped item is no longer in the report, so its property is not read again). */
export const registerEntryAsLog = (entry: RegisterEntry): DecisionLogEntry => ({
  issueKey: entry.issueKey,
  summary: entry.summary,
  record: {
    id: `register-${entry.issueKey}-${entry.version}`,
    version: entry.version,
    pi: entry.pi,
    kind: 'drop',
    rationale: entry.rationale,
    verdictAtDecision: entry.verdictAtDecision,
    decidedBy: entry.decidedBy,
    decidedAt: entry.decidedAt,
    removedFromPi: [...entry.removedFromPi],
  } satisfies DecisionRecord,
});

/**
 * The decision log of a PI: every trusted decision record for the PI on the
 * report's items, plus the register's drops of this PI for items no longer in
 * the report; newest first, one line per issue and version.
 */
export const readDecisionLog = async (
  client: JiraClient,
  check: EvidenceCheck,
  itemKeys: readonly string[],
  piName: string,
  register: readonly RegisterEntry[],
): Promise<DecisionLogEntry[]> => {
  const byLine = new Map<string, DecisionLogEntry>();
  for (const keys of chunks(itemKeys, DECISION_LOG_PAGE)) {
    const issues = await client.search({ jql: keysJql(keys), fields: ['summary'], properties: [DECISIONS_PROPERTY_KEY] });
    for (const issue of issues) {
      const summary = typeof issue.fields['summary'] === 'string' ? issue.fields['summary'] : '';
      for (const record of trustedDecisions(issue.key, issue.properties[DECISIONS_PROPERTY_KEY], check)) {
        if (record.pi === piName) byLine.set(`${issue.key}#${record.version}`, { issueKey: issue.key, summary, record });
      }
    }
  }
  const inReport = new Set(itemKeys);
  for (const entry of register) {
    const line = `${entry.issueKey}#${entry.version}`;
    if (entry.pi === piName && !inReport.has(entry.issueKey) && !byLine.has(line)) byLine.set(line, registerEntryAsLog(entry));
  }
  return [...byLine.values()].sort(newestFirst);
};

/** One /mypermissions request in the project: Edit issues (decide) and Administer projects (commit). */
const permissionsIn = async (client: JiraClient, projectKey: string | null): Promise<{ canDecide: boolean; canCommit: boolean }> => {
  if (projectKey === null) return { canDecide: false, canCommit: false };
  const granted = await client.myPermissions({ projectKey }, ['BROWSE_PROJECTS', 'EDIT_ISSUES', 'ADMINISTER_PROJECTS']);
  const browse = granted['BROWSE_PROJECTS'] === true;
  return { canDecide: browse && granted['EDIT_ISSUES'] === true, canCommit: browse && granted['ADMINISTER_PROJECTS'] === true };
};

export const readPiReview = async (deps: PiReviewDeps, scope: ScopeSpec, selector: PiSelector): Promise<PiReview> => {
  const { client, kvs } = deps;
  const scoped = await readScopeReport(client, deps.settingsOf, scope, selector, deps.today, deps.evidenceCheck);
  const projectKey = scope.kind === 'project' ? scope.projectKey : null;
  const report = await withBaseline(kvs, scoped, projectKey);
  const projects = await projectsOfScope(client, scope, report);
  // Decide: in the scope's project; for a board or JQL scope, in its first project (each item is checked again on save).
  const { canDecide, canCommit: adminInDecideProject } = await permissionsIn(client, projectKey ?? projects[0] ?? null);
  const canCommit = projectKey !== null && adminInDecideProject;
  const register = await listRegister(kvs, projects);
  const piName = report.pi?.name ?? null;
  const baselineVersions = projectKey === null || piName === null ? [] : await listBaselines(kvs, projectKey, piName);
  const decisionLog =
    piName === null ? [] : await readDecisionLog(client, deps.evidenceCheck, report.items.map((a) => a.key), piName, register);
  return { report, projectKey, canDecide, canCommit, baselineVersions, decisionLog, register };
};
