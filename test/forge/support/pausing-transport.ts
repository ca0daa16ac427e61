import type { JiraTransport } from '../../../src/jira/transport';

/**
 * Wraps a transport so a test decides when requests go out: `hold()` makes
 * every later request wait at the gate until `release()`; `requestsSeen`
 * counts requests that reached the wrapper (held or not).
 */
export interface PausingTransport {
  readonly transport: JiraTransport;
  hold(): void;
  release(): void;
  readonly requestsSeen: () => number;
  /** Requests waiting at the gate now. */
  readonly waiting: () => number;
}

/** `pauseFrom`: requests from this index on (0-based) wait at the gate until release(). */
export const pausing = (inner: JiraTransport, pauseFrom = Number.POSITIVE_INFINITY): PausingTransport => {
  let held = false;
  let seen = 0;
  let gate: Array<() => void> = [];
  return {
    transport: async (request) => {
      const index = seen;
      seen += 1;
      if (held || index >= pauseFrom) await new Promise<void>((resolve) => gate.push(resolve));
      return inner(request);
    },
    hold: () => {
      held = true;
    },
    release: () => {
      held = false;
      pauseFrom = Number.POSITIVE_INFINITY;
      const open = gate;
      gate = [];
      for (const resume of open) resume();
    },
    requestsSeen: () => seen,
    waiting: () => gate.length,
  };
};

/** Lets every pending promise callback and timer-free continuation run. */
export const settle = async (rounds = 20): Promise<void> => {
  for (let i = 0; i < rounds; i += 1) await new Promise<void>((resolve) => setImmediate(resolve));
};
