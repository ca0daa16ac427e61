import { BULK_PROPERTY_MAX_ISSUES, createJiraClient } from '../../src/jira/create-client';
import { createSampleSite } from '../../src/jira/sample-site';
import type { JiraRequest, JiraTransport } from '../../src/jira/transport';
import { isAppError } from '../../src/shared/result';
import { call, TODAY } from '../sample-site/helpers';

/**
 * POST /rest/api/3/issue/properties/multi (OAS bulkSetIssuePropertiesByIssue in
 * /work/shared/jira-openapi/jira-platform.json): body MultiIssueEntityProperties,
 * ≤100 issues × ≤10 properties, answered 303 See Other (an async task).
 */

const KEY = 'factory-gravity.assessment';
const CLIN_1 = '10006';
const CLIN_2 = '10007';

const multi = (issues: unknown): JiraRequest => ({ method: 'POST', path: '/rest/api/3/issue/properties/multi', body: { issues } });

describe('sample site: bulk issue properties', () => {
  it('answers 303 with the task location and sets each issue’s property', async () => {
    const site = createSampleSite({ today: TODAY });
    const answer = await site.transport('alex')(multi([{ issueID: Number(CLIN_1), properties: { [KEY]: { verdict: 'gravity' } } }, { issueID: Number(CLIN_2), properties: { [KEY]: { verdict: 'aligned' } } }]));
    expect(answer.status).toBe(303);
    expect(answer.headers['location']).toMatch(/\/rest\/api\/3\/task\/\d+$/);
    const client = createJiraClient(site.transport('alex'));
    expect(await client.getIssueProperty('CLIN-1', KEY)).toEqual({ verdict: 'gravity' });
    expect(await client.getIssueProperty('CLIN-2', KEY)).toEqual({ verdict: 'aligned' });
  });

  it('ignores issues that do not exist or cannot be seen, and leaves issues the user may not edit unchanged', async () => {
    const site = createSampleSite({ today: TODAY });
    expect((await call(site, multi([{ issueID: 99_999_999, properties: { [KEY]: 1 } }]), 'alex')).status).toBe(303);
    expect((await call(site, multi([{ issueID: Number(CLIN_2), properties: { [KEY]: { verdict: 'forged' } } }]), 'sam')).status).toBe(303);
    expect(await createJiraClient(site.transport('alex')).getIssueProperty('CLIN-2', KEY)).not.toEqual({ verdict: 'forged' });
  });

  it.each([
    ['no issues', []],
    ['101 issues', Array.from({ length: 101 }, (_, i) => ({ issueID: 10_000 + i, properties: { [KEY]: 1 } }))],
    ['an issue id that is not a number', [{ issueID: 'CLIN-1', properties: { [KEY]: 1 } }]],
    ['no properties', [{ issueID: Number(CLIN_1), properties: {} }]],
    ['11 properties', [{ issueID: Number(CLIN_1), properties: Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`p${i}`, 1])) }]],
    ['a value over 32,768 characters', [{ issueID: Number(CLIN_1), properties: { [KEY]: 'x'.repeat(32_768) } }]],
    ['an unknown field', [{ issueID: Number(CLIN_1), properties: { [KEY]: 1 }, extra: true }]],
  ])('refuses %s with 400 and writes nothing', async (_, issues) => {
    const site = createSampleSite({ today: TODAY });
    const before = await createJiraClient(site.transport('alex')).getIssueProperty('CLIN-1', KEY);
    const answer = await call(site, multi(issues), 'alex');
    expect(answer.status).toBe(400);
    expect(answer.json.errorMessages[0]).toEqual(expect.any(String));
    expect(await createJiraClient(site.transport('alex')).getIssueProperty('CLIN-1', KEY)).toEqual(before);
  });
});

describe('JiraClient.setIssuePropertyBulk', () => {
  const recording = (status: number) => {
    const bodies: unknown[] = [];
    const transport: JiraTransport = async (request) => {
      bodies.push(request.body);
      return { status, headers: status === 303 ? { location: 'https://x.atlassian.net/rest/api/3/task/1' } : {}, body: status === 400 ? '{"errorMessages":["Bad"],"errors":{}}' : '' };
    };
    return { bodies, client: createJiraClient(transport, { sleep: async () => undefined }) };
  };

  it('sends ≤100 issues a request, with numeric issueID and the property under its key', async () => {
    const { bodies, client } = recording(303);
    await client.setIssuePropertyBulk(KEY, Array.from({ length: 250 }, (_, i) => ({ issueId: String(10_000 + i), value: { score: i } })));
    expect(BULK_PROPERTY_MAX_ISSUES).toBe(100);
    expect(bodies.map((b) => (b as { issues: unknown[] }).issues.length)).toEqual([100, 100, 50]);
    expect((bodies[0] as { issues: unknown[] }).issues[0]).toEqual({ issueID: 10_000, properties: { [KEY]: { score: 0 } } });
  });

  it('accepts the task itself (200) when the transport follows the 303, and sends nothing for an empty list', async () => {
    const { bodies, client } = recording(200);
    await client.setIssuePropertyBulk(KEY, [{ issueId: CLIN_1, value: 1 }]);
    await client.setIssuePropertyBulk(KEY, []);
    expect(bodies).toHaveLength(1);
  });

  it('fails with Jira’s message when Jira refuses the request', async () => {
    const { client } = recording(400);
    const error: unknown = await client.setIssuePropertyBulk(KEY, [{ issueId: CLIN_1, value: 1 }]).catch((e: unknown) => e);
    expect(isAppError(error) && error.code === 'JIRA_BAD_REQUEST' && error.message.includes('Bad')).toBe(true);
  });
});
