import { createJiraClient } from '../../src/jira/create-client';
import { capacityFieldFor } from '../../src/jira/map-size';
import { createSampleSite, INTENDED_VERDICTS } from '../../src/jira/sample-site';
import { buildRiversideHealth } from '../../src/jira/sample-site/data/riverside-health';
import { sampleEvidenceSigner } from '../../src/jira/sample-site/evidence-key';
import { readScopeReport } from '../../src/services/read-scope-report';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { call, TODAY } from './helpers';
import { freshFieldEvidenceOn, liveObjectivesOn } from './history';

/**
 * Story points on the sample site: the "Story Points" number field the
 * default capacity setting (auto) finds, a size on every epic but the few
 * left unsized on purpose, the next PI's gravity among its biggest items, and
 * aligned candidates waiting outside the PI with sizes that swap.
 */

const site = createSampleSite({ today: TODAY });

/** Left unsized on purpose: a gravity item, an aligned one, an unanchored one and a backlog item. */
const UNSIZED = ['CLIN-12', 'CLIN-22', 'PAT-14', 'PAT-2'];
/** In no PI or only in PI +2, and aligned if planned. */
const CANDIDATES = ['CLIN-38', 'CLIN-39', 'CLIN-40', 'PAT-32', 'PAT-33'];
const SCALE = [1, 2, 3, 5, 8, 13, 20];

const epicPoints = async (): Promise<Map<string, unknown>> => {
  const r = await call(site, { method: 'POST', path: '/rest/api/3/search/jql', body: { jql: 'project in (CLIN, PAT) ORDER BY key', fields: ['customfield_10016', 'timeoriginalestimate'], maxResults: 100 } });
  expect(r.status).toBe(200);
  expect(r.json.nextPageToken).toBeUndefined();
  return new Map((r.json.issues as { key: string; fields: Record<string, unknown> }[]).map((i) => [i.key, i.fields]));
};

describe('story points on the sample site', () => {
  it('names a Story Points number field that capacity.field = auto finds', async () => {
    const r = await call(site, { method: 'GET', path: '/rest/api/3/field' });
    expect(r.json.find((f: { id: string }) => f.id === 'customfield_10016')).toEqual({
      id: 'customfield_10016', name: 'Story Points', custom: true, orderable: true, navigable: true, searchable: true,
      clauseNames: ['cf[10016]', 'Story Points'],
      schema: { type: 'number', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:float', customId: 10016 },
    });
    const fields = await createJiraClient(site.transport()).fields();
    expect(capacityFieldFor('auto', fields)).toEqual({ ok: true, field: { id: 'customfield_10016', name: 'Story Points', unit: 'points' } });
    expect(capacityFieldFor('timeoriginalestimate', fields).field).toMatchObject({ id: 'timeoriginalestimate', unit: 'hours' });
  });

  it('sizes every epic but the unsized ones named here, on the teams\' scale; null when unsized', async () => {
    const points = await epicPoints();
    const unsized = [...points].filter(([, f]) => (f as Record<string, unknown>)['customfield_10016'] === null).map(([key]) => key);
    expect(unsized.sort()).toEqual(UNSIZED);
    expect(UNSIZED.map((k) => INTENDED_VERDICTS[k])).toEqual(expect.arrayContaining(['gravity', 'aligned']));
    for (const [key, f] of points) {
      const value = (f as Record<string, unknown>)['customfield_10016'];
      if (value !== null) expect([key, SCALE.includes(value as number)]).toEqual([key, true]);
      // Original estimates follow the points (6 hours a point, kept in seconds as Jira keeps them).
      expect((f as Record<string, unknown>)['timeoriginalestimate']).toBe(value === null ? null : (value as number) * 6 * 3600);
    }
    expect(points.size).toBe(Object.keys(INTENDED_VERDICTS).length);
  });

  it('serves the field in a GET search too, null when unsized, and leaves it out unless asked for', async () => {
    const get = (fields: string) => call(site, { method: 'GET', path: '/rest/api/3/search/jql', query: { jql: 'key in (CLIN-8, CLIN-12) ORDER BY key', fields } });
    expect((await get('summary,customfield_10016')).json.issues.map((i: { key: string; fields: unknown }) => [i.key, i.fields])).toEqual([
      ['CLIN-8', { summary: 'Migrate order sets to the new template engine', customfield_10016: 20 }],
      ['CLIN-12', { summary: 'Discharge summary PDF restyle', customfield_10016: null }],
    ]);
    expect((await get('summary')).json.issues[0].fields).toEqual({ summary: 'Migrate order sets to the new template engine' });
  });

  it.each([
    ['CLIN', "3 of 8 items in PI 27.1, 57% of the PI's points, only fit the next PI"],
    ['PAT', "2 of 7 items in PI 27.1, 62% of the PI's points, only fit the next PI"],
  ])("puts %s's biggest items among the next PI's gravity, so the headline's share tells", async (projectKey, headline) => {
    const report = await readScopeReport(createJiraClient(site.transport()), DEFAULT_SETTINGS, { kind: 'project', projectKey }, 'next', TODAY, sampleEvidenceSigner.check);
    expect(report.capacity).toMatchObject({ unit: 'points', field: { id: 'customfield_10016' } });
    const gravity = report.items.filter((a) => a.verdict === 'gravity').map((a) => a.size ?? 0);
    const others = report.items.filter((a) => a.verdict !== 'gravity').map((a) => a.size ?? 0);
    expect(Math.max(...gravity)).toBeGreaterThan(Math.max(...others));
    expect(report.headline.startsWith(headline)).toBe(true);
  });

  it('has 4+ aligned candidates waiting outside the PI in CLIN and PAT, each sized to swap with a gravity item of the next PI (0.5x-2x)', async () => {
    const store = buildRiversideHealth(TODAY);
    const client = createJiraClient(site.transport());
    for (const projectKey of ['CLIN', 'PAT']) {
      const report = await readScopeReport(client, DEFAULT_SETTINGS, { kind: 'project', projectKey }, 'next', TODAY, sampleEvidenceSigner.check);
      const gravitySizes = report.items.filter((a) => a.verdict === 'gravity').map((a) => a.size ?? 0);
      const mine = CANDIDATES.filter((k) => k.startsWith(`${projectKey}-`));
      expect(mine.length).toBeGreaterThanOrEqual(2);
      for (const key of mine) {
        const issue = store.issues.find((i) => i.key === key);
        if (issue === undefined) throw new Error(key);
        expect([key, INTENDED_VERDICTS[key]]).toEqual([key, 'unplanned']);
        expect([key, liveObjectivesOn(store, issue, TODAY) > 0, freshFieldEvidenceOn(store, issue, TODAY) > 0]).toEqual([key, true, true]);
        const size = issue.storyPoints ?? 0;
        expect([key, gravitySizes.some((g) => size >= g / 2 && size <= g * 2)]).toEqual([key, true]);
      }
    }
    expect(CANDIDATES.length).toBeGreaterThanOrEqual(4);
  });
});
