import { createJiraClient } from '../../src/jira/create-client';
import { createSampleSite } from '../../src/jira/sample-site';
import type { JiraRequest } from '../../src/jira/transport';
import { SITE_PEOPLE } from '../../src/jira/sample-site/users';

const TODAY = '2026-11-26';
const PI = 'PI 26.4';

const put = (key: string, body: unknown): JiraRequest => ({ method: 'PUT', path: `/rest/api/3/issue/${key}`, body });

describe('sample site: PUT /rest/api/3/issue/{key}', () => {
  it('removes a fix version: later searches, JQL and the changelog see it', async () => {
    const site = createSampleSite({ today: TODAY });
    const client = createJiraClient(site.transport('priya'));
    const inPi = async () => (await client.search({ jql: `fixVersion = "${PI}" AND project = PAT`, fields: [] })).map((i) => i.key);
    expect(await inPi()).toContain('PAT-5');
    await client.editIssue('PAT-5', { update: { fixVersions: [{ remove: { name: PI } }] } });
    expect(await inPi()).not.toContain('PAT-5');
    const [raw] = await client.search({ jql: 'key = PAT-5', fields: ['fixVersions'], expand: ['changelog'] });
    expect(raw?.fields['fixVersions']).toEqual([]);
    expect(raw?.changelog?.histories.at(-1)).toMatchObject({ items: [{ field: 'Fix Version', fieldId: 'fixVersions', fromString: PI, to: null, toString: null }] });
    const ids = [raw?.id ?? ''];
    const bulk = await client.changelogs(ids, ['fixVersions']);
    expect(bulk.get(raw?.id ?? '')?.at(-1)?.items[0]?.fromString).toBe(PI);
    expect(site.dump()).toContain('PAT-5 edited');
  });

  it('adds and removes labels, and clears the open sprint while closed ones stay', async () => {
    const site = createSampleSite({ today: TODAY });
    const client = createJiraClient(site.transport('alex'));
    await client.editIssue('PAT-5', { update: { labels: [{ add: 'PI-26.4' }] } });
    expect((await client.search({ jql: 'labels = "PI-26.4"', fields: [] })).map((i) => i.key)).toEqual(['PAT-5']);
    await client.editIssue('PAT-5', { update: { labels: [{ remove: 'PI-26.4' }] } });
    expect(await client.search({ jql: 'labels = "PI-26.4"', fields: [] })).toEqual([]);
    const withSprint = await client.search({ jql: 'sprint is not EMPTY', fields: ['customfield_10020'] });
    const issue = withSprint.find((i) => (i.fields['customfield_10020'] as { state: string }[]).some((s) => s.state !== 'closed'));
    if (issue === undefined) throw new Error('the sample site has no issue in an open sprint');
    await client.editIssue(issue.key, { fields: { customfield_10020: null } });
    const [after] = await client.search({ jql: `key = ${issue.key}`, fields: ['customfield_10020'] });
    const sprints = (after?.fields['customfield_10020'] as { state: string }[] | null) ?? [];
    expect(sprints.every((s) => s.state === 'closed')).toBe(true);
    expect(after?.fields['customfield_10020']).not.toEqual(issue.fields['customfield_10020']);
  });

  it('refuses like Jira: a field not on the screen (400), no Edit issues (403), an issue not visible (404), an unknown version (400)', async () => {
    const site = createSampleSite({ today: TODAY });
    const before = site.dump();
    const alex = site.transport('alex');
    const off = await alex(put('PAT-5', { fields: { summary: 'New' } }));
    expect(off.status).toBe(400);
    expect(JSON.parse(off.body)).toEqual({ errorMessages: [], errors: { summary: "Field 'summary' cannot be set. It is not on the appropriate screen, or unknown." } });
    expect((await site.transport('sam')(put('PAT-5', { update: { fixVersions: [{ remove: { name: PI } }] } }))).status).toBe(403);
    expect((await site.transport('sam')(put('CLIN-4', { update: { labels: [{ add: 'x' }] } }))).status).toBe(404);
    expect((await alex(put('PAT-999', { update: { labels: [{ add: 'x' }] } }))).status).toBe(404);
    const unknown = await alex(put('PAT-5', { update: { fixVersions: [{ remove: { name: 'No such version' } }] } }));
    expect(unknown.status).toBe(400);
    expect(JSON.parse(unknown.body).errors.fixVersions).toMatch(/not valid/);
    expect(site.dump()).toBe(before);
  });

  it('the client throws Jira\'s refusal as an AppError naming the field', async () => {
    const site = createSampleSite({ today: TODAY });
    const client = createJiraClient(site.transport('alex'));
    await expect(client.editIssue('PAT-5', { fields: { duedate: '2027-01-01' } })).rejects.toMatchObject({ code: 'JIRA_BAD_REQUEST', message: expect.stringContaining('duedate') });
    await expect(createJiraClient(site.transport('sam')).editIssue('PAT-5', { update: { labels: [{ add: 'x' }] } })).rejects.toMatchObject({ code: 'JIRA_FORBIDDEN' });
  });
});

describe('sample site: user directory', () => {
  it('searches names by word prefix, case-insensitively, inactive people included as Jira does; the client keeps active people', async () => {
    const site = createSampleSite({ today: TODAY });
    const raw = await site.transport('priya')({ method: 'GET', path: '/rest/api/3/user/search', query: { query: 'HART' } });
    expect(JSON.parse(raw.body)).toEqual([expect.objectContaining({ displayName: 'Lee Hartmann', active: false, accountType: 'atlassian' })]);
    const client = createJiraClient(site.transport('priya'));
    expect(await client.searchUsers('hart')).toEqual([]);
    expect((await client.searchUsers('d')).map((p) => p.displayName)).toEqual(['Dana Whitfield', 'Dr. Obi Mensah']);
  });

  it('answers one user by account id, and null for an unknown one (404)', async () => {
    const site = createSampleSite({ today: TODAY });
    const client = createJiraClient(site.transport('priya'));
    const dana = SITE_PEOPLE.find((p) => p.displayName === 'Dana Whitfield');
    expect(await client.user(dana?.accountId ?? '')).toEqual({ accountId: dana?.accountId, displayName: 'Dana Whitfield', active: true, accountType: 'atlassian' });
    expect(await client.user('no-such-account')).toBeNull();
    expect((await site.transport('priya')({ method: 'GET', path: '/rest/api/3/user', query: { accountId: 'x' } })).status).toBe(404);
  });

  it('the client drops apps and inactive accounts from a search and keeps at most 20', async () => {
    const users = [
      ...Array.from({ length: 25 }, (_, i) => ({ accountId: `a${i}`, accountType: 'atlassian', displayName: `Person ${i}`, active: true })),
      { accountId: 'bot', accountType: 'app', displayName: 'Bot', active: true },
      { accountId: 'gone', accountType: 'atlassian', displayName: 'Gone', active: false },
    ];
    const requests: JiraRequest[] = [];
    const client = createJiraClient(async (request) => {
      requests.push(request);
      return { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(users) };
    });
    const found = await client.searchUsers('p');
    expect(found).toHaveLength(20);
    expect(found.some((u) => u.accountId === 'bot' || u.accountId === 'gone')).toBe(false);
    expect(requests[0]).toMatchObject({ method: 'GET', path: '/rest/api/3/user/search', query: { query: 'p', maxResults: 20 } });
  });
});
