import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import type { KeyValueStore } from '../storage/key-value-store';
import { readAllSettings, type StoredSettings } from '../storage/settings-store';

/**
 * Where every surface gets a project's settings: each item is scored with
 * its own project's settings, so the panel, scope reports, the CLI and the
 * re-score give an item the same verdict. Read once per invocation.
 */
export interface ProjectSettings {
  /** The settings a project's items are scored with (the defaults when it has none), and a warning when its stored value is invalid. */
  of(projectKey: string): StoredSettings;
  /** Every settings in use, the defaults included: searches ask for the union of their work-item types and fields. */
  readonly all: readonly Settings[];
}

/** One settings for every project (the CLI's --settings file, tests). */
export const sameSettingsForEveryProject = (settings: Settings): ProjectSettings => ({ of: () => ({ settings }), all: [settings] });

export const settingsOfProjects = (stored: ReadonlyMap<string, StoredSettings>): ProjectSettings => ({
  of: (projectKey) => stored.get(projectKey) ?? { settings: DEFAULT_SETTINGS },
  all: [DEFAULT_SETTINGS, ...[...stored.values()].map((s) => s.settings)],
});

/** Every project's settings from storage with one prefix query (Forge resolvers, triggers, the preview). */
export const readProjectSettings = async (kvs: KeyValueStore): Promise<ProjectSettings> => settingsOfProjects(await readAllSettings(kvs));

/** A Settings value means "these settings for every project". */
export const asProjectSettings = (settings: Settings | ProjectSettings): ProjectSettings =>
  'of' in settings && typeof settings.of === 'function' ? settings : sameSettingsForEveryProject(settings as Settings);

/** Distinct values, first occurrence kept. */
export const unionOf = <T>(lists: readonly (readonly T[])[]): T[] => [...new Set(lists.flat())];
