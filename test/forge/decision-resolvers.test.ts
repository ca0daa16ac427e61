import { SITE_PEOPLE } from '../../src/jira/sample-site/users';
import { dataOf, errorOf, harness } from './support/resolver-harness';

const DANA = SITE_PEOPLE.find((p) => p.displayName === 'Dana Whitfield')?.accountId ?? '';
const RATIONALE = 'The ward pilot depends on it; Dana answers for it this PI.';

describe('recordDecisions and searchUsers, called like Forge calls them', () => {
  it('records a keep as priya and answers the decision per item', async () => {
    const { call } = harness('priya');
    const answer = dataOf(await call('recordDecisions', { issueKeys: ['CLIN-11'], pi: 'PI 26.4', decision: { kind: 'keep', rationale: RATIONALE, sponsorAccountId: DANA } }));
    expect(answer.results).toEqual([expect.objectContaining({ issueKey: 'CLIN-11', ok: true, decision: expect.objectContaining({ kind: 'keep', sponsor: { accountId: DANA, displayName: 'Dana Whitfield' } }) })]);
  });

  it('answers BAD_PAYLOAD naming the field for a keep without a sponsor or a short rationale, and writes nothing', async () => {
    const { call, site } = harness('priya');
    const before = site.dump();
    const noSponsor = errorOf(await call('recordDecisions', { issueKeys: ['CLIN-11'], pi: 'PI 26.4', decision: { kind: 'keep', rationale: RATIONALE } }));
    expect(noSponsor.code).toBe('BAD_PAYLOAD');
    const short = errorOf(await call('recordDecisions', { issueKeys: ['CLIN-11'], pi: 'PI 26.4', decision: { kind: 'drop', rationale: 'short' } }));
    expect(short.issues?.[0]?.path).toEqual(['decision', 'rationale']);
    expect(site.dump()).toBe(before);
  });

  it('looks up the decider and the sponsor once for a call that decides several items', async () => {
    const { call, site } = harness('priya');
    site.resetRequestLog();
    const answer = dataOf(
      await call('recordDecisions', { issueKeys: ['CLIN-11', 'CLIN-12', 'CLIN-20'], pi: 'PI 26.4', decision: { kind: 'keep', rationale: RATIONALE, sponsorAccountId: DANA } }),
    );
    expect(answer.results.map((r) => r.ok)).toEqual([true, true, true]);
    const userReads = site.requests.filter((r) => r.method === 'GET' && r.path === '/rest/api/3/user');
    expect(userReads).toHaveLength(2);
  });

  it('searchUsers answers active people for the sponsor picker', async () => {
    const { call } = harness('priya');
    expect(dataOf(await call('searchUsers', { query: 'dana' })).users).toEqual([{ accountId: DANA, displayName: 'Dana Whitfield' }]);
  });
});
