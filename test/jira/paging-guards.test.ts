import { createJiraClient } from '../../src/jira/create-client';
import { MAX_PAGES, readOffsetPages } from '../../src/jira/paging';
import { NO_DEADLINE, deadlineIn } from '../../src/shared/deadline';
import { fakeClock, fakeTransport, json, failure } from './support/fake-transport';

/**
 * Issue 17: a Jira whose paging loops, repeats a page or lists an issue twice
 * must make the read fail as a whole, never give a silently wrong count.
 */

const issue = (n: number) => ({ id: String(10000 + n), key: `CLIN-${n}`, fields: { summary: `Item ${n}` }, properties: {} });
const issues = (from: number, count: number) => Array.from({ length: count }, (_, i) => issue(from + i));
const pageNumber = (token: unknown) => (token === undefined ? 0 : Number(String(token).slice(1)));
const request = { jql: 'project = CLIN', fields: ['summary'], pageSize: 3 };
const noWaits = { sleep: async () => undefined, deadline: NO_DEADLINE };

/** Search sites that misbehave in the three ways seen in the field, and one that never ends. */
const sites = {
  /** The same token forever: every page names "t1" as the next (page 2 holds new issues, so only the token check catches it). */
  loops: () =>
    fakeTransport((r) => {
      const n = pageNumber(r.query?.['nextPageToken']);
      return json(200, { issues: issues(1 + n * 3, 3), nextPageToken: 't1', isLast: false });
    }),
  /** A fresh token each time but always the first page's issues (8 distinct keys would be counted 3,000 times). */
  repeatsOnePage: () =>
    fakeTransport((r) => {
      const n = pageNumber(r.query?.['nextPageToken']);
      return json(200, n >= 3 ? { issues: issues(1, 3), isLast: true } : { issues: issues(1, 3), nextPageToken: `t${n + 1}`, isLast: false });
    }),
  /** Every issue listed twice on its page (the total would double). */
  duplicatesEveryIssue: () =>
    fakeTransport((r) => {
      const n = pageNumber(r.query?.['nextPageToken']);
      const page = issues(1 + n * 3, 3);
      return json(200, n >= 1 ? { issues: [...page, ...page], isLast: true } : { issues: [...page, ...page], nextPageToken: 't1', isLast: false });
    }),
  /** New issues and a new token on every page, forever. */
  endless: () =>
    fakeTransport((r) => {
      const n = pageNumber(r.query?.['nextPageToken']);
      return json(200, { issues: issues(1 + n * 3, 3), nextPageToken: `t${n + 1}`, isLast: false });
    }),
};

describe('search paging that Jira breaks fails as a whole', () => {
  it('a token that repeats (a loop) fails with JIRA_BAD_RESPONSE, after two pages', async () => {
    const transport = sites.loops();
    const error = await failure(createJiraClient(transport, noWaits).search(request));
    expect(error.code).toBe('JIRA_BAD_RESPONSE');
    expect(error.message).toMatch(/^Jira's search sent the same next-page token after pages 1 and 2 \(its paging loops\); the report would be wrong\. Try again; if it stays, report it\.$/);
    expect(transport.requests).toHaveLength(2);
  });

  it('a page repeated under a new token fails, naming the issue and both pages', async () => {
    const error = await failure(createJiraClient(sites.repeatsOnePage(), noWaits).search(request));
    expect(error.code).toBe('JIRA_BAD_RESPONSE');
    expect(error.message).toBe("Jira's search returned issue CLIN-1 twice (pages 1 and 2); the report would be wrong. Try again; if it stays, report it.");
  });

  it('an issue listed twice on one page fails, naming the page', async () => {
    const error = await failure(createJiraClient(sites.duplicatesEveryIssue(), noWaits).search(request));
    expect(error.code).toBe('JIRA_BAD_RESPONSE');
    expect(error.message).toMatch(/returned issue CLIN-1 twice \(page 1\)/);
  });

  it(`a search that never says "last page" fails loudly after ${MAX_PAGES} pages, never stops quietly`, async () => {
    const transport = sites.endless();
    const error = await failure(createJiraClient(transport, noWaits).search(request));
    expect(error.code).toBe('JIRA_BAD_RESPONSE');
    expect(error.message).toMatch(new RegExp(`did not end after ${MAX_PAGES} pages`));
    expect(transport.requests).toHaveLength(MAX_PAGES);
  });

  it('an empty page that names a next page is followed, not taken as the end', async () => {
    const transport = fakeTransport((r) => {
      const n = pageNumber(r.query?.['nextPageToken']);
      if (n === 0) return json(200, { issues: issues(1, 3), nextPageToken: 't1', isLast: false });
      if (n === 1) return json(200, { issues: [], nextPageToken: 't2', isLast: false });
      return json(200, { issues: issues(4, 2), isLast: true });
    });
    expect((await createJiraClient(transport, noWaits).search(request)).map((i) => i.key)).toEqual(['CLIN-1', 'CLIN-2', 'CLIN-3', 'CLIN-4', 'CLIN-5']);
  });

  it('searchUntilDeadline fails the same way on a loop, a repeated page and duplicates: never a wrong total', async () => {
    for (const site of [sites.loops, sites.repeatsOnePage, sites.duplicatesEveryIssue]) {
      const error = await failure(createJiraClient(site(), noWaits).searchUntilDeadline(request));
      expect(error.code).toBe('JIRA_BAD_RESPONSE');
    }
  });

  it('searchUntilDeadline over a search that never ends stops at the deadline and says it is incomplete', async () => {
    const clock = fakeClock();
    const slow = fakeTransport(async (r) => {
      await clock.sleep(500);
      const n = pageNumber(r.query?.['nextPageToken']);
      return json(200, { issues: issues(1 + n * 3, 3), nextPageToken: `t${n + 1}`, isLast: false });
    });
    const result = await createJiraClient(slow, { ...clock, deadline: deadlineIn(22_000, clock.now) }).searchUntilDeadline(request);
    expect(result.complete).toBe(false);
    expect(new Set(result.issues.map((i) => i.key)).size).toBe(result.issues.length);
  });
});

describe('offset-paged lists that Jira breaks fail as a whole', () => {
  const version = (n: number) => ({ id: String(n), name: `PI ${n}` });

  it('a page that repeats the previous page fails', async () => {
    const error = await failure(
      readOffsetPages('version list of CLIN', async () => ({ values: [version(1), version(2)], isLast: false }), (v) => v.id),
    );
    expect(error.code).toBe('JIRA_BAD_RESPONSE');
    expect(error.message).toBe("Jira's version list of CLIN sent page 2 with the same items as page 1; the report would be wrong. Try again; if it stays, report it.");
  });

  it('more items than Jira’s own total fails', async () => {
    const error = await failure(
      readOffsetPages('project list', async (startAt) => ({ values: [version(startAt + 1), version(startAt + 2)], total: 3, isLast: false }), (v) => v.id),
    );
    expect(error.message).toMatch(/project list sent 4 items although it counts 3/);
  });

  it('a list that never ends fails loudly after MAX_PAGES', async () => {
    let calls = 0;
    const error = await failure(
      readOffsetPages('board list', async (startAt) => {
        calls += 1;
        return { values: [version(startAt + 1)], isLast: false };
      }, (v) => v.id),
    );
    expect(error.message).toMatch(/board list did not end after 1000 pages/);
    expect(calls).toBe(MAX_PAGES);
  });

  it('a well-behaved list still reads every page', async () => {
    const all = await readOffsetPages('version list of CLIN', async (startAt) => ({ values: startAt < 4 ? [version(startAt + 1), version(startAt + 2)] : [version(5)], total: 5 }), (v) => v.id);
    expect(all.map((v) => v.id)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('through the client: projectVersions over a Jira repeating its first page fails', async () => {
    const transport = fakeTransport(() => json(200, { values: [{ id: '1', name: 'PI 26.3' }], isLast: false, startAt: 0 }));
    const error = await failure(createJiraClient(transport, noWaits).projectVersions('CLIN'));
    expect(error.message).toMatch(/version list of CLIN sent page 2 with the same items as page 1/);
  });
});

describe('changelog bulkfetch paging that Jira breaks fails as a whole', () => {
  const history = (id: string) => ({ id, created: '2026-01-01T00:00:00.000+0000', items: [{ field: 'Fix Version', fieldId: 'fixVersions', from: null, fromString: null, to: '1', toString: 'PI 1' }] });
  const body = (r: { body?: unknown }) => r.body as { nextPageToken?: string };

  it('a looping token fails', async () => {
    let n = 0;
    const transport = fakeTransport(() => json(200, { issueChangeLogs: [{ issueId: '1', changeHistories: [history(String((n += 1)))] }], nextPageToken: 'again' }));
    const error = await failure(createJiraClient(transport, noWaits).changelogs(['1'], ['fixVersions']));
    expect(error.message).toMatch(/changelog bulkfetch sent the same next-page token after pages 1 and 2/);
  });

  it('a repeated page (the same history again) fails', async () => {
    const transport = fakeTransport((r) =>
      json(200, { issueChangeLogs: [{ issueId: '1', changeHistories: [history('7')] }], ...(body(r).nextPageToken === 'p3' ? {} : { nextPageToken: body(r).nextPageToken === undefined ? 'p2' : 'p3' }) }),
    );
    const error = await failure(createJiraClient(transport, noWaits).changelogs(['1'], ['fixVersions']));
    expect(error.message).toMatch(/returned history 7 of issue 1 twice \(pages 1 and 2\)/);
  });

  it('a bulkfetch that never ends fails loudly after MAX_PAGES', async () => {
    let n = 0;
    const transport = fakeTransport(() => {
      n += 1;
      return json(200, { issueChangeLogs: [{ issueId: '1', changeHistories: [history(String(n))] }], nextPageToken: `p${n}` });
    });
    const error = await failure(createJiraClient(transport, noWaits).changelogs(['1'], ['fixVersions']));
    expect(error.message).toMatch(/changelog bulkfetch did not end after 1000 pages/);
  });
});
