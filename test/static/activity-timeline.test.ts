import { ACTIVITY_KINDS, type ActivityEntry, type ActivityKind } from '../../src/shared/activity';
import {
  ACTIVITY_FILTERS,
  countWords,
  dayHeading,
  EMPTY_WORDS,
  filterEntries,
  filteredEmptyWords,
  filterOptions,
  groupByDay,
  KIND_BADGE,
  linkWords,
  needsFilter,
  textParts,
  todayIn,
  usableTimeZone,
  whenOf,
} from '../../static/issue-activity/src/timeline';

/**
 * The alignment history's words and groups (static/issue-activity/src/timeline.ts),
 * on hand-built entries: the reader's day and time in their time zone, the day
 * headings, grouping newest day first with the server's order kept inside a
 * day, who and when, issue keys made links only where they stand alone, the
 * kind filter with its counts, and the empty states.
 */

const TODAY = '2026-11-26';

const anEntry = (at: string, kind: ActivityKind, text: string, extra: Partial<ActivityEntry> = {}): ActivityEntry => ({
  at,
  kind,
  text,
  by: 'Dana Whitfield',
  ref: null,
  ...extra,
});

describe('the lozenge of each kind', () => {
  it('names every kind, each differently', () => {
    const labels = ACTIVITY_KINDS.map((k) => KIND_BADGE[k].label);
    expect(labels).toEqual([
      'Evidence added',
      'Evidence removed',
      'Objective linked',
      'Objective unlinked',
      'Objective done',
      'PI moved',
      'Carried over',
      'Decision',
      'Verdict changed',
    ]);
    expect(new Set(labels).size).toBe(ACTIVITY_KINDS.length);
  });

  it('colours a loss red and a gain green', () => {
    expect(KIND_BADGE['evidence-removed'].appearance).toBe('removed');
    expect(KIND_BADGE['objective-unlinked'].appearance).toBe('removed');
    expect(KIND_BADGE['evidence-added'].appearance).toBe('success');
  });
});

describe("when an entry happened, on the reader's calendar", () => {
  it.each([
    ['2026-11-26T14:05:00.000Z', 'UTC', '2026-11-26', '14:05'],
    // Jira's changelog writes the offset without a colon.
    ['2026-11-26T14:05:00.000+0000', 'UTC', '2026-11-26', '14:05'],
    ['2026-11-26T23:30:00Z', 'Europe/London', '2026-11-26', '23:30'],
    // Late evening in London is the next morning in Sydney: the day follows the reader.
    ['2026-11-26T23:30:00Z', 'Australia/Sydney', '2026-11-27', '10:30'],
    ['2026-07-01T00:15:00Z', 'America/New_York', '2026-06-30', '20:15'],
    ['2026-11-26T00:00:00Z', 'UTC', '2026-11-26', '00:00'],
  ])('%s in %s is %s at %s', (at, tz, day, time) => {
    expect(whenOf(at, tz)).toEqual({ day, time });
  });

  it('keeps a day-only entry (a verdict change seen by the re-score) on its day, without a time, in any zone', () => {
    expect(whenOf('2026-11-20', 'Pacific/Auckland')).toEqual({ day: '2026-11-20', time: null });
    expect(whenOf('2026-11-20', 'America/Los_Angeles')).toEqual({ day: '2026-11-20', time: null });
  });

  it('gives no day for a date it cannot read', () => {
    expect(whenOf('last Tuesday', 'UTC')).toEqual({ day: null, time: null });
    expect(whenOf('', 'UTC')).toEqual({ day: null, time: null });
  });

  it("today follows the reader's zone too", () => {
    const now = new Date('2026-11-26T23:30:00Z');
    expect(todayIn(now, 'UTC')).toBe('2026-11-26');
    expect(todayIn(now, 'Asia/Tokyo')).toBe('2026-11-27');
  });

  it('uses a time zone only when Intl knows it (else the browser zone)', () => {
    expect(usableTimeZone('Europe/London')).toBe('Europe/London');
    expect(usableTimeZone('Mars/Olympus_Mons')).toBeUndefined();
    expect(usableTimeZone('')).toBeUndefined();
    expect(usableTimeZone(null)).toBeUndefined();
    expect(usableTimeZone(undefined)).toBeUndefined();
  });
});

describe('day headings', () => {
  it.each([
    ['2026-11-26', 'Today'],
    ['2026-11-25', 'Yesterday'],
    ['2026-11-24', '24 November'],
    ['2026-01-01', '1 January'],
    ['2025-12-31', '31 December 2025'],
    ['2025-03-03', '3 March 2025'],
  ])('%s reads "%s" on 2026-11-26', (day, heading) => {
    expect(dayHeading(day, TODAY)).toBe(heading);
  });

  it('counts yesterday across a month and a year', () => {
    expect(dayHeading('2026-11-30', '2026-12-01')).toBe('Yesterday');
    expect(dayHeading('2025-12-31', '2026-01-01')).toBe('Yesterday');
  });

  it('names a day it could not read', () => {
    expect(dayHeading(null, TODAY)).toBe('Date unknown');
  });
});

describe('grouping by day', () => {
  const entries: readonly ActivityEntry[] = [
    anEntry('2026-11-26T15:00:00.000Z', 'verdict-changed', 'Verdict changed from gravity to ungrounded', { by: null }),
    anEntry('2026-11-26T09:12:00.000Z', 'objective-linked', 'Linked objective STRAT-2', { ref: { issueKey: 'STRAT-2' } }),
    anEntry('2026-11-25', 'verdict-changed', 'Verdict changed from unplanned to gravity', { by: null }),
    anEntry('2026-11-25T08:00:00.000Z', 'pi-moved', 'Planned into PI 27.1'),
    anEntry('2025-03-03T10:00:00.000Z', 'evidence-added', 'Added interview evidence from Ward 7 nurses', { ref: { url: 'https://research.example.org/ward-7' } }),
  ];

  it('makes one group per day, newest first, each with its heading', () => {
    const days = groupByDay(entries, 'UTC', TODAY);
    expect(days.map((d) => [d.day, d.heading, d.rows.length])).toEqual([
      ['2026-11-26', 'Today', 2],
      ['2026-11-25', 'Yesterday', 2],
      ['2025-03-03', '3 March 2025', 1],
    ]);
  });

  it("keeps the server's order inside a day (a day-only entry stays where it was sent)", () => {
    const [, yesterday] = groupByDay(entries, 'UTC', TODAY);
    expect(yesterday?.rows.map((r) => r.entry.text)).toEqual(['Verdict changed from unplanned to gravity', 'Planned into PI 27.1']);
  });

  it('says who and when, leaving out what is not known', () => {
    const rows = groupByDay(entries, 'UTC', TODAY).flatMap((d) => d.rows);
    expect(rows.map((r) => r.byline)).toEqual(['15:00', 'by Dana Whitfield · 09:12', null, 'by Dana Whitfield · 08:00', 'by Dana Whitfield · 10:00']);
    expect(groupByDay([anEntry('2026-11-20', 'decision', 'Kept in PI 27.1')], 'UTC', TODAY)[0]?.rows[0]?.byline).toBe('by Dana Whitfield');
    expect(groupByDay([anEntry('2026-11-20', 'decision', 'Kept', { by: '  ' })], 'UTC', TODAY)[0]?.rows[0]?.byline).toBeNull();
  });

  it("moves an entry to the reader's day: 23:30 UTC on the 25th is Today in Sydney", () => {
    const days = groupByDay([anEntry('2026-11-25T23:30:00Z', 'decision', 'Kept in PI 27.1')], 'Australia/Sydney', TODAY);
    expect(days.map((d) => [d.day, d.heading, d.rows[0]?.time])).toEqual([['2026-11-26', 'Today', '10:30']]);
  });

  it('lists entries whose date cannot be read last, under "Date unknown"', () => {
    const days = groupByDay([anEntry('soon', 'decision', 'Odd'), ...entries], 'UTC', TODAY);
    expect(days.map((d) => d.heading)).toEqual(['Today', 'Yesterday', '3 March 2025', 'Date unknown']);
  });

  it('sorts days the server sent out of order', () => {
    const days = groupByDay([...entries].reverse(), 'UTC', TODAY);
    expect(days.map((d) => d.day)).toEqual(['2026-11-26', '2026-11-25', '2025-03-03']);
  });

  it('gives no groups for no entries', () => {
    expect(groupByDay([], 'UTC', TODAY)).toEqual([]);
  });
});

describe('issue keys in the text become links', () => {
  it('makes the key the text names a link, in place', () => {
    expect(textParts(anEntry('2026-11-26', 'objective-linked', 'Linked objective STRAT-2 (supports)', { ref: { issueKey: 'STRAT-2' } }))).toEqual([
      { kind: 'text', text: 'Linked objective ' },
      { kind: 'issue', issueKey: 'STRAT-2' },
      { kind: 'text', text: ' (supports)' },
    ]);
  });

  it('adds the key after the text when the text does not name it', () => {
    expect(textParts(anEntry('2026-11-26', 'objective-done', 'An objective it serves was done', { ref: { issueKey: 'STRAT-5' } }))).toEqual([
      { kind: 'text', text: 'An objective it serves was done ' },
      { kind: 'issue', issueKey: 'STRAT-5' },
    ]);
  });

  it('does not find STRAT-2 inside STRAT-21 or XSTRAT-2', () => {
    expect(textParts(anEntry('2026-11-26', 'objective-linked', 'Linked STRAT-21 and XSTRAT-2, then STRAT-2', { ref: { issueKey: 'STRAT-2' } }))).toEqual([
      { kind: 'text', text: 'Linked STRAT-21 and XSTRAT-2, then ' },
      { kind: 'issue', issueKey: 'STRAT-2' },
    ]);
  });

  it('leaves the text alone without a key', () => {
    expect(textParts(anEntry('2026-11-26', 'pi-moved', 'Moved from PI 26.3 to PI 26.4'))).toEqual([{ kind: 'text', text: 'Moved from PI 26.3 to PI 26.4' }]);
    expect(textParts(anEntry('2026-11-26', 'pi-moved', 'Moved', { ref: { url: 'https://x.example' } }))).toEqual([{ kind: 'text', text: 'Moved' }]);
  });

  it('names an outside link by its host', () => {
    expect(linkWords('https://research.example.org/ward-7?x=1')).toBe('Open link on research.example.org');
    expect(linkWords('not a url')).toBe('Open link');
  });
});

describe('the kind filter', () => {
  const entries: readonly ActivityEntry[] = [
    anEntry('2026-11-26T10:00:00Z', 'evidence-added', 'Added'),
    anEntry('2026-11-26T09:00:00Z', 'evidence-removed', 'Removed'),
    anEntry('2026-11-25T10:00:00Z', 'carried-over', 'Carried over from PI 26.3 unfinished'),
    anEntry('2026-11-24T10:00:00Z', 'pi-moved', 'Moved'),
    anEntry('2026-11-23', 'verdict-changed', 'Verdict changed'),
  ];

  it('lets through one family of kinds, in order', () => {
    expect(filterEntries(entries, 'all')).toEqual(entries);
    expect(filterEntries(entries, 'evidence').map((e) => e.text)).toEqual(['Added', 'Removed']);
    expect(filterEntries(entries, 'pi').map((e) => e.kind)).toEqual(['carried-over', 'pi-moved']);
    expect(filterEntries(entries, 'decisions')).toEqual([]);
  });

  it('puts every kind in exactly one family', () => {
    for (const kind of ACTIVITY_KINDS) {
      const families = ACTIVITY_FILTERS.filter((f) => f !== 'all' && filterEntries([anEntry('2026-11-26', kind, 'x')], f).length === 1);
      expect({ kind, families: families.length }).toEqual({ kind, families: 1 });
    }
  });

  it('offers All and the families that have entries, with their counts', () => {
    expect(filterOptions(entries, 'all')).toEqual([
      { value: 'all', label: 'All changes (5)' },
      { value: 'evidence', label: 'Evidence (2)' },
      { value: 'pi', label: 'PI moves and carry-overs (2)' },
      { value: 'verdict', label: 'Verdict changes (1)' },
    ]);
  });

  it('keeps the chosen family offered even when it has no entries left', () => {
    expect(filterOptions(entries, 'decisions').map((o) => o.label)).toContain('PI decisions (0)');
  });

  it('is offered only when the entries span two families or more', () => {
    expect(needsFilter(entries)).toBe(true);
    expect(needsFilter(filterEntries(entries, 'pi'))).toBe(false);
    expect(needsFilter([])).toBe(false);
  });

  it('counts what is shown', () => {
    expect(countWords(5, 5)).toBe('5 changes');
    expect(countWords(1, 1)).toBe('1 change');
    expect(countWords(2, 5)).toBe('2 of 5 changes');
  });
});

describe('empty states', () => {
  it('says what would change the standing, and where', () => {
    expect(EMPTY_WORDS).toBe("Nothing has changed this item's standing yet: add evidence or link an objective in the Factory Gravity panel.");
    expect(filteredEmptyWords('all')).toBe(EMPTY_WORDS);
  });

  it('names the family a filter found nothing in', () => {
    expect(filteredEmptyWords('decisions')).toBe("No PI decisions in this item's history.");
    expect(filteredEmptyWords('pi')).toBe("No PI moves or carry-overs in this item's history.");
  });
});
