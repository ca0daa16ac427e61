import { createSampleSite } from '../../src/jira/sample-site';
import { SITE_PEOPLE } from '../../src/jira/sample-site/users';
import { dataOf, errorOf, harness, TODAY } from './support/resolver-harness';

const CLIN = { kind: 'project', projectKey: 'CLIN' } as const;
const DANA = SITE_PEOPLE.find((p) => p.displayName === 'Dana Whitfield');
const WHY = 'The ward pilot depends on it; Dana answers for it.';

describe('getPiReview (the PI review page) over the sample site', () => {
  it('tells each person what they may do: alex decides and commits, priya decides, sam only views', async () => {
    const expected = { alex: [true, true], priya: [true, false], sam: [false, false] } as const;
    for (const user of ['alex', 'priya', 'sam'] as const) {
      const review = dataOf(await harness(user).call('getPiReview', { scope: CLIN, pi: 'current' }));
      expect([user, review.canDecide, review.canCommit]).toEqual([user, ...expected[user]]);
      expect(review.projectKey).toBe('CLIN');
      expect(review.report.items.length).toBeGreaterThan(0);
    }
  });

  it('has no project (so no commit) for a board scope', async () => {
    const { call } = harness('alex');
    const boards = dataOf(await call('getScopeOptions', {})).boards.filter((b) => b.projectKey === 'CLIN');
    const board = boards[0];
    if (board === undefined) throw new Error('the sample site has no CLIN board');
    const review = dataOf(await call('getPiReview', { scope: { kind: 'board', boardId: board.id }, pi: 'current' }));
    expect(review.projectKey).toBeNull();
    expect(review.canCommit).toBe(false);
    expect(review.report.baseline ?? null).toBeNull();
  });

  it('logs a keep on a report item and a drop from the register, newest first, once each', async () => {
    const site = createSampleSite({ today: TODAY });
    const { call, kvs } = harness('priya', { site });
    const before = dataOf(await call('getPiReview', { scope: CLIN, pi: 'current' }));
    const pi = before.report.pi;
    if (pi === null || DANA === undefined) throw new Error('the sample site has no current PI or no Dana');
    const [kept, dropped] = before.report.items.filter((a) => a.decision === null).map((a) => a.key);
    if (kept === undefined || dropped === undefined) throw new Error('need two undecided items');

    const keep = dataOf(await call('recordDecisions', { issueKeys: [kept], pi: pi.name, decision: { kind: 'keep', rationale: WHY, sponsorAccountId: DANA.accountId } }));
    expect(keep.results[0]).toMatchObject({ ok: true });
    const drop = dataOf(await call('recordDecisions', { issueKeys: [dropped], pi: pi.name, decision: { kind: 'drop', rationale: 'Nobody asked for it this PI.' } }));
    expect(drop.results[0]).toMatchObject({ ok: true });

    const after = dataOf(await harness('priya', { site, kvs }).call('getPiReview', { scope: CLIN, pi: 'current' }));
    expect(after.report.items.some((a) => a.key === dropped)).toBe(false);
    expect(after.report.items.find((a) => a.key === kept)?.decision).toMatchObject({ kind: 'keep', sponsor: { displayName: 'Dana Whitfield' } });
    expect(after.register.some((e) => e.issueKey === dropped && e.pi === pi.name)).toBe(true);
    const lines = after.decisionLog.map((e) => `${e.issueKey}#${e.record.version}`);
    expect(new Set(lines).size).toBe(lines.length);
    expect(after.decisionLog.find((e) => e.issueKey === kept)?.record).toMatchObject({ kind: 'keep', pi: pi.name });
    expect(after.decisionLog.find((e) => e.issueKey === dropped)?.record).toMatchObject({ kind: 'drop', pi: pi.name });
    expect(after.decisionLog.every((e) => e.record.pi === pi.name)).toBe(true);
    const times = after.decisionLog.map((e) => e.record.decidedAt);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('costs one /mypermissions request and one decisions search per 100 items', async () => {
    const site = createSampleSite({ today: TODAY });
    const { call } = harness('alex', { site });
    site.resetRequestLog();
    const review = dataOf(await call('getPiReview', { scope: CLIN, pi: 'current' }));
    const permissions = site.requests.filter((r) => r.path === '/rest/api/3/mypermissions');
    expect(permissions).toHaveLength(1);
    const logSearches = site.requests.filter((r) => r.path === '/rest/api/3/search/jql' && r.query?.['properties'] === 'factory-gravity.decisions' && r.query['fields'] === 'summary');
    expect(logSearches).toHaveLength(Math.ceil(review.report.items.length / 100));
  });

  it('refuses a malformed scope', async () => {
    expect(errorOf(await harness('alex').call('getPiReview', { scope: { kind: 'project', projectKey: 'clin' }, pi: 'current' })).code).toBe('BAD_PAYLOAD');
  });
});
