import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { RESOURCES, type ResourceName } from './resources';

/**
 * The module each preview page stands for, read from manifest.yml itself so
 * the preview can never invent a module key Forge would not send. A module
 * names its Custom UI with `resource`, and a dashboard gadget its edit view
 * with `edit.resource` (FORGE-NOTES.md §1; @forge/manifest's schema,
 * node_modules/@forge/manifest/out/schema/manifest-schema.json). Parsed with
 * `yaml`, the parser @forge/manifest itself depends on.
 */
export interface ResourceModule {
  /** The manifest's module key (what Forge sends as context.moduleKey). */
  readonly moduleKey: string;
  /** The module type, e.g. jira:issuePanel (context.extension.type). */
  readonly type: string;
  /** 'edit' for a gadget's edit resource. */
  readonly entryPoint?: 'edit';
}
export type ResourceModules = ReadonlyMap<ResourceName, ResourceModule>;

const ManifestModuleSchema = z.object({ key: z.string().min(1), resource: z.string().optional(), edit: z.object({ resource: z.string() }).loose().optional() }).loose();
const ManifestSchema = z.object({ modules: z.record(z.string(), z.array(ManifestModuleSchema)) }).loose();

export const MANIFEST_PATH = resolve(__dirname, '..', '..', 'manifest.yml');

/** Every preview resource's module; throws naming the resource when the manifest does not serve one. */
export const resourceModulesOf = (manifestText: string): ResourceModules => {
  const manifest = ManifestSchema.parse(parse(manifestText));
  const found = new Map<ResourceName, ResourceModule>();
  for (const [type, modules] of Object.entries(manifest.modules)) {
    for (const m of modules) {
      const view = RESOURCES.find((r) => r === m.resource);
      if (view !== undefined) found.set(view, { moduleKey: m.key, type });
      const edit = RESOURCES.find((r) => r === m.edit?.resource);
      if (edit !== undefined) found.set(edit, { moduleKey: m.key, type, entryPoint: 'edit' });
    }
  }
  const missing = RESOURCES.filter((r) => !found.has(r));
  if (missing.length > 0) throw new Error(`manifest.yml has no module for the preview resource(s) ${missing.join(', ')}`);
  return found;
};

let cached: ResourceModules | undefined;
/** The repository's manifest.yml, read once. */
export const manifestModules = (): ResourceModules => (cached ??= resourceModulesOf(readFileSync(MANIFEST_PATH, 'utf8')));
