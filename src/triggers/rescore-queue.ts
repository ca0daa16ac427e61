/**
 * The re-score queue port: batches of issue ids to re-score in the
 * background. Forge adapter: src/forge/forge-queue.ts (@forge/events Queue,
 * ≤50 events per push); the in-memory one below runs the consumer in tests.
 */
export interface RescoreBatch {
  readonly issueIds: readonly string[];
}

export interface RescoreQueue {
  /** Queues the batches (the adapter splits them into pushes of ≤ MAX_EVENTS_PER_PUSH), delivered after delayInSeconds (≤ 900). */
  push(batches: readonly RescoreBatch[], delayInSeconds?: number): Promise<void>;
}

/** Forge's limit of events per push. */
export const MAX_EVENTS_PER_PUSH = 50;
/** Issue ids per event: one search request per batch. */
export const ISSUES_PER_BATCH = 100;

export const chunk = <T>(values: readonly T[], size: number): T[][] => {
  const chunks: T[][] = [];
  for (let i = 0; i < values.length; i += size) chunks.push(values.slice(i, i + size));
  return chunks;
};

/** Splits issue ids into batches of ISSUES_PER_BATCH (duplicates dropped). */
export const toBatches = (issueIds: readonly string[]): RescoreBatch[] =>
  chunk([...new Set(issueIds)], ISSUES_PER_BATCH).map((ids) => ({ issueIds: ids }));

export interface MemoryQueue extends RescoreQueue {
  /** Every push as it was made (each ≤ MAX_EVENTS_PER_PUSH batches). */
  readonly pushes: { readonly batches: RescoreBatch[]; readonly delayInSeconds: number }[];
  /** Runs the consumer on every waiting batch, including ones pushed while draining. */
  drain(consume: (batch: RescoreBatch) => Promise<void>): Promise<number>;
}

export const createMemoryQueue = (): MemoryQueue => {
  const waiting: RescoreBatch[] = [];
  const pushes: { batches: RescoreBatch[]; delayInSeconds: number }[] = [];
  return {
    pushes,
    push: async (batches, delayInSeconds = 0) => {
      for (const events of chunk(batches, MAX_EVENTS_PER_PUSH)) {
        pushes.push({ batches: events, delayInSeconds });
        waiting.push(...events);
      }
    },
    drain: async (consume) => {
      let consumed = 0;
      for (let batch = waiting.shift(); batch !== undefined; batch = waiting.shift()) {
        await consume(batch);
        consumed += 1;
      }
      return consumed;
    },
  };
};
