/**
 * The app's own storage port: a key-value store with an atomic
 * "set if absent" (with a time to live) for short locks, and a non-expiring
 * "create if absent" for records written once (the PI baselines). Two adapters:
 * Forge KVS (src/forge/forge-key-value-store.ts) and the in-memory one below
 * (tests, CLI, local preview), with the same semantics.
 */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
  /** Stores the value only if the key is absent (or expired); true when stored. The key expires after ttlSeconds. */
  setIfAbsent(key: string, value: unknown, ttlSeconds: number): Promise<boolean>;
  /** Stores the value only if the key is absent (atomic: of two first writers one wins); true when stored. Never expires. */
  createIfAbsent(key: string, value: unknown): Promise<boolean>;
  /** Every live entry whose key starts with `prefix` (Forge: one beginsWith query, paged); callers must not rely on the order. */
  listByPrefix(prefix: string): Promise<{ key: string; value: unknown }[]>;
  /** A secret (Forge: encrypted at rest, kept apart from plain values); undefined when absent. */
  getSecret(key: string): Promise<unknown>;
  /** Stores the secret only if none is stored under the key (atomic: of two first writers one wins); true when stored. Never expires. */
  setSecretIfAbsent(key: string, value: unknown): Promise<boolean>;
}

interface Entry {
  readonly json: string;
  readonly expiresAt: number | null;
}

/** In-memory store; `nowMs` is the clock TTLs are measured against. Values are JSON round-tripped like Forge's. */
export const createMemoryKeyValueStore = (nowMs: () => number = Date.now): KeyValueStore & { keys(): string[] } => {
  const entries = new Map<string, Entry>();
  const secrets = new Map<string, string>();
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
    // JSON.stringify answers undefined for undefined and functions; lib.d.ts types it as string.
    const json = JSON.stringify(value) as string | undefined;
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
    createIfAbsent: async (key, value) => {
      if (live(key) !== undefined) return false;
      entries.set(key, { json: encode(value), expiresAt: null });
      return true;
    },
    listByPrefix: async (prefix) =>
      [...entries.keys()]
        .filter((k) => k.startsWith(prefix))
        .sort()
        .flatMap((key) => {
          const entry = live(key);
          return entry === undefined ? [] : [{ key, value: JSON.parse(entry.json) as unknown }];
        }),
    getSecret: async (key) => {
      const json = secrets.get(key);
      return json === undefined ? undefined : (JSON.parse(json) as unknown);
    },
    setSecretIfAbsent: async (key, value) => {
      if (secrets.has(key)) return false;
      secrets.set(key, encode(value));
      return true;
    },
    keys: () => [...entries.keys()].filter((k) => live(k) !== undefined),
  };
};
