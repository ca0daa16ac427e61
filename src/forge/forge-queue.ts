import { Queue } from '@forge/events';
import { chunk, MAX_EVENTS_PER_PUSH, type RescoreQueue } from '../triggers/rescore-queue';

/** The re-score queue on Forge async events; the consumer module in manifest.yml reads the same queue key. */
export const RESCORE_QUEUE_KEY = 'rescore-queue';

export const createForgeQueue = (queue: Pick<Queue, 'push'> = new Queue({ key: RESCORE_QUEUE_KEY })): RescoreQueue => ({
  push: async (batches, delayInSeconds = 0) => {
    const delay = Math.max(0, Math.min(900, Math.round(delayInSeconds)));
    for (const events of chunk(batches, MAX_EVENTS_PER_PUSH)) {
      await queue.push(events.map((batch) => ({ body: { issueIds: [...batch.issueIds] }, ...(delay > 0 ? { delayInSeconds: delay } : {}) })));
    }
  },
});
