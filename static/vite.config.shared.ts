import * as path from 'node:path';

/**
 * One Vite configuration for every Custom UI resource. Each resource's
 * vite.config.ts calls this with its own folder. Kept free of Vite's types so
 * the root tsconfig (node10 resolution) can check it.
 *
 * FG_PREVIEW=1 builds into preview-build/ and swaps @forge/bridge for the
 * local stand-in in static/preview-bridge (never shipped to Forge).
 */
export interface ResourceBuildConfig {
  readonly root: string;
  readonly base: string;
  readonly logLevel: 'info' | 'warn';
  readonly resolve: { readonly alias: readonly { readonly find: string | RegExp; readonly replacement: string }[] };
  readonly oxc: { readonly jsx: { readonly runtime: 'automatic'; readonly importSource: string } };
  readonly define: Record<string, string>;
  readonly build: {
    readonly outDir: string;
    readonly emptyOutDir: boolean;
    readonly target: string;
    readonly sourcemap: boolean;
    readonly modulePreload: { readonly polyfill: boolean };
    readonly chunkSizeWarningLimit: number;
  };
}

export const isPreviewBuild = (): boolean => process.env['FG_PREVIEW'] === '1';

export const resourceConfig = (resourceDir: string): ResourceBuildConfig => {
  const preview = isPreviewBuild();
  const staticDir = path.resolve(resourceDir, '..');
  const alias = [
    // Never-initialised feature-gate client → its defaults, without the Statsig SDK (see the file).
    { find: /^@atlaskit\/feature-gate-js-client(\/feature-gates)?$/, replacement: path.join(staticDir, 'common', 'offline-feature-gates.ts') },
    ...(preview ? [{ find: /^@forge\/bridge$/, replacement: path.join(staticDir, 'preview-bridge', 'index.ts') }] : []),
  ];
  return {
    root: resourceDir,
    // Forge serves each resource from its own path: assets must be relative.
    base: './',
    logLevel: 'warn',
    resolve: { alias },
    oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: path.join(resourceDir, preview ? 'preview-build' : 'build'),
      emptyOutDir: true,
      target: 'es2020',
      sourcemap: false,
      // The polyfill would be inlined into the entry; Forge's CSP allows only 'self' scripts.
      modulePreload: { polyfill: false },
      chunkSizeWarningLimit: 2000,
    },
  };
};
