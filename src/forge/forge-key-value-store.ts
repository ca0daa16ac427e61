import { ForgeKvsAPIError, kvs, WhereConditions } from '@forge/kvs';
import type { KeyValueStore } from '../storage/key-value-store';

/**
 * Forge KVS behind the KeyValueStore port. setIfAbsent uses the atomic
 * FAIL_IF_EXISTS key policy with a TTL; createIfAbsent the same policy without one.
 *
 * What a refused FAIL_IF_EXISTS looks like: @forge/kvs turns every non-2xx
 * answer into a ForgeKvsAPIError carrying `responseDetails.status` and the
 * body's `code` (node_modules/@forge/kvs/out/utils/error-handling.js,
 * checkResponseError; node_modules/@forge/kvs/out/errors.js). Neither the
 * package (1.6.5) nor the KVS error docs (developer.atlassian.com
 * storage-reference/handling-errors-kvs) name the status or code the server
 * sends for an existing key, so the adapter does not guess one: after a
 * ForgeKvsAPIError it reads the key back. Our own value there means the set
 * took effect (true), another value means the key is taken (false), no value
 * means the set really failed, and the original error is rethrown.
 */
const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export const isKvsApiError = (error: unknown): error is ForgeKvsAPIError => error instanceof ForgeKvsAPIError;

/** A FAIL_IF_EXISTS write, told apart as above: true when our value was stored, false when the key was taken. */
const storedUnlessTaken = async (write: () => Promise<unknown>, readBack: () => Promise<unknown>, value: unknown): Promise<boolean> => {
  try {
    await write();
    return true;
  } catch (error) {
    if (!isKvsApiError(error)) throw error;
    const held = await readBack();
    if (held === undefined) throw error;
    return sameJson(held, value);
  }
};

/**
 * Page size of a KVS query: "Limit the result size to 10 values, up to a
 * maximum of 20" (DOC developer.atlassian.com/platform/forge/js-api-reference/storage-api-query).
 * The builder is `kvs.query().where('key', WhereConditions.beginsWith(p)).cursor(c).limit(n).getMany()`
 * answering `{ results: {key, value}[], nextCursor? }` (node_modules/@forge/kvs/out/query.d.ts,
 * out/interfaces/types.d.ts ListResult); beginsWith on the key is the only condition KVS supports.
 */
export const KVS_QUERY_LIMIT = 20;
/** A bound on pages so a cursor that never ends cannot loop for ever (20 × 500 = 10,000 entries, far above one key per project). */
const MAX_QUERY_PAGES = 500;

const listByPrefix = async (prefix: string): Promise<{ key: string; value: unknown }[]> => {
  const entries: { key: string; value: unknown }[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_QUERY_PAGES; page += 1) {
    const query = kvs.query().where('key', WhereConditions.beginsWith(prefix)).limit(KVS_QUERY_LIMIT);
    const { results, nextCursor } = await (cursor === undefined ? query : query.cursor(cursor)).getMany<unknown>();
    for (const r of results) entries.push({ key: r.key, value: r.value });
    if (nextCursor === undefined || nextCursor === '' || results.length === 0) break;
    if (page === MAX_QUERY_PAGES - 1) throw new Error(`Forge storage kept paging past ${MAX_QUERY_PAGES * KVS_QUERY_LIMIT} entries for keys starting "${prefix}"`);
    cursor = nextCursor;
  }
  return entries;
};

export const createForgeKeyValueStore = (): KeyValueStore => ({
  get: (key) => kvs.get<unknown>(key),
  listByPrefix,
  set: (key, value) => kvs.set(key, value),
  delete: (key) => kvs.delete(key),
  setIfAbsent: (key, value, ttlSeconds) =>
    storedUnlessTaken(
      () => kvs.set(key, value, { keyPolicy: 'FAIL_IF_EXISTS', ttl: { value: ttlSeconds, unit: 'SECONDS' } }),
      () => kvs.get<unknown>(key),
      value,
    ),
  // The same FAIL_IF_EXISTS set without a ttl: the value never expires (SetOptions.ttl is optional,
  // node_modules/@forge/kvs/out/interfaces/types.d.ts PolicySetOptions). A refusal is read back like setIfAbsent's.
  createIfAbsent: (key, value) =>
    storedUnlessTaken(
      () => kvs.set(key, value, { keyPolicy: 'FAIL_IF_EXISTS' }),
      () => kvs.get<unknown>(key),
      value,
    ),
  // Secrets: `getSecret<T>(key)` and `setSecret<T>(key, value, options: PolicySetOptions)` with keyPolicy
  // 'FAIL_IF_EXISTS' (node_modules/@forge/kvs/out/kvs.d.ts, out/interfaces/types.d.ts PolicySetOptions),
  // stored apart from plain values and never answered by get or query. A refusal is read back like setIfAbsent's.
  getSecret: (key) => kvs.getSecret<unknown>(key),
  setSecretIfAbsent: (key, value) =>
    storedUnlessTaken(
      () => kvs.setSecret(key, value, { keyPolicy: 'FAIL_IF_EXISTS' }),
      () => kvs.getSecret<unknown>(key),
      value,
    ),
});
