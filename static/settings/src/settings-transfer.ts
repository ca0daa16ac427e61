import type { FieldIssue } from '../../../src/shared/result';
import { toFieldIssues } from '../../../src/shared/result';
import type { Settings } from '../../../src/shared/settings';
import { FormSettingsSchema } from './form-schema';

/**
 * Settings as JSON, in the CLI's --settings format (the same SettingsSchema,
 * src/shared/settings.ts): what Export writes and Import reads. Import only
 * fills the form; nothing is stored until Save, where the server checks the
 * patterns too.
 */

export const settingsJson = (settings: Settings): string => `${JSON.stringify(settings, null, 2)}\n`;

export type ImportOutcome = { readonly ok: true; readonly settings: Settings } | { readonly ok: false; readonly message: string; readonly issues: readonly FieldIssue[] };

/** The largest file Import reads: settings are a few kilobytes; this refuses a wrong file early. */
export const MAX_IMPORT_CHARS = 200_000;

export const parseSettingsJson = (text: string): ImportOutcome => {
  if (text.trim() === '') return { ok: false, message: 'Paste the settings JSON or choose a file first.', issues: [] };
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, message: `This is ${text.length.toLocaleString('en')} characters; settings JSON is far smaller. Choose the file Export wrote.`, issues: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `This is not JSON (${e instanceof Error ? e.message : 'unreadable'}). Nothing was changed.`, issues: [] };
  }
  const parsed = FormSettingsSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: 'These settings are not valid; nothing was changed. The problems:', issues: toFieldIssues(parsed.error.issues) };
  return { ok: true, settings: parsed.data };
};

/** "evidence.freshnessMonths: At least 1 month" for the import's list of problems. */
export const issueLine = (issue: FieldIssue): string => (issue.path.length === 0 ? issue.message : `${issue.path.join('.')}: ${issue.message}`);
