import { accountIdOf, productContextOf } from '../../src/agent/agent-context';
import { agentHarness, invocationOf, JIRA_CONTEXT, refusalOf, answerOf } from './support/agent-harness';

/**
 * The wrapper every action goes through (src/agent/run-action.ts), with a
 * payload and an invocation context shaped as Forge sends them: who asks
 * (principal.accountId), from where (payload.context.jira), the inputs
 * (top-level keys), and every refusal a BAD_PAYLOAD that names its input.
 */

describe('reading who asks and from where', () => {
  it('takes the person from the invocation context, and nobody from anything else', () => {
    expect(accountIdOf({ installContext: 'x', principal: { accountId: '712020:abc' } })).toBe('712020:abc');
    for (const none of [undefined, null, {}, { principal: null }, { principal: { accountId: '' } }, { principal: { accountId: 7 } }, { accountId: '712020:abc' }]) {
      expect(accountIdOf(none)).toBeNull();
    }
  });

  it("takes the project from Rovo's Jira context, else from its issue key, and ignores what is not a key", () => {
    expect(productContextOf({ context: JIRA_CONTEXT('PAT') })).toEqual({ projectKey: 'PAT', issueKey: null });
    expect(productContextOf({ context: { jira: { issueKey: 'clin-7', url: 'https://x' } } })).toEqual({ projectKey: 'CLIN', issueKey: 'CLIN-7' });
    expect(productContextOf({ context: { jira: { projectKey: 'not a key!', issueKey: 42 } } })).toEqual({ projectKey: null, issueKey: null });
    expect(productContextOf({ context: 'junk' })).toEqual({ projectKey: null, issueKey: null });
    expect(productContextOf(undefined)).toEqual({ projectKey: null, issueKey: null });
  });
});

describe('no signed-in person', () => {
  it.each([
    ['no invocation context', undefined],
    ['no principal', { installContext: 'ari:cloud:jira::site/local' }],
    ['an empty account id', { principal: { accountId: '' } }],
  ])('answers JIRA_UNAUTHORIZED with %s, before reading anything from Jira', async (_, invocation) => {
    const h = agentHarness('alex');
    for (const [action, payload] of [
      ['explain-item', { issueKey: 'CLIN-7', context: JIRA_CONTEXT() }],
      ['pi-report', { projectKey: 'CLIN' }],
      ['suggest-swaps', { context: JIRA_CONTEXT() }],
    ] as const) {
      const error = refusalOf(await h.ask(action, payload, invocation ?? null));
      expect(error.code).toBe('JIRA_UNAUTHORIZED');
      expect(error.message).toMatch(/signed-in Jira user.*Sign in to Jira/);
    }
    expect(h.site.requests).toEqual([]);
  });
});

describe('inputs', () => {
  it('reads the inputs as top-level keys and leaves Rovo context and unknown keys aside', async () => {
    const h = agentHarness('alex');
    const { data } = answerOf(await h.ask('explain-item', { issueKey: ' clin-7 ', context: JIRA_CONTEXT('CLIN', 'CLIN-2'), somethingElse: { deep: [1, 2] } }));
    expect(data.key).toBe('CLIN-7');
  });

  it('treats an optional input the agent left empty as not given', async () => {
    const h = agentHarness('alex');
    const { data } = answerOf(await h.ask('pi-report', { projectKey: 'CLIN', boardId: '', jql: null, verdicts: ' ', context: JIRA_CONTEXT() }));
    expect(data.scope).toBe('project CLIN');
  });

  it.each([
    ['explain-item', {}, /needs the input issueKey/],
    ['explain-item', { issueKey: '' }, /needs the input issueKey/],
    ['explain-item', { issueKey: 'not a key' }, /input issueKey is not valid: Give an issue key like CLIN-7/],
    ['explain-item', { issueKey: 'CLIN-7" OR project = PAT' }, /input issueKey is not valid/],
    ['explain-item', { issueKey: ['CLIN-7'] }, /input issueKey is not valid/],
    ['pi-report', { projectKey: 'CLIN', boardId: 1.5 }, /input boardId is not valid/],
    ['pi-report', { boardId: 'twelve' }, /input boardId is not valid/],
    ['suggest-swaps', { boardId: -3 }, /input boardId is not valid/],
    ['pi-report', { projectKey: 'clin project' }, /input projectKey is not valid: Give a project key like CLIN/],
    ['pi-report', { projectKey: 'CLIN', limit: 0 }, /input limit is not valid/],
    ['pi-report', { projectKey: 'CLIN', limit: 'all' }, /input limit is not valid/],
    ['pi-report', { projectKey: 'CLIN', verdicts: 'gravity, nonsense' }, /input verdicts names "nonsense".*gravity, zombie, ungrounded, unanchored, aligned, delivered, unplanned/],
    ['pi-report', { projectKey: 'CLIN', pi: 'x'.repeat(201) }, /input pi is not valid/],
    ['pi-report', { jql: 'project = CLIN AND (' }, /input jql is not valid: The JQL has a "\(" at character 20 that is never closed/],
    ['suggest-swaps', { projectKey: 'CLIN', boardId: 12 }, /one scope, not projectKey and boardId/],
    ['suggest-swaps', {}, /Say which project or board/],
    ['pi-report', 'CLIN', /inputs were not an object/],
    ['pi-report', ['CLIN'], /inputs were not an object/],
    ['pi-report', null, /inputs were not an object/],
  ] as const)('%s %j → BAD_PAYLOAD naming the input, before reading Jira', async (action, payload, message) => {
    const h = agentHarness('alex');
    const error = refusalOf(await h.ask(action, payload));
    expect(error.code).toBe('BAD_PAYLOAD');
    expect(error.message).toMatch(message);
    expect(error.message).not.toMatch(/\.\.$/);
    expect(h.site.requests).toEqual([]);
  });

  it("asks for a scope only when neither the inputs nor Rovo's context name one", async () => {
    const h = agentHarness('alex');
    expect(refusalOf(await h.ask('pi-report', { context: { jira: { url: 'https://riverside.example/jira/your-work' } } })).message).toMatch(/Say which project or board/);
    expect(answerOf(await h.ask('pi-report', { context: JIRA_CONTEXT('PAT') })).data.scope).toBe('project PAT');
    expect(answerOf(await h.ask('pi-report', { context: { jira: { issueKey: 'CLIN-7' } } })).data.scope).toBe('project CLIN');
    // An input names the scope over the page the person is on.
    expect(answerOf(await h.ask('pi-report', { projectKey: 'CLIN', context: JIRA_CONTEXT('PAT') })).data.scope).toBe('project CLIN');
  });

  it('names an unknown PI with the PI names the scope knows', async () => {
    const h = agentHarness('alex');
    const error = refusalOf(await h.ask('pi-report', { projectKey: 'CLIN', pi: 'PI 99.9' }, invocationOf('alex')));
    expect(error).toEqual({ code: 'NOT_FOUND', message: expect.stringMatching(/no PI named "PI 99.9".*Known PIs: .*PI 26.4, PI 27.1/) });
  });
});
