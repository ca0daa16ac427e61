import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { entryPointsFromManifest, forgeNodeWebpackConfig, runBundle } from './forge-node-bundle';
import type { BundleResult } from './forge-node-bundle';

/** `forge deploy` bundles src/ with webpack + ts-loader and the app's tsconfig.json; this does the same. */

const ROOT = join(__dirname, '..', '..');
const manifestText = readFileSync(join(ROOT, 'manifest.yml'), 'utf8');
const outputDir = mkdtempSync(join(tmpdir(), 'fg-backend-bundle-'));

let bundle: BundleResult;

beforeAll(async () => {
  bundle = await runBundle(forgeNodeWebpackConfig(ROOT, entryPointsFromManifest(manifestText, ROOT), outputDir));
}, 120_000);

afterAll(() => {
  rmSync(outputDir, { recursive: true, force: true });
});

const appModules = (): string[] => bundle.modules.filter((name) => name.startsWith('./') && !name.startsWith('./node_modules/'));

describe('the back end, bundled as Forge bundles it', () => {
  it('has one entry per handler module named in manifest.yml', () => {
    expect(entryPointsFromManifest(manifestText, ROOT)).toEqual([{ name: 'index', path: join(ROOT, 'src', 'index') }]);
  });

  it('bundles with no errors and no warnings', () => {
    expect(bundle.errors).toEqual([]);
    expect(bundle.warnings).toEqual([]);
  });

  it('bundles only TypeScript of the app itself (so the babel rule Forge adds for .js is not needed)', () => {
    expect(appModules().length).toBeGreaterThan(10);
    expect(appModules().filter((name) => !/^\.\/src\/.+\.ts$/.test(name))).toEqual([]);
  });

  it.each([
    ['the embedded sample site', './src/jira/sample-site/'],
    ['the local preview', './src/preview/'],
    ['the CLI', './src/cli/'],
    ['the front ends', './static/'],
    ['the tests', './test/'],
  ])('holds nothing of %s', (_what, folder) => {
    expect(bundle.modules.filter((name) => name.includes(folder))).toEqual([]);
  });

  it('loads in plain Node and exports exactly the handlers manifest.yml names', () => {
    const handlers = [...manifestText.matchAll(/^\s+handler:\s*index\.([\w$]+)\s*$/gm)].map((match) => match[1] ?? '');
    const script = `process.stdout.write(JSON.stringify(Object.keys(require(${JSON.stringify(join(outputDir, 'index.cjs'))}))))`;
    const exported = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as unknown;
    expect(handlers).toEqual([
      'resolver',
      'onIssueEvent',
      'dailyRescore',
      'rescoreBatch',
      'admissionGate',
      'agentExplainItem',
      'agentPiReport',
      'agentSuggestSwaps',
      'agentRecordDecision',
    ]);
    expect(exported).toEqual(handlers);
  });

  it('records its size', () => {
    const file = join(outputDir, 'index.cjs');
    const rawBytes = statSync(file).size;
    const gzipBytes = gzipSync(readFileSync(file), { level: 9 }).length;
    const kib = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KiB`;
    console.log(`back-end bundle index.cjs: ${kib(rawBytes)} (${kib(gzipBytes)} gzipped), ${bundle.modules.length} modules, ${appModules().length} from src/`);
    expect(rawBytes).toBeGreaterThan(0);
  });
});
