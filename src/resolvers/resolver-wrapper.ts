import type { z } from 'zod';
import { DEADLINES } from '../shared/deadline';
import { PayloadSchemas, type ResolverKey, type ResponseTypes } from '../shared/payloads';
import { fail, isAppError, ok, toFieldIssues, type Envelope } from '../shared/result';
import type { AppDeps, ResolverContext } from './app-deps';

/**
 * The one wrapper every resolver goes through: parse the payload with its
 * schema (BAD_PAYLOAD with field issues), run the handler, answer
 * {ok: true, data}; a known failure (AppError) becomes {ok: false, error};
 * anything else is rethrown so Forge records it as a failed invocation.
 * Each call gets its own deadline (DEADLINES.resolver, under Forge's 25 s),
 * shared by every Jira request and lock wait the handler makes.
 */
export type Handler<K extends ResolverKey> = (
  deps: AppDeps,
  context: ResolverContext,
  payload: z.output<(typeof PayloadSchemas)[K]>,
) => Promise<ResponseTypes[K]>;

export const wrap =
  <K extends ResolverKey>(deps: AppDeps, key: K, handler: Handler<K>) =>
  async (request: { payload: unknown; context: ResolverContext }): Promise<Envelope<ResponseTypes[K]>> => {
    const parsed = PayloadSchemas[key].safeParse(request.payload);
    if (!parsed.success) {
      return fail('BAD_PAYLOAD', `The ${key} request was not valid; nothing was changed.`, toFieldIssues(parsed.error.issues));
    }
    try {
      return ok(await handler(deps.forInvocation(DEADLINES.resolver), request.context, parsed.data as z.output<(typeof PayloadSchemas)[K]>));
    } catch (error) {
      if (isAppError(error)) return { ok: false, error: error.toBody() };
      throw error;
    }
  };
