import type { Verdict } from '../../../shared/assessment';
import type { DeliverySource, OutcomeStatus } from '../../../shared/outcome';
import { EVIDENCE_PROPERTY_KEY, type EvidenceRecord } from '../../../shared/evidence';
import { addDays, jiraDateTime } from '../dates';
import { sampleEvidenceSigner } from '../evidence-key';
import type { SiteIssue, SiteStore } from '../model';
import { LEADERSHIP_ONLY, userById } from '../users';
import { LINK_TYPE_ID } from './catalog';
import { builderContext, createdDateFor, recordPlanHistory, recordStatusHistory } from './plan-history';
import { RIVERSIDE_EPICS, type EpicSpec, type ObjectiveRef } from './riverside-epics';
import { addDecisions, decisionDays, type DroppedEpic, type RetiredEpic } from './governance';
import { fixVersionItems, SiteBuilder } from './site-builder';

/**
 * Riverside Health, Clinical Apps ART: projects CLIN and PAT (epics), STRAT
 * (strategic themes, initiatives, objectives), a PI board per epic project
 * and an ART board over both, PIs from six back to two ahead of today.
 */

const ALEX = userById('alex').accountId;
const PRIYA = userById('priya').accountId;

export const PI_OFFSETS = [-3, -2, -1, 0, 1, 2] as const;
/**
 * The older PIs the trend's history reaches back to (settings trend.pis
 * defaults to 6). Built after the others so the versions and sprints of
 * PI_OFFSETS keep the ids they always had.
 */
export const HISTORY_PI_OFFSETS = [-6, -5, -4] as const;

/** Epic keys in data order: CLIN-1.., PAT-1.. (STRAT issues are created first but in their own project). */
const epicKeys = (): string[] => {
  const counters = new Map<string, number>();
  return RIVERSIDE_EPICS.map((e) => {
    const n = (counters.get(e.project) ?? 0) + 1;
    counters.set(e.project, n);
    return `${e.project}-${n}`;
  });
};

/** The verdict each demo epic is meant to produce under default settings (documented per epic in riverside-epics.ts). */
export const INTENDED_VERDICTS: Readonly<Record<string, Verdict>> = Object.freeze(
  Object.fromEntries(epicKeys().map((key, i) => [key, RIVERSIDE_EPICS[i]?.intended ?? 'unplanned'])),
);

/**
 * The outcome check each demo epic is meant to show under default settings on the tests' default day
 * (riverside-epics.ts `outcome`, with its `why`): `not-delivered` for every epic not Done.
 */
export const INTENDED_OUTCOMES: Readonly<Record<string, OutcomeStatus>> = Object.freeze(
  Object.fromEntries(epicKeys().map((key, i): [string, OutcomeStatus] => [key, RIVERSIDE_EPICS[i]?.outcome?.intended ?? 'not-delivered'])),
);

/** Where the app reads each Done epic's delivery day: Jira's resolution date, or the transition into Done in the changelog. */
export const INTENDED_DELIVERY_SOURCES: Readonly<Record<string, DeliverySource>> = Object.freeze(
  Object.fromEntries(
    epicKeys().flatMap((key, i): [string, DeliverySource][] => {
      const o = RIVERSIDE_EPICS[i]?.outcome;
      return o === undefined ? [] : [[key, o.deliveredFrom ?? 'resolution']];
    }),
  ),
);

const addObjectives = (b: SiteBuilder): Map<ObjectiveRef, SiteIssue> => {
  const t = b.today;
  // Set up before the oldest epic of the trend's history was created (PI -6).
  const created = jiraDateTime(addDays(t, -720), '09:30');
  const mk = (summary: string, typeName: string, statusName: string, duedate: string | null, parent: SiteIssue | null) =>
    b.addIssue({ projectKey: 'STRAT', summary, typeName, statusName, duedate, parentId: parent?.id ?? null, created, updated: created });
  const transitions = mk('Safer transitions of care', 'Strategic Theme', 'In Progress', null, null);
  const handover = mk('Digital nursing handover on every ward', 'Initiative', 'In Progress', addDays(t, 240), transitions);
  const referral = mk('Cardiology referral turnaround under 5 days', 'Objective', 'In Progress', addDays(t, 300), null);
  const selfservice = mk('Patient self-service for appointments', 'Initiative', 'To Do', null, null);
  const bedblock = mk('Cut bed-block hours by 20%', 'Objective', 'In Progress', addDays(t, -45), null);
  const paging = mk('Retire the legacy bleep paging system', 'Objective', 'Done', addDays(t, -200), null);
  return new Map<ObjectiveRef, SiteIssue>([
    ['transitions', transitions], ['handover', handover], ['referral', referral],
    ['selfservice', selfservice], ['bedblock', bedblock], ['paging', paging],
  ]);
};

/** `days` after `from`, today at the latest. */
const capped = (b: SiteBuilder, from: string, days: number): string => {
  const day = addDays(from, days);
  return day > b.today ? b.today : day;
};

/** The adoption and outcome records of a delivered epic, dated from its delivery day (riverside-epics.ts OutcomeEvidenceSpec). */
const outcomeRecords = (b: SiteBuilder, spec: EpicSpec, issueKey: string, deliveredOn: string | null, firstIndex: number): EvidenceRecord[] =>
  deliveredOn === null
    ? []
    : (spec.outcome?.evidence ?? []).map((e, i) => {
        const observedOn = capped(b, deliveredOn, e.daysAfterDelivery);
        return {
          id: `ev-${issueKey.toLowerCase()}-${firstIndex + i + 1}`,
          kind: e.kind,
          ...(e.url !== undefined ? { url: e.url } : {}),
          source: { name: e.who, ...(e.role !== undefined ? { role: e.role } : {}), ...(e.site !== undefined ? { site: e.site } : {}) },
          observedOn,
          summary: e.summary,
          figure: e.figure,
          unit: e.unit,
          addedBy: PRIYA,
          addedAt: `${capped(b, observedOn, 2)}T10:15:00.000Z`,
        };
      });

const evidenceValue = (b: SiteBuilder, spec: EpicSpec, issueKey: string, webLinkIds: readonly number[], deliveredOn: string | null): unknown => {
  if (spec.legacyEvidence !== undefined) {
    return {
      items: spec.legacyEvidence.map((e) => ({ type: e.type, link: e.link, who: e.who, date: addDays(b.today, -e.ageDays), note: e.note })),
    };
  }
  const records: EvidenceRecord[] = (spec.evidence ?? []).map((e, i) => {
    const observedOn = addDays(b.today, -e.ageDays);
    const addedOn = e.addedAgeDays === undefined ? addDays(observedOn, Math.min(5, e.ageDays)) : addDays(b.today, -e.addedAgeDays);
    const fromLinkId = e.fromWebLink === undefined ? undefined : webLinkIds[e.fromWebLink];
    return {
      id: `ev-${issueKey.toLowerCase()}-${i + 1}`,
      kind: e.kind,
      ...(e.url !== undefined ? { url: e.url } : {}),
      source: { name: e.who, ...(e.role !== undefined ? { role: e.role } : {}), ...(e.site !== undefined ? { site: e.site } : {}) },
      observedOn,
      summary: e.summary,
      addedBy: userById(e.addedBy ?? 'priya').accountId,
      addedAt: `${addedOn}T10:15:00.000Z`,
      ...(fromLinkId !== undefined ? { fromLinkId: String(fromLinkId) } : {}),
      ...(e.removed === true ? { removedAt: `${addedOn}T16:00:00.000Z`, removedBy: PRIYA } : {}),
    };
  });
  records.push(...outcomeRecords(b, spec, issueKey, deliveredOn, records.length));
  const removedCount = records.filter((r) => r.removedAt !== undefined).length;
  // Signed like the app signs what it writes (src/storage/evidence-store.ts); version-1 evidence above predates signing.
  const signed = records.map((r) => ({ ...r, mac: sampleEvidenceSigner.sign(issueKey, r) }));
  return { schemaVersion: 2, revision: records.length + removedCount, records: signed };
};

const addEpic = (
  b: SiteBuilder,
  spec: EpicSpec,
  objectives: Map<ObjectiveRef, SiteIssue>,
  boards: Map<string, number>,
  releaseIds: Map<string, string>,
  retired: RetiredEpic[],
): DroppedEpic | null => {
  const boardId = boards.get(spec.project);
  if (boardId === undefined) throw new Error(`No board for ${spec.project}`);
  const last = spec.plan[spec.plan.length - 1];
  const fixVersionIds = [
    ...(last === undefined || spec.dropped === true ? [] : [b.pi(last).versionIds.get(spec.project) ?? '']),
    ...(spec.inRelease === true ? [releaseIds.get(spec.project) ?? ''] : []),
  ];
  const sprintIds = [...new Set(spec.plan.flatMap((offset) => b.sprintsFor(offset, boardId)))];
  const parent = spec.objectives?.find((o) => o.via === 'parent');
  const created = createdDateFor(builderContext(b), spec.plan, 60);
  const issue = b.addIssue({
    projectKey: spec.project,
    summary: spec.summary,
    typeName: 'Epic',
    statusName: spec.status,
    fixVersionIds,
    sprintIds,
    labels: spec.labels ?? [],
    parentId: parent === undefined ? null : (objectives.get(parent.to)?.id ?? null),
    created: jiraDateTime(created, '09:00'),
    updated: jiraDateTime(created, '09:00'),
    securityLevel: spec.leadershipOnly === true ? LEADERSHIP_ONLY : null,
    storyPoints: spec.points,
  });
  let planned = recordPlanHistory(b, issue, spec.plan, spec.project, ALEX);
  let dropped: DroppedEpic | null = null;
  if (spec.dropped === true && last !== undefined) {
    // Taken out of the PI by a drop decision: the fix version removed on the decision date, by Priya.
    const on = decisionDays(b.today, b.pi(last).pi.startDate).later;
    const version = { id: b.pi(last).versionIds.get(spec.project) ?? '', name: b.pi(last).pi.name };
    b.addHistory(issue, PRIYA, jiraDateTime(on, '16:10'), fixVersionItems([version], []));
    dropped = { issue, on };
    if (on > planned) planned = on;
  }
  const statusAt = recordStatusHistory(b, issue, last, planned, ALEX);
  let updated = planned > statusAt ? planned : statusAt;
  // A Done epic was delivered by its last status change (the transition into Done); Jira set the
  // resolution date then, unless its workflow sets none (outcome.deliveredFrom = 'changelog').
  const doneAt = spec.status === 'Done' ? (b.histories.get(issue.id) ?? []).filter((h) => h.items.some((i) => i.fieldId === 'status')).at(-1)?.created ?? null : null;
  if (spec.status === 'Done' && (doneAt === null || spec.outcome === undefined)) throw new Error(`Sample data error: Done epic "${spec.summary}" needs a transition into Done and an outcome`);
  const deliveredOn = doneAt?.slice(0, 10) ?? null;
  for (const o of spec.objectives ?? []) {
    if (o.via === 'parent') continue;
    const target = objectives.get(o.to);
    if (target === undefined) throw new Error(`No objective ${o.to}`);
    b.link(o.via === 'supports' ? LINK_TYPE_ID.supports : LINK_TYPE_ID.relates, issue, target);
    // The link as Jira's changelog records it (field "Link", no fieldId), by Priya the day after the epic was created.
    b.addHistory(issue, PRIYA, jiraDateTime(addDays(issue.created.slice(0, 10), 1), '09:30'), [
      { field: 'Link', fieldtype: 'jira', from: null, fromString: null, to: target.key, toString: `This issue ${o.via === 'supports' ? 'supports' : 'relates to'} ${target.key}` },
    ]);
  }
  const webLinkIds = (spec.webLinks ?? []).map((w) =>
    b.addRemoteLink(issue, {
      url: w.url,
      title: w.title,
      ...(w.summary !== undefined ? { summary: w.summary } : {}),
      relationship: 'mentioned in',
    }),
  );
  const outcomeEvidence = spec.outcome?.evidence ?? [];
  if (spec.evidence !== undefined || spec.legacyEvidence !== undefined || outcomeEvidence.length > 0) {
    const value = evidenceValue(b, spec, issue.key, webLinkIds, deliveredOn);
    b.setProperty(issue, EVIDENCE_PROPERTY_KEY, value);
    // The epic was last updated when its newest record was added (5 days after the observation unless said otherwise).
    const addedAges = [...(spec.evidence ?? []).map((e) => e.addedAgeDays ?? Math.max(0, e.ageDays - 5)), ...(spec.legacyEvidence ?? []).map((e) => Math.max(0, e.ageDays - 5))];
    const addedDays = [
      ...addedAges.map((age) => addDays(b.today, -age)),
      ...outcomeRecords(b, spec, issue.key, deliveredOn, 0).map((r) => r.addedAt.slice(0, 10)),
    ];
    const evidenceDay = addedDays.reduce((a, d) => (d > a ? d : a), '');
    if (evidenceDay > updated.slice(0, 10)) updated = evidenceDay;
  }
  const resolutionDate = doneAt !== null && spec.outcome?.deliveredFrom !== 'changelog' ? doneAt : null;
  // `updated` is never before the last change: the transition into Done included.
  const stamp = jiraDateTime(updated, '12:00');
  const touched = b.touch(issue, doneAt !== null && doneAt > stamp ? doneAt : stamp, { resolutionDate });
  if (spec.outcome?.retire !== undefined && deliveredOn !== null) {
    retired.push({ issue: touched, on: capped(b, deliveredOn, spec.outcome.retire.daysAfterDelivery), pi: last === undefined ? null : b.pi(last).pi.name, by: spec.outcome.retire.by, rationale: spec.outcome.retire.rationale });
  }
  return dropped === null ? null : { ...dropped, issue: touched };
};

export const buildRiversideHealth = (today: string): SiteStore => {
  const b = new SiteBuilder(today);
  b.addProject('CLIN', 'Clinical Apps');
  b.addProject('PAT', 'Patient Access');
  b.addProject('STRAT', 'Strategy Office');
  const clinBoard = b.addBoard('CLIN PI board', 'scrum', 'CLIN', 'project = CLIN ORDER BY Rank ASC', ALEX);
  const patBoard = b.addBoard('PAT PI board', 'scrum', 'PAT', 'project = PAT ORDER BY Rank ASC', ALEX);
  b.addBoard('ART board', 'scrum', 'CLIN', 'project in (CLIN, PAT) AND issuetype = Epic ORDER BY Rank ASC', ALEX, false);
  b.addBoard('Strategy portfolio kanban', 'kanban', 'STRAT', 'project = STRAT ORDER BY Rank ASC', ALEX);
  const year = Number(today.slice(0, 4));
  const releaseIds = new Map<string, string>();
  for (const key of ['CLIN', 'PAT']) {
    b.addVersion(key, { name: `Release ${year - 1}.2`, startDate: `${year - 1}-07-01`, releaseDate: `${year - 1}-12-15`, released: true, archived: false, description: 'Half-year release train of the EHR vendor' });
  }
  b.addPis(['CLIN', 'PAT'], PI_OFFSETS);
  const current = b.pi(0).pi;
  const next = b.pi(1).pi;
  for (const key of ['CLIN', 'PAT']) {
    releaseIds.set(key, b.addVersion(key, { name: `Release ${year}.1`, startDate: current.startDate, releaseDate: next.endDate, released: false, archived: false, description: 'EHR vendor upgrade window' }));
  }
  b.addPis(['CLIN', 'PAT'], HISTORY_PI_OFFSETS);
  const objectives = addObjectives(b);
  const boards = new Map([['CLIN', clinBoard.id], ['PAT', patBoard.id]]);
  const retired: RetiredEpic[] = [];
  const dropped = RIVERSIDE_EPICS.flatMap((spec) => addEpic(b, spec, objectives, boards, releaseIds, retired) ?? []);
  addDecisions(b, dropped, retired);
  return b.build();
};
