import type { JiraClient } from '../jira/client';
import { readEvidenceSigner } from '../storage/evidence-signature';
import type { EvidenceStoreDeps } from '../storage/evidence-store';
import type { AppDeps } from './app-deps';

/**
 * What the per-issue property stores (evidence, decisions) need for one
 * invocation: the client acting as the person, the app's storage and clock,
 * the installation's signer, and lock waits bounded by the invocation's deadline.
 */
export const storeDeps = async (deps: AppDeps, client: JiraClient): Promise<EvidenceStoreDeps> => ({
  client,
  kvs: deps.kvs,
  now: () => deps.now(),
  signer: await readEvidenceSigner(deps.kvs),
  lock: {
    sleep: (ms) => deps.sleep(ms),
    newId: () => deps.newId(),
    deadline: deps.deadline,
    ...(deps.lockAttempts === undefined ? {} : { maxAttempts: deps.lockAttempts }),
  },
});
