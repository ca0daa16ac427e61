import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SKIP = new Set(['build', 'preview-build', 'dist', 'node_modules']);

const newestMtime = (dir: string): number => {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP.has(entry.name)) newest = Math.max(newest, newestMtime(path));
    } else if (entry.isFile()) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
};

/** Resources (static/<name>/ with a vite.config.ts) whose build/ is missing or older than their sources or src/shared. */
export const staleBuilds = (root: string): string[] => {
  const staticDir = join(root, 'static');
  if (!existsSync(staticDir)) return [];
  const shared = Math.max(newestMtime(join(root, 'src', 'shared')), statSync(join(staticDir, 'build.mjs'), { throwIfNoEntry: false })?.mtimeMs ?? 0);
  return readdirSync(staticDir)
    .filter((name) => existsSync(join(staticDir, name, 'vite.config.ts')))
    .filter((name) => {
      const built = statSync(join(staticDir, name, 'build', 'index.html'), { throwIfNoEntry: false });
      if (built === undefined) return true;
      return Math.max(shared, newestMtime(join(staticDir, name))) > built.mtimeMs;
    });
};

/**
 * Runs `node static/build.mjs <resources>` (the Forge build). The build exits 1
 * when a resource is over its size budget but still writes it: that is a
 * finished build (the benchmark reports the size); any other failure is not.
 */
export const buildFrontEnds = (root: string, resources: readonly string[]): { ok: boolean; output: string } => {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env['FG_PREVIEW'];
  const result = spawnSync(process.execPath, [join('static', 'build.mjs'), ...resources], { cwd: root, env, encoding: 'utf8', timeout: 180_000 });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  // Exit code 1 with "OVER BUDGET" rows is a finished build that is too big; any other failure is a failed build.
  const finished = result.status === 0 || (result.status === 1 && /OVER BUDGET/.test(output));
  const ok = finished && resources.every((r) => existsSync(join(root, 'static', r, 'build', 'index.html')));
  return { ok, output };
};
