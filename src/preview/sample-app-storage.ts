import { createJiraClient } from '../jira/create-client';
import { quote } from '../jira/jql';
import { trustedDecisions } from '../jira/map-decisions';
import { sampleEvidenceSigner } from '../jira/sample-site/evidence-key';
import type { JiraTransport } from '../jira/transport';
import { DECISIONS_PROPERTY_KEY, type RegisterEntry } from '../shared/decision';
import { baselineItemOf } from '../domain/drift';
import { addDays, daysBetween } from '../jira/sample-site/dates';
import { piByIndex, piIndexOf } from '../jira/sample-site/pi-calendar';
import { userById } from '../jira/sample-site/users';
import type { BaselineItem } from '../shared/baseline';
import { DEFAULT_SETTINGS } from '../shared/settings';
import { commitBaselineVersion, listBaselines } from '../storage/baseline-store';
import type { KeyValueStore } from '../storage/key-value-store';
import { addRegisterEntry, registerKey } from '../storage/register-store';
import { readScopeReport } from '../services/read-scope-report';

/**
 * The sample site's app-storage data, which lives in Forge storage on a real
 * site and so is not in the site's issues: the not-doing register entries of
 * the epics the site's data dropped from the current PI
 * (src/jira/sample-site/data/governance.ts). They are read from the site
 * itself, as Alex: every signed drop record of an epic of CLIN or PAT becomes
 * the register entry the app would have written when recording it, so the
 * register and the decision log always agree.
 *
 * Idempotent: an entry already stored under its key (project, issue, version)
 * is left as it is, so a second call adds nothing.
 *
 * And the committed baseline of CLIN's current PI, so the PI review page, the
 * gadget and `scan` show drift. It is demo data, built from the real report
 * (default settings, as the preview starts) and then changed on purpose:
 * committed by Alex early in the PI (before the site's decisions were made),
 * without CLIN-19 and CLIN-20 (so they show as added after commit), with
 * CLIN-17 as it would have stood with two fresh field evidence records from
 * two sources
 * (aligned then, ungrounded now: worsened, evidence expired), and with the
 * dropped CLIN-26 still in it (removed since commit). Its items keep their
 * sizes (story points) and the baseline its unit, as a commit does now.
 *
 * And a committed baseline of a PAST CLIN PI (two before the current one), so
 * the trend shows a committed point beside the reconstructed ones: the three
 * epics that held that PI at its start (src/jira/sample-site/data/riverside-epics.ts,
 * `trend`), as they stood when Alex committed it on the PI's first day.
 */

const SEEDED_PROJECTS = ['CLIN', 'PAT'] as const;

/** The register entries of the site's drop decisions, oldest first. */
export const sampleRegisterEntries = async (asAlex: JiraTransport): Promise<RegisterEntry[]> => {
  const client = createJiraClient(asAlex);
  const issues = await client.search({
    jql: `project in (${SEEDED_PROJECTS.map(quote).join(', ')}) AND issuetype = Epic ORDER BY key ASC`,
    fields: ['summary', 'project'],
    properties: [DECISIONS_PROPERTY_KEY],
    pageSize: 100,
  });
  return issues.flatMap((issue) => {
    const projectKey = (issue.fields['project'] as { key?: unknown } | undefined)?.key;
    const summary = issue.fields['summary'];
    return trustedDecisions(issue.key, issue.properties[DECISIONS_PROPERTY_KEY], sampleEvidenceSigner.check)
      .filter((r) => r.kind === 'drop')
      .map((r): RegisterEntry => ({
        issueKey: issue.key,
        summary: typeof summary === 'string' ? summary : issue.key,
        projectKey: typeof projectKey === 'string' ? projectKey : issue.key.slice(0, issue.key.lastIndexOf('-')),
        pi: r.pi,
        rationale: r.rationale,
        decidedBy: r.decidedBy,
        decidedAt: r.decidedAt,
        version: r.version,
        verdictAtDecision: r.verdictAtDecision,
        removedFromPi: r.removedFromPi ?? [],
      }));
  });
};

const BASELINE_PROJECT = 'CLIN';
/** Left out of the seeded baseline: planned into the PI after commit. */
const ADDED_AFTER_COMMIT = new Set(['CLIN-19', 'CLIN-20']);
/** Better at commit than now: its evidence has aged out since. */
const WORSENED = 'CLIN-17';
/** In the PI at commit, dropped from it later (src/jira/sample-site/data/governance.ts). */
const DROPPED_SINCE = 'CLIN-26';

/** CLIN-26 as it stood at commit: planned in the PI with nothing behind it (it was dropped for that reason). */
const droppedItem = (summary: string): BaselineItem => ({
  key: DROPPED_SINCE,
  summary,
  verdict: 'gravity',
  score: 10,
  forces: { strategy: 0, evidence: 0, delivery: 100 },
  findings: ['NO_OBJECTIVE', 'NO_EVIDENCE', 'ONLY_FITS'],
  counts: { objectives: 0, liveObjectives: 0, evidence: 0, freshEvidence: 0 },
  size: 5,
  decision: null,
});

/** CLIN's current PI committed early in the PI, with the demo changes above; nothing when a baseline of that PI is already stored. */
const seedBaseline = async (kvs: KeyValueStore, asAlex: JiraTransport, today: string): Promise<void> => {
  const client = createJiraClient(asAlex);
  const report = await readScopeReport(client, DEFAULT_SETTINGS, { kind: 'project', projectKey: BASELINE_PROJECT }, 'current', today, sampleEvidenceSigner.check, { candidates: false });
  const pi = report.pi;
  if (pi === null || (await listBaselines(kvs, BASELINE_PROJECT, pi.name)).length > 0) return;
  const items = report.items
    .filter((a) => !ADDED_AFTER_COMMIT.has(a.key))
    .map(baselineItemOf)
    // Committed before any of the site's decisions was made: none applied then.
    .map((item): BaselineItem => ({ ...item, decision: null, findings: item.findings.filter((code) => code !== 'KEPT_BY_DECISION' && code !== 'REJUSTIFY_OVERDUE') }))
    .map((item): BaselineItem =>
      item.key === WORSENED
        ? {
            ...item,
            verdict: 'aligned' as const,
            score: 70,
            forces: { ...item.forces, evidence: 67 },
            findings: ['SINGLE_SOURCE' as const],
            counts: { ...item.counts, evidence: item.counts.evidence + 2, freshEvidence: item.counts.freshEvidence + 2 },
          }
        : item,
    );
  const [dropped] = await client.search({ jql: `key = ${DROPPED_SINCE}`, fields: ['summary'], pageSize: 1 });
  const summary = dropped?.fields['summary'];
  items.push(droppedItem(typeof summary === 'string' ? summary : DROPPED_SINCE));
  // Before the site's first decision (a third of the way into the PI): src/jira/sample-site/data/governance.ts.
  const committedOn = addDays(pi.startDate, Math.floor(Math.max(0, daysBetween(pi.startDate, today)) / 6));
  const alex = userById('alex');
  await commitBaselineVersion(kvs, {
    projectKey: BASELINE_PROJECT,
    pi,
    committedAt: `${committedOn}T09:00:00.000Z`,
    committedBy: { accountId: alex.accountId, displayName: alex.displayName },
    capacityUnit: 'points',
    items,
    commitId: 'sample-baseline',
  });
};

/** How many PIs before the current one the seeded past baseline is. */
export const PAST_BASELINE_OFFSET = -2;

/**
 * The past PI's items at commit, worst first, as the scorer rated them then
 * (default settings): CLIN-36 only fit (its observation was added to it
 * later, while the PI ran); CLIN-13 had its live objective and no evidence
 * yet, after one carry-over; CLIN-21 had a live initiative and one fresh
 * interview. Sizes are their story points.
 */
const PAST_ITEMS: readonly Omit<BaselineItem, 'summary'>[] = [
  {
    key: 'CLIN-36', verdict: 'gravity', score: 10, forces: { strategy: 0, evidence: 0, delivery: 100 },
    findings: ['NO_OBJECTIVE', 'NO_EVIDENCE', 'ONLY_FITS'], counts: { objectives: 0, liveObjectives: 0, evidence: 0, freshEvidence: 0 }, size: 3, decision: null,
  },
  {
    key: 'CLIN-13', verdict: 'ungrounded', score: 20, forces: { strategy: 100, evidence: 0, delivery: 100 },
    findings: ['NO_EVIDENCE', 'CARRIED_OVER'], counts: { objectives: 1, liveObjectives: 1, evidence: 0, freshEvidence: 0 }, size: 8, decision: null,
  },
  {
    key: 'CLIN-21', verdict: 'aligned', score: 60, forces: { strategy: 100, evidence: 50, delivery: 100 },
    findings: ['SINGLE_SOURCE'], counts: { objectives: 1, liveObjectives: 1, evidence: 1, freshEvidence: 1 }, size: 5, decision: null,
  },
];

/** CLIN's PI two before the current one, committed on its first day; nothing when a baseline of that PI is already stored. */
const seedPastBaseline = async (kvs: KeyValueStore, asAlex: JiraTransport, today: string): Promise<void> => {
  const past = piByIndex(piIndexOf(today) + PAST_BASELINE_OFFSET);
  const pi = { name: past.name, startDate: past.startDate, endDate: past.endDate };
  if ((await listBaselines(kvs, BASELINE_PROJECT, pi.name)).length > 0) return;
  const client = createJiraClient(asAlex);
  const found = await client.search({ jql: `key in (${PAST_ITEMS.map((i) => i.key).join(', ')})`, fields: ['summary'], pageSize: PAST_ITEMS.length });
  const summaryOf = (key: string): string => {
    const summary = found.find((issue) => issue.key === key)?.fields['summary'];
    return typeof summary === 'string' ? summary : key;
  };
  const alex = userById('alex');
  await commitBaselineVersion(kvs, {
    projectKey: BASELINE_PROJECT,
    pi,
    committedAt: `${pi.startDate}T09:00:00.000Z`,
    committedBy: { accountId: alex.accountId, displayName: alex.displayName },
    capacityUnit: 'points',
    items: PAST_ITEMS.map((item): BaselineItem => ({ ...item, summary: summaryOf(item.key) })),
    commitId: 'sample-baseline-past',
  });
};

/** Puts the sample site's app-storage data (the not-doing register, CLIN's committed baselines) into `kvs`; `today` is the site's date. */
export const seedSampleAppStorage = async (kvs: KeyValueStore, asAlex: JiraTransport, today: string): Promise<void> => {
  for (const entry of await sampleRegisterEntries(asAlex)) {
    if ((await kvs.get(registerKey(entry))) === undefined) await addRegisterEntry(kvs, entry);
  }
  await seedBaseline(kvs, asAlex, today);
  await seedPastBaseline(kvs, asAlex, today);
};
