import { createJiraClient } from '../../src/jira/create-client';
import type { JiraClient, RawHistory } from '../../src/jira/client';
import { createSampleSite, type SampleUserId } from '../../src/jira/sample-site';
import { withEvidenceKey } from '../../src/preview/local-deps';
import { linkChangesOf, readItemActivity } from '../../src/services/read-item-activity';
import { ASSESSMENT_PROPERTY_KEY } from '../../src/shared/evidence';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { readEvidenceSigner } from '../../src/storage/evidence-signature';
import { createMemoryKeyValueStore } from '../../src/storage/key-value-store';
import { rescoreItems } from '../../src/services/rescore-items';
import { TODAY } from '../forge/support/resolver-harness';

const setup = async (user: SampleUserId = 'alex') => {
  const site = createSampleSite({ today: TODAY });
  const kvs = withEvidenceKey(createMemoryKeyValueStore(), site.evidenceKey);
  const { check } = await readEvidenceSigner(kvs);
  const client = createJiraClient(site.transport(user));
  const read = (key: string, c: JiraClient = client) => readItemActivity(c, DEFAULT_SETTINGS, key, TODAY, check);
  return { site, kvs, client, read };
};

/** The client, with extra changelog histories on one issue's inline changelog (the sample site records no link changes). */
const withHistories = (client: JiraClient, issueKey: string, extra: RawHistory[]): JiraClient => ({
  ...client,
  search: async (request) =>
    (await client.search(request)).map((raw) =>
      raw.key === issueKey && raw.changelog !== undefined ? { ...raw, changelog: { ...raw.changelog, histories: [...raw.changelog.histories, ...extra] } } : raw,
    ),
});

const link = (created: string, key: string, added: boolean): RawHistory => ({
  created,
  items: [
    {
      field: 'Link',
      from: added ? null : key,
      fromString: added ? null : `This issue supports ${key}`,
      to: added ? key : null,
      toString: added ? `This issue supports ${key}` : null,
    },
  ],
});

describe('readItemActivity', () => {
  it('reads an item without a parent in 2 requests: the panel’s search (with the assessment property) and the PI calendar', async () => {
    const { site, read } = await setup();
    site.resetRequestLog();
    const activity = await read('CLIN-7');
    expect(site.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /rest/api/3/search/jql', 'GET /rest/api/3/project/CLIN/version']);
    const search = site.requests[0];
    expect(String(search?.query?.['properties']).split(',')).toEqual(['factory-gravity.evidence', 'factory-gravity.decisions', ASSESSMENT_PROPERTY_KEY]);
    expect(String(search?.query?.['expand'])).toBe('changelog');
    expect(activity.issueKey).toBe('CLIN-7');
    expect(activity.entries.map((e) => e.text)).toContain('Planned into PI 27.1');
  });

  it('costs one request more for a parent objective, as the panel does', async () => {
    const { site, read } = await setup();
    site.resetRequestLog();
    await read('CLIN-1');
    expect(site.requests).toHaveLength(3);
  });

  it('reads the verdict changes from the history the re-score keeps', async () => {
    const { site, kvs, client, read } = await setup();
    await rescoreItems(client, kvs, [...site.issueIds], TODAY);
    const stored = (await client.getIssueProperty('CLIN-7', ASSESSMENT_PROPERTY_KEY)) as { verdict: string; score: number; history: unknown[] };
    expect(stored.history).toHaveLength(1);
    const before = { on: '2026-11-01', verdict: stored.verdict === 'gravity' ? 'aligned' : 'gravity', score: 90, decision: 'none', outcome: 'not-delivered' };
    await client.setIssueProperty('CLIN-7', ASSESSMENT_PROPERTY_KEY, { ...stored, history: [before, ...stored.history] });
    const activity = await read('CLIN-7');
    expect(activity.entries.filter((e) => e.kind === 'verdict-changed').map((e) => [e.at, e.text])).toEqual([
      [TODAY, `Verdict changed from ${before.verdict} to ${stored.verdict} (score 90 → ${stored.score})`],
    ]);
    expect(activity.notes[0]).toBe('Verdict changes are kept from 2026-11-01, when the history began.');
  });

  it('shows links to objectives from the changelog, looking up in one search whether issues no longer linked are objectives', async () => {
    const { site, client, read } = await setup();
    const c = withHistories(client, 'CLIN-7', [
      link('2026-10-01T09:00:00.000+0000', 'STRAT-2', true),
      link('2026-10-20T09:00:00.000+0000', 'STRAT-2', false),
      link('2026-10-21T09:00:00.000+0000', 'CLIN-2', true),
    ]);
    site.resetRequestLog();
    const activity = await read('CLIN-7', c);
    expect(site.requests).toHaveLength(3);
    expect(String(site.requests[2]?.query?.['jql'])).toBe('key in ("CLIN-2", "STRAT-2")');
    expect(activity.entries.filter((e) => e.kind.startsWith('objective')).map((e) => [e.kind, e.text, e.ref])).toEqual([
      ['objective-unlinked', 'Unlinked from objective STRAT-2', { issueKey: 'STRAT-2' }],
      ['objective-linked', 'Linked to objective STRAT-2', { issueKey: 'STRAT-2' }],
    ]);
  });

  it('leaves out link changes to issues the person cannot see, and says so', async () => {
    const { client, read } = await setup('sam');
    const activity = await read('CLIN-7', withHistories(client, 'CLIN-7', [link('2026-10-01T09:00:00.000+0000', 'CLIN-4', false)]));
    expect(activity.entries.some((e) => e.ref?.issueKey === 'CLIN-4' || e.text.includes('CLIN-4'))).toBe(false);
    expect(activity.notes).toContain('1 link change to issues you cannot see is left out.');
  });

  it('answers NOT_FOUND for an item the person cannot see, exactly as for one that does not exist', async () => {
    const { read } = await setup('sam');
    await expect(read('CLIN-4')).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Issue CLIN-4 does not exist or you cannot see it.' });
    await expect(read('CLIN-999')).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Issue CLIN-999 does not exist or you cannot see it.' });
  });

  it('reads link changes as Jira writes them, with the author when the history has one', () => {
    const withAuthor = { ...link('2026-10-01T09:00:00.000+0000', 'STRAT-2', true), author: { accountId: 'a-1', displayName: 'Alex Rivera' } } as RawHistory;
    expect(linkChangesOf([withAuthor, link('2026-10-02T09:00:00.000+0000', 'STRAT-3', false), { created: 'x', items: [{ field: 'Link', from: null, fromString: null, to: 'not a key', toString: null }] }])).toEqual([
      { at: '2026-10-01T09:00:00.000+0000', by: 'Alex Rivera', key: 'STRAT-2', added: true, text: 'This issue supports STRAT-2' },
      { at: '2026-10-02T09:00:00.000+0000', by: null, key: 'STRAT-3', added: false, text: 'This issue supports STRAT-3' },
    ]);
  });
});
