import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';

// The one test that spawns the real binary: bin.cjs registers tsx and runs main.ts.
it('node src/cli/bin.cjs --help prints the usage and exits 0', () => {
  const root = join(__dirname, '..', '..');
  const out = execFileSync(process.execPath, [join(root, 'src', 'cli', 'bin.cjs'), '--help'], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  expect(out).toContain('Usage: factory-gravity');
  expect(out).toContain('scan');
});

it('stops quietly when the reader closes the pipe early (| head): no stack trace on stderr', () => {
  const root = join(__dirname, '..', '..');
  const bin = join(root, 'src', 'cli', 'bin.cjs');
  // `true` closes the pipe before the report is written (as `head` does once it has its lines); with pipefail the command's own exit code shows.
  const run = spawnSync('bash', ['-o', 'pipefail', '-c', `"${process.execPath}" "${bin}" scan --sample --project CLIN --format json --fail-on gravity | true`], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 60_000,
  });
  expect(run.stderr).not.toMatch(/EPIPE|Error|at /);
  // CLIN's next PI holds gravity items: the gate's exit code 1 survives the closed pipe.
  expect(run.status).toBe(1);
}, 90_000);
