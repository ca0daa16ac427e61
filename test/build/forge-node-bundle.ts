import { join, resolve } from 'node:path';
import webpack from 'webpack';
import type { Configuration, Stats } from 'webpack';

/**
 * The back end bundled the way `forge deploy` bundles it.
 *
 * Mirrors @forge/bundler 7.3.0 (npm; read from its published tarball). The package itself is not a
 * dependency: it depends on @forge/lint and on @forge/cli-shared, which needs the native addon keytar.
 * - out/config/common.js `getCommonWebpackConfig`: mode production, no minimising, `source-map`,
 *   commonjs library output, `node.__dirname`, the three IgnorePlugins, and ts-loader (NOT
 *   transpile-only) with the app's own `tsconfig.json` (out/tsconfig-interactor.js), `context` the
 *   app directory, `onlyCompileBundledFiles`, and the compiler options it forces (`jsx: react`,
 *   `jsxFactory: ForgeUI.createElement`, `sourceMap`).
 * - out/runtime.js `NodeBundler.getConfigs`: target `node18`, `[name].cjs`, `fullySpecified: false` for .mjs/.js.
 * - out/common.js `getEntryPoints`: one entry per handler module, at `src/<module>` (`SOURCE_DIRECTORY`).
 * Left out: the babel-loader rule for the app's own .js/.jsx files (the back end has none; the bundle
 * test asserts that), the i18n rule (the app declares no translations), and the runtime wrapper files
 * Forge adds beside the bundle (`__forge__.cjs` and others, from the CLI's wrapper provider).
 */

export interface EntryPoint {
  readonly name: string;
  readonly path: string;
}

/** `handler: index.resolver` → entry `index` at src/index, once per module (as @forge/bundler out/common.js). */
export const entryPointsFromManifest = (manifestText: string, appDirectory: string): EntryPoint[] => {
  const modules = [...manifestText.matchAll(/^\s+handler:\s*([\w./-]+)\.[\w$]+\s*$/gm)].map((match) => match[1] ?? '');
  return [...new Set(modules)].map((name) => ({ name, path: resolve(appDirectory, 'src', name) }));
};

export const forgeNodeWebpackConfig = (appDirectory: string, entryPoints: readonly EntryPoint[], outputDir: string): Configuration => ({
  name: 'node-runtime',
  target: 'node18',
  // Forge leaves `context` to webpack's default, the working directory, which for `forge deploy` is the app.
  context: appDirectory,
  entry: Object.fromEntries(entryPoints.map((entry) => [entry.name, entry.path])),
  mode: 'production',
  optimization: { minimize: false },
  devtool: 'source-map',
  output: { libraryTarget: 'commonjs', globalObject: 'this', filename: '[name].cjs', path: outputDir },
  node: { __dirname: true },
  performance: false,
  resolve: { extensions: ['.ts', '.tsx', '.js', '.jsx', '.json', '.cjs'] },
  plugins: [
    new webpack.IgnorePlugin({ resourceRegExp: /^encoding$/, contextRegExp: /node-fetch/ }),
    new webpack.IgnorePlugin({ resourceRegExp: /^(bufferutil|utf-8-validate)$/, contextRegExp: /ws\/lib$/ }),
    new webpack.IgnorePlugin({ resourceRegExp: /^dtrace-provider$/, contextRegExp: /bunyan$/ }),
  ],
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: [
          {
            loader: 'ts-loader',
            options: {
              compilerOptions: { jsx: 'react', jsxFactory: 'ForgeUI.createElement', sourceMap: true },
              configFile: join(appDirectory, 'tsconfig.json'),
              context: appDirectory,
              onlyCompileBundledFiles: true,
            },
          },
        ],
      },
      { test: /\.m?js$/, resolve: { fullySpecified: false } },
    ],
  },
});

export interface BundleResult {
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
  /** Every bundled module, as webpack names it relative to the app (`./src/index.ts`, `./node_modules/zod/...`). */
  readonly modules: readonly string[];
}

const moduleNames = (stats: Stats): string[] => {
  const names: string[] = [];
  const visit = (modules: readonly webpack.StatsModule[] | undefined): void => {
    for (const module of modules ?? []) {
      if (module.modules) visit(module.modules);
      else if (module.name) names.push(module.name);
    }
  };
  visit(stats.toJson({ modules: true, nestedModules: true }).modules);
  return names;
};

/** Runs webpack once; resolves with what it reported (errors are data, not exceptions). */
export const runBundle = (config: Configuration): Promise<BundleResult> =>
  new Promise((resolvePromise, reject) => {
    const compiler = webpack(config);
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) {
        reject(error);
        return;
      }
      if (!stats) {
        reject(new Error('webpack returned no stats'));
        return;
      }
      const info = stats.toJson({ errors: true, warnings: true });
      resolvePromise({
        errors: (info.errors ?? []).map((entry) => entry.message),
        warnings: (info.warnings ?? []).map((entry) => entry.message),
        modules: moduleNames(stats),
      });
    });
  });
