import { createJiraClient, SEARCH_RESERVE_MS } from '../../src/jira/create-client';
import { retryPolicy } from '../../src/jira/retry-policy';
import type { JiraResponse } from '../../src/jira/transport';
import { deadlineIn, DEADLINES, NO_DEADLINE } from '../../src/shared/deadline';
import { fakeClock, fakeTransport, json, sequence, failure } from './support/fake-transport';

/**
 * Issue 9: one deadline per invocation bounds every exchange and every wait;
 * a search that runs out of time fails (search) or says it is partial
 * (searchUntilDeadline); jitter is random unless a test seeds it; a
 * truncated or HTML body on a 2xx is retried once.
 */

const issue = (n: number) => ({ id: String(10000 + n), key: `CLIN-${n}`, fields: { summary: `Item ${n}` }, properties: {} });
const PAGE = 100;

/** 53 pages of 100 issues (5,300), each answered 0.5 s later on the injected clock: nothing really waits. */
const slowSearch = (clock: ReturnType<typeof fakeClock>, pages = 53, msPerPage = 500) =>
  fakeTransport(async (request) => {
    await clock.sleep(msPerPage);
    const n = request.query?.['nextPageToken'] === undefined ? 0 : Number(String(request.query['nextPageToken']).slice(1));
    const page = Array.from({ length: PAGE }, (_, i) => issue(n * PAGE + i + 1));
    return json(200, n + 1 >= pages ? { issues: page, isLast: true } : { issues: page, nextPageToken: `p${n + 1}`, isLast: false });
  });

const request = { jql: 'project = CLIN', fields: ['summary'] };

describe('a search against the invocation deadline (53 pages at 0.5 s, 22 s budget)', () => {
  it('searchUntilDeadline stops before a page it has no time for and answers complete = false with the pages read', async () => {
    const clock = fakeClock();
    const transport = slowSearch(clock);
    const result = await createJiraClient(transport, { ...clock, deadline: deadlineIn(DEADLINES.resolver, clock.now) }).searchUntilDeadline(request);
    expect(result.complete).toBe(false);
    // Stops once fewer than the reserve plus the slowest page are left: 37 pages of 100 at 0.5 s.
    expect(result.issues).toHaveLength(37 * PAGE);
    expect(transport.requests).toHaveLength(37);
    expect(new Set(result.issues.map((i) => i.key)).size).toBe(result.issues.length);
    // Time is left for the resolver to score and answer.
    expect(DEADLINES.resolver - clock.now()).toBeGreaterThanOrEqual(SEARCH_RESERVE_MS);
  });

  it('searchUntilDeadline reads every page when they fit, and says complete', async () => {
    const clock = fakeClock();
    const result = await createJiraClient(slowSearch(clock, 10), { ...clock, deadline: deadlineIn(DEADLINES.resolver, clock.now) }).searchUntilDeadline(request);
    expect(result).toMatchObject({ complete: true });
    expect(result.issues).toHaveLength(10 * PAGE);
  });

  it('search (all or nothing) fails with DEADLINE instead of running into Forge’s 25 s', async () => {
    const clock = fakeClock();
    const error = await failure(createJiraClient(slowSearch(clock), { ...clock, deadline: deadlineIn(DEADLINES.resolver, clock.now) }).search(request));
    expect(error.code).toBe('DEADLINE');
    expect(error.message).toMatch(/^The 22 s time limit ran out after 43 pages \(4300 issues\) of the search, before its last page\. Try again; if it happens every time, narrow the scope/);
    expect(clock.now()).toBeLessThanOrEqual(DEADLINES.resolver);
  });

  it('the CLI’s longer budget reads all 53 pages', async () => {
    const clock = fakeClock();
    const issues = await createJiraClient(slowSearch(clock), { ...clock, deadline: deadlineIn(DEADLINES.cli, clock.now) }).search(request);
    expect(issues).toHaveLength(53 * PAGE);
  });

  it('a deadline that runs out during a later page still gives a partial result, not an error', async () => {
    const clock = fakeClock();
    // The first page is quick; the second never answers in time: the exchange is cut at the deadline.
    let calls = 0;
    const transport = fakeTransport(async () => {
      calls += 1;
      if (calls > 1) return new Promise<JiraResponse>(() => undefined);
      return json(200, { issues: [issue(1)], nextPageToken: 'p1', isLast: false });
    });
    const deadline = deadlineIn(SEARCH_RESERVE_MS + 600);
    const result = await createJiraClient(transport, { sleep: clock.sleep, deadline }).searchUntilDeadline(request);
    expect(result).toMatchObject({ complete: false });
    expect(result.issues.map((i) => i.key)).toEqual(['CLIN-1']);
  });
});

describe('every exchange and every wait inside the deadline', () => {
  it('an exchange that does not answer is cut when the deadline comes, with DEADLINE (not after the 10 s request timeout)', async () => {
    const started = Date.now();
    const hang = fakeTransport(() => new Promise<JiraResponse>(() => undefined));
    const error = await failure(createJiraClient(hang, { deadline: deadlineIn(700), sleep: async () => undefined }).remoteLinks('CLIN-1'));
    expect(error.code).toBe('DEADLINE');
    expect(error.message).toMatch(/^The 1 s time limit ran out before Jira answered GET \/rest\/api\/3\/issue\/CLIN-1\/remotelink\./);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(hang.requests).toHaveLength(1);
  }, 10_000);

  it('no exchange starts once the deadline has passed', async () => {
    const clock = fakeClock();
    const deadline = deadlineIn(1_000, clock.now);
    await clock.sleep(1_000);
    const transport = fakeTransport(() => json(200, []));
    const error = await failure(createJiraClient(transport, { ...clock, deadline }).remoteLinks('CLIN-1'));
    expect(error.code).toBe('DEADLINE');
    expect(transport.requests).toHaveLength(0);
  });

  it('a retry wait that would pass the deadline is not started: JIRA_UNAVAILABLE names the limit', async () => {
    const clock = fakeClock();
    const transport = fakeTransport(() => json(503, {}));
    const deadline = deadlineIn(3_000, clock.now);
    const error = await failure(createJiraClient(transport, { ...clock, deadline, baseDelayMs: 1_000, maxDelayMs: 8_000, seed: 1 }).remoteLinks('CLIN-1'));
    expect(error.code).toBe('JIRA_UNAVAILABLE');
    expect(error.message).toMatch(/would pass the 3 s limit/);
    expect(clock.now()).toBeLessThanOrEqual(3_000);
  });

  it('the waits of every call of one client share its deadline', async () => {
    const clock = fakeClock();
    const transport = fakeTransport(sequence(json(429, {}, { 'retry-after': '8' }), json(200, []), json(429, {}, { 'retry-after': '8' }), json(200, []), json(429, {}, { 'retry-after': '8' })));
    const client = createJiraClient(transport, { ...clock, deadline: deadlineIn(20_000, clock.now) });
    await client.remoteLinks('CLIN-1');
    await client.remoteLinks('CLIN-2');
    const error = await failure(client.remoteLinks('CLIN-3'));
    expect(error.code).toBe('JIRA_UNAVAILABLE');
    expect(clock.waits).toEqual([8000, 8000]);
  });
});

describe('retry jitter', () => {
  const delays = (seed?: number) => {
    const policy = retryPolicy({ baseDelayMs: 1_000, maxDelayMs: 1_000_000, deadline: NO_DEADLINE, ...(seed === undefined ? {} : { seed }) });
    return Array.from({ length: 12 }, (_, i) => policy.delayFor(i + 1, undefined));
  };

  it('two policies without a seed do not wait the same (no lockstep between consumers)', () => {
    expect(delays()).not.toEqual(delays());
  });

  it('a seed, given by a test, repeats the same waits', () => {
    expect(delays(7)).toEqual(delays(7));
  });
});

describe('an unreadable body on a 2xx is retried once', () => {
  const good = json(200, { issues: [issue(1)], isLast: true });
  const truncated: JiraResponse = { ...good, body: good.body.slice(0, 20) };
  const htmlPage: JiraResponse = { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: '<!DOCTYPE html><html><body>Service Unavailable</body></html>' };
  const ltBody: JiraResponse = { status: 200, headers: { 'content-type': 'application/json' }, body: '<html>Gateway</html>' };

  it.each([
    ['a truncated JSON body', truncated],
    ['an HTML page (content-type text/html)', htmlPage],
    ['a body starting with < under a JSON content-type', ltBody],
  ])('%s, then the real answer: the call succeeds on the second try', async (_name, bad) => {
    const clock = fakeClock();
    const transport = fakeTransport(sequence(bad, good));
    expect(await createJiraClient(transport, clock).search(request)).toHaveLength(1);
    expect(transport.requests).toHaveLength(2);
    expect(clock.waits).toHaveLength(1);
  });

  it('unreadable twice: fails with the clear JIRA_BAD_RESPONSE message, after exactly one retry', async () => {
    const clock = fakeClock();
    const transport = fakeTransport(sequence(htmlPage, truncated));
    const error = await failure(createJiraClient(transport, clock).search(request));
    expect(error.code).toBe('JIRA_BAD_RESPONSE');
    expect(error.message).toMatch(/^Jira answered 200 to GET \/rest\/api\/3\/search\/jql with a body that is not JSON \(cut off or malformed\): the body is not JSON\. Try again; if it stays, check the site URL/);
    expect(transport.requests).toHaveLength(2);
  });

  it('a 5xx HTML page is retried like any 5xx', async () => {
    const clock = fakeClock();
    const transport = fakeTransport(sequence({ ...htmlPage, status: 502 }, good));
    expect(await createJiraClient(transport, clock).search(request)).toHaveLength(1);
    expect(transport.requests).toHaveLength(2);
  });

  it('valid JSON of the wrong shape is not retried (it would not change)', async () => {
    const clock = fakeClock();
    const transport = fakeTransport(() => json(200, { issues: [{ key: 'CLIN-1' }] }));
    const error = await failure(createJiraClient(transport, clock).search(request));
    expect(error.code).toBe('JIRA_BAD_RESPONSE');
    expect(transport.requests).toHaveLength(1);
  });
});
