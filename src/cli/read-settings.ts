import { AppError, toFieldIssues } from '../shared/result';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '../shared/settings';
import type { CliIo } from './io';
import { describeIssues } from './issue-path';
import { FILE_LIMITS, parseJsonFile, readTextFile } from './read-text-file';

/** The --settings file, validated with the same schema the settings page uses; no file means the defaults. */
export const readSettings = async (io: CliIo, path: string | undefined): Promise<Settings> => {
  if (path === undefined) return DEFAULT_SETTINGS;
  const json = parseJsonFile(await readTextFile(io, path, 'settings file', FILE_LIMITS.settings), path, 'settings file');
  const parsed = SettingsSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const lines = describeIssues('settings', parsed.error.issues);
  throw new AppError('INVALID_SETTINGS', `Invalid settings in ${path}: ${lines.join('; ')}`, toFieldIssues(parsed.error.issues));
};
