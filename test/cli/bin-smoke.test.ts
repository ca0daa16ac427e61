import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

// The one test that spawns the real binary: bin.cjs registers tsx and runs main.ts.
it('node src/cli/bin.cjs --help prints the usage and exits 0', () => {
  const root = join(__dirname, '..', '..');
  const out = execFileSync(process.execPath, [join(root, 'src', 'cli', 'bin.cjs'), '--help'], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  expect(out).toContain('Usage: factory-gravity');
  expect(out).toContain('scan');
});
