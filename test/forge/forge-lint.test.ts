import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Forge's own client-side linters (manifest schema, handlers, resources,
 * scopes), run offline by the shared tool. The tool lives beside the
 * project in ../shared; where it is absent this test says so and skips.
 */
const root = path.resolve(__dirname, '..', '..');
const tool = path.resolve(root, '..', 'shared', 'tools', 'forge-lint.cjs');
const built = ['issue-panel', 'issue-context', 'gadget', 'gadget-edit', 'board', 'settings', 'pi-review', 'issue-activity'].every((r) =>
  existsSync(path.join(root, 'static', r, 'build', 'index.html')),
);

const run = existsSync(tool) && built ? test : test.skip;
if (!existsSync(tool)) console.warn(`forge lint skipped: ${tool} not found`);
else if (!built) console.warn('forge lint skipped: build the front ends first (npm run build)');

run(
  'forge lint reports no errors and no warnings',
  async () => {
    const output = await new Promise<string>((resolve, reject) => {
      execFile('node', [tool], { cwd: root, timeout: 240_000 }, (error, stdout, stderr) => {
        const text = `${stdout}${stderr}`;
        if (error) reject(new Error(`forge lint failed:\n${text}`));
        else resolve(text);
      });
    });
    expect(output).toMatch(/0 errors, 0 warnings/);
  },
  300_000,
);
