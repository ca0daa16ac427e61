import type { JiraTransport } from '../../src/jira/transport';

/**
 * Seeded network latency for tests of concurrent work. Forge KVS and Jira are
 * remote: a call travels, the server runs it, the answer travels back, and
 * concurrent calls overlap in every order. The in-memory stand-ins answer at
 * once, so without this no two calls would ever interleave.
 */

export interface Latency {
  /** Waits 0..maxMs (whole milliseconds; 0 still yields to the event loop). */
  hop(): Promise<void>;
}

export const latency = (random: () => number, maxMs: number): Latency => ({
  hop: () => new Promise<void>((resolve) => setTimeout(resolve, Math.floor(random() * (maxMs + 1)))),
});

export interface CallFigures {
  /** Calls of each method. */
  readonly calls: Map<string, number>;
  /** The most calls of one method in flight at once. */
  readonly maxInFlight: Map<string, number>;
}

/**
 * Every method of `target` behind a round trip: travel, the server runs the
 * call (as one step, so its own atomicity is what is tested), travel back.
 */
export const overNetwork = <T extends object>(target: T, net: Latency): { readonly store: T; readonly figures: CallFigures } => {
  const figures: CallFigures = { calls: new Map(), maxInFlight: new Map() };
  const inFlight = new Map<string, number>();
  const store = new Proxy(target, {
    get(t, property, receiver) {
      const value: unknown = Reflect.get(t, property, receiver);
      if (typeof value !== 'function' || typeof property !== 'string') return value;
      return async (...args: unknown[]) => {
        figures.calls.set(property, (figures.calls.get(property) ?? 0) + 1);
        const now = (inFlight.get(property) ?? 0) + 1;
        inFlight.set(property, now);
        figures.maxInFlight.set(property, Math.max(now, figures.maxInFlight.get(property) ?? 0));
        try {
          await net.hop();
          const result: unknown = await (value as (...a: unknown[]) => unknown).apply(t, args);
          await net.hop();
          return result;
        } finally {
          inFlight.set(property, (inFlight.get(property) ?? 1) - 1);
        }
      };
    },
  });
  return { store, figures };
};

/** A Jira transport whose requests each take a seeded round trip. */
export const transportOverNetwork =
  (net: Latency) =>
  (transport: JiraTransport): JiraTransport =>
  async (request) => {
    await net.hop();
    const response = await transport(request);
    await net.hop();
    return response;
  };
