import { join } from 'node:path';

/** The Custom UI resources the preview serves, one per manifest resource. */
export const RESOURCES = ['issue-panel', 'issue-context', 'issue-activity', 'gadget', 'gadget-edit', 'board', 'settings', 'pi-review'] as const;
export type ResourceName = (typeof RESOURCES)[number];

export const isResourceName = (s: string): s is ResourceName => (RESOURCES as readonly string[]).includes(s);

/** Where `FG_PREVIEW=1 node static/build.mjs` writes a resource's preview build. */
export const previewBuildDir = (projectRoot: string, resource: ResourceName): string =>
  join(projectRoot, 'static', resource, 'preview-build');
