import { ForgeKvsAPIError } from '@forge/kvs';
import { createForgeKeyValueStore } from '../../src/forge/forge-key-value-store';

/**
 * The Forge KVS adapter driven through the real @forge/kvs client. Outside
 * Forge the client sends every call to `global.__forge_fetch__({type:'kvs',
 * …}, path, {method:'POST', body})` (node_modules/@forge/kvs/out/index.js,
 * getFetchClient; out/storage-api.js, request) and turns a non-2xx answer into
 * a ForgeKvsAPIError (out/utils/error-handling.js). The stub below plays the
 * KVS server; `refuse` is how it answers a FAIL_IF_EXISTS set on a taken key.
 */

type Answer = { readonly status: number; readonly body?: string };
interface FakeServer {
  readonly values: Map<string, unknown>;
  refuse: Answer;
  /** Answers the next set with this instead, after applying it when `store` is set. */
  failNextSet?: { readonly answer: Answer; readonly store: boolean };
  requests: string[];
}

const json = (status: number, body: unknown): Response => new Response(JSON.stringify(body), { status, headers: { 'x-trace-id': 't' } });
const answer = ({ status, body }: Answer): Response => new Response(body ?? null, { status });

const installServer = (): FakeServer => {
  const server: FakeServer = { values: new Map(), refuse: { status: 409, body: '{"code":"KEY_ALREADY_EXISTS","message":"Key already exists"}' }, requests: [] };
  (globalThis as { __forge_fetch__?: unknown }).__forge_fetch__ = async (_target: unknown, path: string, init: { body: string }) => {
    server.requests.push(path);
    const request = JSON.parse(init.body) as { key: string; value?: unknown; options?: { keyPolicy?: string } };
    if (path === '/api/v1/get') {
      return server.values.has(request.key)
        ? json(200, { key: request.key, value: server.values.get(request.key) })
        : json(404, { code: 'KEY_NOT_FOUND', message: 'Provided key does not exist' });
    }
    if (path === '/api/v1/delete') {
      server.values.delete(request.key);
      return new Response(null, { status: 204 });
    }
    if (path === '/api/v1/set') {
      const failure = server.failNextSet;
      if (failure !== undefined) {
        delete server.failNextSet;
        if (failure.store) server.values.set(request.key, request.value);
        return answer(failure.answer);
      }
      if (request.options?.keyPolicy === 'FAIL_IF_EXISTS' && server.values.has(request.key)) return answer(server.refuse);
      server.values.set(request.key, request.value);
      return new Response(null, { status: 204 });
    }
    return json(400, { code: 'BAD_REQUEST', message: `no such path ${path}` });
  };
  return server;
};

afterEach(() => {
  delete (globalThis as { __forge_fetch__?: unknown }).__forge_fetch__;
});

describe('Forge KVS adapter over the real @forge/kvs client', () => {
  it('sends FAIL_IF_EXISTS with a TTL in seconds and stores the value', async () => {
    const server = installServer();
    const bodies: unknown[] = [];
    const fetch = (globalThis as unknown as { __forge_fetch__: (t: unknown, p: string, i: { body: string }) => Promise<Response> }).__forge_fetch__;
    (globalThis as { __forge_fetch__?: unknown }).__forge_fetch__ = async (t: unknown, p: string, i: { body: string }) => {
      bodies.push(JSON.parse(i.body));
      return fetch(t, p, i);
    };
    expect(await createForgeKeyValueStore().setIfAbsent('lock:evidence:CLIN-1', 'token-a', 30)).toBe(true);
    expect(bodies).toEqual([{ key: 'lock:evidence:CLIN-1', value: 'token-a', options: { keyPolicy: 'FAIL_IF_EXISTS', ttl: { value: 30, unit: 'SECONDS' } } }]);
    expect(server.values.get('lock:evidence:CLIN-1')).toBe('token-a');
  });

  // The server's code for a taken key is not documented (see the adapter's comment): every
  // plausible answer, including a body that is not JSON (the client's UNKNOWN_ERROR), is a taken key.
  it.each<Answer>([
    { status: 409, body: '{"code":"KEY_ALREADY_EXISTS","message":"Key already exists"}' },
    { status: 400, body: '{"code":"KEY_EXISTS","message":"The key exists"}' },
    { status: 412, body: '{"code":"PRECONDITION_FAILED","message":"Condition failed"}' },
    { status: 409, body: 'Conflict' },
  ])('answers false when the key is taken (server answers %j) and leaves the holder’s value', async (refuse) => {
    const server = installServer();
    server.refuse = refuse;
    const store = createForgeKeyValueStore();
    expect(await store.setIfAbsent('lock', 'token-a', 30)).toBe(true);
    expect(await store.setIfAbsent('lock', 'token-b', 30)).toBe(false);
    expect(server.values.get('lock')).toBe('token-a');
  });

  it('rethrows the ForgeKvsAPIError when the set failed and the key is still absent', async () => {
    const server = installServer();
    server.failNextSet = { answer: { status: 500, body: '{"code":"INTERNAL_SERVER_ERROR","message":"An internal server error has occurred"}' }, store: false };
    const error = await createForgeKeyValueStore().setIfAbsent('lock', 'token-a', 30).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ForgeKvsAPIError);
    expect(error).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', responseDetails: { status: 500 } });
    expect(server.values.has('lock')).toBe(false);
  });

  it('answers true when the set failed after storing our own value (the read-back finds it)', async () => {
    const server = installServer();
    server.failNextSet = { answer: { status: 503, body: '{"code":"SERVICE_UNAVAILABLE","message":"Try later"}' }, store: true };
    expect(await createForgeKeyValueStore().setIfAbsent('lock', { token: 'token-a' }, 30)).toBe(true);
  });

  it('rethrows failures that are not KVS API answers without reading back', async () => {
    const server = installServer();
    (globalThis as { __forge_fetch__?: unknown }).__forge_fetch__ = async () => {
      server.requests.push('network');
      throw new TypeError('fetch failed');
    };
    await expect(createForgeKeyValueStore().setIfAbsent('lock', 'token-a', 30)).rejects.toThrow('fetch failed');
    expect(server.requests).toEqual(['network']);
  });
});
