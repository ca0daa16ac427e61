import { createJiraClient } from '../../src/jira/create-client';
import type { SampleSite, SampleUserId } from '../../src/jira/sample-site';
import { SITE_PEOPLE } from '../../src/jira/sample-site/users';
import type { JiraTransport } from '../../src/jira/transport';
import { harness, NOW } from '../forge/support/resolver-harness';
import { recordDecisions, searchUsers } from '../../src/resolvers/decision-handlers';
import { panelData } from '../../src/resolvers/panel-data';
import { DECISIONS_PROPERTY_KEY, StoredDecisionsSchema, type DecisionInput } from '../../src/shared/decision';
import { PayloadSchemas, type DecisionResult } from '../../src/shared/payloads';
import { NO_DEADLINE } from '../../src/shared/deadline';
import type { KeyValueStore } from '../../src/storage/key-value-store';
import { listRegister } from '../../src/storage/register-store';

const CURRENT = 'PI 26.4';
const person = (name: string) => {
  const p = SITE_PEOPLE.find((x) => x.displayName === name);
  if (p === undefined) throw new Error(name);
  return p;
};
const DANA = person('Dana Whitfield');
const LEE = person('Lee Hartmann');
const PRIYA = person('Priya Nair');

const setup = (user: SampleUserId, options: { site?: SampleSite; kvs?: KeyValueStore; wrapTransport?: (t: JiraTransport) => JiraTransport } = {}) => {
  const { site, kvs, deps } = harness(user, { ...options, extra: { lockAttempts: 100_000 } });
  const decide = async (issueKeys: string[], decision: DecisionInput, pi = CURRENT): Promise<readonly DecisionResult[]> =>
    (await recordDecisions(deps, {}, PayloadSchemas.recordDecisions.parse({ issueKeys, pi, decision }))).results;
  return { site, kvs, deps, decide };
};

const decisionsOn = async (site: SampleSite, issueKey: string) =>
  StoredDecisionsSchema.parse((await createJiraClient(site.transport('alex')).getIssueProperty(issueKey, DECISIONS_PROPERTY_KEY)) ?? { schemaVersion: 1, revision: 0, records: [] });

const only = (results: readonly DecisionResult[]): DecisionResult => {
  expect(results).toHaveLength(1);
  return results[0] as DecisionResult;
};

const errorOf = (result: DecisionResult) => {
  if (result.ok) throw new Error(`expected an error for ${result.issueKey}`);
  return result.error;
};

const RATIONALE = 'The ward pilot depends on it; Dana answers for it this PI.';

describe('recording PI decisions over the sample site', () => {
  it('priya keeps CLIN-11 with Dana as sponsor: signed record, and the item shows the keep at once', async () => {
    const { site, deps, decide } = setup('priya');
    const result = only(await decide(['CLIN-11'], { kind: 'keep', rationale: RATIONALE, sponsorAccountId: DANA.accountId }));
    expect(result).toMatchObject({ ok: true, decision: { kind: 'keep', pi: CURRENT, version: 1, sponsor: { accountId: DANA.accountId, displayName: 'Dana Whitfield' } } });
    const stored = await decisionsOn(site, 'CLIN-11');
    expect(stored.records).toHaveLength(1);
    expect(stored.records[0]).toMatchObject({ decidedBy: { accountId: PRIYA.accountId, displayName: 'Priya Nair' }, verdictAtDecision: 'gravity', decidedAt: NOW });
    expect(stored.records[0]?.mac).toMatch(/^v1\./);
    const panel = await panelData(deps, deps.jiraAsUser({}), 'CLIN-11');
    expect(panel.assessment.decision?.kind).toBe('keep');
    expect(panel.assessment.verdict).toBe('gravity');
    // Re-scored at once: the indexed assessment answers JQL on the decision.
    expect((await createJiraClient(site.transport('alex')).search({ jql: 'gravityDecision = keep', fields: [] })).map((i) => i.key)).toEqual(['CLIN-11']);
  });

  it('priya re-justifies CLIN-12 by a date inside the PI; a date outside it is refused and writes nothing', async () => {
    const { site, decide } = setup('priya');
    const before = site.dump();
    const outside = errorOf(only(await decide(['CLIN-12'], { kind: 'rejustify', rationale: RATIONALE, dueDate: '2027-02-01' })));
    expect(outside).toMatchObject({ code: 'BAD_PAYLOAD', issues: [{ path: ['decision', 'dueDate'] }] });
    expect(site.dump()).toBe(before);
    const ok = only(await decide(['CLIN-12'], { kind: 'rejustify', rationale: RATIONALE, dueDate: '2026-12-15' }));
    expect(ok).toMatchObject({ ok: true, decision: { kind: 'rejustify', dueDate: '2026-12-15', overdue: false } });
  });

  it('priya drops PAT-5: it leaves the PI in Jira (search, changelog), the decision lists what was removed, and it enters the register', async () => {
    const { site, kvs, decide } = setup('priya');
    const admin = createJiraClient(site.transport('alex'));
    expect((await admin.search({ jql: `fixVersion = "${CURRENT}" AND key = PAT-5`, fields: [] })).map((i) => i.key)).toEqual(['PAT-5']);
    const result = only(await decide(['PAT-5'], { kind: 'drop', rationale: 'No evidence anyone needs it; we stop carrying it.' }));
    expect(result).toMatchObject({ ok: true, decision: { kind: 'drop', pi: CURRENT } });
    expect(await admin.search({ jql: `fixVersion = "${CURRENT}" AND key = PAT-5`, fields: [] })).toEqual([]);
    const [raw] = await admin.search({ jql: 'key = PAT-5', fields: ['fixVersions'], expand: ['changelog'] });
    const last = raw?.changelog?.histories.at(-1);
    expect(last?.items).toEqual([expect.objectContaining({ fieldId: 'fixVersions', fromString: CURRENT, to: null, toString: null })]);
    expect((await decisionsOn(site, 'PAT-5')).records[0]?.removedFromPi).toEqual([CURRENT]);
    const register = await listRegister(kvs, ['PAT']);
    expect(register).toEqual([
      expect.objectContaining({ issueKey: 'PAT-5', projectKey: 'PAT', pi: CURRENT, version: 1, removedFromPi: [CURRENT], decidedBy: { accountId: PRIYA.accountId, displayName: 'Priya Nair' } }),
    ]);
  });

  it('a drop edits the planning values the panel read: one search of the item before the edit, none more', async () => {
    const { site, decide } = setup('priya');
    site.resetRequestLog();
    expect(only(await decide(['PAT-5'], { kind: 'drop', rationale: 'No evidence anyone needs it; we stop carrying it.' }))).toMatchObject({ ok: true });
    const edit = site.requests.findIndex((r) => r.method === 'PUT' && r.path === '/rest/api/3/issue/PAT-5');
    expect(edit).toBeGreaterThan(0);
    const itemSearches = site.requests.slice(0, edit).filter((r) => r.path === '/rest/api/3/search/jql' && String(r.query?.['jql']).includes('"PAT-5"'));
    // The panel's read (the item and its linked issues); a second read of the planning field before the edit is not needed.
    expect(itemSearches.map((r) => String(r.query?.['jql']))).toEqual([expect.stringContaining('linkedIssues("PAT-5")')]);
  });

  it('sam may not decide: FORBIDDEN and nothing written', async () => {
    const { site, kvs, decide } = setup('sam');
    const before = site.dump();
    const error = errorOf(only(await decide(['PAT-5'], { kind: 'drop', rationale: 'No evidence anyone needs it; we stop carrying it.' })));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toMatch(/Edit issues/);
    expect(site.dump()).toBe(before);
    expect(await listRegister(kvs, ['PAT'])).toEqual([]);
  });

  it.each([
    ['an unknown issue', 'CLIN-9999', CURRENT, { kind: 'keep', rationale: RATIONALE, sponsorAccountId: DANA.accountId }, 'NOT_FOUND', undefined],
    ['a PI the item is not in', 'CLIN-3', CURRENT, { kind: 'keep', rationale: RATIONALE, sponsorAccountId: DANA.accountId }, 'BAD_PAYLOAD', ['pi']],
    ['a PI that is neither current nor next', 'CLIN-21', 'PI 26.2', { kind: 'drop', rationale: RATIONALE }, 'BAD_PAYLOAD', ['pi']],
    ['an inactive sponsor', 'CLIN-11', CURRENT, { kind: 'keep', rationale: RATIONALE, sponsorAccountId: LEE.accountId }, 'BAD_PAYLOAD', ['decision', 'sponsorAccountId']],
    ['an unknown sponsor', 'CLIN-11', CURRENT, { kind: 'keep', rationale: RATIONALE, sponsorAccountId: 'nobody' }, 'BAD_PAYLOAD', ['decision', 'sponsorAccountId']],
  ] as const)('refuses %s with a typed error and writes nothing', async (_name, issueKey, pi, decision, code, path) => {
    const { site, kvs, decide } = setup('priya');
    const before = site.dump();
    const error = errorOf(only(await decide([issueKey], decision, pi)));
    expect(error.code).toBe(code);
    if (path !== undefined) expect(error.issues?.[0]?.path).toEqual(path);
    expect(site.dump()).toBe(before);
    expect(await listRegister(kvs, ['CLIN'])).toEqual([]);
  });

  it('names the PI the item is not in', async () => {
    const { decide } = setup('priya');
    expect(errorOf(only(await decide(['CLIN-3'], { kind: 'drop', rationale: RATIONALE }))).message).toMatch(/^CLIN-3 is not planned in PI 26.4/);
  });

  it('the payload needs a sponsor for a keep and a rationale of at least 10 characters', () => {
    const base = { issueKeys: ['CLIN-11'], pi: CURRENT };
    expect(PayloadSchemas.recordDecisions.safeParse({ ...base, decision: { kind: 'keep', rationale: RATIONALE } }).success).toBe(false);
    expect(PayloadSchemas.recordDecisions.safeParse({ ...base, decision: { kind: 'drop', rationale: 'too short' } }).success).toBe(false);
    expect(PayloadSchemas.recordDecisions.safeParse({ ...base, decision: { kind: 'drop', rationale: RATIONALE } }).success).toBe(true);
  });

  it('a drop Jira refuses leaves no decision and no register entry, and says what Jira said', async () => {
    const refuse = (t: JiraTransport): JiraTransport => async (request) =>
      request.method === 'PUT' && /^\/rest\/api\/3\/issue\/[^/]+$/.test(request.path)
        ? { status: 400, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ errorMessages: [], errors: { fixVersions: 'You do not have permission to edit fix versions.' } }) }
        : t(request);
    const { site, kvs, decide } = setup('priya', { wrapTransport: refuse });
    const before = site.dump();
    const error = errorOf(only(await decide(['PAT-5'], { kind: 'drop', rationale: 'No evidence anyone needs it; we stop carrying it.' })));
    expect(error.message).toMatch(/Jira refused to take PAT-5 out of PI 26.4/);
    expect(error.message).toMatch(/fix versions/);
    expect(error.message).toMatch(/Nothing was recorded/);
    expect(site.dump()).toBe(before);
    expect(await listRegister(kvs, ['PAT'])).toEqual([]);
  });

  it('decides several items one at a time, each on its own, and answers DEADLINE for the rest when time runs out', async () => {
    const { decide, deps } = setup('priya');
    const results = await decide(['PAT-7', 'CLIN-9999', 'PAT-8'], { kind: 'rejustify', rationale: RATIONALE, dueDate: '2026-12-20' });
    expect(results.map((r) => [r.issueKey, r.ok])).toEqual([['PAT-7', true], ['CLIN-9999', false], ['PAT-8', true]]);
    const late = { ...deps, deadline: { ...NO_DEADLINE, isNear: () => true } };
    const payload = PayloadSchemas.recordDecisions.parse({ issueKeys: ['PAT-7'], pi: CURRENT, decision: { kind: 'drop', rationale: RATIONALE } });
    expect((await recordDecisions(late, {}, payload)).results).toEqual([expect.objectContaining({ issueKey: 'PAT-7', ok: false, error: expect.objectContaining({ code: 'DEADLINE' }) })]);
  });

  it('100 people keeping CLIN-11 at the same moment: every decision answered as stored is stored, with distinct versions; the rest are PROPERTY_FULL', async () => {
    const slow = (t: JiraTransport): JiraTransport => async (request) => {
      for (let i = request.path.length % 3; i >= 0; i -= 1) await new Promise<void>((resolve) => setImmediate(resolve));
      return t(request);
    };
    const { site, decide } = setup('priya', { wrapTransport: slow });
    const all = await Promise.all(
      Array.from({ length: 100 }, (_, i) => decide(['CLIN-11'], { kind: 'keep', rationale: `Concurrent keep number ${i}, for the pilot.`, sponsorAccountId: DANA.accountId })),
    );
    const results = all.map(only);
    // About 74 keeps of this size fill one issue property (32,768 characters): the rest are refused out loud, none is lost.
    const refused = results.flatMap((r) => (r.ok ? [] : [r.error.code]));
    expect(new Set(refused)).toEqual(new Set(refused.length === 0 ? [] : ['PROPERTY_FULL']));
    const okVersions = results.flatMap((r) => (r.ok ? [r.decision.version] : []));
    const stored = await decisionsOn(site, 'CLIN-11');
    expect(okVersions.length).toBeGreaterThan(50);
    expect(stored.records.map((r) => r.version).sort((a, b) => a - b)).toEqual([...okVersions].sort((a, b) => a - b));
    expect(new Set(okVersions).size).toBe(okVersions.length);
    expect(stored.revision).toBe(okVersions.length);
  });

  it('searchUsers answers active people only', async () => {
    const { deps } = setup('priya');
    expect((await searchUsers(deps, {}, { query: 'da' })).users).toEqual([{ accountId: DANA.accountId, displayName: 'Dana Whitfield' }]);
    expect((await searchUsers(deps, {}, { query: 'lee' })).users).toEqual([]);
    expect((await searchUsers(deps, {}, { query: 'obi' })).users.map((u) => u.displayName)).toEqual(['Dr. Obi Mensah']);
  });
});
