import { z } from 'zod';
import { rescoreItems, type RescoreOutcome } from '../services/rescore-items';
import { ISSUES_PER_BATCH } from './rescore-queue';
import type { TriggerDeps } from './trigger-deps';

/** One queued batch (the async event's body): re-scored with one search per 100 ids. */
export const RescoreEventSchema = z.object({
  body: z.object({ issueIds: z.array(z.string().regex(/^\d+$/)).max(ISSUES_PER_BATCH) }),
});

export const consumeRescoreBatch = async (deps: Pick<TriggerDeps, 'jira' | 'kvs' | 'today'>, event: unknown): Promise<RescoreOutcome> => {
  const parsed = RescoreEventSchema.safeParse(event);
  if (!parsed.success) throw new Error(`Not a re-score event: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return rescoreItems(deps.jira, deps.kvs, parsed.data.body.issueIds, deps.today());
};
