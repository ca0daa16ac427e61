import type { ActivityEntry, AssessmentHistoryEntry, ItemActivity } from '../shared/activity';
import { ASSESSMENT_HISTORY_LIMIT } from '../shared/activity';
import type { DecisionRecord } from '../shared/decision';
import { RETIRE_NO_PI } from '../shared/decision';
import { EVIDENCE_KIND_LABELS, type EvidenceRecord } from '../shared/evidence';
import type { PiSource } from '../shared/settings';
import { carriedOverPis } from './carry-over';
import { dateOf, parseInstant } from './dates';
import type { Pi, PiCalendar, PlanningChange, StatusCategory } from './model';
import { findPi } from './pi-calendar';
import { piNameMapper } from './pi-names';
import { countOf, listOf, piLabel } from './text';

/**
 * The alignment timeline of one work item (jira:issueActivity), pure: built
 * from what was read, today passed in. Sources, each entry from one record:
 * - evidence the app counts (signed, or unchecked where there is no key):
 *   added (addedAt, addedBy) and removed (removedAt, removedBy), with its
 *   kind and source; records the app did not sign are left out and counted
 *   in a note;
 * - PI decision records the app signed (decidedAt, decidedBy);
 * - the changelog of the PI-carrying field: planned into, moved between,
 *   taken out of PIs, and carry-overs by the rule of ./carry-over.ts;
 * - the changelog's "Link" items to objectives (linked, unlinked);
 * - objectives done, on their resolution date (a note when it is unknown);
 * - verdict changes, from the assessment history the re-score keeps.
 * Newest first; `by` is a display name where the record has one.
 */

/** One issue-link change from the changelog ("Link" field): the other issue's key, added or removed. */
export interface LinkChange {
  readonly at: string;
  /** The changelog author's display name, when Jira sent it. */
  readonly by: string | null;
  readonly key: string;
  readonly added: boolean;
  /** The words Jira wrote, e.g. "This issue supports STRAT-2". */
  readonly text: string | null;
}

/** An objective the item reaches now, with the day it was done when known (Jira's resolution date). */
export interface ActivityObjective {
  readonly key: string;
  readonly summary: string;
  readonly statusCategory: StatusCategory;
  /** YYYY-MM-DD, null when not done or the day is not known. */
  readonly doneOn: string | null;
}

export interface ActivitySources {
  readonly issueKey: string;
  /** YYYY-MM-DD */
  readonly today: string;
  /** The records the app counts (removed ones included): src/jira/map-evidence.ts countedEvidence. */
  readonly evidence: readonly EvidenceRecord[];
  /** Live records left out because the app did not sign them as they are. */
  readonly untrustedEvidence: number;
  /** Trusted PI decision records, any order. */
  readonly decisions: readonly DecisionRecord[];
  /** Changes of the PI-carrying field, oldest first, with the full value lists before and after. */
  readonly planningHistory: readonly PlanningChange[];
  /** The PI field's current values (what the carry-over replay starts from). */
  readonly currentPiValues: readonly string[];
  readonly piSource: PiSource;
  readonly calendar: PiCalendar;
  /** Display names of changelog authors by the change's `created` stamp (planning changes carry none of their own). */
  readonly changeAuthors: ReadonlyMap<string, string>;
  readonly linkChanges: readonly LinkChange[];
  /** Keys known to be objectives: the item's objectives now, and linked issues looked up as objectives. */
  readonly objectiveKeys: ReadonlySet<string>;
  readonly objectives: readonly ActivityObjective[];
  /** Oldest first (src/services/rescore-property.ts historyOf). */
  readonly history: readonly AssessmentHistoryEntry[];
  /** Display names by account id, from the item's own records (decisions, changelog authors). */
  readonly names: ReadonlyMap<string, string>;
  /** Link changes to issues the person cannot see (left out). */
  readonly hiddenLinks?: number;
}

const RATIONALE_CHARS = 80;

/** A rationale cut to one short line ("…" when cut). */
export const shortRationale = (text: string): string => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= RATIONALE_CHARS ? line : `${line.slice(0, RATIONALE_CHARS - 1).trimEnd()}…`;
};

const entry = (at: string, kind: ActivityEntry['kind'], text: string, by: string | null, ref: ActivityEntry['ref'] = null): ActivityEntry => ({
  at,
  kind,
  text,
  by,
  ref,
});

const nameOf = (names: ReadonlyMap<string, string>, accountId: string | undefined): string | null => {
  if (accountId === undefined || accountId.trim() === '') return null;
  const name = names.get(accountId)?.trim();
  return name === undefined || name === '' ? null : name;
};

const evidenceWords = (r: EvidenceRecord): string => `${EVIDENCE_KIND_LABELS[r.kind].toLowerCase()} evidence from ${r.source.name}`;

export const evidenceEntries = (records: readonly EvidenceRecord[], names: ReadonlyMap<string, string>): ActivityEntry[] =>
  records.flatMap((r) => {
    const ref = r.url === undefined ? null : { url: r.url };
    const added = r.addedAt.trim() === '' ? [] : [entry(r.addedAt, 'evidence-added', `Added ${evidenceWords(r)}`, nameOf(names, r.addedBy), ref)];
    const removed =
      r.removedAt === undefined || r.removedAt.trim() === ''
        ? []
        : [entry(r.removedAt, 'evidence-removed', `Removed ${evidenceWords(r)}`, nameOf(names, r.removedBy), ref)];
    return [...added, ...removed];
  });

const decisionWords = (d: DecisionRecord): string => {
  const pi = piLabel(d.pi);
  const why = shortRationale(d.rationale);
  switch (d.kind) {
    case 'keep':
      return `Kept in ${pi}${d.sponsor === undefined ? '' : `, sponsor ${d.sponsor.displayName}`}: ${why}`;
    case 'rejustify':
      return `To re-justify in ${pi}${d.dueDate === undefined ? '' : ` by ${d.dueDate}`}: ${why}`;
    case 'drop':
      return `Dropped from ${pi}: ${why}`;
    case 'retire':
      return `Retired${d.pi === RETIRE_NO_PI ? '' : ` in ${pi}`}: ${why}`;
  }
};

export const decisionEntries = (decisions: readonly DecisionRecord[]): ActivityEntry[] =>
  decisions.map((d) => entry(d.decidedAt, 'decision', decisionWords(d), d.decidedBy.displayName.trim() || null));

/** The calendar PIs a list of raw values names (unknown names and non-PI values left out), oldest first. */
const pisOf = (values: readonly string[], toPiName: (value: string) => string | null, calendar: PiCalendar): Pi[] => {
  const found = new Map<string, Pi>();
  for (const value of values) {
    const name = toPiName(value);
    const pi = name === null ? null : findPi(calendar, name);
    if (pi !== null) found.set(pi.name, pi);
  }
  return [...found.values()].sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
};

const names = (pis: readonly Pi[]): string => listOf(pis.map((p) => piLabel(p.name)));

/**
 * Planning changes → PI entries. A change that takes the item out of a PI p it
 * was carried over from (carriedOverPis), on or after p's start, into a later
 * PI, is a carry-over; other changes are moves, plans into and takings out.
 * Changes that touch no calendar PI are left out.
 */
export const planningEntries = (s: Pick<ActivitySources, 'planningHistory' | 'currentPiValues' | 'piSource' | 'calendar' | 'changeAuthors'>): ActivityEntry[] => {
  const toPiName = piNameMapper(s.piSource);
  const carried = new Set(carriedOverPis(s.planningHistory, s.currentPiValues, toPiName, s.calendar).map((p) => p.name));
  return s.planningHistory.flatMap((change) => {
    const before = pisOf(change.from, toPiName, s.calendar);
    const after = pisOf(change.to, toPiName, s.calendar);
    const left = before.filter((p) => !after.some((q) => q.name === p.name));
    const joined = after.filter((p) => !before.some((q) => q.name === p.name));
    if (left.length === 0 && joined.length === 0) return [];
    const by = s.changeAuthors.get(change.at) ?? null;
    const day = dateOf(change.at);
    const carriedFrom = left.filter(
      (p) => carried.has(p.name) && day !== null && day >= p.startDate && joined.some((q) => q.startDate > p.startDate),
    );
    if (carriedFrom.length > 0) {
      return [entry(change.at, 'carried-over', `Carried over from ${names(carriedFrom)} unfinished, into ${names(joined)}`, by)];
    }
    const text =
      left.length === 0
        ? `Planned into ${names(joined)}`
        : joined.length === 0
          ? `Taken out of ${names(left)}`
          : `Moved from ${names(left)} to ${names(joined)}`;
    return [entry(change.at, 'pi-moved', text, by)];
  });
};

export const linkEntries = (changes: readonly LinkChange[], objectiveKeys: ReadonlySet<string>): ActivityEntry[] =>
  changes.flatMap((c) =>
    objectiveKeys.has(c.key)
      ? [entry(c.at, c.added ? 'objective-linked' : 'objective-unlinked', `${c.added ? 'Linked to' : 'Unlinked from'} objective ${c.key}`, c.by, { issueKey: c.key })]
      : [],
  );

export const objectiveDoneEntries = (objectives: readonly ActivityObjective[]): ActivityEntry[] =>
  objectives.flatMap((o) =>
    o.statusCategory === 'done' && o.doneOn !== null
      ? [entry(o.doneOn, 'objective-done', `Objective ${o.key} ${o.summary.trim() === '' ? '' : `(${o.summary.trim()}) `}was done`, null, { issueKey: o.key })]
      : [],
  );

/** Each history entry whose verdict differs from the one before it: "Verdict changed from gravity to ungrounded (score 34 → 52)". */
export const verdictEntries = (history: readonly AssessmentHistoryEntry[]): ActivityEntry[] =>
  history.flatMap((h, i) => {
    const before = history[i - 1];
    if (before === undefined || before.verdict === h.verdict) return [];
    return [entry(h.on, 'verdict-changed', `Verdict changed from ${before.verdict} to ${h.verdict} (score ${before.score} → ${h.score})`, null)];
  });

/** What the timeline cannot show, in words. */
export const activityNotes = (s: ActivitySources): string[] => {
  const notes: string[] = [];
  const first = s.history[0];
  if (first === undefined) notes.push('Verdict changes are not kept yet: the history begins the next time the app re-scores this item.');
  else notes.push(`Verdict changes are kept from ${first.on === s.today ? `today (${first.on})` : first.on}, when the history began${s.history.length >= ASSESSMENT_HISTORY_LIMIT ? ` (the newest ${ASSESSMENT_HISTORY_LIMIT} assessments are kept)` : ''}.`);
  const undated = s.objectives.filter((o) => o.statusCategory === 'done' && o.doneOn === null).map((o) => o.key);
  if (undated.length > 0) notes.push(`${listOf(undated)} ${undated.length === 1 ? 'is' : 'are'} done, but Jira has no resolution date for ${undated.length === 1 ? 'it' : 'them'}: when is not shown.`);
  if (s.untrustedEvidence > 0) notes.push(`${countOf(s.untrustedEvidence, 'evidence record')} the app did not sign ${s.untrustedEvidence === 1 ? 'is' : 'are'} left out: ${s.untrustedEvidence === 1 ? 'it does' : 'they do'} not count.`);
  const unnamed = s.evidence.filter((r) => nameOf(s.names, r.addedBy) === null).length;
  if (unnamed > 0) notes.push('Who added evidence is named only where the item’s own records name the person.');
  if ((s.hiddenLinks ?? 0) > 0) notes.push(`${countOf(s.hiddenLinks ?? 0, 'link change')} to issues you cannot see ${(s.hiddenLinks ?? 0) === 1 ? 'is' : 'are'} left out.`);
  return notes;
};

/** Newest first; entries at the same instant keep their source order. A day (YYYY-MM-DD) sorts as its start, UTC; an unreadable stamp last. */
const newestFirst = (entries: readonly ActivityEntry[]): ActivityEntry[] => {
  // An unreadable stamp sorts last.
  const stamped = entries.map((e, index) => {
    const t = parseInstant(e.at);
    return { e, index, t: Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t };
  });
  return stamped.sort((a, b) => (a.t === b.t ? a.index - b.index : a.t < b.t ? 1 : -1)).map((x) => x.e);
};

export const itemActivity = (s: ActivitySources): ItemActivity => ({
  issueKey: s.issueKey,
  entries: newestFirst([
    ...verdictEntries(s.history),
    ...decisionEntries(s.decisions),
    ...objectiveDoneEntries(s.objectives),
    ...linkEntries(s.linkChanges, s.objectiveKeys),
    ...planningEntries(s),
    ...evidenceEntries(s.evidence, s.names),
  ]),
  notes: activityNotes(s),
});
