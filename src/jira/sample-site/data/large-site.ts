import { EVIDENCE_PROPERTY_KEY, type EvidenceKind } from '../../../shared/evidence';
import { addDays, jiraDateTime } from '../dates';
import { sampleEvidenceSigner } from '../evidence-key';
import type { SiteHistory, SiteIssue, SiteRemoteLink, SiteStore } from '../model';
import { userById } from '../users';
import { LINK_TYPE_ID } from './catalog';
import { builderContext, createdDateFor, planChanges, statusChanges } from './plan-history';
import { itemSeed, mulberry32, pick } from './prng';
import { SiteBuilder } from './site-builder';

/**
 * A generated site for benchmarks: `epics` epics spread over up to 20 epic
 * projects (EA, EB, ...; 5,000 epics each), objectives in project OBJ, a
 * realistic mix of verdicts. Deterministic for a seed. Memory-lean: issues
 * share their version and sprint arrays, and evidence, web links and
 * histories are generated on demand from the epic's seed. Epics carry
 * story points (a few unsized), so capacity is measured at scale too.
 */

const EPICS_PER_PROJECT = 5000;
const ALEX = userById('alex').accountId;
const PRIYA = userById('priya').accountId;

/** PI plans (offsets from today's PI, oldest first) and how often each occurs. */
const PLANS: readonly { plan: readonly number[]; weight: number }[] = [
  { plan: [0], weight: 20 },
  { plan: [1], weight: 20 },
  { plan: [-1, 0], weight: 7 },
  { plan: [0, 1], weight: 5 },
  { plan: [-2, -1, 0], weight: 4 },
  { plan: [-1, 0, 1], weight: 3 },
  { plan: [-3, -2, -1, 0], weight: 1 },
  { plan: [-1], weight: 8 },
  { plan: [-2], weight: 6 },
  { plan: [-3], weight: 5 },
  { plan: [2], weight: 6 },
  { plan: [1, 2], weight: 3 },
  { plan: [], weight: 12 },
];
const PLAN_TOTAL = PLANS.reduce((s, p) => s + p.weight, 0);

/**
 * Story points (customfield_10016) by epic index, not drawn from the seeded
 * generator so every other value stays what it was: the teams' scale in a
 * fixed spread, one epic in 25 unsized.
 */
const POINT_SCALE = [1, 2, 3, 5, 8, 13, 20] as const;
const pointsOf = (i: number): number | null => (i % 25 === 24 ? null : (POINT_SCALE[(i * 5 + Math.floor(i / 7)) % POINT_SCALE.length] ?? null));

type EvidenceMix = 0 | 1 | 2 | 3; // none, fresh field, stale only, stakeholder request only

const AREAS = ['Nurse handover', 'Cardiology referral', 'Medication reconciliation', 'Bed management', 'Discharge summary', 'Patient portal', 'Outpatient booking', 'Theatre scheduling', 'Pharmacy stock', 'Maternity triage', 'Radiology reporting', 'Pathology results'];
const ASPECTS = ['intake form', 'status board', 'mobile view', 'audit trail', 'alerts', 'print view', 'integration', 'search', 'dashboard', 'self-service', 'work queue', 'checklist'];
const KINDS: readonly EvidenceKind[] = ['interview', 'observation', 'survey', 'analytics', 'support', 'win-loss'];
const SOURCES = ['Ward 4B nurses', 'Dr. Amara Osei', 'Patient flow team', 'Outpatient survey', 'Service desk', 'Pharmacy team', 'Referral network review', 'Bed occupancy data set'];

const letterKey = (i: number): string => `E${String.fromCharCode(65 + i)}`;

export const buildLargeSite = (today: string, epicCount: number, seed: number): SiteStore => {
  const b = new SiteBuilder(today);
  const rng = mulberry32(seed);
  const projectCount = Math.min(20, Math.max(1, Math.ceil(epicCount / EPICS_PER_PROJECT)));
  const projectKeys = Array.from({ length: projectCount }, (_, i) => letterKey(i));
  for (const key of projectKeys) b.addProject(key, `Train ${key.slice(1)} epics`);
  b.addProject('OBJ', 'Strategic objectives');
  const boardOf = new Map<string, number>();
  for (const key of projectKeys) boardOf.set(key, b.addBoard(`${key} PI board`, 'scrum', key, `project = ${key} ORDER BY Rank ASC`, ALEX).id);
  b.addBoard('ART board', 'scrum', projectKeys[0] ?? 'OBJ', `project in (${projectKeys.join(', ')}) AND issuetype = Epic ORDER BY Rank ASC`, ALEX, false);
  b.addPis(projectKeys, [-3, -2, -1, 0, 1, 2]);
  const ctx = builderContext(b);

  // Objectives: mostly live, some Done, some past their target date.
  const objectiveCount = Math.min(4000, Math.max(6, Math.ceil(epicCount / 25)));
  const objCreated = jiraDateTime(addDays(today, -500), '09:30');
  const objectives: SiteIssue[] = [];
  for (let i = 0; i < objectiveCount; i++) {
    const r = rng();
    const typeName = i % 3 === 0 ? 'Initiative' : 'Objective';
    const [statusName, duedate] =
      r < 0.12 ? ['Done', addDays(today, -100)] : r < 0.25 ? ['In Progress', addDays(today, -20 - Math.floor(rng() * 200))] : [r < 0.5 ? 'To Do' : 'In Progress', rng() < 0.5 ? null : addDays(today, 30 + Math.floor(rng() * 400))];
    objectives.push(b.addIssue({ projectKey: 'OBJ', summary: `${pick(rng, AREAS)} objective ${i + 1}`, typeName, statusName, duedate: duedate ?? null, created: objCreated, updated: objCreated }));
  }

  // Shared arrays: one per (project, plan).
  const shared = new Map<string, { versions: readonly string[]; sprints: readonly number[] }>();
  const planIndexOf = new Uint8Array(epicCount);
  const evidenceOf = new Uint8Array(epicCount);
  const firstEpicId = 10_000 + b.issues.length;
  const createdMemo = new Map<string, { created: string; updated: string; resolutionDate: string | null }>();
  const NO_LABELS: readonly string[] = [];
  const CAPACITY: readonly string[] = ['capacity-fill'];

  for (let i = 0; i < epicCount; i++) {
    const projectKey = projectKeys[Math.floor(i / EPICS_PER_PROJECT) % projectCount] ?? 'EA';
    let w = rng() * PLAN_TOTAL;
    let planIndex = 0;
    while (planIndex < PLANS.length - 1 && w >= (PLANS[planIndex]?.weight ?? 0)) {
      w -= PLANS[planIndex]?.weight ?? 0;
      planIndex++;
    }
    const plan = PLANS[planIndex]?.plan ?? [];
    const last = plan[plan.length - 1];
    const cacheKey = `${projectKey}:${planIndex}`;
    let arrays = shared.get(cacheKey);
    if (arrays === undefined) {
      const boardId = boardOf.get(projectKey) ?? 0;
      arrays = {
        versions: last === undefined ? [] : [ctx.versionId(last, projectKey)],
        sprints: [...new Set(plan.flatMap((o) => b.sprintsFor(o, boardId)))],
      };
      shared.set(cacheKey, arrays);
    }
    const er = rng();
    const evidence: EvidenceMix = er < 0.42 ? 1 : er < 0.55 ? 2 : er < 0.65 ? 3 : 0;
    planIndexOf[i] = planIndex;
    evidenceOf[i] = evidence;
    const or = rng();
    const objective = objectives[Math.floor(rng() * objectives.length)];
    const viaParent = or < 0.15 && objective !== undefined;
    const statusName = last === undefined ? 'Funnel' : last < 0 ? 'Done' : last === 0 ? (rng() < 0.7 ? 'Implementing' : 'Analyzing') : 'Funnel';
    const createdKey = plan.length === 0 ? `b${i % 200}` : `p${planIndex}`;
    let dates = createdMemo.get(createdKey);
    if (dates === undefined) {
      const day = createdDateFor(ctx, plan, 40 + (i % 200));
      const updated = jiraDateTime(addDays(day, 2), '10:12');
      // A Done epic was resolved at its transition into Done (the last of its status changes, as histories() builds them), and updated then at the latest.
      const planned = planChanges(ctx, plan, projectKey, day);
      const resolutionDate =
        statusName === 'Done' ? (statusChanges(ctx, 'Done', last, planned[planned.length - 1]?.created.slice(0, 10) ?? day).at(-1)?.created ?? null) : null;
      dates = { created: jiraDateTime(day, '09:00'), updated: resolutionDate !== null && resolutionDate > updated ? resolutionDate : updated, resolutionDate };
      createdMemo.set(createdKey, dates);
    }
    const issue = b.addIssue({
      projectKey,
      summary: `${pick(rng, AREAS)}: ${pick(rng, ASPECTS)} (${i + 1})`,
      typeName: 'Epic',
      statusName,
      fixVersionIds: arrays.versions,
      sprintIds: arrays.sprints,
      labels: evidence === 0 && or >= 0.6 ? CAPACITY : NO_LABELS,
      parentId: viaParent ? objective.id : null,
      created: dates.created,
      updated: dates.updated,
      storyPoints: pointsOf(i),
    });
    if (dates.resolutionDate !== null) b.touch(issue, dates.updated, { resolutionDate: dates.resolutionDate });
    if (!viaParent && or < 0.6 && objective !== undefined) b.link(or < 0.4 ? LINK_TYPE_ID.supports : LINK_TYPE_ID.relates, issue, objective);
  }

  const store = b.build();
  const epicIndex = (issueId: string): number => {
    const i = Number(issueId) - firstEpicId;
    return Number.isInteger(i) && i >= 0 && i < epicCount ? i : -1;
  };
  const issueAt = (i: number): SiteIssue | undefined => store.issues[objectiveCount + i];

  const histories = (issueId: string): readonly SiteHistory[] => {
    const i = epicIndex(issueId);
    const issue = issueAt(i);
    if (i < 0 || issue === undefined) return [];
    const plan = PLANS[planIndexOf[i] ?? 0]?.plan ?? [];
    const createdDate = issue.created.slice(0, 10);
    const planned = planChanges(ctx, plan, issue.projectKey, createdDate);
    const since = planned[planned.length - 1]?.created.slice(0, 10) ?? createdDate;
    const all = [...planned, ...statusChanges(ctx, issue.statusName, plan[plan.length - 1], since)].sort((x, y) => (x.created < y.created ? -1 : x.created > y.created ? 1 : 0));
    return all.map((c, j) => ({ id: String(1_000_000 + i * 16 + j), authorAccountId: ALEX, created: c.created, items: c.items }));
  };

  const properties = (issueId: string): ReadonlyMap<string, string> | undefined => {
    const i = epicIndex(issueId);
    const mix = i < 0 ? 0 : (evidenceOf[i] ?? 0);
    if (mix === 0) return undefined;
    const r = mulberry32(itemSeed(seed, i));
    const count = mix === 1 ? 1 + Math.floor(r() * 3) : 1;
    const issueKey = issueAt(i)?.key ?? '';
    const records = Array.from({ length: count }, (_, j) => {
      const kind: EvidenceKind = mix === 3 ? 'stakeholder-request' : pick(r, KINDS);
      const age = mix === 2 ? 700 + Math.floor(r() * 400) : 10 + Math.floor(r() * 380);
      const observedOn = addDays(today, -age);
      const record = {
        id: `ev-${i + 1}-${j + 1}`,
        kind,
        source: { name: mix === 3 ? 'Executive sponsor' : pick(r, SOURCES) },
        observedOn,
        summary: `Observed problem ${j + 1} for epic ${i + 1}.`,
        addedBy: PRIYA,
        addedAt: `${addDays(observedOn, 3 > age ? 0 : 3)}T10:15:00.000Z`,
      };
      // Signed like the app signs (src/jira/evidence-mac.ts), with the sample site's public key.
      return { ...record, mac: sampleEvidenceSigner.sign(issueKey, record) };
    });
    return new Map([[EVIDENCE_PROPERTY_KEY, JSON.stringify({ schemaVersion: 2, revision: count, records })]]);
  };

  const remoteLinks = (issueId: string): readonly SiteRemoteLink[] => {
    const i = epicIndex(issueId);
    if (i < 0 || i % 5 !== 0) return [];
    return [{ id: 5_000_000 + i, url: `https://research.example/studies/${i + 1}`, title: `Field interviews – synthesis ${i + 1}`, relationship: 'mentioned in' }];
  };

  return { ...store, historiesOf: histories, initialPropertiesOf: properties, remoteLinksOf: remoteLinks };
};
