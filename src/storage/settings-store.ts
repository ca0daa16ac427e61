import { AppError, toFieldIssues } from '../shared/result';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '../shared/settings';
import type { KeyValueStore } from './key-value-store';

/**
 * Project settings in the key-value store under `settings:<PROJECTKEY>`,
 * plus the list of projects that have settings (so the daily re-score knows
 * every configured work-item type without listing storage).
 */

export const settingsKey = (projectKey: string): string => `settings:${projectKey}`;
export const CONFIGURED_PROJECTS_KEY = 'settings-projects';

export interface StoredSettings {
  readonly settings: Settings;
  /** Set when the stored value was invalid and defaults are used. */
  readonly warning?: string;
}

export const readSettings = async (kvs: KeyValueStore, projectKey: string): Promise<StoredSettings> => {
  const stored = await kvs.get(settingsKey(projectKey));
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

/** Validates and stores; INVALID_SETTINGS with one issue per field when the value does not parse. Returns what was stored. */
export const saveSettings = async (kvs: KeyValueStore, projectKey: string, input: unknown): Promise<Settings> => {
  const parsed = SettingsSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError('INVALID_SETTINGS', 'Some settings are not valid; nothing was saved.', toFieldIssues(parsed.error.issues));
  }
  await kvs.set(settingsKey(projectKey), parsed.data);
  const projects = await configuredProjects(kvs);
  if (!projects.includes(projectKey)) await kvs.set(CONFIGURED_PROJECTS_KEY, [...projects, projectKey].sort());
  return parsed.data;
};

export const configuredProjects = async (kvs: KeyValueStore): Promise<string[]> => {
  const value = await kvs.get(CONFIGURED_PROJECTS_KEY);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
};
