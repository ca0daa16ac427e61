import type { JiraClient } from '../jira/client';
import type { SiteOptions } from '../shared/payloads';
import { AppError, toFieldIssues } from '../shared/result';
import { SettingsSchema } from '../shared/settings';
import { checkSettings as runCheck } from '../services/check-settings';
import { projectAccess } from './access';
import type { Handler } from './resolver-wrapper';

/**
 * What the settings page reads from the site besides the settings: the
 * picker options and the live check. Same permission rule as getSettings
 * (the person must see the project, checked here on the server); the live
 * check, which evaluates unsaved settings, is for the project's admins, who
 * alone can save them. Every read is made as the person (jiraAsUser).
 */

/** Custom fields and the system due date: the only field ids the settings accept (customfield_… or duedate). */
const settingsFields = async (client: JiraClient): Promise<SiteOptions['fields']> =>
  (await client.fields())
    .filter((f) => f.custom || f.id === 'duedate')
    .map((f) => (f.type === undefined ? { id: f.id, name: f.name } : { id: f.id, name: f.name, type: f.type }))
    .sort((a, b) => a.name.localeCompare(b.name));

export const getSiteOptions: Handler<'getSiteOptions'> = async (deps, context, { projectKey }) => {
  const client = deps.jiraAsUser(context);
  await projectAccess(client, projectKey);
  const [issueTypes, linkTypes, fields, versions] = await Promise.all([client.issueTypes(), client.issueLinkTypes(), settingsFields(client), client.projectVersions(projectKey)]);
  return {
    issueTypes: issueTypes.map((t) => ({ id: t.id, name: t.name, subtask: t.subtask })),
    linkTypes,
    fields,
    versions: versions.map((v) => ({
      name: v.name,
      released: v.released,
      ...(v.startDate === undefined ? {} : { startDate: v.startDate }),
      ...(v.releaseDate === undefined ? {} : { releaseDate: v.releaseDate }),
    })),
  };
};

export const checkSettings: Handler<'checkSettings'> = async (deps, context, { projectKey, settings }) => {
  const client = deps.jiraAsUser(context);
  const { canAdminister } = await projectAccess(client, projectKey);
  if (!canAdminister) {
    throw new AppError('FORBIDDEN', `Only admins of project ${projectKey} can check draft Factory Gravity settings; nothing was read or saved.`);
  }
  const parsed = SettingsSchema.safeParse(settings);
  if (!parsed.success) {
    throw new AppError('INVALID_SETTINGS', 'Some settings are not valid, so they cannot be checked yet; nothing was saved.', toFieldIssues(parsed.error.issues));
  }
  return runCheck(client, parsed.data, projectKey, deps.today());
};
