import { createJiraClient } from '../../src/jira/create-client';
import type { RawIssue } from '../../src/jira/client';
import { readObjectiveDetails } from '../../src/services/read-objectives';
import { SettingsSchema } from '../../src/shared/settings';
import { fakeTransport, json } from '../jira/support/fake-transport';

const settings = SettingsSchema.parse({ objectives: { fieldId: 'customfield_10060' } });
const item = (n: number, field: string): RawIssue => ({ id: String(n), key: `CLIN-${n}`, fields: { customfield_10060: field }, properties: {} });
const objective = (key: string) => ({
  id: key,
  key,
  fields: { summary: key, status: { name: 'Open', statusCategory: { key: 'new' } }, issuetype: { name: 'Objective' }, duedate: '2027-01-31' },
});

describe('readObjectiveDetails', () => {
  it('reads 150 keys in 2 searches of at most 100 keys', async () => {
    const keys = Array.from({ length: 150 }, (_, i) => `STRAT-${i + 1}`);
    const transport = fakeTransport((r) => {
      const asked = [...String(r.query?.jql).matchAll(/"([A-Z]+-\d+)"/g)].map((m) => m[1] ?? '');
      return json(200, { issues: asked.map(objective), isLast: true });
    });
    const details = await readObjectiveDetails(createJiraClient(transport), settings, [item(1, keys.join(' '))]);
    expect(transport.requests).toHaveLength(2);
    expect(details.size).toBe(150);
    expect(details.get('STRAT-150')?.targetDate).toBe('2027-01-31');
  });

  it('records keys Jira refuses as not visible and searches again without them', async () => {
    const transport = fakeTransport((r) => {
      const jql = String(r.query?.jql);
      if (jql.includes('"GONE-1"')) return json(400, { errorMessages: ["An issue with key 'GONE-1' does not exist for field 'key'."] });
      return json(200, { issues: [objective('STRAT-1')], isLast: true });
    });
    const details = await readObjectiveDetails(createJiraClient(transport), settings, [item(1, 'STRAT-1, GONE-1')]);
    expect(transport.requests).toHaveLength(2);
    expect(details.get('GONE-1')).toBeNull();
    expect(details.get('STRAT-1')?.summary).toBe('STRAT-1');
  });

  it('rethrows a 400 that names none of the keys', async () => {
    const transport = fakeTransport(() => json(400, { errorMessages: ['Field duedate is not searchable.'] }));
    await expect(readObjectiveDetails(createJiraClient(transport), settings, [item(1, 'STRAT-1')])).rejects.toMatchObject({ code: 'JIRA_BAD_REQUEST' });
  });
});
