import { kvs } from '@forge/kvs';
import type { KeyValueStore } from '../storage/key-value-store';

/**
 * Forge KVS behind the KeyValueStore port. setIfAbsent uses the atomic
 * FAIL_IF_EXISTS key policy with a TTL; Forge answers a taken key with an
 * API error (409 / a "key exists" code), which becomes `false`.
 */
const isKeyTaken = (error: unknown): boolean => {
  if (typeof error !== 'object' || error === null) return false;
  const { code, responseDetails } = error as { code?: unknown; responseDetails?: { status?: unknown } };
  return responseDetails?.status === 409 || (typeof code === 'string' && /EXIST|CONFLICT|CONDITION/i.test(code));
};

export const createForgeKeyValueStore = (): KeyValueStore => ({
  get: (key) => kvs.get<unknown>(key),
  set: (key, value) => kvs.set(key, value),
  delete: (key) => kvs.delete(key),
  setIfAbsent: async (key, value, ttlSeconds) => {
    try {
      await kvs.set(key, value, { keyPolicy: 'FAIL_IF_EXISTS', ttl: { value: ttlSeconds, unit: 'SECONDS' } });
      return true;
    } catch (error) {
      if (isKeyTaken(error)) return false;
      throw error;
    }
  },
});
