import { readProjectSettings } from '../services/project-settings';
import { readPiReview } from '../services/read-pi-review';
import { readEvidenceSigner } from '../storage/evidence-signature';
import type { Handler } from './resolver-wrapper';

/**
 * getPiReview: the PI review page's data, read as the person: the scope's PI
 * report with its baseline drift, what the person may do (decide, commit),
 * the baseline versions, the decision log and the not-doing register.
 * Requests: see src/services/read-pi-review.ts.
 */
export const getPiReview: Handler<'getPiReview'> = async (deps, context, { scope, pi }) => {
  const settingsOf = await readProjectSettings(deps.kvs);
  const signer = await readEvidenceSigner(deps.kvs);
  return readPiReview(
    { client: deps.jiraAsUser(context), kvs: deps.kvs, settingsOf, evidenceCheck: signer.check, today: deps.today() },
    scope,
    pi,
  );
};
