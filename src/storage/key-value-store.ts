/**
 * The app's own storage port: a key-value store with an atomic
 * "set if absent" (with a time to live) for short locks. Two adapters:
 * Forge KVS (src/forge/forge-key-value-store.ts) and the in-memory one below
 * (tests, CLI, local preview), with the same semantics.
 */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
  /** Stores the value only if the key is absent (or expired); true when stored. The key expires after ttlSeconds. */
  setIfAbsent(key: string, value: unknown, ttlSeconds: number): Promise<boolean>;
}

interface Entry {
  readonly json: string;
  readonly expiresAt: number | null;
}

/** In-memory store; `nowMs` is the clock TTLs are measured against. Values are JSON round-tripped like Forge's. */
export const createMemoryKeyValueStore = (nowMs: () => number = Date.now): KeyValueStore & { keys(): string[] } => {
  const entries = new Map<string, Entry>();
  const live = (key: string): Entry | undefined => {
    const entry = entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.expiresAt !== null && entry.expiresAt <= nowMs()) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  };
  const encode = (value: unknown): string => {
    const json = JSON.stringify(value);
    if (json === undefined) throw new TypeError('Only JSON values can be stored');
    return json;
  };
  return {
    get: async (key) => {
      const entry = live(key);
      return entry === undefined ? undefined : (JSON.parse(entry.json) as unknown);
    },
    set: async (key, value) => {
      entries.set(key, { json: encode(value), expiresAt: null });
    },
    delete: async (key) => {
      entries.delete(key);
    },
    setIfAbsent: async (key, value, ttlSeconds) => {
      if (live(key) !== undefined) return false;
      entries.set(key, { json: encode(value), expiresAt: nowMs() + ttlSeconds * 1000 });
      return true;
    },
    keys: () => [...entries.keys()].filter((k) => live(k) !== undefined),
  };
};
