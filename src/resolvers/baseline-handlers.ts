import { commitBaseline as commitPiBaseline } from '../services/commit-baseline';
import { readProjectSettings } from '../services/project-settings';
import { listBaselines, readBaseline } from '../storage/baseline-store';
import { readEvidenceSigner } from '../storage/evidence-signature';
import type { Person } from '../shared/decision';
import { AppError } from '../shared/result';
import type { JiraClient } from '../jira/client';
import { projectAccess } from './access';
import type { Handler } from './resolver-wrapper';

/** The person as a baseline names them: their account id and the name Jira shows (the id alone when Jira has no user for it). */
const personOf = async (client: JiraClient, accountId: string): Promise<Person> => {
  const user = await client.user(accountId);
  return { accountId, displayName: user?.displayName ?? accountId };
};

/**
 * commitBaseline: freezes the project's PI as it stands now, read as the
 * person, into a new baseline version. Only project admins (Administer
 * projects): FORBIDDEN otherwise, and nothing is stored.
 */
export const commitBaseline: Handler<'commitBaseline'> = async (deps, context, { projectKey, pi }) => {
  const client = deps.jiraAsUser(context);
  const { canAdminister } = await projectAccess(client, projectKey);
  if (!canAdminister)
    throw new AppError(
      'FORBIDDEN',
      `Only project admins of ${projectKey} can commit its PI baseline. Ask a project admin of ${projectKey} to commit it, or for the Administer projects permission.`,
    );
  const [settingsOf, signer, committedBy] = await Promise.all([
    readProjectSettings(deps.kvs),
    readEvidenceSigner(deps.kvs),
    personOf(client, deps.accountId(context)),
  ]);
  return commitPiBaseline(client, settingsOf, deps.kvs, {
    projectKey,
    pi,
    today: deps.today(),
    now: deps.now(),
    committedBy,
    evidenceCheck: signer.check,
  });
};

/** getBaseline: one committed baseline (the newest by default) and every version, for anyone who can browse the project. */
export const getBaseline: Handler<'getBaseline'> = async (deps, context, { projectKey, pi, version }) => {
  await projectAccess(deps.jiraAsUser(context), projectKey);
  const [baseline, versions] = await Promise.all([readBaseline(deps.kvs, projectKey, pi, version), listBaselines(deps.kvs, projectKey, pi)]);
  if (baseline === null) {
    const known = versions.map((v) => v.version).sort((a, b) => a - b);
    throw new AppError(
      'NOT_FOUND',
      known.length === 0
        ? `No baseline of ${pi} is committed in ${projectKey} yet. A project admin commits it from the PI review page.`
        : `There is no version ${String(version)} of the ${pi} baseline in ${projectKey}. Committed versions: ${known.join(', ')}.`,
    );
  }
  return { baseline, versions };
};
