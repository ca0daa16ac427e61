import { readProjectSettings } from '../services/project-settings';
import { readScopeTrend } from '../services/read-scope-trend';
import { readBaseline } from '../storage/baseline-store';
import { readEvidenceSigner } from '../storage/evidence-signature';
import type { Handler } from './resolver-wrapper';

/**
 * getTrend: the trend across PIs of a scope, read as the person (the PI review
 * page's chart, the gadget's trend view). Committed baselines come from the
 * app's storage: the newest version of each PI, one prefix query and its
 * chunks per PI, for a project scope only (baselines are kept per project, as
 * the PI review page reads them); boards and JQL are reconstructed.
 */
export const getTrend: Handler<'getTrend'> = async (deps, context, { scope }) => {
  const settingsOf = await readProjectSettings(deps.kvs);
  const signer = await readEvidenceSigner(deps.kvs);
  return readScopeTrend(deps.jiraAsUser(context), settingsOf, scope, deps.today(), {
    evidenceCheck: signer.check,
    committed: (projectKey, piName) => readBaseline(deps.kvs, projectKey, piName),
  });
};
