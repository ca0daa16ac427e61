import { recordDecision } from '../../src/agent/record-decision';
import { runAgentAction } from '../../src/agent/run-action';
import { createJiraClient } from '../../src/jira/create-client';
import { sampleEvidenceSigner } from '../../src/jira/sample-site/evidence-key';
import { SITE_PEOPLE, type SampleUserId } from '../../src/jira/sample-site/users';
import { readItemPanel } from '../../src/services/read-item-panel';
import { AgentInputSchemas, type AgentContext } from '../../src/shared/agent';
import { DECISIONS_PROPERTY_KEY } from '../../src/shared/decision';
import { isAppError, type AppError } from '../../src/shared/result';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { accountOf, harness, TODAY, type Harness } from '../forge/support/resolver-harness';

/**
 * The record-decision action through its exported handler, as each sample
 * user: nothing is read or written before the person confirmed; then the
 * PI review page's own checks and write (src/services/record-decision.ts).
 * On TODAY (2026-11-26) CLIN's current PI is PI 26.4 (2026-10-12 to 2027-01-03)
 * and CLIN-11 and CLIN-12 are planned in it with no decision yet; CLIN-4 and
 * CLIN-11 are "Leadership only" (Sam cannot see them).
 */

const RATIONALE = 'The vendor contract ends in January; Dana answers for the exit this PI.';
const DANA = SITE_PEOPLE.find((p) => p.displayName === 'Dana Whitfield')?.accountId ?? '';

const contextOf = (user: SampleUserId): AgentContext => ({ accountId: accountOf(user), projectKey: 'CLIN', issueKey: null });
const parse = (payload: unknown) => AgentInputSchemas['record-decision'].parse(payload);

const refusal = async (h: Harness, user: SampleUserId, payload: unknown): Promise<AppError> => {
  try {
    await recordDecision(h.deps, contextOf(user), parse(payload));
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
  throw new Error('expected the action to refuse');
};

const panelOf = (h: Harness, key: string) => readItemPanel(createJiraClient(h.site.transport('alex')), DEFAULT_SETTINGS, key, TODAY, sampleEvidenceSigner.check);

describe('record-decision: nothing happens before the person confirms', () => {
  const keep = { issueKey: 'CLIN-11', kind: 'keep', rationale: RATIONALE, sponsor: 'Dana Whitfield' };

  it.each([
    ['false', false],
    ['the string "false"', 'false'],
  ])('confirmed %s: BAD_PAYLOAD saying what to restate, and not one request to Jira', async (_name, confirmed) => {
    const h = harness('priya');
    const before = h.site.dump();
    h.site.resetRequestLog();
    const error = await refusal(h, 'priya', { ...keep, confirmed });
    expect(error.code).toBe('BAD_PAYLOAD');
    expect(error.message).toMatch(/^Not recorded: confirm the decision first/);
    for (const part of ['keep CLIN-11', 'sponsored by Dana Whitfield', RATIONALE, 'confirmed: true']) expect(error.message).toContain(part);
    expect(h.site.requests).toEqual([]);
    expect(h.site.dump()).toBe(before);
  });

  it.each([
    ['absent', {}],
    ['false', { confirmed: false }],
    ['"false"', { confirmed: 'false' }],
  ])('confirmed %s through the wrapper, as Rovo sends it: BAD_PAYLOAD and not one request to Jira', async (_name, confirmed) => {
    const h = harness('priya');
    h.site.resetRequestLog();
    const answer = await runAgentAction(h.deps, 'record-decision', { ...keep, ...confirmed, context: { jira: { issueKey: 'CLIN-11' } } }, { principal: { accountId: accountOf('priya') } });
    expect(answer).toEqual({ ok: false, error: expect.objectContaining({ code: 'BAD_PAYLOAD' }) });
    expect(h.site.requests).toEqual([]);
  });

  it('restates a re-justification with its due date and a drop with what it does in Jira', async () => {
    const h = harness('priya');
    const rejustify = await refusal(h, 'priya', { issueKey: 'CLIN-11', pi: 'PI 26.4', kind: 'rejustify', rationale: RATIONALE, dueDate: '2026-12-15', confirmed: false });
    expect(rejustify.message).toContain('re-justify CLIN-11 in PI 26.4 by 2026-12-15');
    const drop = await refusal(h, 'priya', { issueKey: 'CLIN-11', kind: 'drop', rationale: RATIONALE, confirmed: false });
    expect(drop.message).toContain('drop CLIN-11 from the PI it is planned in, which also takes it out of that PI in Jira');
  });

  it.each([
    ['a keep without a sponsor', { kind: 'keep' }, /a keep needs a sponsor/],
    ['a re-justification without a due date', { kind: 'rejustify' }, /needs a due date inside the PI/],
  ])('%s is refused before anything is read, confirmed or not', async (_name, extra, message) => {
    const h = harness('priya');
    h.site.resetRequestLog();
    const error = await refusal(h, 'priya', { issueKey: 'CLIN-11', rationale: RATIONALE, confirmed: true, ...extra });
    expect(error.code).toBe('BAD_PAYLOAD');
    expect(error.message).toMatch(message);
    expect(h.site.requests).toEqual([]);
  });
});

describe('record-decision: the same checks as the PI review page', () => {
  it('sam cannot learn about CLIN-4 (Leadership only): NOT_FOUND worded as for no such issue, before the sponsor is looked up', async () => {
    const h = harness('sam');
    const summary = (await panelOf(h, 'CLIN-4')).assessment.summary;
    h.site.resetRequestLog();
    // "d" matches two people: had the sponsor been looked up first, the answer would list them.
    const error = await refusal(h, 'sam', { issueKey: 'CLIN-4', pi: 'PI 26.4', kind: 'keep', rationale: RATIONALE, sponsor: 'd', confirmed: true });
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toBe('Issue CLIN-4 does not exist or you cannot see it.');
    expect(error.message).not.toContain(summary);
    expect(h.site.requests.map((r) => r.path)).toEqual(['/rest/api/3/mypermissions']);
  });

  it('a viewer without Edit issues (sam on CLIN-12): FORBIDDEN, nothing looked up or written', async () => {
    const h = harness('sam');
    h.site.resetRequestLog();
    const error = await refusal(h, 'sam', { issueKey: 'CLIN-12', pi: 'PI 26.4', kind: 'keep', rationale: RATIONALE, sponsor: 'd', confirmed: true });
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toContain('may not edit it');
    expect(h.site.requests.map((r) => r.path)).toEqual(['/rest/api/3/mypermissions']);
  });

  it('an ambiguous sponsor name: BAD_PAYLOAD listing the people it matches, nothing written', async () => {
    const h = harness('priya');
    const before = h.site.dump();
    const error = await refusal(h, 'priya', { issueKey: 'CLIN-11', pi: 'PI 26.4', kind: 'keep', rationale: RATIONALE, sponsor: 'd', confirmed: true });
    expect(error.code).toBe('BAD_PAYLOAD');
    expect(error.message).toContain('“d” matches 2 people: Dana Whitfield, Dr. Obi Mensah');
    expect(error.issues).toEqual([{ path: ['sponsor'], message: error.message }]);
    expect(h.site.dump()).toBe(before);
  });

  it('a sponsor name nobody has: BAD_PAYLOAD; an inactive account id: the service refuses it like the UI', async () => {
    const h = harness('priya');
    const nobody = await refusal(h, 'priya', { issueKey: 'CLIN-11', kind: 'keep', rationale: RATIONALE, sponsor: 'Zed Nobody', confirmed: true });
    expect(nobody.message).toMatch(/^No active person in Jira matches “Zed Nobody”/);
    const lee = SITE_PEOPLE.find((p) => !p.active)?.accountId ?? '';
    const inactive = await refusal(h, 'priya', { issueKey: 'CLIN-11', kind: 'keep', rationale: RATIONALE, sponsor: lee, confirmed: true });
    expect(inactive.code).toBe('BAD_PAYLOAD');
    expect(inactive.message).toContain('Lee Hartmann cannot sponsor');
  });

  it('a re-justification due after the PI ends: BAD_PAYLOAD naming the PI dates, nothing written', async () => {
    const h = harness('priya');
    const before = h.site.dump();
    const error = await refusal(h, 'priya', { issueKey: 'CLIN-11', kind: 'rejustify', rationale: RATIONALE, dueDate: '2027-01-20', confirmed: 'true' });
    expect(error.code).toBe('BAD_PAYLOAD');
    expect(error.message).toBe('Pick a date inside PI 26.4 (2026-10-12 to 2027-01-03)');
    expect(h.site.dump()).toBe(before);
  });

  it('a PI that is not the item’s: BAD_PAYLOAD from the service, nothing written', async () => {
    const h = harness('priya');
    const before = h.site.dump();
    const error = await refusal(h, 'priya', { issueKey: 'CLIN-11', pi: 'next', kind: 'drop', rationale: RATIONALE, confirmed: true });
    expect(error.code).toBe('BAD_PAYLOAD');
    expect(error.message).toMatch(/^CLIN-11 is not planned in PI 27\.1 \(it is planned in PI 26\.4/);
    expect(h.site.dump()).toBe(before);
  });
});

describe('record-decision: a confirmed decision is recorded', () => {
  it('a keep by name, for the item’s own PI: signed, answered in one sentence, and shown in the item’s panel', async () => {
    const h = harness('priya');
    expect((await panelOf(h, 'CLIN-11')).assessment.decision).toBeNull();
    const answer = await recordDecision(h.deps, contextOf('priya'), parse({ issueKey: 'clin-11', kind: 'keep', rationale: RATIONALE, sponsor: 'Dana Whitfield', confirmed: true }));
    expect(answer.summary).toBe('Recorded: keep CLIN-11 in PI 26.4, sponsored by Dana Whitfield (version 1).');
    expect(answer.data).toEqual({
      issueKey: 'CLIN-11',
      decision: expect.objectContaining({
        kind: 'keep',
        pi: 'PI 26.4',
        version: 1,
        sponsor: { accountId: DANA, displayName: 'Dana Whitfield' },
        decidedBy: { accountId: accountOf('priya'), displayName: 'Priya Nair' },
      }),
    });
    // The panel counts only records the app signed: seeing it there means it is signed.
    const after = await panelOf(h, 'CLIN-11');
    expect(after.assessment.decision).toEqual(answer.data.decision);
    const stored = (await createJiraClient(h.site.transport('alex')).getIssueProperty('CLIN-11', DECISIONS_PROPERTY_KEY)) as { records: { mac?: string }[] };
    expect(stored.records).toEqual([expect.objectContaining({ kind: 'keep', mac: expect.any(String) })]);
  });

  it('a keep by the sponsor’s account id, and a re-justification due inside the PI, each a new version', async () => {
    const h = harness('alex');
    const keep = await recordDecision(h.deps, contextOf('alex'), parse({ issueKey: 'CLIN-12', pi: 'PI 26.4', kind: 'keep', rationale: RATIONALE, sponsor: DANA, confirmed: true }));
    expect(keep.summary).toBe('Recorded: keep CLIN-12 in PI 26.4, sponsored by Dana Whitfield (version 1).');
    const later = await recordDecision(h.deps, contextOf('alex'), parse({ issueKey: 'CLIN-12', kind: 'rejustify', rationale: RATIONALE, dueDate: '2026-12-18', confirmed: true }));
    expect(later.summary).toBe('Recorded: re-justify CLIN-12 in PI 26.4 by 2026-12-18 (version 2).');
    expect((await panelOf(h, 'CLIN-12')).assessment.decision).toMatchObject({ kind: 'rejustify', version: 2, dueDate: '2026-12-18' });
  });

  it('a drop through the wrapper as Rovo would call it takes the item out of the PI in Jira', async () => {
    const h = harness('alex');
    const answer = await runAgentAction(h.deps, 'record-decision', { issueKey: 'CLIN-12', pi: 'current', kind: 'drop', rationale: RATIONALE, confirmed: true, context: { jira: { projectKey: 'CLIN' } } }, { principal: { accountId: accountOf('alex') } });
    expect(answer).toEqual({ ok: true, summary: 'Recorded: drop CLIN-12 from PI 26.4; it was taken out of the PI in Jira (version 1).', data: expect.objectContaining({ issueKey: 'CLIN-12' }) });
    expect((await panelOf(h, 'CLIN-12')).assessment.pi).toBeNull();
  });
});
