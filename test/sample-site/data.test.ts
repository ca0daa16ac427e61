import { createSampleSite, generateLargeSite, INTENDED_VERDICTS, piContaining, piByIndex, piIndexOf } from '../../src/jira/sample-site';
import { VERDICTS, type Verdict } from '../../src/shared/assessment';
import { EVIDENCE_KINDS, EVIDENCE_PROPERTY_KEY, EvidenceRecordSchema } from '../../src/shared/evidence';
import { call, searchKeys, TODAY } from './helpers';

const DATES = ['2026-01-01', '2026-11-26', '2027-06-15', '2026-10-12', '2027-01-03', '2030-02-28'];

interface Epic {
  key: string;
  fixVersions: { name: string }[];
  property?: unknown;
}

const readEpics = async (today: string): Promise<Epic[]> => {
  const site = createSampleSite({ today });
  const epics: Epic[] = [];
  let token: string | undefined;
  do {
    const r = await call(site, { method: 'POST', path: '/rest/api/3/search/jql', body: { jql: 'issuetype = Epic ORDER BY key', fields: ['fixVersions'], properties: [EVIDENCE_PROPERTY_KEY], maxResults: 100, ...(token === undefined ? {} : { nextPageToken: token }) } });
    for (const i of r.json.issues) epics.push({ key: i.key, fixVersions: i.fields.fixVersions, property: i.properties[EVIDENCE_PROPERTY_KEY] });
    token = r.json.nextPageToken;
  } while (token !== undefined);
  return epics;
};

describe('PI calendar', () => {
  it('names PIs "PI YY.N" from a fixed epoch: 10 weeks + IP iteration', () => {
    expect(piContaining('2026-11-26')).toMatchObject({ name: 'PI 26.4', startDate: '2026-10-12', endDate: '2027-01-03' });
    expect(piContaining('2027-01-04').name).toBe('PI 27.1');
    expect(piContaining('2024-01-08').name).toBe('PI 24.1');
    expect(piContaining('2024-01-07')).toMatchObject({ name: 'PI 23.4', startDate: '2023-10-16' });
    expect(piContaining('2026-11-26').sprints.map((s) => s.name)).toEqual(['PI 26.4 - Sprint 1', 'PI 26.4 - Sprint 2', 'PI 26.4 - Sprint 3', 'PI 26.4 - Sprint 4', 'PI 26.4 - Sprint 5']);
  });

  it('gives every date exactly one PI, with unique names', () => {
    const names = new Set<string>();
    for (let i = -20; i < 60; i++) {
      const pi = piByIndex(i);
      expect(piIndexOf(pi.startDate)).toBe(i);
      expect(piIndexOf(pi.endDate)).toBe(i);
      expect(names.has(pi.name)).toBe(false);
      names.add(pi.name);
    }
  });
});

describe('Riverside Health demo data', () => {
  it.each(DATES)('has 40+ epics, a current and a next PI version in CLIN and PAT on %s', async (today) => {
    const site = createSampleSite({ today });
    const current = piContaining(today);
    const next = piByIndex(current.index + 1);
    for (const project of ['CLIN', 'PAT']) {
      const versions = (await call(site, { method: 'GET', path: `/rest/api/3/project/${project}/version` })).json.values;
      const byName = (name: string) => versions.find((v: { name: string }) => v.name === name);
      expect(byName(current.name)).toMatchObject({ startDate: current.startDate, releaseDate: current.endDate, released: false });
      expect(byName(next.name)).toMatchObject({ startDate: next.startDate, released: false });
      // Six past PIs: the trend's history (settings trend.pis defaults to 6).
      expect(versions.filter((v: { name: string; released: boolean }) => /^PI /.test(v.name) && v.released)).toHaveLength(6);
      expect(versions.some((v: { name: string }) => /^Release /.test(v.name))).toBe(true);
    }
    const epics = await readEpics(today);
    expect(epics.length).toBeGreaterThanOrEqual(40);
    expect(epics.filter((e) => e.fixVersions.some((v) => v.name === current.name)).length).toBeGreaterThanOrEqual(12);
    expect(epics.filter((e) => e.fixVersions.some((v) => v.name === next.name)).length).toBeGreaterThanOrEqual(10);
  });

  it('exports an intended verdict for every epic, each verdict at least twice', async () => {
    const epics = await readEpics(TODAY);
    expect(Object.keys(INTENDED_VERDICTS).sort()).toEqual(epics.map((e) => e.key).sort());
    const counts = new Map<Verdict, number>();
    for (const v of Object.values(INTENDED_VERDICTS)) counts.set(v, (counts.get(v) ?? 0) + 1);
    for (const v of VERDICTS) expect(counts.get(v) ?? 0).toBeGreaterThanOrEqual(2);
  });

  it.each(DATES)('keeps planned verdicts in the current or next PI and unplanned ones out of them on %s (delivered: either)', async (today) => {
    const current = piContaining(today).name;
    const next = piByIndex(piContaining(today).index + 1).name;
    for (const e of await readEpics(today)) {
      const planned = e.fixVersions.some((v) => v.name === current || v.name === next);
      const intended = INTENDED_VERDICTS[e.key];
      if (intended === 'delivered') continue;
      expect([e.key, planned]).toEqual([e.key, intended !== 'unplanned']);
    }
  });

  it('stores valid evidence covering every kind, stale and fresh, plus version-1 values', async () => {
    const epics = await readEpics(TODAY);
    const v2 = epics.flatMap((e) => (e.property !== undefined && (e.property as { schemaVersion?: number }).schemaVersion === 2 ? [e.property as { revision: number; records: unknown[] }] : []));
    const v1 = epics.filter((e) => e.property !== undefined && !('schemaVersion' in (e.property as object)));
    expect(v1.length).toBeGreaterThanOrEqual(1);
    for (const e of v1) {
      for (const item of (e.property as { items: Record<string, string>[] }).items) {
        expect(Object.keys(item).sort()).toEqual(['date', 'link', 'note', 'type', 'who']);
        expect(item['link']).toMatch(/^https:\/\//);
      }
    }
    // Each seeded record is signed (`mac`) like the app signs; the record itself is the schema's.
    const records = v2.flatMap((p) => (p.records as { mac?: unknown }[]).map(({ mac, ...r }) => (expect(typeof mac).toBe('string'), EvidenceRecordSchema.parse(r))));
    expect(new Set(records.map((r) => r.kind))).toEqual(new Set(EVIDENCE_KINDS));
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    const staleBefore = '2025-05-26'; // 18 months before TODAY
    expect(records.some((r) => r.observedOn < staleBefore)).toBe(true);
    expect(records.some((r) => r.observedOn > staleBefore)).toBe(true);
    expect(records.every((r) => r.observedOn <= TODAY && r.addedAt.slice(0, 10) <= TODAY)).toBe(true);
    expect(records.some((r) => r.source.name === 'Dr. Amara Osei' && r.kind === 'observation')).toBe(true);
    expect(records.some((r) => r.source.name === 'Ward 4B nurses' && r.kind === 'interview')).toBe(true);
    expect(records.some((r) => r.removedAt !== undefined)).toBe(true);
    expect(records.some((r) => r.fromLinkId !== undefined)).toBe(true);
  });

  it('has STRAT objectives: live ones, one Done and one past its target date', async () => {
    const site = createSampleSite({ today: TODAY });
    const r = await call(site, { method: 'GET', path: '/rest/api/3/search/jql', query: { jql: 'project = STRAT', fields: 'status,duedate,issuetype' } });
    const objectives = r.json.issues.map((i: { fields: { status: { statusCategory: { key: string } }; duedate: string | null; issuetype: { name: string } } }) => i.fields);
    expect(objectives.length).toBeGreaterThanOrEqual(4);
    expect(objectives.length).toBeLessThanOrEqual(6);
    expect(objectives.filter((o: { status: { statusCategory: { key: string } } }) => o.status.statusCategory.key === 'done')).toHaveLength(1);
    expect(objectives.filter((o: { status: { statusCategory: { key: string } }; duedate: string | null }) => o.status.statusCategory.key !== 'done' && o.duedate !== null && o.duedate < TODAY)).toHaveLength(1);
    expect(new Set(objectives.map((o: { issuetype: { name: string } }) => o.issuetype.name))).toEqual(new Set(['Strategic Theme', 'Initiative', 'Objective']));
  });

  it('records carry-overs in the Fix Version history: 1, 2 and 3 times', async () => {
    const site = createSampleSite({ today: TODAY });
    const moves = async (key: string) => {
      const r = await call(site, { method: 'POST', path: '/rest/api/3/changelog/bulkfetch', body: { issueIdsOrKeys: [key], fieldIds: ['fixVersions'] } });
      return r.json.issueChangeLogs[0].changeHistories.filter((h: { items: { from: string | null }[] }) => h.items.some((i) => i.from !== null)).length;
    };
    expect(await moves('CLIN-5')).toBe(1);
    expect(await moves('PAT-9')).toBe(2);
    expect(await moves('CLIN-13')).toBe(3);
    // Every planned epic has a Fix Version history.
    const planned = await searchKeys(site, 'issuetype = Epic AND fixVersion is not EMPTY');
    const r = await call(site, { method: 'POST', path: '/rest/api/3/changelog/bulkfetch', body: { issueIdsOrKeys: planned, fieldIds: ['fixVersions'] } });
    expect(r.json.issueChangeLogs).toHaveLength(planned.length - 1); // CLIN-24 is only in a release version set at creation
  });

  it('is deterministic for a date', async () => {
    const a = await readEpics('2027-06-15');
    const b = await readEpics('2027-06-15');
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});

describe('generated large site', () => {
  it('builds 100,000 epics in a few seconds, deterministically for a seed', async () => {
    const started = Date.now();
    const site = generateLargeSite({ today: TODAY, epics: 100_000, seed: 42 });
    expect(Date.now() - started).toBeLessThan(8000);
    const first = await call(site, { method: 'POST', path: '/rest/api/3/search/jql', body: { jql: 'project = ET ORDER BY key DESC', fields: ['summary', 'fixVersions', 'issuelinks', 'parent'], properties: [EVIDENCE_PROPERTY_KEY], maxResults: 100 } });
    expect(first.json.issues[0].key).toBe('ET-5000');
    const again = generateLargeSite({ today: TODAY, epics: 100_000, seed: 42 });
    const second = await call(again, { method: 'POST', path: '/rest/api/3/search/jql', body: { jql: 'project = ET ORDER BY key DESC', fields: ['summary', 'fixVersions', 'issuelinks', 'parent'], properties: [EVIDENCE_PROPERTY_KEY], maxResults: 100 } });
    expect(second.body).toBe(first.body);
  }, 60_000);

  it('differs between seeds and mixes plans, objectives and evidence', async () => {
    const a = generateLargeSite({ today: TODAY, epics: 2000, seed: 1 });
    const b = generateLargeSite({ today: TODAY, epics: 2000, seed: 2 });
    const q = { method: 'POST' as const, path: '/rest/api/3/search/jql', body: { jql: 'project = EA', fields: ['summary'], maxResults: 20 } };
    expect((await call(a, q)).body).not.toBe((await call(b, q)).body);
    const current = piContaining(TODAY).name;
    const next = piByIndex(piContaining(TODAY).index + 1).name;
    const inCurrent = await searchKeys(a, `project = EA AND fixVersion = "${current}"`);
    const inNext = await searchKeys(a, `project = EA AND fixVersion = "${next}"`);
    const unplanned = await searchKeys(a, 'project = EA AND fixVersion is EMPTY');
    const linked = await searchKeys(a, 'project = EA AND issue in linkedIssues(OBJ-1)');
    expect(inCurrent.length).toBeGreaterThan(300);
    expect(inNext.length).toBeGreaterThan(300);
    expect(unplanned.length).toBeGreaterThan(100);
    expect(linked.length).toBeGreaterThan(0);
    expect(await searchKeys(a, 'project = OBJ AND statusCategory = Done')).not.toHaveLength(0);
    const props = await call(a, { method: 'POST', path: '/rest/api/3/search/jql', body: { jql: 'project = EA', properties: [EVIDENCE_PROPERTY_KEY], maxResults: 100 } });
    const values = props.json.issues.map((i: { properties: Record<string, { records: unknown[] }> }) => i.properties[EVIDENCE_PROPERTY_KEY]).filter((v: unknown) => v !== undefined);
    expect(values.length).toBeGreaterThan(20);
    expect(values.length).toBeLessThan(100);
    for (const v of values) for (const { mac: _mac, ...r } of v.records as { mac?: unknown }[]) EvidenceRecordSchema.parse(r);
    const kinds = new Set(values.flatMap((v: { records: { kind: string }[] }) => v.records.map((r) => r.kind)));
    expect(kinds.has('stakeholder-request')).toBe(true);
  });
});
