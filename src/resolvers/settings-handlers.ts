import type { SettingsData } from '../shared/payloads';
import { AppError } from '../shared/result';
import { DEFAULT_SETTINGS } from '../shared/settings';
import { readSettings, saveSettings as storeSettings } from '../storage/settings-store';
import { projectAccess } from './access';
import type { Handler } from './resolver-wrapper';

/**
 * Project settings. The project key comes from the payload, so the
 * permission is checked here on the server (Administer projects), never
 * trusted from the page.
 */
export const getSettings: Handler<'getSettings'> = async (deps, context, { projectKey }) => {
  const { canAdminister } = await projectAccess(deps.jiraAsUser(context), projectKey);
  const { settings, warning } = await readSettings(deps.kvs, projectKey);
  const data: SettingsData = { settings, defaults: DEFAULT_SETTINGS, canEdit: canAdminister };
  return warning === undefined ? data : { ...data, warning };
};

export const saveSettings: Handler<'saveSettings'> = async (deps, context, { projectKey, settings }) => {
  const { canAdminister } = await projectAccess(deps.jiraAsUser(context), projectKey);
  if (!canAdminister) {
    throw new AppError('FORBIDDEN', `Only admins of project ${projectKey} can change its Factory Gravity settings; nothing was saved.`);
  }
  const saved = await storeSettings(deps.kvs, projectKey, settings);
  return { settings: saved, defaults: DEFAULT_SETTINGS, canEdit: true };
};
