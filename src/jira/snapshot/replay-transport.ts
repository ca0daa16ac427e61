import { AppError } from '../../shared/result';
import type { JiraTransport } from '../transport';
import { describeRequest, exchangeKey } from './exchange-key';
import type { Snapshot } from './snapshot-format';

export interface ReplayTransport {
  readonly transport: JiraTransport;
  /** The first request the snapshot could not answer, if any (kept even if a caller swallows the error). */
  firstMiss(): AppError | null;
}

/**
 * Answers each request with the snapshot's exchange for the same method,
 * path, query and body. A request the snapshot does not hold fails loudly:
 * a replay never guesses.
 */
export const createReplayTransport = (snapshot: Pick<Snapshot, 'exchanges'>): ReplayTransport => {
  const answers = new Map<string, { status: number; body: string }>();
  for (const { request, response } of snapshot.exchanges) {
    const body = response.body !== undefined ? JSON.stringify(response.body) : (response.text ?? '');
    // A snapshot with the same request twice answers with the last one, as the recorder keeps the final answer.
    answers.set(exchangeKey(request), { status: response.status, body });
  }
  let miss: AppError | null = null;
  const transport: JiraTransport = async (request) => {
    const answer = answers.get(exchangeKey(request));
    if (answer === undefined) {
      const error = new AppError(
        'JIRA_BAD_RESPONSE',
        `The snapshot has no response for ${describeRequest(request)}${request.body === undefined ? '' : ' with this body'} — take the snapshot again with the same scope and settings`,
      );
      miss ??= error;
      throw error;
    }
    return { status: answer.status, headers: { 'content-type': 'application/json' }, body: answer.body };
  };
  return { transport, firstMiss: () => miss };
};
