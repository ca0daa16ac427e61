import { readProjectSettings } from '../services/project-settings';
import { readScopeTrend } from '../services/read-scope-trend';
import { readEvidenceSigner } from '../storage/evidence-signature';
import type { Handler } from './resolver-wrapper';

/** getTrend: the trend across PIs of a scope, read as the person (the PI review page's chart, the gadget's trend view). */
export const getTrend: Handler<'getTrend'> = async (deps, context, { scope }) => {
  const settingsOf = await readProjectSettings(deps.kvs);
  const signer = await readEvidenceSigner(deps.kvs);
  return readScopeTrend(deps.jiraAsUser(context), settingsOf, scope, deps.today(), { evidenceCheck: signer.check });
};
