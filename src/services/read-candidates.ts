import { piNamesOf, rankCandidates, swapsFor, waitingPlace, type Assessment, type CandidatePlanning, type Pi, type PiCalendar, type WaitingPlace, type WorkItem } from '../domain';
import type { JiraClient, SearchResult } from '../jira/client';
import type { EvidenceCheck } from '../jira/evidence-mac';
import { quote, workItemJql } from '../jira/jql';
import type { Candidate, SwapSuggestion } from '../shared/candidates';
import type { CapacityUnit } from '../shared/capacity';
import { isAppError } from '../shared/result';
import type { Settings } from '../shared/settings';
import { assessByProject } from './assess-raw-items';
import type { ProjectSettings } from './project-settings';

/**
 * Better candidates waiting outside a report's PI (src/shared/candidates.ts):
 * the scope's open work items in no PI or only in later ones that would be
 * `aligned` planned into it. One search (a page per 100 items) narrows them
 * on the Jira side as far as JQL can; the in-memory check (waitingPlace,
 * with the scope's PI settings and calendar) decides. They are scored with
 * assessByProject like the report's items, so objectives come in one search
 * per 100 keys and histories inline, and each item is judged with its own
 * project's settings.
 */

/** Whether the report's PI still leaves room to plan: it has not ended (its end date is today or later). */
export const hasNotEnded = (pi: Pi, today: string): boolean => pi.endDate >= today;

/** 'current' when the report's PI is the calendar's current one, else 'next' (a later PI is planned as the next one would be). */
export const candidatePlanning = (calendar: PiCalendar, pi: Pi): CandidatePlanning =>
  calendar.current !== null && calendar.current.name === pi.name ? 'current' : 'next';

/**
 * `(<base>) AND issuetype in (...) AND statusCategory != Done`, and for
 * fixVersion PIs `AND (fixVersion is EMPTY OR fixVersion not in ("<PI>"))`:
 * Jira's negative operators leave out items with no fix version at all, hence
 * the EMPTY branch (Atlassian's "JQL operators" page: "!=" and NOT IN "will
 * not match a field that has no value").
 * Other PI sources cannot be negated reliably in JQL (a sprint PI is several
 * sprints, a label prefix has no negative match), so the search leaves it to
 * the in-memory check.
 */
export const candidatesJql = (baseJql: string, settings: Settings, pi: Pi): string => {
  const open = 'statusCategory != Done';
  const clause = settings.pi.source === 'fixVersion' ? `${open} AND (fixVersion is EMPTY OR fixVersion not in (${quote(pi.name)}))` : open;
  return workItemJql(baseJql, settings, clause);
};

/**
 * A `keep` for assessByProject that keeps the items waiting outside `pi`
 * (waitingPlace, read with the scope's PI settings) and remembers where each
 * waits, so the candidates can say which later PI holds them. A Done item
 * may pass (a broad JQL scope holds them): planned, it would be `delivered`,
 * never `aligned`, so rankCandidates leaves it out.
 */
export const waitingFilter = (settings: Settings, calendar: PiCalendar, pi: Pi): { keep: (item: WorkItem) => boolean; places: ReadonlyMap<string, WaitingPlace> } => {
  const places = new Map<string, WaitingPlace>();
  const keep = (item: WorkItem): boolean => {
    const place = waitingPlace(piNamesOf(item, settings.pi, calendar), calendar, pi);
    if (place === null) return false;
    places.set(item.key, place);
    return true;
  };
  return { keep, places };
};

export interface CandidateContext {
  /** The scope's settings: its PI source, candidates.limit and swapRatio. */
  readonly settings: Settings;
  readonly settingsOf: ProjectSettings;
  readonly calendar: PiCalendar;
  readonly pi: Pi;
  readonly today: string;
  /** Whether an item's size is in the report's unit (an item of a project sized by another field counts as unsized). */
  readonly sizedInUnit: (a: Assessment) => boolean;
  readonly unit: CapacityUnit;
}

/** Assessed waiting items → the ranked candidates (rankCandidates), sizes in the report's unit. */
export const candidatesOf = (assessments: readonly Assessment[], places: ReadonlyMap<string, WaitingPlace>, ctx: CandidateContext): Candidate[] =>
  rankCandidates(
    assessments.map((a) => ({ assessment: a, plannedIn: places.get(a.key)?.plannedIn ?? null, size: ctx.unit === 'items' || !ctx.sizedInUnit(a) ? null : a.size })),
    candidatePlanning(ctx.calendar, ctx.pi),
    (projectKey) => ctx.settingsOf.of(projectKey).settings,
    ctx.settings.candidates.limit,
  );

/** The swap suggestions for every gravity item of the report (report order), sizes in the report's unit. */
export const swapsOf = (reportItems: readonly Assessment[], candidates: readonly Candidate[], ctx: CandidateContext): SwapSuggestion[] =>
  swapsFor(
    reportItems.filter((a) => a.verdict === 'gravity').map((a) => ({ key: a.key, size: ctx.sizedInUnit(a) ? a.size : null })),
    candidates,
    ctx.settings.candidates.swapRatio,
    ctx.unit,
  );

export type CandidatesRead =
  | { readonly complete: true; readonly candidates: Candidate[]; readonly warnings: string[] }
  /** The deadline came first: what was read is not shown as the whole list. */
  | { readonly complete: false };

/**
 * One search for the waiting items, then their assessment and ranking. The
 * deadline during the search, or during the objective reads after it, ends
 * the candidates (complete: false) and never the report around them.
 */
export const readCandidates = async (
  client: JiraClient,
  ctx: CandidateContext & {
    readonly baseJql: string;
    /** The search's work-item types: the union over the involved projects' settings (each item is then checked against its own). */
    readonly types: readonly string[];
    readonly evidenceCheck?: EvidenceCheck;
  },
  search: (jql: string) => Promise<SearchResult>,
): Promise<CandidatesRead> => {
  try {
    const result = await search(candidatesJql(ctx.baseJql, { ...ctx.settings, workItemTypes: [...ctx.types] }, ctx.pi));
    const issues = result.issues;
    if (!result.complete) return { complete: false };
    const { keep, places } = waitingFilter(ctx.settings, ctx.calendar, ctx.pi);
    const assessed = await assessByProject(client, ctx.settingsOf, issues, ctx.today, {
      keep,
      sized: true,
      ...(ctx.evidenceCheck === undefined ? {} : { evidenceCheck: ctx.evidenceCheck }),
    });
    const candidates = candidatesOf(
      assessed.assessed.map((a) => a.assessment),
      places,
      ctx,
    );
    return { complete: true, candidates, warnings: assessed.warnings };
  } catch (error) {
    if (isAppError(error) && error.code === 'DEADLINE') return { complete: false };
    throw error;
  }
};
