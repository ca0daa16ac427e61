import type { ThemeAppearance } from '@atlaskit/lozenge';
import type { ActivityEntry, ActivityKind } from '../../../src/shared/activity';
import { longDay } from '../../../src/shared/outcome-words';
import { calendarDaysBetween } from '../../../src/shared/day-number';

/**
 * The alignment history (jira:issueActivity) in words and groups: each
 * entry's lozenge, its day and time in the reader's time zone, the day
 * headings ("Today", "Yesterday", "26 November", "3 March 2025"), the kind
 * filter and the empty states. Pure, so it is unit-tested without the
 * Atlaskit components (test/static/activity-timeline.test.ts). The server
 * sends the entries newest first; grouping keeps that order within a day.
 */

/**
 * The lozenge of each kind: the words and the colour. Green for what adds a
 * force (evidence, an objective), red for what takes one away, yellow for a
 * carry-over (the zombie warning), blue for a PI move, purple for a decision.
 */
export const KIND_BADGE: Readonly<Record<ActivityKind, { readonly label: string; readonly appearance: ThemeAppearance }>> = {
  'evidence-added': { label: 'Evidence added', appearance: 'success' },
  'evidence-removed': { label: 'Evidence removed', appearance: 'removed' },
  'objective-linked': { label: 'Objective linked', appearance: 'success' },
  'objective-unlinked': { label: 'Objective unlinked', appearance: 'removed' },
  'objective-done': { label: 'Objective done', appearance: 'default' },
  'pi-moved': { label: 'PI moved', appearance: 'inprogress' },
  'carried-over': { label: 'Carried over', appearance: 'moved' },
  decision: { label: 'Decision', appearance: 'new' },
  'verdict-changed': { label: 'Verdict changed', appearance: 'default' },
};

/** The kind filter: every entry, or one family of kinds. */
export const ACTIVITY_FILTERS = ['all', 'evidence', 'objectives', 'pi', 'decisions', 'verdict'] as const;
export type ActivityFilter = (typeof ACTIVITY_FILTERS)[number];

const FILTER_KINDS: Readonly<Record<Exclude<ActivityFilter, 'all'>, readonly ActivityKind[]>> = {
  evidence: ['evidence-added', 'evidence-removed'],
  objectives: ['objective-linked', 'objective-unlinked', 'objective-done'],
  pi: ['pi-moved', 'carried-over'],
  decisions: ['decision'],
  verdict: ['verdict-changed'],
};

const FILTER_NAMES: Readonly<Record<ActivityFilter, string>> = {
  all: 'All changes',
  evidence: 'Evidence',
  objectives: 'Objectives',
  pi: 'PI moves and carry-overs',
  decisions: 'PI decisions',
  verdict: 'Verdict changes',
};

export const matchesFilter = (entry: ActivityEntry, f: ActivityFilter): boolean => f === 'all' || FILTER_KINDS[f].includes(entry.kind);

export const filterEntries = (entries: readonly ActivityEntry[], f: ActivityFilter): readonly ActivityEntry[] =>
  entries.filter((e) => matchesFilter(e, f));

/**
 * The filter's options with their counts, "Evidence (3)": "All" always, the
 * others only when they have entries (plus the chosen one, so a choice never
 * disappears from under the reader).
 */
export const filterOptions = (
  entries: readonly ActivityEntry[],
  chosen: ActivityFilter,
): readonly { readonly value: ActivityFilter; readonly label: string }[] =>
  ACTIVITY_FILTERS.flatMap((f) => {
    const n = filterEntries(entries, f).length;
    return f === 'all' || n > 0 || f === chosen ? [{ value: f, label: `${FILTER_NAMES[f]} (${n})` }] : [];
  });

/** Whether the filter is worth showing: only when the entries span two families or more (one family has nothing to filter). */
export const needsFilter = (entries: readonly ActivityEntry[]): boolean =>
  ACTIVITY_FILTERS.filter((f) => f !== 'all' && filterEntries(entries, f).length > 0).length >= 2;

/** A time zone Intl accepts (Forge sends the user's Jira time zone, e.g. "Europe/London"), else undefined: the browser's own. */
export const usableTimeZone = (tz: string | null | undefined): string | undefined => {
  if (tz === null || tz === undefined || tz === '') return undefined;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: tz });
    return tz;
  } catch {
    return undefined;
  }
};

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

const partsIn = (instant: Date, timeZone: string | undefined): Readonly<Record<string, string>> => {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  return Object.fromEntries(parts.map((p) => [p.type, p.value]));
};

/**
 * When an entry happened, as the reader's calendar shows it: the day
 * (YYYY-MM-DD) and the time ("14:05"), or no time when only the day is
 * known (a verdict change seen by the daily re-score). An `at` that does not
 * read as a date gives day null.
 */
export const whenOf = (at: string, timeZone: string | undefined): { readonly day: string | null; readonly time: string | null } => {
  if (DATE_ONLY.test(at)) return { day: at, time: null };
  const ms = Date.parse(at);
  if (Number.isNaN(ms)) return { day: null, time: null };
  const p = partsIn(new Date(ms), timeZone);
  return { day: `${p['year'] ?? ''}-${p['month'] ?? ''}-${p['day'] ?? ''}`, time: `${p['hour'] ?? ''}:${p['minute'] ?? ''}` };
};

/** Today (YYYY-MM-DD) in the reader's time zone. */
export const todayIn = (now: Date, timeZone: string | undefined): string => whenOf(now.toISOString(), timeZone).day ?? now.toISOString().slice(0, 10);


/** "Today", "Yesterday", "26 November" (this year), "3 March 2025"; "Date unknown" for a day that could not be read. */
export const dayHeading = (day: string | null, today: string): string => {
  if (day === null) return 'Date unknown';
  const back = calendarDaysBetween(day, today);
  if (back === 0) return 'Today';
  if (back === 1) return 'Yesterday';
  return longDay(day, today);
};

export interface TimelineRow {
  readonly entry: ActivityEntry;
  /** "14:05", or null when only the day is known. */
  readonly time: string | null;
  /** "by Dana Whitfield · 14:05", "14:05", "by Dana Whitfield": who and when, each only when known; null when neither is. */
  readonly byline: string | null;
}

export interface TimelineDay {
  /** YYYY-MM-DD, or null for entries whose date could not be read (listed last). */
  readonly day: string | null;
  readonly heading: string;
  readonly rows: readonly TimelineRow[];
}

const bylineOf = (by: string | null, time: string | null): string | null => {
  const who = by === null || by.trim() === '' ? null : `by ${by.trim()}`;
  const parts = [who, time].filter((p): p is string => p !== null);
  return parts.length === 0 ? null : parts.join(' · ');
};

/**
 * The entries grouped by the reader's day, newest day first. Within a day the
 * server's order (newest first) is kept as sent: a day-only entry (a verdict
 * change) stays where the server placed it beside the timed changes of that day.
 */
export const groupByDay = (entries: readonly ActivityEntry[], timeZone: string | undefined, today: string): readonly TimelineDay[] => {
  const byDay = new Map<string | null, TimelineRow[]>();
  for (const entry of entries) {
    const { day, time } = whenOf(entry.at, timeZone);
    const rows = byDay.get(day) ?? [];
    rows.push({ entry, time, byline: bylineOf(entry.by, time) });
    byDay.set(day, rows);
  }
  const days = [...byDay.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : b.localeCompare(a)));
  return days.map((day) => ({ day, heading: dayHeading(day, today), rows: byDay.get(day) ?? [] }));
};

/** A piece of an entry's text: plain words, or the issue key the entry refers to (rendered as a link). */
export type TextPart = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'issue'; readonly issueKey: string };

/**
 * The entry's text with its ref.issueKey made a link where the text names
 * it ("Linked objective STRAT-2" → "Linked objective ", STRAT-2); a key the
 * text does not name is added after it, so the link is always there.
 */
export const textParts = (entry: ActivityEntry): readonly TextPart[] => {
  const key = entry.ref?.issueKey;
  if (key === undefined || key === '') return [{ kind: 'text', text: entry.text }];
  // A key only counts where it stands alone: STRAT-2 is not found inside STRAT-21.
  const pattern = new RegExp(`(?<![A-Za-z0-9_-])${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![0-9])`, 'g');
  const pieces = entry.text.split(pattern);
  if (pieces.length === 1) return [{ kind: 'text', text: `${entry.text} ` }, { kind: 'issue', issueKey: key }];
  return pieces.flatMap((text, i): TextPart[] => [
    ...(i === 0 ? [] : [{ kind: 'issue' as const, issueKey: key }]),
    ...(text === '' ? [] : [{ kind: 'text' as const, text }]),
  ]);
};

/** What an outside link is called beside the entry: its host ("Open link on research.example.org"), or the plain words when it does not parse. */
export const linkWords = (url: string): string => {
  try {
    const host = new URL(url).hostname;
    return host === '' ? 'Open link' : `Open link on ${host}`;
  } catch {
    return 'Open link';
  }
};

export const EMPTY_WORDS = "Nothing has changed this item's standing yet: add evidence or link an objective in the Factory Gravity panel.";

const FILTERED_EMPTY: Readonly<Record<ActivityFilter, string>> = {
  all: EMPTY_WORDS,
  evidence: "No evidence was added or removed in this item's history.",
  objectives: "No objective was linked, unlinked or done in this item's history.",
  pi: "No PI moves or carry-overs in this item's history.",
  decisions: "No PI decisions in this item's history.",
  verdict: "No verdict changes in this item's history.",
};

/** When the filter hides every entry: "No PI decisions in this item's history." */
export const filteredEmptyWords = (f: ActivityFilter): string => FILTERED_EMPTY[f];

/** The count line above the list: "12 changes", "1 change"; with a filter, "3 of 12 changes". */
export const countWords = (shown: number, total: number): string =>
  shown === total ? `${total} ${total === 1 ? 'change' : 'changes'}` : `${shown} of ${total} ${total === 1 ? 'change' : 'changes'}`;
