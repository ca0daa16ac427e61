import { Bench } from 'tinybench';
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';

/**
 * Median wall time (ms) of `fn` over a fixed number of iterations, with tinybench.
 * Iterations are few on purpose: the inputs are large and the whole run must
 * stay under five minutes on two cores. `beforeEach` runs untimed.
 */
export const medianMs = async (
  name: string,
  fn: () => unknown,
  options: {
    readonly iterations: number;
    /** Whether fn returns a promise. Said explicitly: otherwise tinybench calls fn once more to find out. */
    readonly async: boolean;
    readonly warmup?: number;
    readonly beforeEach?: () => void;
    readonly afterEach?: () => void;
  },
): Promise<{ median: number; samples: number }> => {
  const warmup = options.warmup ?? 1;
  const bench = new Bench({ iterations: options.iterations, time: 0, warmup: warmup > 0, warmupIterations: warmup, warmupTime: 0 });
  bench.add(name, fn, {
    async: options.async,
    ...(options.beforeEach === undefined ? {} : { beforeEach: options.beforeEach }),
    ...(options.afterEach === undefined ? {} : { afterEach: options.afterEach }),
  });
  await bench.run();
  const result = bench.getTask(name)?.result;
  if (result === undefined) throw new Error(`${name}: no result`);
  if (result.state === 'errored') throw result.error;
  if (result.state !== 'completed') throw new Error(`${name}: ${result.state}`);
  return { median: result.latency.p50, samples: result.latency.samplesCount };
};

/** The time of one call, for things too slow to repeat (ms). */
export const timeOnce = async <T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> => {
  const started = performance.now();
  const value = await fn();
  return { ms: performance.now() - started, value };
};

let gcFn: (() => void) | undefined;

/** A full garbage collection (V8's gc(), enabled at run time so no node flag is needed). */
export const collectGarbage = (): void => {
  if (gcFn === undefined) {
    setFlagsFromString('--expose-gc');
    gcFn = runInNewContext('gc') as () => void;
  }
  gcFn();
  gcFn();
};
