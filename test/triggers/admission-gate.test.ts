import { createJiraClient } from '../../src/jira/create-client';
import { createSampleSite, piContaining, type SampleSite } from '../../src/jira/sample-site';
import { sampleEvidenceSigner } from '../../src/jira/sample-site/evidence-key';
import { SITE_PEOPLE, userById } from '../../src/jira/sample-site/users';
import type { JiraTransport } from '../../src/jira/transport';
import { withEvidenceKey } from '../../src/preview/local-deps';
import { DECISIONS_PROPERTY_KEY, type DecisionRecord } from '../../src/shared/decision';
import { deadlineIn, NO_DEADLINE, type Deadline } from '../../src/shared/deadline';
import type { GateMode } from '../../src/shared/settings';
import { createMemoryKeyValueStore, type KeyValueStore } from '../../src/storage/key-value-store';
import { saveSettings } from '../../src/storage/settings-store';
import { admissionGate, GATE_MESSAGE_MAX, gateWarnedKey, gravityMessage, type GateDeps } from '../../src/triggers/admission-gate';
import { TODAY } from '../forge/support/resolver-harness';

/**
 * The PI admission gate over the sample site, in each mode: a gravity item
 * without a keep decision, the same kind of item with one, an aligned item, a
 * status filter, and a Jira that cannot be read.
 */

const CURRENT_PI = piContaining(TODAY).name;
/** Gravity in the current PI (no objective, no evidence; riverside-epics.ts). */
const GRAVITY = 'CLIN-12';
/** Gravity in the current PI too; the test records a keep decision on it. */
const KEPT = 'CLIN-11';
/** Aligned in the current PI. */
const ALIGNED = 'CLIN-1';
const STATUS = { implementing: '10002', done: '10003' } as const;

const DANA = SITE_PEOPLE.find((p) => p.displayName === 'Dana Whitfield');
const ALEX = userById('alex');

const transition = (issueKey: string, to: string = STATUS.done) => ({
  issue: { key: issueKey },
  transition: { from: { id: STATUS.implementing }, to: { id: to }, modifiedFields: {} },
  configuration: {},
  context: { cloudId: 'abc' },
});

const keepRecord = (pi: string): DecisionRecord => ({
  id: 'dec-test-keep',
  version: 1,
  pi,
  kind: 'keep',
  rationale: 'Contractual commitment to the board for this PI; evidence to follow.',
  sponsor: { accountId: DANA?.accountId ?? '', displayName: DANA?.displayName ?? '' },
  verdictAtDecision: 'gravity',
  decidedBy: { accountId: ALEX.accountId, displayName: ALEX.displayName },
  decidedAt: `${TODAY}T09:00:00.000Z`,
});

/** A keep decision signed as the app signs it, written through the site's property endpoint. */
const recordKeep = async (site: SampleSite, issueKey: string, record: DecisionRecord = keepRecord(CURRENT_PI)) => {
  const value = { schemaVersion: 1, revision: 1, records: [{ ...record, mac: sampleEvidenceSigner.sign(issueKey, record, 'decision') }] };
  await createJiraClient(site.transport('alex')).setIssueProperty(issueKey, DECISIONS_PROPERTY_KEY, value);
};

interface Setup {
  readonly site: SampleSite;
  readonly kvs: KeyValueStore;
  deps(options?: { transport?: JiraTransport; deadline?: Deadline; kvs?: KeyValueStore }): GateDeps;
  comments(issueKey: string): Promise<string[]>;
}

const setup = async (mode: GateMode, toStatuses: string[] = []): Promise<Setup> => {
  const site = createSampleSite({ today: TODAY });
  const kvs = withEvidenceKey(createMemoryKeyValueStore(), site.evidenceKey);
  await saveSettings(kvs, 'CLIN', { gate: { mode, toStatuses } });
  await recordKeep(site, KEPT);
  site.resetRequestLog();
  return {
    site,
    kvs,
    deps: (o = {}) => ({
      jira: createJiraClient(o.transport ?? site.transport('alex'), { sleep: async () => undefined, deadline: o.deadline ?? NO_DEADLINE }),
      kvs: o.kvs ?? kvs,
      deadline: o.deadline ?? NO_DEADLINE,
      today: () => TODAY,
    }),
    comments: async (issueKey) => {
      const answer = await site.transport('alex')({ method: 'GET', path: `/rest/api/3/issue/${issueKey}/comment` });
      const page = JSON.parse(answer.body) as { comments: { body: { content: { content: { text: string }[] }[] } }[] };
      return page.comments.map((c) => c.body.content.map((p) => p.content.map((t) => t.text).join('')).join('\n'));
    },
  };
};

/** Jira down: every request answers 503. */
const jiraDown: JiraTransport = async () => ({ status: 503, headers: { 'content-type': 'application/json' }, body: '{"errorMessages":["Service unavailable"]}' });

/** A storage whose reads fail (Forge KVS unreachable). */
const brokenStore = (kvs: KeyValueStore): KeyValueStore => ({
  ...kvs,
  get: async () => {
    throw new Error('KVS unreachable');
  },
});

describe('admission gate, mode off', () => {
  it('passes a gravity item without a keep decision and asks Jira nothing', async () => {
    const s = await setup('off');
    await expect(admissionGate(s.deps(), transition(GRAVITY))).resolves.toEqual({ result: true });
    expect(s.site.requests).toEqual([]);
  });

  it('passes even when Jira is down (it never reads it)', async () => {
    const s = await setup('off');
    await expect(admissionGate(s.deps({ transport: jiraDown }), transition(GRAVITY))).resolves.toEqual({ result: true });
  });

  it('is the default: a project with no saved settings passes everything', async () => {
    const site = createSampleSite({ today: TODAY });
    const kvs = withEvidenceKey(createMemoryKeyValueStore(), site.evidenceKey);
    const deps: GateDeps = { jira: createJiraClient(site.transport('alex')), kvs, deadline: NO_DEADLINE, today: () => TODAY };
    await expect(admissionGate(deps, transition(GRAVITY))).resolves.toEqual({ result: true });
  });
});

describe('admission gate, mode block', () => {
  it('refuses a gravity item without a keep decision, naming the item, the PI, what is missing and the fix', async () => {
    const s = await setup('block');
    const answer = await admissionGate(s.deps(), transition(GRAVITY));
    expect(answer.result).toBe(false);
    expect(answer.errorMessage).toContain(`${GRAVITY} "Discharge summary PDF restyle"`);
    expect(answer.errorMessage).toContain(CURRENT_PI);
    expect(answer.errorMessage).toContain('no live objective and no fresh field evidence');
    expect(answer.errorMessage).toContain('Link a live objective and add field evidence, or record a keep decision with a sponsor on the PI review page');
    expect((answer.errorMessage ?? '').length).toBeLessThanOrEqual(GATE_MESSAGE_MAX);
    expect(await s.comments(GRAVITY)).toEqual([]);
  });

  it('passes a gravity item with a keep decision for its PI', async () => {
    const s = await setup('block');
    await expect(admissionGate(s.deps(), transition(KEPT))).resolves.toEqual({ result: true });
  });

  it('refuses a gravity item whose keep decision is for another PI, or whose decision is not a keep', async () => {
    const s = await setup('block');
    await recordKeep(s.site, GRAVITY, keepRecord('PI 19.1'));
    expect((await admissionGate(s.deps(), transition(GRAVITY))).result).toBe(false);
    await recordKeep(s.site, GRAVITY, { ...keepRecord(CURRENT_PI), kind: 'rejustify', dueDate: TODAY });
    const answer = await admissionGate(s.deps(), transition(GRAVITY));
    expect(answer.result).toBe(false);
    expect(answer.errorMessage).toContain('"rejustify", not a keep');
  });

  it('ignores a keep decision that was not signed by the app (written straight into the property)', async () => {
    const s = await setup('block');
    const record = keepRecord(CURRENT_PI);
    await createJiraClient(s.site.transport('priya')).setIssueProperty(GRAVITY, DECISIONS_PROPERTY_KEY, { schemaVersion: 1, revision: 1, records: [record] });
    expect((await admissionGate(s.deps(), transition(GRAVITY))).result).toBe(false);
  });

  it('passes an aligned item', async () => {
    const s = await setup('block');
    await expect(admissionGate(s.deps(), transition(ALIGNED))).resolves.toEqual({ result: true });
  });

  it('with statuses named, checks only transitions into them (any case), resolving the target status by id', async () => {
    const s = await setup('block', ['done']);
    expect((await admissionGate(s.deps(), transition(GRAVITY, STATUS.done))).result).toBe(false);
    expect(s.site.requests.some((r) => r.path === `/rest/api/3/status/${STATUS.done}`)).toBe(true);
    s.site.resetRequestLog();
    await expect(admissionGate(s.deps(), transition(GRAVITY, STATUS.implementing))).resolves.toEqual({ result: true });
    // Passing a transition outside the list costs one status read and nothing else.
    expect(s.site.requests.map((r) => r.path)).toEqual([`/rest/api/3/status/${STATUS.implementing}`]);
  });

  it('fails closed when Jira cannot be read, saying the check could not run and what to do', async () => {
    const s = await setup('block');
    const answer = await admissionGate(s.deps({ transport: jiraDown }), transition(ALIGNED));
    expect(answer.result).toBe(false);
    expect(answer.errorMessage).toContain(`could not check ${ALIGNED}`);
    expect(answer.errorMessage).toContain('ask a Jira admin to set the gate to warn');
    expect((answer.errorMessage ?? '').length).toBeLessThanOrEqual(GATE_MESSAGE_MAX);
  });

  it('fails closed when the settings cannot be read (the mode is unknown)', async () => {
    const s = await setup('off');
    const answer = await admissionGate(s.deps({ kvs: brokenStore(s.kvs) }), transition(ALIGNED));
    expect(answer).toMatchObject({ result: false });
    expect(answer.errorMessage).toContain('KVS unreachable');
  });

  it('answers inside its deadline when Jira hangs', async () => {
    const s = await setup('block');
    const hanging: JiraTransport = () => new Promise(() => undefined);
    const started = Date.now();
    const answer = await admissionGate(s.deps({ transport: hanging, deadline: deadlineIn(200) }), transition(GRAVITY));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(answer.result).toBe(false);
    expect(answer.errorMessage).toContain('could not check');
  });

  it('passes a payload that names no issue (no project, so no mode)', async () => {
    const s = await setup('block');
    await expect(admissionGate(s.deps(), { transition: { to: { id: '1' } } })).resolves.toEqual({ result: true });
  });
});

describe('admission gate, mode warn', () => {
  it('passes a gravity item without a keep decision and adds ONE comment as the app saying what block would', async () => {
    const s = await setup('warn');
    await expect(admissionGate(s.deps(), transition(GRAVITY))).resolves.toEqual({ result: true });
    const comments = await s.comments(GRAVITY);
    expect(comments).toHaveLength(1);
    expect(comments[0]).toContain('Factory Gravity PI admission gate (warn)');
    expect(comments[0]).toContain('record a keep decision with a sponsor on the PI review page');
    expect(s.site.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/comment')).map((r) => r.user)).toEqual(['alex']);
  });

  it('comments once per item and PI: a second transition of the same gravity item in the same PI adds none', async () => {
    const s = await setup('warn');
    await expect(admissionGate(s.deps(), transition(GRAVITY))).resolves.toEqual({ result: true });
    await expect(admissionGate(s.deps(), transition(GRAVITY, STATUS.implementing))).resolves.toEqual({ result: true });
    await expect(admissionGate(s.deps(), transition(GRAVITY))).resolves.toEqual({ result: true });
    expect(await s.comments(GRAVITY)).toHaveLength(1);
    expect(await s.kvs.get(gateWarnedKey(GRAVITY, CURRENT_PI))).toEqual({ warnedOn: TODAY });
  });

  it('the warning is kept per PI: a warning about another PI does not silence this one', async () => {
    const s = await setup('warn');
    await s.kvs.createIfAbsent(gateWarnedKey(GRAVITY, 'PI 20.1'), { warnedOn: '2020-01-06' });
    await admissionGate(s.deps(), transition(GRAVITY));
    expect(await s.comments(GRAVITY)).toHaveLength(1);
    expect(gateWarnedKey(GRAVITY, 'PI 26.4')).toBe(`gate-warned:${GRAVITY}:PI#2026.4`);
  });

  it('a comment Jira refuses does not use up the warning: the next transition comments', async () => {
    const s = await setup('warn');
    const refusingComments: JiraTransport = async (request) =>
      request.method === 'POST' && request.path.endsWith('/comment')
        ? { status: 403, headers: { 'content-type': 'application/json' }, body: '{"errorMessages":["You cannot comment"]}' }
        : s.site.transport('alex')(request);
    await expect(admissionGate(s.deps({ transport: refusingComments }), transition(GRAVITY))).resolves.toEqual({ result: true });
    expect(await s.comments(GRAVITY)).toEqual([]);
    expect(await s.kvs.get(gateWarnedKey(GRAVITY, CURRENT_PI))).toBeUndefined();
    await admissionGate(s.deps(), transition(GRAVITY));
    expect(await s.comments(GRAVITY)).toHaveLength(1);
  });

  it('adds no comment for a gravity item with a keep decision, or an aligned item', async () => {
    const s = await setup('warn');
    await expect(admissionGate(s.deps(), transition(KEPT))).resolves.toEqual({ result: true });
    await expect(admissionGate(s.deps(), transition(ALIGNED))).resolves.toEqual({ result: true });
    expect(await s.comments(KEPT)).toEqual([]);
    expect(await s.comments(ALIGNED)).toEqual([]);
  });

  it('adds no comment for a transition into a status it does not check', async () => {
    const s = await setup('warn', ['Done']);
    await expect(admissionGate(s.deps(), transition(GRAVITY, STATUS.implementing))).resolves.toEqual({ result: true });
    expect(await s.comments(GRAVITY)).toEqual([]);
  });

  it('passes when Jira cannot be read', async () => {
    const s = await setup('warn');
    await expect(admissionGate(s.deps({ transport: jiraDown }), transition(GRAVITY))).resolves.toEqual({ result: true });
  });
});

describe('the gate message', () => {
  it('stays within 1,000 characters with a long summary', () => {
    const message = gravityMessage({ key: 'CLIN-1', summary: 'x'.repeat(5000), pi: 'PI 26.4', decision: null } as Parameters<typeof gravityMessage>[0]);
    expect(message.length).toBeLessThanOrEqual(GATE_MESSAGE_MAX);
    expect(message).toContain('PI review page');
  });
});
