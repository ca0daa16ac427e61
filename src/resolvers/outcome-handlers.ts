import { readProjectSettings } from '../services/project-settings';
import { readScopeOutcomes } from '../services/read-scope-outcomes';
import { readEvidenceSigner } from '../storage/evidence-signature';
import type { Handler } from './resolver-wrapper';

/**
 * getOutcomes: the delivered items of a scope by outcome status, read as the
 * person (the gadget's outcomes view, the PI review page's outcomes section).
 */
export const getOutcomes: Handler<'getOutcomes'> = async (deps, context, { scope, since }) => {
  const settingsOf = await readProjectSettings(deps.kvs);
  const signer = await readEvidenceSigner(deps.kvs);
  return readScopeOutcomes(deps.jiraAsUser(context), settingsOf, scope, deps.today(), {
    evidenceCheck: signer.check,
    ...(since === undefined ? {} : { since }),
  });
};
