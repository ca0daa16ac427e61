import { readProjectSettings } from '../services/project-settings';
import { readScopeReport } from '../services/read-scope-report';
import { withBaseline } from '../services/baseline-drift';
import { readEvidenceSigner } from '../storage/evidence-signature';
import type { Handler } from './resolver-wrapper';

/**
 * getScopeReport: the gadget's and the board action's PI view, read as the
 * person. Every project's settings are read once (one storage query by
 * prefix); the report scores each item with its own project's settings and
 * names any invalid stored settings it fell back from.
 */
export const getScopeReport: Handler<'getScopeReport'> = async (deps, context, { scope, pi }) => {
  const settingsOf = await readProjectSettings(deps.kvs);
  const signer = await readEvidenceSigner(deps.kvs);
  const report = await readScopeReport(deps.jiraAsUser(context), settingsOf, scope, pi, deps.today(), signer.check);
  // A project scope shows the drift since its newest committed baseline (null when none); boards and JQL span projects.
  return withBaseline(deps.kvs, report, scope.kind === 'project' ? scope.projectKey : null);
};

/** getScopeOptions: projects and boards the person can see, for the gadget's configuration view. */
export const getScopeOptions: Handler<'getScopeOptions'> = async (deps, context) => {
  const client = deps.jiraAsUser(context);
  const [projects, boards] = await Promise.all([client.listProjects(), client.listBoards()]);
  return { projects, boards };
};
