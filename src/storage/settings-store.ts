import { AppError, toFieldIssues } from '../shared/result';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '../shared/settings';
import type { KeyValueStore } from './key-value-store';

/**
 * Project settings in the key-value store under `settings:<PROJECTKEY>`.
 * Every project's settings are read together with one prefix query
 * (readAllSettings), so there is no list of configured projects to keep in
 * step: a project has settings when its key exists. A `settings-projects`
 * key left by earlier versions is not under the prefix and is ignored.
 */

export const SETTINGS_PREFIX = 'settings:';
export const settingsKey = (projectKey: string): string => `${SETTINGS_PREFIX}${projectKey}`;

export interface StoredSettings {
  readonly settings: Settings;
  /** Set when the stored value was invalid and defaults are used. */
  readonly warning?: string;
}

/** A stored value → the settings it holds, or the defaults with a warning a project admin can act on. */
const parseStored = (projectKey: string, stored: unknown): StoredSettings => {
  if (stored === undefined || stored === null) return { settings: DEFAULT_SETTINGS };
  const parsed = SettingsSchema.safeParse(stored);
  if (parsed.success) return { settings: parsed.data };
  const first = parsed.error.issues[0];
  const where = first === undefined || first.path.length === 0 ? '' : ` (${first.path.join('.')}: ${first.message})`;
  return {
    settings: DEFAULT_SETTINGS,
    warning: `The saved settings of project ${projectKey} are not valid${where}; the defaults are used until a project admin saves them again.`,
  };
};

export const readSettings = async (kvs: KeyValueStore, projectKey: string): Promise<StoredSettings> =>
  parseStored(projectKey, await kvs.get(settingsKey(projectKey)));

/** Every project's stored settings, by project key, with one (paged) prefix query. Projects without a key are not in the map. */
export const readAllSettings = async (kvs: KeyValueStore): Promise<Map<string, StoredSettings>> => {
  const all = new Map<string, StoredSettings>();
  for (const { key, value } of await kvs.listByPrefix(SETTINGS_PREFIX)) {
    const projectKey = key.slice(SETTINGS_PREFIX.length);
    if (projectKey !== '') all.set(projectKey, parseStored(projectKey, value));
  }
  return all;
};

/** Validates and stores; INVALID_SETTINGS with one issue per field when the value does not parse. Returns what was stored. */
export const saveSettings = async (kvs: KeyValueStore, projectKey: string, input: unknown): Promise<Settings> => {
  const parsed = SettingsSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError('INVALID_SETTINGS', 'Some settings are not valid; nothing was saved.', toFieldIssues(parsed.error.issues));
  }
  await kvs.set(settingsKey(projectKey), parsed.data);
  return parsed.data;
};
