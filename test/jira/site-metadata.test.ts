import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createJiraClient } from '../../src/jira/create-client';
import { createSampleSite } from '../../src/jira/sample-site';
import { fakeTransport, json } from './support/fake-transport';

/**
 * The metadata reads of the settings pickers: issue types, link types and
 * fields, parsed from Atlassian's documented examples and recorded answers
 * (test/fixtures/jira-rest), and from the sample site's endpoints.
 */

const load = (path: string): unknown => JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'jira-rest', path), 'utf8'));

/** The getIssueAllTypes example of the Jira platform OAS (GET /rest/api/3/issuetype), trimmed to the fields read. */
const ISSUE_TYPES_EXAMPLE = [
  { avatarId: 1, description: 'A task that needs to be done.', hierarchyLevel: 0, id: '3', name: 'Task', self: 'https://your-domain.atlassian.net/rest/api/3/issueType/3', subtask: false },
  {
    avatarId: 10002,
    description: 'A problem with the software.',
    entityId: '9d7dd6f7-e8b6-4247-954b-7b2c9b2a5ba2',
    hierarchyLevel: 0,
    id: '1',
    name: 'Bug',
    scope: { project: { id: '10000' }, type: 'PROJECT' },
    self: 'https://your-domain.atlassian.net/rest/api/3/issueType/1',
    subtask: false,
  },
];

const answering = (path: string, body: unknown) => createJiraClient(fakeTransport((r) => (r.path === path ? json(200, body) : json(404, { errorMessages: ['nope'] }))));

describe('site metadata reads', () => {
  it('reads issue types, keeping the project of a team-managed type', async () => {
    expect(await answering('/rest/api/3/issuetype', ISSUE_TYPES_EXAMPLE).issueTypes()).toEqual([
      { id: '3', name: 'Task', subtask: false },
      { id: '1', name: 'Bug', subtask: false, projectId: '10000' },
    ]);
  });

  it('reads link types from the documented example and a recorded Cloud answer', async () => {
    const cloud = await answering('/rest/api/3/issueLinkType', load('docs-examples/platform.getIssueLinkTypes.200.json')).issueLinkTypes();
    expect(cloud).toEqual([
      { id: '1000', name: 'Duplicate', inward: 'Duplicated by', outward: 'Duplicates' },
      { id: '1010', name: 'Blocks', inward: 'Blocked by', outward: 'Blocks' },
    ]);
    const recorded = await answering('/rest/api/3/issueLinkType', load('fixtures/cloud-go-atlassian/platform.issue-link-types.GET_rest_api_3_issueLinkType.json')).issueLinkTypes();
    expect(recorded[0]).toEqual({ id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' });
  });

  it('reads fields with their schema type', async () => {
    expect(await answering('/rest/api/3/field', load('docs-examples/platform.getFields.200.json')).fields()).toEqual([
      { id: 'description', name: 'Description', custom: false, type: 'string' },
      { id: 'summary', name: 'Summary', custom: false, type: 'string' },
    ]);
  });

  it('answers all three from the sample site in the same shapes', async () => {
    const client = createJiraClient(createSampleSite({ today: '2026-11-26' }).transport('sam'));
    expect((await client.issueTypes()).map((t) => t.name)).toContain('Epic');
    expect((await client.issueLinkTypes()).map((t) => t.name)).toContain('Supports');
    expect(await client.fields()).toContainEqual({ id: 'customfield_10020', name: 'Sprint', custom: true, type: 'array', customType: 'com.pyxis.greenhopper.jira:gh-sprint' });
  });

  it('refuses, Jira-style, a query parameter the sample site does not support', async () => {
    const site = createSampleSite({ today: '2026-11-26' });
    for (const path of ['/rest/api/3/issuetype', '/rest/api/3/issueLinkType', '/rest/api/3/field']) {
      const answer = await site.transport('alex')({ method: 'GET', path, query: { expand: 'names' } });
      expect({ path, status: answer.status }).toEqual({ path, status: 400 });
    }
  });
});
