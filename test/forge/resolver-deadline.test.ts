import { generateLargeSite } from '../../src/jira/sample-site';
import type { JiraTransport } from '../../src/jira/transport';
import { DEADLINES } from '../../src/shared/deadline';
import type { ScopeReport } from '../../src/shared/report';
import { dataOf, harness, TODAY } from './support/resolver-harness';

/**
 * Issue 9: one deadline per resolver call. 5,300 epics are 53 search pages;
 * at a realistic 0.5 s per Jira request they pass Forge's 25 s, so the
 * gadget's report must come back partial (and say so), never as an
 * unexpected error. Time is simulated: the transport moves an injected clock.
 */

const EPICS = 5_300;
const MS_PER_REQUEST = 500;

const simulatedJira = () => {
  let now = 0;
  let requests = 0;
  const wrap =
    (inner: JiraTransport): JiraTransport =>
    async (request) => {
      requests += 1;
      now += MS_PER_REQUEST;
      return inner(request);
    };
  return { wrap, now: () => now, requests: () => requests };
};

describe('getScopeReport against the resolver deadline', () => {
  const site = generateLargeSite({ today: TODAY, epics: EPICS, seed: 11 });
  const payload = { scope: { kind: 'jql', jql: 'issuetype = "Epic"' }, pi: 'next' };

  it('53 pages at 0.5 s each: a partial report that says how many items were read, inside the 22 s budget', async () => {
    const jira = simulatedJira();
    const h = harness('alex', { site, wrapTransport: jira.wrap, extra: { client: { now: jira.now, sleep: async () => undefined } } });
    const report = dataOf<ScopeReport>(await h.call('getScopeReport', payload));
    expect(report.partial).toBeDefined();
    expect(report.partial?.code).toBe('DEADLINE');
    expect(report.partial?.itemsRead).toBeGreaterThan(0);
    expect(report.partial?.itemsRead).toBeLessThan(EPICS);
    expect(report.partial?.message).toMatch(/time limit/);
    // The counts cover what was read, never more: no item twice.
    expect(new Set(report.items.map((i) => i.key)).size).toBe(report.items.length);
    expect(report.total).toBeLessThanOrEqual(report.partial?.itemsRead ?? 0);
    expect(jira.now()).toBeLessThanOrEqual(DEADLINES.resolver);
  }, 60_000);

  it('each resolver call gets its own deadline: a second call is not cut short by the first one’s time', async () => {
    const jira = simulatedJira();
    const h = harness('alex', { site, wrapTransport: jira.wrap, extra: { client: { now: jira.now, sleep: async () => undefined } } });
    const first = dataOf<ScopeReport>(await h.call('getScopeReport', payload));
    const second = dataOf<ScopeReport>(await h.call('getScopeReport', payload));
    // The simulated clock kept running (about 20 s per call); a shared deadline would have left the second call nothing.
    expect(jira.now()).toBeGreaterThan(DEADLINES.resolver);
    expect(second.partial?.itemsRead).toBe(first.partial?.itemsRead);
  }, 60_000);
});
