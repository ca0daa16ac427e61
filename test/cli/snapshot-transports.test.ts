import { SnapshotSchema, createRecordingTransport, createReplayTransport, exchangeKey } from '../../src/jira/snapshot';
import type { JiraRequest, JiraTransport } from '../../src/jira/transport';
import { AppError } from '../../src/shared/result';

const answering =
  (status: number, body: string): JiraTransport =>
  async () => ({ status, headers: { 'content-type': 'application/json' }, body });

describe('exchange matching', () => {
  it('ignores query order and object key order but not values', () => {
    const a: JiraRequest = { method: 'POST', path: '/rest/api/3/x', query: { b: '2', a: 1 }, body: { x: 1, y: [1, 2] } };
    const b: JiraRequest = { method: 'POST', path: '/rest/api/3/x', query: { a: '1', b: 2 }, body: { y: [1, 2], x: 1 } };
    expect(exchangeKey(a)).toBe(exchangeKey(b));
    expect(exchangeKey(a)).not.toBe(exchangeKey({ ...b, body: { y: [2, 1], x: 1 } }));
    expect(exchangeKey(a)).not.toBe(exchangeKey({ ...b, method: 'PUT' }));
    expect(exchangeKey(a)).not.toBe(exchangeKey({ ...b, query: { a: '1', b: '3' } }));
  });
});

describe('recording then replaying', () => {
  it('answers the same requests with the same status and JSON', async () => {
    const recorder = createRecordingTransport(answering(200, '{"values":[1,2],"isLast":true}'));
    const request: JiraRequest = { method: 'GET', path: '/rest/api/3/project/CLIN/version', query: { startAt: 0, maxResults: 50 } };
    await recorder.transport(request);
    const snapshot = SnapshotSchema.parse({
      format: 'factory-gravity-snapshot',
      version: 1,
      createdAt: '2026-11-26T10:00:00.000Z',
      today: '2026-11-26',
      site: 'sample',
      exchanges: JSON.parse(JSON.stringify(recorder.exchanges())),
    });
    expect(snapshot.exchanges[0]?.response.body).toEqual({ values: [1, 2], isLast: true });
    const replay = createReplayTransport(snapshot);
    const response = await replay.transport({ ...request, query: { maxResults: '50', startAt: '0' } });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ values: [1, 2], isLast: true });
  });

  it('keeps only the final answer of a retried request', async () => {
    let calls = 0;
    const flaky: JiraTransport = async () => {
      calls += 1;
      return calls === 1 ? { status: 429, headers: {}, body: '' } : { status: 200, headers: {}, body: '{"ok":true}' };
    };
    const recorder = createRecordingTransport(flaky);
    const request: JiraRequest = { method: 'GET', path: '/rest/api/3/myself' };
    await recorder.transport(request);
    await recorder.transport(request);
    expect(recorder.exchanges()).toEqual([{ request: { method: 'GET', path: '/rest/api/3/myself', query: {} }, response: { status: 200, body: { ok: true } } }]);
  });

  it('fails loudly on a request the snapshot does not hold, and remembers it', async () => {
    const replay = createReplayTransport({ exchanges: [] });
    const request: JiraRequest = { method: 'GET', path: '/rest/api/3/search/jql', query: { jql: 'project = CLIN' } };
    await expect(replay.transport(request)).rejects.toThrow(
      'The snapshot has no response for GET /rest/api/3/search/jql?jql=project+%3D+CLIN — take the snapshot again with the same scope and settings',
    );
    expect(replay.firstMiss()).toBeInstanceOf(AppError);
  });

  it('refuses a file that is not a snapshot', () => {
    expect(SnapshotSchema.safeParse({ format: 'other', version: 1 }).success).toBe(false);
    expect(
      SnapshotSchema.safeParse({
        format: 'factory-gravity-snapshot',
        version: 1,
        createdAt: 'x',
        today: '2026-02-30',
        site: 'sample',
        exchanges: [],
      }).success,
    ).toBe(false);
  });
});
