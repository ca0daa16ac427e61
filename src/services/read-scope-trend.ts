import {
  calendarOf,
  carriedOutByPi,
  committedPoint,
  itemAsOf,
  membershipOf,
  piNameMapper,
  planningTimeline,
  planningValuesOf,
  reconstructedPoint,
  scoreWorkItem,
  trendPis,
  type PiCalendar,
  type PlanningTimeline,
  type TrendPi,
  type WorkItem,
} from '../domain';
import type { JiraClient, RawIssue } from '../jira/client';
import type { EvidenceCheck } from '../jira/evidence-mac';
import { quote } from '../jira/jql';
import type { Baseline } from '../shared/baseline';
import type { CapacityField } from '../shared/capacity';
import type { ScopeSpec } from '../shared/scope';
import type { Settings } from '../shared/settings';
import type { ScopeTrend, TrendPoint } from '../shared/trend';
import { mapByProject } from './assess-raw-items';
import { readCapacityField } from './capacity-field';
import { unionOf, type ProjectSettings } from './project-settings';
import { deadlineNote } from './read-scope-report';
import { openScopeReading } from './scope-reading';

/** The newest committed baseline of a project's PI, or null (the app's storage; absent where it cannot be read). */
export type CommittedBaselines = (projectKey: string, piName: string) => Promise<Baseline | null>;

/**
 * The trend across PIs of a scope (src/shared/trend.ts; what reconstruction
 * knows: src/domain/trend.ts). Requests, for N items across the trend's PIs:
 * ONE search, ceil(N/100) pages, with the changelog and the evidence and
 * decisions properties inline (a changelog bulkfetch per 1000 items only for
 * items whose inline history Jira cut short), the calendar (one per project
 * for fixVersion PIs), the site's fields once, and one objective search per
 * 100 objective keys and parent level; a board scope adds its configuration.
 * Not a scan per PI.
 *
 * fixVersion PIs are searched with `fixVersion WAS IN (...)`: the items that
 * hold or ever held one of the PIs. Jira supports WAS only on a few fields
 * (fix versions among them; not labels, sprints or custom fields), so other
 * PI sources search the scope's work items without a PI clause and pick
 * each PI's items from their history in memory.
 */

/** One item mapped with its own project's settings, ready to be replayed PI by PI. */
interface TrendItem {
  readonly item: WorkItem;
  readonly settings: Settings;
  /** The item's own project's calendar (scored against it, as in every report). */
  readonly calendar: PiCalendar;
  readonly timeline: PlanningTimeline;
  readonly toPiName: (value: string) => string | null;
  /** Its size in the trend's unit; null when unsized or sized by another field than the scope's. */
  readonly size: number | null;
}

const SOURCE_WORDS: Record<Settings['pi']['source'], string> = {
  fixVersion: 'fix versions',
  sprint: 'sprints',
  labelPrefix: 'labels',
  customField: 'a custom field',
};

export const readScopeTrend = async (
  rawClient: JiraClient,
  settingsIn: Settings | ProjectSettings,
  scopeSpec: ScopeSpec,
  today: string,
  options: { readonly evidenceCheck?: EvidenceCheck; readonly committed?: CommittedBaselines } = {},
): Promise<ScopeTrend> => {
  const { evidenceCheck } = options;
  const reading = await openScopeReading(rawClient, settingsIn, scopeSpec, today);
  const { client, scope, settingsOf, settings, broad, calendar, sprints, progress, search, jqlFor: searchJql } = reading;
  const knownKey = scope.projectKeys[0];
  const pis = trendPis(calendar, today, settings.trend.pis);
  const capacity = await readCapacityField(client, settings);
  const notes: string[] = [];

  // ONE search across every PI of the trend.
  let jql: string;
  let issues: RawIssue[];
  if (broad !== null) {
    jql = searchJql(settings, null);
    issues = broad;
  } else if (settings.pi.source === 'fixVersion') {
    jql = searchJql(settings, pis.length === 0 ? null : `fixVersion WAS IN (${pis.map((p) => quote(p.pi.name)).join(', ')})`);
    issues = pis.length === 0 ? [] : await search(jql);
  } else {
    jql = searchJql(settings, null);
    issues = pis.length === 0 ? [] : await search(jql);
  }
  if (settings.pi.source !== 'fixVersion')
    notes.push(
      `The PIs come from ${SOURCE_WORDS[settings.pi.source]}, whose history JQL cannot search (WAS works on fix versions, not on labels, sprints or custom fields): the scope's work items were read without a PI clause and each PI's items picked from their history.`,
    );

  // Each item mapped once, with its own project's settings, objectives and calendar (the scope report's mapping step).
  const { mapped, unreadable, warnings } = await mapByProject(client, settingsOf, issues, today, { sized: true, ...(evidenceCheck === undefined ? {} : { evidenceCheck }) });
  const knownSprints = new Map(sprints.map((s) => [s.name, s]));
  const items: TrendItem[] = mapped.map(({ item, settings: own, calendar: ownCalendar }) => ({
    item,
    settings: own,
    calendar: ownCalendar,
    timeline: planningTimeline(item.planningHistory, planningValuesOf(item, own.pi)),
    toPiName: piNameMapper(own.pi),
    // Sized by another field than the scope's: not in the trend's unit.
    size: own.capacity.field === settings.capacity.field ? item.size : null,
  }));

  // Baselines are kept per project: only a project scope's points can be committed.
  const committedOf = scopeSpec.kind === 'project' ? options.committed : undefined;
  if (scopeSpec.kind !== 'project') notes.push(`${scopeSpec.kind === 'board' ? 'Board' : 'JQL'} scopes are reconstructed only: baselines are kept per project.`);
  else if (options.committed === undefined)
    notes.push("No committed baselines could be read here (they live in the app's storage in Jira): every point is reconstructed from the items' history.");

  const calendarsAt = new Map<string, PiCalendar>();
  const calendarAt = (own: PiCalendar, projectKey: string, asOf: string): PiCalendar => {
    const key = `${projectKey}|${asOf}`;
    const known = calendarsAt.get(key) ?? calendarOf(own.pis, asOf);
    calendarsAt.set(key, known);
    return known;
  };
  const sizeToday = new Map(items.map((t) => [t.item.key, t.size]));
  const carriedOutOf = carriedOutByPi(
    items.map((t) => ({ item: t.item, source: t.settings.pi })),
    calendar,
  );

  const reconstruct = (at: TrendPi, carriedOut: number): TrendPoint => {
    const assessed = items.flatMap((t) => {
      const membership = membershipOf(t.timeline, t.toPiName, at.pi, today);
      if (membership === null) return [];
      const then = itemAsOf(t.item, t.settings.pi, membership, knownSprints);
      const a = scoreWorkItem(then, calendarAt(t.calendar, t.item.projectKey, membership.asOf), t.settings, membership.asOf);
      return [{ key: a.key, summary: a.summary, verdict: a.verdict, size: t.size }];
    });
    return reconstructedPoint(at, today, assessed, carriedOut, capacity.field);
  };

  const points: TrendPoint[] = [];
  for (const at of pis) {
    const carriedOut = at.role === 'next' ? 0 : carriedOutOf(at.pi);
    const baseline = committedOf === undefined || knownKey === undefined ? null : await committedOf(knownKey, at.pi.name);
    if (baseline === null) {
      points.push(reconstruct(at, carriedOut));
      continue;
    }
    const { point, note } = committedPoint(at, baseline, carriedOut, capacity.field, (key) => sizeToday.get(key) ?? null);
    points.push(point);
    if (note !== null) notes.push(note);
  }
  if (points.some((p) => p.source === 'reconstructed'))
    notes.push(
      'Reconstructed points show each item as it stood when the PI started (or when it joined the PI): its planning and field evidence then; its objectives, links and sizes as they are today; and no item as done (the status history is not read).',
    );
  if (pis.length === 0) notes.push(`The PI calendar of ${scope.label} has no PI that ended before ${today}, no current and no next PI: check the PI settings.`);

  return {
    scopeLabel: scope.label,
    jql,
    today,
    unit: fieldUnit(capacity.field),
    points,
    unreadable,
    ...(progress.complete ? {} : { partial: deadlineNote(progress.itemsRead) }),
    notes: unionOf([reading.warning === undefined ? [] : [reading.warning], warnings, notes]),
    evidenceChecked: evidenceCheck !== undefined,
  };
};

const fieldUnit = (field: CapacityField | null): ScopeTrend['unit'] => (field === null ? 'items' : field.unit);
