import { createJiraClient } from '../../src/jira/create-client';
import type { SampleSite, SampleUserId } from '../../src/jira/sample-site';
import { SAMPLE_USERS } from '../../src/jira/sample-site/users';
import { panelData } from '../../src/resolvers/panel-data';
import { recordDecisions } from '../../src/resolvers/decision-handlers';
import { retiredPi } from '../../src/services/record-decision';
import { DECISIONS_PROPERTY_KEY, RETIRE_NO_PI, StoredDecisionsSchema, type DecisionInput } from '../../src/shared/decision';
import { PayloadSchemas, type DecisionResult } from '../../src/shared/payloads';
import { listRegister } from '../../src/storage/register-store';
import { harness, NOW } from '../forge/support/resolver-harness';
import { anItem } from '../cli/report-fixture';

/**
 * The retire decision (src/services/record-decision.ts) over the sample site,
 * today 2026-11-26 (PI 26.4 current): a delivered item the train stops
 * maintaining. CLIN-21 was planned in PI 26.2 and done on 2026-07-17, its
 * outcome overdue; CLIN-11 is in the current PI and not done; STRAT-6 is a
 * Done objective planned in no PI; CLIN-4 is leadership only (sam cannot see it).
 */

const RATIONALE = 'Nobody opens the dashboard; the ward uses the paper board again.';
const retire: DecisionInput = { kind: 'retire', rationale: RATIONALE };
const PRIYA = SAMPLE_USERS.find((u) => u.id === 'priya');

const setup = (user: SampleUserId) => {
  const { site, kvs, deps } = harness(user, { extra: { lockAttempts: 100_000 } });
  const decide = async (issueKey: string, pi: string, decision: DecisionInput = retire): Promise<DecisionResult> => {
    const { results } = await recordDecisions(deps, {}, PayloadSchemas.recordDecisions.parse({ issueKeys: [issueKey], pi, decision }));
    expect(results).toHaveLength(1);
    return results[0] as DecisionResult;
  };
  const panel = (issueKey: string) => panelData(deps, deps.jiraAsUser({}), issueKey);
  return { site, kvs, deps, decide, panel };
};

const admin = (site: SampleSite) => createJiraClient(site.transport('alex'));
const decisionsOn = async (site: SampleSite, issueKey: string) =>
  StoredDecisionsSchema.parse((await admin(site).getIssueProperty(issueKey, DECISIONS_PROPERTY_KEY)) ?? { schemaVersion: 1, revision: 0, records: [] });
const keysWhere = async (site: SampleSite, jql: string) => (await admin(site).search({ jql, fields: [] })).map((i) => i.key);

const errorOf = (result: DecisionResult) => {
  if (result.ok) throw new Error(`expected an error for ${result.issueKey}`);
  return result.error;
};

describe('retiring a delivered item', () => {
  it('priya retires CLIN-21 for its own PI (neither current nor next): a signed record, the outcome retired at once, for JQL too', async () => {
    const { site, kvs, decide, panel } = setup('priya');
    expect((await panel('CLIN-21')).assessment.outcome.status).toBe('overdue');
    site.resetRequestLog();

    const result = await decide('CLIN-21', 'PI 26.2');
    expect(result).toMatchObject({ ok: true, decision: { kind: 'retire', pi: 'PI 26.2', version: 1, rationale: RATIONALE } });

    const stored = (await decisionsOn(site, 'CLIN-21')).records;
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ kind: 'retire', pi: 'PI 26.2', decidedAt: NOW, decidedBy: { accountId: PRIYA?.accountId, displayName: 'Priya Nair' }, verdictAtDecision: 'delivered' });
    expect(stored[0]?.mac).toMatch(/^v1\./);
    expect(stored[0]).not.toHaveProperty('removedFromPi');

    const outcome = (await panel('CLIN-21')).assessment.outcome;
    expect(outcome).toMatchObject({ status: 'retired', retirement: { rationale: RATIONALE, version: 1, decidedBy: { displayName: 'Priya Nair' } } });
    expect((await panel('CLIN-21')).assessment.findings.map((f) => f.code)).not.toContain('OUTCOME_OVERDUE');
    // Re-scored at once: the indexed property answers JQL on the outcome.
    expect(await keysWhere(site, 'gravityOutcome = retired')).toContain('CLIN-21');
    expect(await keysWhere(site, 'gravityOutcome = overdue AND key = CLIN-21')).toEqual([]);
    // The retire is the decision that applies for the item's PI.
    expect(await keysWhere(site, 'gravityDecision = retire')).toContain('CLIN-21');

    // No Jira edit (only the app's own issue properties are written) and no register entry.
    expect(site.requests.some((r) => r.method === 'PUT' && r.path === `/rest/api/3/issue/CLIN-21/properties/${DECISIONS_PROPERTY_KEY}`)).toBe(true);
    const writes = site.requests.filter((r) => r.method !== 'GET' && !r.path.endsWith('/search/jql') && !r.path.includes('/properties/') && !r.path.includes('/bulkfetch'));
    expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual([]);
    expect(await listRegister(kvs, ['CLIN'])).toEqual([]);
  });

  it('a second retire is allowed: a new version, and the newest rationale is the one shown', async () => {
    const { site, decide, panel } = setup('priya');
    expect(await decide('CLIN-21', 'PI 26.2')).toMatchObject({ ok: true, decision: { version: 1 } });
    const again = 'Retired for good: the vendor contract for the screens ends in March.';
    expect(await decide('CLIN-21', 'PI 26.2', { kind: 'retire', rationale: again })).toMatchObject({ ok: true, decision: { kind: 'retire', version: 2, rationale: again } });
    expect((await decisionsOn(site, 'CLIN-21')).records.map((r) => r.version)).toEqual([1, 2]);
    expect((await panel('CLIN-21')).assessment.outcome).toMatchObject({ status: 'retired', retirement: { version: 2, rationale: again } });
  });

  it('an item planned in no PI is retired for RETIRE_NO_PI, and for no named PI', async () => {
    const { site, decide, panel } = setup('alex');
    expect((await panel('STRAT-6')).assessment).toMatchObject({ pi: null, statusCategory: 'done' });
    const before = site.dump();
    const named = errorOf(await decide('STRAT-6', 'PI 26.2'));
    expect(named).toMatchObject({ code: 'BAD_PAYLOAD', issues: [{ path: ['pi'] }] });
    expect(named.message).toContain(`retire it for “${RETIRE_NO_PI}”`);
    expect(site.dump()).toBe(before);

    expect(await decide('STRAT-6', RETIRE_NO_PI)).toMatchObject({ ok: true, decision: { kind: 'retire', pi: RETIRE_NO_PI, version: 1 } });
    expect((await panel('STRAT-6')).assessment.outcome.status).toBe('retired');
    expect(await keysWhere(site, 'gravityOutcome = retired')).toContain('STRAT-6');
  });

  it('refuses an item that is not done, with the words the brief gives, and writes nothing', async () => {
    const { site, decide } = setup('priya');
    const before = site.dump();
    const error = errorOf(await decide('CLIN-11', 'PI 26.4'));
    expect(error).toMatchObject({
      code: 'BAD_PAYLOAD',
      message: 'CLIN-11 is not done: only a delivered item can be retired. Drop it from its PI instead.',
      issues: [{ path: ['decision', 'kind'] }],
    });
    expect(site.dump()).toBe(before);
  });

  it.each([
    ['the current PI', 'PI 26.4'],
    ['another past PI', 'PI 26.1'],
    ['no PI', RETIRE_NO_PI],
  ])('refuses a Done item retired for %s when it was planned in another', async (_name, pi) => {
    const { site, decide } = setup('priya');
    const before = site.dump();
    const error = errorOf(await decide('CLIN-21', pi));
    expect(error).toMatchObject({ code: 'BAD_PAYLOAD', issues: [{ path: ['pi'] }] });
    expect(error.message).toMatch(/^CLIN-21 is not planned in .*\(it was planned in PI 26\.2\)/);
    expect(site.dump()).toBe(before);
  });

  it('the PI is matched as the calendar names it, whatever the case and spacing', async () => {
    const { decide } = setup('priya');
    expect(await decide('CLIN-21', ' pi 26.2 ')).toMatchObject({ ok: true, decision: { pi: 'PI 26.2' } });
  });

  it.each([
    ['sam, who cannot see CLIN-4', 'NOT_FOUND', 'sam', 'CLIN-4'],
    ['sam, who may see CLIN-21 but not edit it', 'FORBIDDEN', 'sam', 'CLIN-21'],
    ['priya, who may see STRAT-6 but not edit it', 'FORBIDDEN', 'priya', 'STRAT-6'],
  ] as const)('%s: %s, nothing written', async (_name, code, user, issueKey) => {
    const { site, decide } = setup(user);
    const before = site.dump();
    const error = errorOf(await decide(issueKey, issueKey === 'STRAT-6' ? RETIRE_NO_PI : 'PI 26.2'));
    expect(error.code).toBe(code);
    if (code === 'FORBIDDEN') expect(error.message).toMatch(/Edit issues/);
    expect(site.dump()).toBe(before);
  });

  it('a retire needs a rationale of 10 to 1,000 characters, and nothing more', () => {
    const base = { issueKeys: ['CLIN-21'], pi: 'PI 26.2' };
    const parse = (decision: unknown) => PayloadSchemas.recordDecisions.safeParse({ ...base, decision }).success;
    expect(parse({ kind: 'retire', rationale: 'too short' })).toBe(false);
    expect(parse({ kind: 'retire', rationale: 'x'.repeat(1001) })).toBe(false);
    expect(parse({ kind: 'retire', rationale: RATIONALE, sponsorAccountId: 'someone' })).toBe(false);
    expect(parse({ kind: 'retire', rationale: RATIONALE })).toBe(true);
  });
});

describe('retiredPi, the rule alone', () => {
  const done = (pi: string | null) => anItem('CLIN-7', 'delivered', { status: 'Done', statusCategory: 'done', pi });

  it('answers the item own PI, or RETIRE_NO_PI for an item in none', () => {
    expect(retiredPi(done('PI 25.3'), 'PI 25.3')).toBe('PI 25.3');
    expect(retiredPi(done(null), RETIRE_NO_PI)).toBe(RETIRE_NO_PI);
  });

  it('refuses an item in progress or not started', () => {
    for (const statusCategory of ['new', 'indeterminate'] as const) {
      expect(() => retiredPi(anItem('CLIN-7', 'aligned', { statusCategory, pi: 'PI 26.4' }), 'PI 26.4')).toThrow(
        'CLIN-7 is not done: only a delivered item can be retired. Drop it from its PI instead.',
      );
    }
  });
});
