import { createForgeKeyValueStore } from '../../src/forge/forge-key-value-store';
import { EVIDENCE_KEY_SECRET, readEvidenceSigner } from '../../src/storage/evidence-signature';

/**
 * The Forge KVS adapter's secrets, driven through the real @forge/kvs client:
 * getSecret and setSecret go to `/api/v1/secret/get` and `/api/v1/secret/set`
 * (node_modules/@forge/kvs/out/storage-api.js), through
 * `global.__forge_fetch__` outside Forge (out/index.js, getFetchClient). The
 * stub plays the server: FAIL_IF_EXISTS on a taken secret answers 409, and
 * secrets are kept apart from plain values.
 */

interface FakeServer {
  readonly values: Map<string, unknown>;
  readonly secrets: Map<string, unknown>;
  readonly requests: { path: string; options?: unknown }[];
}

const json = (status: number, body: unknown): Response => new Response(JSON.stringify(body), { status, headers: { 'x-trace-id': 't' } });

const installServer = (): FakeServer => {
  const server: FakeServer = { values: new Map(), secrets: new Map(), requests: [] };
  (globalThis as { __forge_fetch__?: unknown }).__forge_fetch__ = async (_target: unknown, path: string, init: { body: string }) => {
    const request = JSON.parse(init.body) as { key: string; value?: unknown; options?: { keyPolicy?: string } };
    server.requests.push({ path, ...(request.options === undefined ? {} : { options: request.options }) });
    const store = path.startsWith('/api/v1/secret/') ? server.secrets : server.values;
    if (path.endsWith('/get')) {
      return store.has(request.key)
        ? json(200, { key: request.key, value: store.get(request.key) })
        : json(404, { code: 'KEY_NOT_FOUND', message: 'Provided key does not exist' });
    }
    if (path.endsWith('/set')) {
      if (request.options?.keyPolicy === 'FAIL_IF_EXISTS' && store.has(request.key)) {
        return json(409, { code: 'KEY_ALREADY_EXISTS', message: 'Key already exists' });
      }
      store.set(request.key, request.value);
      return new Response(null, { status: 204 });
    }
    return json(400, { code: 'BAD_REQUEST', message: `no such path ${path}` });
  };
  return server;
};

afterEach(() => {
  delete (globalThis as { __forge_fetch__?: unknown }).__forge_fetch__;
});

describe('Forge KVS secrets', () => {
  it('sets a secret only if absent (FAIL_IF_EXISTS), apart from plain values, and reads it back', async () => {
    const server = installServer();
    const kvs = createForgeKeyValueStore();
    expect(await kvs.getSecret('s')).toBeUndefined();
    expect(await kvs.setSecretIfAbsent('s', 'first')).toBe(true);
    expect(await kvs.setSecretIfAbsent('s', 'second')).toBe(false);
    expect(await kvs.getSecret('s')).toBe('first');
    expect(await kvs.get('s')).toBeUndefined();
    expect(server.values.size).toBe(0);
    expect(server.requests.filter((r) => r.path === '/api/v1/secret/set').map((r) => r.options)).toEqual([
      { keyPolicy: 'FAIL_IF_EXISTS' },
      { keyPolicy: 'FAIL_IF_EXISTS' },
    ]);
  });

  it('two first users end with one signing key', async () => {
    const server = installServer();
    const [a, b] = await Promise.all([readEvidenceSigner(createForgeKeyValueStore()), readEvidenceSigner(createForgeKeyValueStore())]);
    const record = { id: 'r', kind: 'interview', source: { name: 'n' }, observedOn: '2026-10-01', summary: 's', addedBy: 'a', addedAt: 'b' } as const;
    expect(a?.sign('CLIN-1', record)).toBe(b?.sign('CLIN-1', record));
    expect([...server.secrets.keys()]).toEqual([EVIDENCE_KEY_SECRET]);
  });
});
