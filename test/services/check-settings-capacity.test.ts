import { createJiraClient } from '../../src/jira/create-client';
import type { JiraRequest } from '../../src/jira/transport';
import { checkSettings } from '../../src/services/check-settings';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';
import { fakeTransport, json } from '../jira/support/fake-transport';
import { fakeJira, type FakeIssue } from './fake-jira';

/**
 * The settings page's live check says which field sizes work items with the
 * draft, and how many of the current and next PI's items it sizes, or why it
 * cannot size them (SettingsCheck.capacity, src/services/check-settings.ts).
 */

const TODAY = '2026-11-26';
const status = (name: string, key: string) => ({ name, statusCategory: { key } });
const versions = {
  CLIN: [
    { id: '2', name: 'PI 26.4', startDate: '2026-10-05', releaseDate: '2026-12-27', released: false },
    { id: '3', name: 'PI 27.1', startDate: '2026-12-28', releaseDate: '2027-03-21', released: false },
  ],
};

const epic = (n: number, pi: 'PI 26.4' | 'PI 27.1', sizes: Record<string, unknown>): FakeIssue => ({
  id: String(1000 + n),
  key: `CLIN-${n}`,
  fields: {
    summary: `Epic ${n}`,
    status: status('To Do', 'new'),
    issuetype: { name: 'Epic' },
    project: { key: 'CLIN' },
    fixVersions: [{ id: pi === 'PI 26.4' ? '2' : '3', name: pi }],
    labels: [],
    issuelinks: [],
    ...sizes,
  },
  histories: [],
});

const STORY_POINTS = { id: 'customfield_10016', name: 'Story Points', custom: true, schema: { type: 'number', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:float', customId: 10016 } };
const PI_FIELD = { id: 'customfield_10060', name: 'Program Increment', custom: true, schema: { type: 'option', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:select', customId: 10060 } };
const TEAM_POINTS = { id: 'customfield_10070', name: 'Team points', custom: true, schema: { type: 'number', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:float', customId: 10070 } };

/** Current PI: 3 items, 2 with story points; next PI: 2 items, 1 with story points. Original estimates on 4 of the 5. */
const CURRENT = [
  epic(1, 'PI 26.4', { customfield_10016: 5, timeoriginalestimate: 3600, customfield_10070: 2 }),
  epic(2, 'PI 26.4', { customfield_10016: 8, timeoriginalestimate: 7200 }),
  epic(3, 'PI 26.4', { customfield_10016: null, timeoriginalestimate: 1800 }),
];
const NEXT = [epic(4, 'PI 27.1', { customfield_10016: 3, timeoriginalestimate: 3600 }), epic(5, 'PI 27.1', { customfield_10016: 'big' })];

/** One scripted site whose searches answer by the PI the JQL names (the shared fake answers every search alike). */
const site = (siteFields: unknown[] = [STORY_POINTS, PI_FIELD, TEAM_POINTS], fieldsStatus = 200) => {
  const current = fakeJira({ workItems: CURRENT, versions, siteFields });
  const next = fakeJira({ workItems: NEXT, versions, siteFields });
  return fakeTransport((request: JiraRequest) => {
    if (request.path === '/rest/api/3/field' && fieldsStatus !== 200) return json(fieldsStatus, { errorMessages: ['You do not have permission to view the fields.'] });
    return String(request.query?.['jql'] ?? '').includes('"PI 27.1"') ? next(request) : current(request);
  });
};

const check = async (field: Settings['capacity']['field'], transport = site()) =>
  (await checkSettings(createJiraClient(transport), { ...DEFAULT_SETTINGS, capacity: { field } }, 'CLIN', TODAY)).capacity;

describe('the live check of the capacity setting', () => {
  it('finds the story points field automatically and counts the sized and unsized items of the current and next PI', async () => {
    const transport = site();
    const result = await checkSettings(createJiraClient(transport), DEFAULT_SETTINGS, 'CLIN', TODAY);
    expect(result.workItems).toEqual({ current: 3, next: 2 });
    expect(result.capacity).toEqual({ field: { id: 'customfield_10016', name: 'Story Points', unit: 'points' }, sized: 3, unsized: 2, warning: null });
    // The site's fields are read once for the check and both reports (remembered per client).
    expect(transport.requests.filter((r) => r.path === '/rest/api/3/field')).toHaveLength(1);
  });

  it('sizes by a named number field', async () => {
    expect(await check('customfield_10070')).toEqual({ field: { id: 'customfield_10070', name: 'Team points', unit: 'points' }, sized: 1, unsized: 4, warning: null });
  });

  it('sizes by the original estimate in hours, without reading the site’s fields', async () => {
    const transport = site();
    expect(await check('timeoriginalestimate', transport)).toEqual({ field: { id: 'timeoriginalestimate', name: 'Original estimate', unit: 'hours' }, sized: 4, unsized: 1, warning: null });
    expect(transport.requests.some((r) => r.path === '/rest/api/3/field')).toBe(false);
  });

  it('counts items when told to: no field, nothing sized or unsized, no warning', async () => {
    expect(await check('none')).toEqual({ field: null, sized: 0, unsized: 0, warning: null });
  });

  it('counts items, without a warning, when the site has no story points field for auto', async () => {
    expect(await check('auto', site([PI_FIELD, TEAM_POINTS]))).toEqual({ field: null, sized: 0, unsized: 0, warning: null });
  });

  it('warns when the field is not a number field', async () => {
    expect(await check('customfield_10060')).toEqual({
      field: null,
      sized: 0,
      unsized: 0,
      warning: 'The capacity field customfield_10060 (Program Increment) is not a number field: items are counted instead of sized.',
    });
  });

  it('warns when the field is not on the site', async () => {
    expect((await check('customfield_99999')).warning).toBe('The capacity field customfield_99999 is not on this site or you cannot see it: items are counted instead of sized.');
  });

  it('warns, and still checks the rest, when Jira refuses the site’s fields', async () => {
    const transport = site(undefined, 403);
    const result = await checkSettings(createJiraClient(transport), DEFAULT_SETTINGS, 'CLIN', TODAY);
    expect(result.workItems).toEqual({ current: 3, next: 2 });
    expect(result.capacity.field).toBeNull();
    expect(result.capacity.warning).toMatch(/^The site's fields could not be read \(.+\), so items are counted instead of sized\.$/);
  });
});
