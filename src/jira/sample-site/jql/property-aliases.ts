import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

/**
 * The JQL names an app's `jira:entityProperty` module makes searchable: each
 * value's `searchAlias` over `path` inside the issue property `propertyKey`,
 * with the `type` Jira indexes it as. Shape from @forge/manifest's schema
 * (node_modules/@forge/manifest/out/schema/manifest-schema.json,
 * ModuleSchema/jira:entityProperty: type ∈ number, string, text, user, date;
 * searchAlias ^[a-zA-Z0-9._-]+$) and the Forge manifest reference
 * (developer.atlassian.com/platform/forge/manifest-reference/modules/jira-entity-property/).
 * The sample site searches the string and number ones; a manifest declaring
 * another type is refused when read, not silently answered wrong.
 */
export interface PropertyAlias {
  /** The JQL field name, e.g. gravityVerdict. */
  readonly alias: string;
  /** The issue property key, e.g. factory-gravity.assessment. */
  readonly propertyKey: string;
  /** The value's path inside the property's JSON ('.' between levels). */
  readonly path: string;
  readonly type: 'string' | 'number';
}

const EntityPropertyModuleSchema = z
  .object({
    propertyKey: z.string().min(1),
    entityType: z.enum(['issue', 'project', 'user']).default('issue'),
    values: z.array(
      z
        .object({
          path: z.string().min(1),
          type: z.enum(['number', 'string', 'text', 'user', 'date']),
          searchAlias: z.string().regex(/^[a-zA-Z0-9._-]+$/).optional(),
        })
        .loose(),
    ),
  })
  .loose();

const ManifestSchema = z
  .object({ modules: z.object({ 'jira:entityProperty': z.array(EntityPropertyModuleSchema).default([]) }).loose() })
  .loose();

/** The issue-property aliases a manifest (its YAML text) declares. Throws naming the value the sample site cannot search. */
export const propertyAliasesOf = (manifestText: string): PropertyAlias[] => {
  const modules = ManifestSchema.parse(parse(manifestText)).modules['jira:entityProperty'];
  const aliases: PropertyAlias[] = [];
  for (const module of modules) {
    if (module.entityType !== 'issue') continue;
    for (const value of module.values) {
      if (value.searchAlias === undefined) continue;
      if (value.type !== 'string' && value.type !== 'number') {
        throw new Error(`manifest.yml: the sample site searches string and number property values only, not '${value.type}' (${value.searchAlias})`);
      }
      aliases.push({ alias: value.searchAlias, propertyKey: module.propertyKey, path: value.path, type: value.type });
    }
  }
  return aliases;
};

/** The repository's manifest.yml (the one deployed), four levels up from here. */
export const MANIFEST_PATH = resolve(__dirname, '..', '..', '..', '..', 'manifest.yml');

let cached: readonly PropertyAlias[] | undefined;
/** The aliases of the repository's manifest.yml, read once. */
export const manifestPropertyAliases = (): readonly PropertyAlias[] => (cached ??= propertyAliasesOf(readFileSync(MANIFEST_PATH, 'utf8')));
