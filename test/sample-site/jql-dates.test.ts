import fc from 'fast-check';
import { createSampleSite } from '../../src/jira/sample-site';
import { addDays } from '../../src/jira/sample-site/dates';
import { call, searchKeys, TODAY } from './helpers';

/**
 * JQL over the date-time fields created, updated and resolved (resolutiondate):
 * a date 'yyyy-MM-dd' or 'yyyy/MM/dd' is the start of that day in the site's
 * zone (UTC), compared with the field's instant as Jira does (fields.ts says
 * where that comes from); everything else on those fields is a 400 that says
 * what the site takes, never a guessed answer.
 */

const site = createSampleSite({ today: TODAY });

interface Row {
  key: string;
  created: string;
  updated: string;
  resolutiondate: string | null;
  done: boolean;
}

let rows: Row[];
beforeAll(async () => {
  const r = await call(site, {
    method: 'POST',
    path: '/rest/api/3/search/jql',
    body: { jql: 'project in (CLIN, PAT, STRAT) ORDER BY key', fields: ['created', 'updated', 'resolutiondate', 'status'], maxResults: 100 },
  });
  expect(r.json.isLast).toBe(true);
  rows = (r.json.issues as { key: string; fields: { created: string; updated: string; resolutiondate: string | null; status: { statusCategory: { key: string } } } }[]).map((i) => ({
    key: i.key,
    created: i.fields.created,
    updated: i.fields.updated,
    resolutiondate: i.fields.resolutiondate,
    done: i.fields.status.statusCategory.key === 'done',
  }));
});

const keys = async (jql: string): Promise<string[]> => [...(await searchKeys(site, jql))].sort();
const where = (test: (r: Row) => boolean): string[] => rows.filter(test).map((r) => r.key).sort();
const day = (stamp: string): string => stamp.slice(0, 10);
const ALL = 'project in (CLIN, PAT, STRAT)';

const jqlError = async (jql: string) => {
  const r = await call(site, { method: 'GET', path: '/rest/api/3/search/jql', query: { jql } });
  return { status: r.status, message: (r.json.errorMessages as string[] | undefined)?.join(' ') ?? '' };
};

describe('date comparisons on created, updated and resolved', () => {
  // Every date-time the site writes is +0000 and none falls on midnight, so ">= D" and "> D" both mean "on D or later".
  it('holds no stamp at midnight (so the cases below tell the operators apart by day)', () => {
    for (const r of rows) for (const s of [r.created, r.updated, r.resolutiondate ?? 'T01']) expect([r.key, s.includes('T00:00:00')]).toEqual([r.key, false]);
  });

  it('compare by the start of the day, in both date formats, as a property over the days of the data', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: -760, max: 5 }), fc.constantFrom('updated', 'created', 'resolved', 'resolutiondate', 'updatedDate', 'createdDate'), fc.boolean(), async (offset, field, slashes) => {
        const d = addDays(TODAY, offset);
        const value = slashes ? d.replace(/-/g, '/') : d;
        const read = (r: Row): string | null => (field.startsWith('updated') ? r.updated : field.startsWith('created') ? r.created : r.resolutiondate);
        expect(await keys(`${ALL} AND ${field} >= "${value}"`)).toEqual(where((r) => read(r) !== null && day(read(r) ?? '') >= d));
        expect(await keys(`${ALL} AND ${field} > "${value}"`)).toEqual(where((r) => read(r) !== null && day(read(r) ?? '') >= d));
        expect(await keys(`${ALL} AND ${field} < "${value}"`)).toEqual(where((r) => read(r) !== null && day(read(r) ?? '') < d));
        expect(await keys(`${ALL} AND ${field} <= "${value}"`)).toEqual(where((r) => read(r) !== null && day(read(r) ?? '') < d));
      }),
      { numRuns: 40 },
    );
  });

  it('match = only at midnight exactly and != everywhere else (never an empty field)', async () => {
    const d = day(rows.find((r) => r.key === 'CLIN-25')?.updated ?? '');
    expect(await keys(`${ALL} AND updated = "${d}"`)).toEqual([]);
    expect(await keys(`${ALL} AND updated != "${d}"`)).toEqual(where(() => true));
    expect(await keys(`${ALL} AND resolved != "${d}"`)).toEqual(where((r) => r.resolutiondate !== null));
  });

  it('find resolved and unresolved items with IS [NOT] EMPTY: the Done epics but one have a resolution date', async () => {
    expect(await keys(`${ALL} AND resolved IS NOT EMPTY`)).toEqual(where((r) => r.done && r.key !== 'CLIN-21' && r.key !== 'STRAT-6'));
    expect(await keys(`${ALL} AND resolutiondate is empty`)).toEqual(where((r) => r.resolutiondate === null));
    expect(await keys(`${ALL} AND resolved = EMPTY`)).toEqual(where((r) => r.resolutiondate === null));
    expect(await keys('project = CLIN AND statusCategory = Done AND resolved is EMPTY')).toEqual(['CLIN-21']);
  });

  it('answer the outcomes service query: the scope, Done, updated since a day', async () => {
    const since = addDays(TODAY, -365);
    expect(await keys(`project = "CLIN" AND issuetype = "Epic" AND statusCategory = Done AND updated >= "${since}"`)).toEqual(
      where((r) => r.key.startsWith('CLIN-') && r.done && day(r.updated) >= since),
    );
  });

  it('sort by resolved with the unresolved last (ascending) and first (descending)', async () => {
    const asc = await searchKeys(site, 'project = PAT ORDER BY resolved ASC');
    const stamps = asc.map((k) => rows.find((r) => r.key === k)?.resolutiondate ?? null);
    const firstNull = stamps.indexOf(null);
    expect(firstNull).toBeGreaterThan(0);
    expect(stamps.slice(firstNull).every((s) => s === null)).toBe(true);
    const dated = stamps.slice(0, firstNull) as string[];
    expect(dated).toEqual([...dated].sort());
    const desc = await searchKeys(site, 'project = PAT ORDER BY resolutiondate DESC');
    expect(rows.find((r) => r.key === desc[0])?.resolutiondate).toBeNull();
    const descDated = desc.map((k) => rows.find((r) => r.key === k)?.resolutiondate ?? null).filter((s): s is string => s !== null);
    expect(descDated).toEqual([...dated].reverse());
  });
});

describe('what the site refuses on the date-time fields, loudly', () => {
  it.each([
    ['updated >= -1w', "Date value '-1w' for field 'updated' is invalid"],
    ['updated >= "-4d"', "Date value '-4d' for field 'updated' is invalid"],
    ['created > "2026-01-01 10:00"', "Date value '2026-01-01 10:00' for field 'created' is invalid"],
    ['resolved < "2026-02-30"', "Date value '2026-02-30' for field 'resolved' is invalid"],
    ['resolved < "03/03/2026"', "Date value '03/03/2026' for field 'resolved' is invalid"],
    ['updated > startOfWeek()', "The sample site does not support the function 'startOfWeek()' on the 'updated' field."],
    ['resolutiondate >= startOfDay(-7)', "The sample site does not support the function 'startOfDay(-7)' on the 'resolved' field."],
    ['created in ("2026-01-01", "2026-01-02")', "The operator 'IN' is not supported by the 'created' field on the sample site."],
    ['updated not in ("2026-01-01")', "The operator 'NOT IN' is not supported by the 'updated' field on the sample site."],
    ['updated is EMPTY', "The operator 'IS EMPTY' is not supported by the 'updated' field on the sample site."],
    ['created = EMPTY', "The operator '= EMPTY' is not supported by the 'created' field on the sample site."],
    ['updated WAS "2026-01-01"', "The operator 'WAS' is not supported by the 'updated' field on the sample site."],
  ])('%s', async (jql, message) => {
    const r = await jqlError(`project = CLIN AND ${jql}`);
    expect(r.status).toBe(400);
    expect(r.message).toContain(message);
    // Each refusal says what the site does take.
    expect(r.message).toMatch(/yyyy-MM-dd/);
  });
});
