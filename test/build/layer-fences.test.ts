import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The layer fences of eslint.config.mjs (rule `layers/fences`), run through ESLint itself with the
 * project's config: only that rule, on code given as text under a path in the tree (nothing is written).
 */

const ROOT = join(__dirname, '..', '..');

const LINT_TEXTS = `
import { ESLint } from 'eslint';
const eslint = new ESLint({
  cwd: process.cwd(),
  ruleFilter: ({ ruleId }) => ruleId === 'layers/fences',
  overrideConfig: { languageOptions: { parserOptions: { project: null, projectService: false } } },
});
const out = [];
for (const [filePath, code] of JSON.parse(process.argv.at(-1))) {
  const [result] = await eslint.lintText(code, { filePath });
  out.push(result.messages.map((m) => m.ruleId + ': ' + m.message));
}
process.stdout.write(JSON.stringify(out));
`;

type Case = readonly [file: string, code: string];

const lint = (cases: readonly Case[]): string[][] =>
  JSON.parse(
    execFileSync(process.execPath, ['--input-type=module', '-e', LINT_TEXTS, JSON.stringify(cases)], { cwd: ROOT, encoding: 'utf8' }),
  ) as string[][];

const FORBIDDEN: readonly (readonly [why: string, file: string, code: string])[] = [
  ['domain → jira', 'src/domain/x.ts', "import { createJiraClient } from '../jira/create-client';"],
  ['domain → services', 'src/domain/x.ts', "export { readItemPanel } from '../services/read-item-panel';"],
  ['domain → static', 'src/domain/x.ts', "import { VERDICT_WORDS } from '../../static/common/verdict';"],
  ['domain → @forge', 'src/domain/x.ts', "import api from '@forge/api';"],
  ['domain → Node I/O', 'src/domain/x.ts', "import { readFile } from 'node:fs/promises';"],
  ['domain → Node I/O, bare name', 'src/domain/x.ts', "import { readFileSync } from 'fs';"],
  ['static → services', 'static/board/src/x.tsx', "import { readScopeReport } from '../../../src/services/read-scope-report';"],
  ['static → domain', 'static/common/x.ts', "export * from '../../src/domain/score';"],
  ['static → sample site', 'static/preview-bridge/x.ts', "import { createSampleSite } from '../../src/jira/sample-site';"],
  ['src → static', 'src/services/x.ts', "import { ERROR_WORDS } from '../../static/common/error-words';"],
  ['resolvers → sample site', 'src/resolvers/x.ts', "import { SAMPLE_USERS } from '../jira/sample-site/users';"],
  ['index → sample site, require', 'src/index.ts', "const site = require('./jira/sample-site');"],
  ['services → sample site, dynamic import', 'src/services/x.ts', "export const load = () => import('../jira/sample-site/index');"],
  ['jira → sample site', 'src/jira/x.ts', "import type { SampleSite } from './sample-site/sample-site';"],
];

const ALLOWED: readonly (readonly [why: string, file: string, code: string])[] = [
  ['domain → domain', 'src/domain/x.ts', "import { scoreWorkItem } from './score-work-item';"],
  ['domain → shared', 'src/domain/x.ts', "import { DEFAULT_SETTINGS } from '../shared/settings';"],
  ['domain → a pure package', 'src/domain/x.ts', "import { addDays } from 'date-fns';"],
  ['static → its own code', 'static/board/src/x.tsx', "import { invokeResolver } from '../../common/client';"],
  ['static → shared', 'static/board/src/x.tsx', "import type { Envelope } from '../../../src/shared/result';"],
  ['static → @forge/bridge', 'static/common/x.ts', "import { invoke } from '@forge/bridge';"],
  ['services → jira', 'src/services/x.ts', "import { createJiraClient } from '../jira/create-client';"],
  ['cli → sample site', 'src/cli/x.ts', "import { createSampleSite } from '../jira/sample-site';"],
  ['preview → sample site', 'src/preview/x.ts', "import { SAMPLE_USERS } from '../jira/sample-site/users';"],
  ['sample site → itself', 'src/jira/sample-site/handlers/x.ts', "import { SAMPLE_USERS } from '../users';"],
  ['tests → sample site', 'test/forge/x.test.ts', "import { createSampleSite } from '../../src/jira/sample-site';"],
];

describe('the layer fences (npm run lint)', () => {
  let forbidden: string[][];
  let allowed: string[][];
  beforeAll(() => {
    const results = lint([...FORBIDDEN, ...ALLOWED].map(([, file, code]) => [file, code] as const));
    forbidden = results.slice(0, FORBIDDEN.length);
    allowed = results.slice(FORBIDDEN.length);
  }, 60_000);

  it.each(FORBIDDEN.map(([why], i) => [why, i] as const))('refuse %s', (_why, i) => {
    expect(forbidden[i]).toEqual([expect.stringMatching(/^layers\/fences: '.+' crosses a layer fence: /)]);
  });

  it.each(ALLOWED.map(([why], i) => [why, i] as const))('allow %s', (_why, i) => {
    expect(allowed[i]).toEqual([]);
  });
});
