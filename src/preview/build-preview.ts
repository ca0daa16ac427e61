import { spawn } from 'node:child_process';
import { mkdir, readdir, rmdir, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RESOURCES, previewBuildDir } from './resources';

export type BuildState = 'missing' | 'stale' | 'fresh';

const SKIP_DIRS = new Set(['build', 'preview-build', 'dist', 'node_modules']);

const newestMtime = async (dir: string): Promise<number> => {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  let newest = 0;
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) newest = Math.max(newest, await newestMtime(path));
    } else if (entry.isFile()) {
      newest = Math.max(newest, (await stat(path)).mtimeMs);
    }
  }
  return newest;
};

/** Whether every resource has a preview build, and whether any source (static/, src/shared/) changed since. */
export const previewBuildState = async (projectRoot: string): Promise<BuildState> => {
  let oldestBuild = Number.POSITIVE_INFINITY;
  for (const resource of RESOURCES) {
    const info = await stat(join(previewBuildDir(projectRoot, resource), 'index.html')).catch(() => null);
    if (info === null) return 'missing';
    oldestBuild = Math.min(oldestBuild, info.mtimeMs);
  }
  const newestSource = Math.max(
    await newestMtime(join(projectRoot, 'static')),
    await newestMtime(join(projectRoot, 'src', 'shared')),
  );
  return newestSource > oldestBuild ? 'stale' : 'fresh';
};

/** Runs `FG_PREVIEW=1 node static/build.mjs` once; rejects with its output when it fails. */
export const runPreviewBuild = (projectRoot: string, log: (line: string) => void = () => undefined): Promise<void> =>
  new Promise((resolvePromise, reject) => {
    log('Building the preview front ends (FG_PREVIEW=1 node static/build.mjs)...');
    const child = spawn(process.execPath, [join('static', 'build.mjs')], {
      cwd: projectRoot,
      // NODE_ENV=test (jest) would make Vite emit development JSX (jsxDEV) against production React.
      env: { ...process.env, FG_PREVIEW: '1', NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolvePromise();
      else reject(new Error(`FG_PREVIEW=1 node static/build.mjs failed with exit code ${String(code)}:\n${output.slice(-4000)}`));
    });
  });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Builds the preview front ends when they are missing or older than their
 * sources. Safe to call from parallel processes (jest workers): a lock
 * directory in the temp folder makes one build while the others wait.
 */
export const ensurePreviewBuilds = async (
  projectRoot: string,
  log: (line: string) => void = () => undefined,
  options: { readonly rebuildStale?: boolean } = {},
): Promise<void> => {
  const rebuildStale = options.rebuildStale ?? true;
  const needsBuild = async () => {
    const state = await previewBuildState(projectRoot);
    return state === 'missing' || (rebuildStale && state === 'stale');
  };
  if (!(await needsBuild())) return;
  const lock = join(tmpdir(), `factory-gravity-preview-build-${createHash('sha256').update(projectRoot).digest('hex').slice(0, 12)}.lock`);
  const deadline = Date.now() + 5 * 60_000;
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch {
      const info = await stat(lock).catch(() => null);
      if (info !== null && Date.now() - info.mtimeMs > 5 * 60_000) await rmdir(lock).catch(() => undefined);
      if (Date.now() > deadline) throw new Error(`Timed out waiting for another preview build (lock ${lock})`);
      await sleep(250);
    }
  }
  try {
    if (await needsBuild()) {
      try {
        await runPreviewBuild(projectRoot, log);
      } catch (e) {
        // build.mjs also fails when a bundle passes its size budget; the builds are still usable here.
        if ((await previewBuildState(projectRoot)) === 'missing') throw e;
        log(`Warning: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  } finally {
    await rmdir(lock).catch(() => undefined);
  }
};
