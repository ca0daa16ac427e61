import type { z } from 'zod';
import { GATE_MODES, PiCalendarEntrySchema, settingsSchemasWith, type GateMode } from './settings-schema';
import { compileUserPattern } from './user-pattern';

/**
 * Project settings: one schema for the CLI's --settings file, the settings
 * page and the stored value in Forge storage (built in ./settings-schema.ts).
 * Patterns are checked here with the linear-time engine (RE2 syntax,
 * src/shared/user-pattern.ts): what it cannot compile is refused with a
 * message naming the unsupported syntax.
 */

/** The engine's verdict on a settings pattern: null when it compiles, else the message. */
export const checkPatternWithEngine = (source: string): string | null => {
  const compiled = compileUserPattern(source);
  return compiled.ok ? null : compiled.message;
};

const schemas = settingsSchemasWith(checkPatternWithEngine);

export { GATE_MODES, PiCalendarEntrySchema, type GateMode };
export const PiSourceSchema = schemas.PiSourceSchema;
export const SettingsSchema = schemas.SettingsSchema;

export type Settings = z.output<typeof SettingsSchema>;
export type SettingsInput = z.input<typeof SettingsSchema>;
export type PiSource = z.output<typeof PiSourceSchema>;
export type PiCalendarEntry = z.output<typeof PiCalendarEntrySchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});
