import { workItemJql } from '../../src/jira/jql';
import { jqlBalanceProblem } from '../../src/shared/jql-balance';
import { GadgetConfigSchema, ScopeSpecSchema } from '../../src/shared/scope';
import { PayloadSchemas } from '../../src/shared/payloads';
import { SettingsSchema } from '../../src/shared/settings';
import { AppError } from '../../src/shared/result';
import { fakeIo } from '../cli/fake-io';
import { main } from '../../src/cli/main';

/** A person's JQL is wrapped in parentheses; unbalanced JQL would escape the app's filters. */
const UNBALANCED: readonly [string, RegExp][] = [
  ['project = A) OR (project = B', /"\)" at character 12 with no "\("/],
  ['project = A)', /"\)" at character 12/],
  ['(project = A', /"\(" at character 1 that is never closed/],
  ['summary ~ "open', /" at character 11 that is never closed/],
  ["summary ~ 'open) OR (x", /' at character 11 that is never closed/],
  ['((a = 1)', /"\(" at character 1/],
];
const BALANCED = [
  'project = A',
  '(project = A OR project = B) AND status = Done',
  'summary ~ "a ) b"',
  "summary ~ 'it''s (fine'".replace("''", "\\'"),
  'summary ~ "say \\"hi)\\""',
  'fixVersion in ("PI (26.3)", "PI 26.4") ORDER BY rank',
];

describe('the JQL balance scanner', () => {
  it.each(UNBALANCED)('%s: refused, naming the position', (jql, message) => {
    expect(jqlBalanceProblem(jql)?.message).toMatch(message);
  });

  it.each(BALANCED)('%s: accepted (parentheses inside quotes do not count)', (jql) => {
    expect(jqlBalanceProblem(jql)).toBeNull();
  });
});

describe('every host refuses unbalanced JQL', () => {
  const jql = 'project = A) OR (project = B';

  it('the scope schema (resolver payloads, gadget configuration, snapshot scope)', () => {
    const result = ScopeSpecSchema.safeParse({ kind: 'jql', jql });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['jql'], message: expect.stringMatching(/character 12/) });
    expect(GadgetConfigSchema.safeParse({ scope: { kind: 'jql', jql } }).success).toBe(false);
    expect(PayloadSchemas.getScopeReport.safeParse({ scope: { kind: 'jql', jql }, pi: 'next' }).success).toBe(false);
  });

  it('workItemJql, the last line for any other source', () => {
    const settings = SettingsSchema.parse({});
    expect(() => workItemJql(jql, settings, null)).toThrow(AppError);
    expect(workItemJql('summary ~ "a ) b"', settings, null)).toBe('(summary ~ "a ) b") AND issuetype = "Epic" ORDER BY key ASC');
  });

  it('the CLI: exit 2, one line naming --jql and the position', async () => {
    const io = fakeIo();
    const code = await main(['scan', '--jql', jql], io);
    expect(code).toBe(2);
    expect(io.err()).toMatch(/^factory-gravity: --jql: .*character 12.*\n$/);
    expect(io.err().split('\n').filter(Boolean)).toHaveLength(1);
  });
});
