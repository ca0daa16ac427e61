import { createForgeKeyValueStore, KVS_QUERY_LIMIT } from '../../src/forge/forge-key-value-store';

/**
 * listByPrefix through the real @forge/kvs client. Outside Forge the client
 * posts a query to `global.__forge_fetch__(…, '/api/v1/query', {body})` with
 * `{limit, after, where:[{property:'key', condition:'BEGINS_WITH', values}]}`
 * and reads `{data, cursor}` (node_modules/@forge/kvs/out/query.js getMany,
 * out/storage-api.js query). The stub below plays the KVS server.
 */

interface QueryBody {
  readonly limit?: number;
  readonly after?: string;
  readonly where?: readonly { property: string; condition: string; values: unknown[] }[];
}

const installServer = (values: Record<string, unknown>) => {
  const queries: QueryBody[] = [];
  (globalThis as { __forge_fetch__?: unknown }).__forge_fetch__ = async (_target: unknown, path: string, init: { body: string }) => {
    if (path !== '/api/v1/query') return new Response(JSON.stringify({ code: 'BAD_REQUEST', message: path }), { status: 400 });
    const body = JSON.parse(init.body) as QueryBody;
    queries.push(body);
    const prefix = String(body.where?.[0]?.values[0] ?? '');
    const keys = Object.keys(values).filter((k) => k.startsWith(prefix)).sort();
    const start = body.after === undefined ? 0 : Number(body.after);
    const page = keys.slice(start, start + (body.limit ?? 10));
    const next = start + page.length;
    return new Response(JSON.stringify({ data: page.map((key) => ({ key, value: values[key] })), ...(next < keys.length ? { cursor: String(next) } : {}) }), {
      status: 200,
    });
  };
  return queries;
};

afterEach(() => {
  delete (globalThis as { __forge_fetch__?: unknown }).__forge_fetch__;
});

describe('Forge KVS adapter: listByPrefix', () => {
  it('reads every key with the prefix in pages of the documented maximum (20), following the cursor', async () => {
    const values: Record<string, unknown> = { 'settings-projects': ['OLD'], 'lock:evidence:CLIN-1': 'token' };
    for (let i = 0; i < 45; i += 1) values[`settings:P${String(i).padStart(2, '0')}`] = { evidence: { freshnessMonths: i + 1 } };
    const queries = installServer(values);
    const entries = await createForgeKeyValueStore().listByPrefix('settings:');
    expect(entries).toHaveLength(45);
    expect(entries[0]).toEqual({ key: 'settings:P00', value: { evidence: { freshnessMonths: 1 } } });
    expect(queries.map((q) => [q.limit, q.after])).toEqual([
      [KVS_QUERY_LIMIT, undefined],
      [KVS_QUERY_LIMIT, '20'],
      [KVS_QUERY_LIMIT, '40'],
    ]);
    expect(queries.every((q) => q.where?.[0]?.condition === 'BEGINS_WITH' && q.where[0].property === 'key')).toBe(true);
    expect(KVS_QUERY_LIMIT).toBe(20);
  });

  it('answers [] with one query when nothing has the prefix', async () => {
    const queries = installServer({ 'settings-projects': ['CLIN'] });
    expect(await createForgeKeyValueStore().listByPrefix('settings:')).toEqual([]);
    expect(queries).toHaveLength(1);
  });
});
