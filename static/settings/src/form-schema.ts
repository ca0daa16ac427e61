import { settingsSchemasWith } from '../../../src/shared/settings-schema';

/**
 * What the settings form checks before it saves: the server's settings schema
 * (src/shared/settings-schema.ts) with every rule but one. Patterns are left to
 * the server, which compiles them with the linear-time engine (re2js, about
 * 46 KB gzipped: it would take this page over its 250 KB budget, see
 * static/build.mjs). A pattern the engine refuses comes back from saveSettings
 * as a BAD_PAYLOAD field issue and is shown next to its field, with the
 * engine's message, like any other issue.
 */
export const FormSettingsSchema = settingsSchemasWith(() => null).SettingsSchema;
