import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensurePreviewBuilds, previewBuildState } from '../../src/preview/build-preview';
import { RESOURCES } from '../../src/preview/resources';

/**
 * Building the preview front ends: only when missing or older than the
 * sources, once even when several test workers ask at the same moment, and
 * with NODE_ENV=production (jest's NODE_ENV=test makes Vite emit dev JSX).
 */

let root: string;

/** A stand-in static/build.mjs that records each run and its NODE_ENV, and writes every preview-build/index.html. */
const FAKE_BUILD = `
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
const root = process.cwd();
appendFileSync(join(root, 'runs.log'), (process.env.FG_PREVIEW ?? '-') + ' ' + (process.env.NODE_ENV ?? '-') + '\\n');
await new Promise((r) => setTimeout(r, 300));
for (const r of ${JSON.stringify(RESOURCES)}) {
  mkdirSync(join(root, 'static', r, 'preview-build'), { recursive: true });
  writeFileSync(join(root, 'static', r, 'preview-build', 'index.html'), '<!doctype html>');
}
if (process.env.FAIL_BUILD === '1') process.exit(1);
`;

const runs = (): string[] => {
  try {
    return readFileSync(join(root, 'runs.log'), 'utf8').trim().split('\n').filter((l) => l !== '');
  } catch {
    return [];
  }
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'fg-build-test-'));
  mkdirSync(join(root, 'static', 'common'), { recursive: true });
  mkdirSync(join(root, 'src', 'shared'), { recursive: true });
  writeFileSync(join(root, 'static', 'build.mjs'), FAKE_BUILD);
  writeFileSync(join(root, 'static', 'common', 'a.ts'), 'export {};');
  writeFileSync(join(root, 'src', 'shared', 'b.ts'), 'export {};');
  const past = new Date(Date.now() - 60_000);
  for (const f of [join(root, 'static', 'build.mjs'), join(root, 'static', 'common', 'a.ts'), join(root, 'src', 'shared', 'b.ts')]) utimesSync(f, past, past);
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

it('builds once when missing, even when asked three times at once, with production NODE_ENV', async () => {
  expect(await previewBuildState(root)).toBe('missing');
  await Promise.all([ensurePreviewBuilds(root), ensurePreviewBuilds(root), ensurePreviewBuilds(root)]);
  expect(runs()).toEqual(['1 production']);
  expect(await previewBuildState(root)).toBe('fresh');
  await ensurePreviewBuilds(root);
  expect(runs()).toHaveLength(1);
});

it('rebuilds when a source is newer than the builds, unless told to accept stale builds', async () => {
  await ensurePreviewBuilds(root);
  const future = new Date(Date.now() + 60_000);
  utimesSync(join(root, 'static', 'common', 'a.ts'), future, future);
  expect(await previewBuildState(root)).toBe('stale');
  await ensurePreviewBuilds(root, () => undefined, { rebuildStale: false });
  expect(runs()).toHaveLength(1);
  await ensurePreviewBuilds(root);
  expect(runs()).toHaveLength(2);
});

it('keeps usable builds when the build script fails after writing them (a size budget), but fails when nothing was built', async () => {
  process.env['FAIL_BUILD'] = '1';
  try {
    const lines: string[] = [];
    await ensurePreviewBuilds(root, (l) => lines.push(l));
    expect(lines.some((l) => l.startsWith('Warning:'))).toBe(true);
    rmSync(join(root, 'static', 'build.mjs'));
    writeFileSync(join(root, 'static', 'build.mjs'), 'process.exit(2);');
    for (const r of RESOURCES) rmSync(join(root, 'static', r), { recursive: true, force: true });
    await expect(ensurePreviewBuilds(root)).rejects.toThrow(/exit code 2/);
  } finally {
    delete process.env['FAIL_BUILD'];
  }
});
