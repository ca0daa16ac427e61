import { createForgeKeyValueStore } from '../../src/forge/forge-key-value-store';

/** createIfAbsent through the real @forge/kvs client, with __forge_fetch__ playing the KVS server (as in forge-key-value-store.test.ts). */
const bodies: { key: string; value?: unknown; options?: { keyPolicy?: string; ttl?: unknown } }[] = [];
const values = new Map<string, unknown>();
beforeEach(() => {
  bodies.length = 0;
  values.clear();
  (globalThis as { __forge_fetch__?: unknown }).__forge_fetch__ = async (_t: unknown, path: string, init: { body: string }) => {
    const request = JSON.parse(init.body) as (typeof bodies)[number];
    bodies.push(request);
    if (path === '/api/v1/get')
      return values.has(request.key)
        ? new Response(JSON.stringify({ key: request.key, value: values.get(request.key) }), { status: 200 })
        : new Response(JSON.stringify({ code: 'KEY_NOT_FOUND', message: 'no' }), { status: 404 });
    if (request.options?.keyPolicy === 'FAIL_IF_EXISTS' && values.has(request.key))
      return new Response('{"code":"KEY_ALREADY_EXISTS","message":"Key already exists"}', { status: 409 });
    values.set(request.key, request.value);
    return new Response(null, { status: 204 });
  };
});
afterEach(() => {
  delete (globalThis as { __forge_fetch__?: unknown }).__forge_fetch__;
});

it('sends FAIL_IF_EXISTS without a ttl, and answers false for a taken key without overwriting it', async () => {
  const store = createForgeKeyValueStore();
  expect(await store.createIfAbsent('baseline:CLIN:PI#2026.3:v:000001', { v: 'a' })).toBe(true);
  expect(bodies[0]).toEqual({ key: 'baseline:CLIN:PI#2026.3:v:000001', value: { v: 'a' }, options: { keyPolicy: 'FAIL_IF_EXISTS' } });
  expect(await store.createIfAbsent('baseline:CLIN:PI#2026.3:v:000001', { v: 'b' })).toBe(false);
  expect(values.get('baseline:CLIN:PI#2026.3:v:000001')).toEqual({ v: 'a' });
});
