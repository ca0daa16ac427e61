// ESLint for src, static and test: typescript-eslint's strict type-checked preset (no stylistic
// preset), plus the layer fences below as errors. `npm run lint` fails on any warning.
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

const ROOT = path.dirname(fileURLToPath(import.meta.url));

/**
 * Which folder may import which. `from`: the importing file's folder; `only`: the folders it may
 * import from (relative imports); `never`: folders it may not import from; `except`: importing
 * folders the fence does not apply to. Folders are repo-relative and end with '/'.
 */
const FENCES = [
  {
    from: ['src/domain/'],
    only: ['src/domain/', 'src/shared/'],
    why: 'src/domain is the pure core: it imports only src/domain and src/shared.',
  },
  {
    from: ['static/'],
    only: ['static/', 'src/shared/'],
    why: 'the front ends import only src/shared (and their own static code).',
  },
  {
    from: ['src/'],
    never: ['static/'],
    why: 'the back end never imports the front ends in static/.',
  },
  {
    from: ['src/', 'static/'],
    except: ['src/cli/', 'src/preview/', 'src/jira/sample-site/'],
    never: ['src/jira/sample-site/'],
    why: 'only the local hosts (src/cli, src/preview) and the tests use the embedded sample site.',
  },
];

/** Packages src/domain may not import: Forge and Node's I/O (the core is pure). */
const IMPURE_PACKAGE = new RegExp(`^(@forge/|node:|(${builtinModules.map((name) => name.replace(/[/.]/g, '\\$&')).join('|')})(/|$))`);

const under = (file, folders) => folders.some((folder) => file.startsWith(folder));

/** The repo-relative path a relative import points at, or undefined for a package import. */
const importedPath = (file, specifier) =>
  specifier.startsWith('.') ? path.relative(ROOT, path.resolve(ROOT, path.dirname(file), specifier)).split(path.sep).join('/') : undefined;

/** Why `file` may not import `specifier`, or undefined when it may. */
const fenceBroken = (file, specifier) => {
  const target = importedPath(file, specifier);
  if (target === undefined) {
    return under(file, ['src/domain/']) && IMPURE_PACKAGE.test(specifier) ? 'src/domain is pure: no @forge/* and no Node built-ins.' : undefined;
  }
  const targetDir = `${target}/`;
  for (const fence of FENCES) {
    if (!under(file, fence.from) || under(file, fence.except ?? [])) continue;
    if (fence.only && !under(targetDir, fence.only)) return fence.why;
    if (fence.never && under(targetDir, fence.never)) return fence.why;
  }
  return undefined;
};

const layersPlugin = {
  rules: {
    fences: {
      meta: { type: 'problem', schema: [], messages: { broken: "'{{specifier}}' crosses a layer fence: {{why}}" } },
      create(context) {
        const file = path.relative(ROOT, context.filename).split(path.sep).join('/');
        const check = (source) => {
          if (source?.type !== 'Literal' || typeof source.value !== 'string') return;
          const why = fenceBroken(file, source.value);
          if (why !== undefined) context.report({ node: source, messageId: 'broken', data: { specifier: source.value, why } });
        };
        return {
          ImportDeclaration: (node) => check(node.source),
          ExportNamedDeclaration: (node) => check(node.source),
          ExportAllDeclaration: (node) => check(node.source),
          ImportExpression: (node) => check(node.source),
          TSImportEqualsDeclaration: (node) => check(node.moduleReference.expression),
          CallExpression: (node) => {
            if (node.callee.type === 'Identifier' && node.callee.name === 'require') check(node.arguments[0]);
          },
        };
      },
    },
  },
};

// defineConfig, not tseslint.config (deprecated in typescript-eslint 8: node_modules/typescript-eslint/dist/config-helper.d.ts).
export default defineConfig(
  {
    ignores: ['node_modules/', 'static/*/build/', 'static/*/preview-build/', 'coverage/', 'eslint.config.mjs'],
  },
  {
    files: ['**/*.{ts,tsx,mts,cts,js,mjs,cjs}'],
    plugins: { layers: layersPlugin },
    rules: { 'layers/fences': 'error' },
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.strictTypeChecked],
    languageOptions: {
      parserOptions: { project: './tsconfig.check.json', tsconfigRootDir: ROOT },
    },
    rules: {
      // Numbers print unambiguously in messages and URLs; other non-strings still need String().
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `return sendJson(res, 400, …)` / `return setIssues(…)` is this codebase's early exit in (async) handlers, which the rule's options cannot tell apart.
      '@typescript-eslint/no-confusing-void-expression': 'off',
      // Passing on a caught `unknown` as-is is deliberate: callers classify it (request-json's timeout race).
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingUnknown: true }],
      // The same convention as tsc's noUnusedParameters: a leading underscore marks a name unused on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // An async function that implements an async port without awaiting keeps throw-as-rejection; dropping `async` would not.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-deprecated': [
        'error',
        {
          allow: [
            // Its replacement, @atlaskit/css with primitives/compiled, needs the Compiled CSS-in-JS build setup (its README), which the Vite builds lack.
            { from: 'package', package: '@atlaskit/primitives', name: 'xcss' },
            // The installed Lozenge still defaults isBold to false (dist/cjs/lozenge.js): dropping it would change the look.
            'isBold',
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    rules: {
      // Tests read raw JSON (REST responses, files) and assert on it: the expectation is the type check.
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // `expect(fake.method).toHaveBeenCalled()` passes methods of jest fakes unbound on purpose.
      '@typescript-eslint/unbound-method': 'off',
      // A test that just asserted an element exists may dereference it; a wrong `!` fails the test anyway.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Tests probe values the types say cannot occur (fuzzed input, DOM reads, fakes' defensive fallbacks).
      '@typescript-eslint/no-unnecessary-condition': 'off',
      // The fuzzers mutate objects by computed key on purpose.
      '@typescript-eslint/no-dynamic-delete': 'off',
      // Sums over raw JSON (`any`, as above) in the sample-site tests.
      '@typescript-eslint/restrict-plus-operands': 'off',
      // Helpers such as `data<T>(envelope)` unwrap a response to the type the test expects.
      '@typescript-eslint/no-unnecessary-type-parameters': 'off',
      // fetch fakes stringify their `string | URL | Request` input, which the code under test always passes as a string or URL.
      '@typescript-eslint/no-base-to-string': 'off',
    },
  },
);
