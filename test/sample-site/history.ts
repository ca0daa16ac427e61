import { freshnessCutoff } from '../../src/domain/dates';
import { buildRiversideHealth } from '../../src/jira/sample-site/data/riverside-health';
import type { SiteIssue, SiteStore } from '../../src/jira/sample-site/model';
import { piByIndex, piIndexOf, type SamplePi } from '../../src/jira/sample-site/pi-calendar';
import type { Verdict } from '../../src/shared/assessment';
import { EVIDENCE_PROPERTY_KEY } from '../../src/shared/evidence';

/**
 * The sample site's data read back the way the trend reconstructs a past PI
 * (issue 11; the app's own reconstruction is src/domain/trend.ts): a PI as it
 * stood at its start. Written here from the built store (histories,
 * properties, links), not from the epic specs, so the tests check what the
 * site serves. The rules, default settings:
 * - in the PI: held its fix version at the PI's start, or got it while it ran;
 * - evidence counts when observed AND added by the start, not removed, field
 *   evidence (not a stakeholder request), and fresh then (18 months);
 * - objectives: today's links and status, target dates compared with the start;
 * - status: not done then (a finished item was still being worked on);
 * - carry-overs: moves out of a started PI before the start (zombie at 2).
 */

export interface PastItem {
  readonly key: string;
  readonly verdict: Verdict;
  readonly size: number | null;
}

export interface PastPi {
  readonly offset: number;
  readonly pi: SamplePi;
  readonly items: readonly PastItem[];
  /** Percent of the sized items' points that only fit (gravity), rounded. */
  readonly gravityShare: number;
}

interface EvidenceRecordLike {
  readonly kind: string;
  readonly observedOn: string;
  readonly addedAt: string;
  readonly removedAt?: string;
}

const FRESHNESS_MONTHS = 18;
const ZOMBIE_AT = 2;

/** Objectives of an epic: its parent chain (3 levels) and the STRAT issues it links to. */
const objectivesOf = (store: SiteStore, issue: SiteIssue): SiteIssue[] => {
  const byId = new Map(store.issues.map((i) => [i.id, i]));
  const out: SiteIssue[] = [];
  let parent = issue.parentId === null ? undefined : byId.get(issue.parentId);
  for (let depth = 0; parent !== undefined && depth < 3; depth += 1) {
    out.push(parent);
    parent = parent.parentId === null ? undefined : byId.get(parent.parentId);
  }
  for (const link of store.links) {
    const other = link.outwardId === issue.id ? byId.get(link.inwardId) : undefined;
    if (other?.projectKey === 'STRAT') out.push(other);
  }
  return out;
};

export const liveObjectivesOn = (store: SiteStore, issue: SiteIssue, day: string): number =>
  objectivesOf(store, issue).filter((o) => store.statuses.find((s) => s.name === o.statusName)?.category !== 'done' && (o.duedate === null || o.duedate >= day)).length;

/** Fresh field evidence the item held on `day` (signed version-2 records only: the older format does not count). */
export const freshFieldEvidenceOn = (store: SiteStore, issue: SiteIssue, day: string): number => {
  const raw = store.initialPropertiesOf(issue.id)?.get(EVIDENCE_PROPERTY_KEY);
  if (raw === undefined) return 0;
  const value = JSON.parse(raw) as { schemaVersion?: number; records?: EvidenceRecordLike[] };
  if (value.schemaVersion !== 2) return 0;
  const cutoff = freshnessCutoff(day, FRESHNESS_MONTHS);
  return (value.records ?? []).filter(
    (r) => r.removedAt === undefined && r.kind !== 'stakeholder-request' && r.observedOn <= day && r.addedAt.slice(0, 10) <= day && r.observedOn >= cutoff,
  ).length;
};

interface FixVersionChange {
  readonly day: string;
  readonly added: string | null;
  readonly removed: string | null;
}

const fixVersionChanges = (store: SiteStore, issue: SiteIssue): FixVersionChange[] =>
  store.historiesOf(issue.id).flatMap((h) =>
    h.items.filter((i) => i.fieldId === 'fixVersions').map((i) => ({ day: h.created.slice(0, 10), added: i.to, removed: i.from })),
  );

const verdictOf = (live: number, fresh: number, carried: number): Verdict => {
  if (live === 0 && fresh === 0) return 'gravity';
  if (carried >= ZOMBIE_AT) return 'zombie';
  if (fresh === 0) return 'ungrounded';
  if (live === 0) return 'unanchored';
  return 'aligned';
};

/** The project's epics in the PI at `offset` from today's, as the PI stood at its start. */
export const pastPi = (store: SiteStore, projectKey: string, offset: number): PastPi => {
  const pi = piByIndex(piIndexOf(store.today) + offset);
  const project = store.projects.find((p) => p.key === projectKey);
  const versionId = store.versions.find((v) => v.projectId === project?.id && v.name === pi.name)?.id;
  if (versionId === undefined) throw new Error(`No version ${pi.name} in ${projectKey}`);
  const startOf = new Map(store.versions.map((v) => [v.id, v.startDate ?? '9999-12-31']));
  const items: PastItem[] = [];
  for (const issue of store.issues.filter((i) => i.projectKey === projectKey && i.typeName === 'Epic')) {
    const changes = fixVersionChanges(store, issue);
    const held = new Set<string>();
    for (const c of changes.filter((x) => x.day < pi.startDate)) {
      if (c.removed !== null) held.delete(c.removed);
      if (c.added !== null) held.add(c.added);
    }
    const joined = changes.some((c) => c.added === versionId && c.day >= pi.startDate && c.day <= pi.endDate);
    if (!held.has(versionId) && !joined) continue;
    const carried = changes.filter((c) => c.removed !== null && c.day < pi.startDate && (startOf.get(c.removed) ?? '9999-12-31') <= c.day).length;
    const verdict = verdictOf(liveObjectivesOn(store, issue, pi.startDate), freshFieldEvidenceOn(store, issue, pi.startDate), carried);
    items.push({ key: issue.key, verdict, size: issue.storyPoints });
  }
  const sized = items.filter((i) => i.size !== null);
  const total = sized.reduce((n, i) => n + (i.size ?? 0), 0);
  const gravity = sized.filter((i) => i.verdict === 'gravity').reduce((n, i) => n + (i.size ?? 0), 0);
  return { offset, pi, items, gravityShare: total === 0 ? 0 : Math.round((gravity / total) * 100) };
};

export const PAST_OFFSETS = [-6, -5, -4, -3, -2, -1] as const;

/** The six past PIs of a project on `today`, oldest first. */
export const pastPis = (today: string, projectKey: string): PastPi[] => {
  const store = buildRiversideHealth(today);
  return PAST_OFFSETS.map((offset) => pastPi(store, projectKey, offset));
};
