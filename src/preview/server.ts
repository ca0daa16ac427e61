import { resolve } from 'node:path';
import { ensurePreviewBuilds } from './build-preview';
import { startPreviewServer, type PreviewServer } from './http-server';
import { createLocalBackend } from './local-backend';
import type { PreviewBackend } from './preview-backend';

export { ensurePreviewBuilds } from './build-preview';

export interface PreviewOptions {
  /** 0 (default) picks a free port. */
  readonly port?: number;
  /** YYYY-MM-DD; the sample site's data is dated relative to it. Default: today's UTC date. */
  readonly today?: string;
  readonly host: '127.0.0.1';
  /** The project folder holding static/<resource>/preview-build (default: this repository). */
  readonly projectRoot?: string;
  /** Build the preview front ends first when they are missing (default true). */
  readonly build?: boolean;
  /** Do not log unexpected resolver errors to the console (tests). */
  readonly quiet?: boolean;
}

export interface Preview extends PreviewServer {
  /** The resolvers over the server's one sample site (tests read the site's state through it). */
  readonly backend: PreviewBackend;
}

export const DEFAULT_PROJECT_ROOT = resolve(__dirname, '..', '..');

const utcToday = (): string => new Date().toISOString().slice(0, 10);

/**
 * Starts the local preview: one sample site for the server's lifetime, the
 * preview builds of every Custom UI resource, and the API the preview bridge
 * calls. Resolves once it listens; close() stops it.
 */
export const startPreview = async (options: PreviewOptions): Promise<Preview> => {
  const projectRoot = options.projectRoot ?? DEFAULT_PROJECT_ROOT;
  if (options.build !== false) await ensurePreviewBuilds(projectRoot, (line) => console.log(line), { rebuildStale: false });
  const backend = createLocalBackend(options.today ?? utcToday());
  const server = await startPreviewServer({
    backend,
    projectRoot,
    host: options.host,
    port: options.port ?? 0,
    ...(options.quiet === true ? { onError: () => undefined } : {}),
  });
  return { ...server, backend };
};
