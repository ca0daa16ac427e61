import { createSampleSite, INTENDED_VERDICTS } from '../../src/jira/sample-site';
import type { PanelData } from '../../src/shared/payloads';
import { createMemoryKeyValueStore } from '../../src/storage/key-value-store';
import { accountOf, callAsForge } from './forge-identity';
import type { ScopeOptions } from '../../src/shared/payloads';
import type { ScopeReport } from '../../src/shared/report';
import type { Envelope } from '../../src/shared/result';
import { LEADERSHIP_ONLY_KEYS, printFigures, records, resolverHarness, TODAY, validEvidence } from './support';

/**
 * Permissions, checked on the server for every call: an issue Sam cannot
 * see answers exactly like one that does not exist; Sam cannot change
 * evidence; only project admins save settings; reports hold only what the
 * person can see.
 */

const figures = { permissionChecks: 0 };
afterAll(() => printFigures('permissions', figures));

const { url: _url, ...evidenceWithoutUrl } = validEvidence();

/** Every resolver that takes an issue key, with a payload for `issueKey`. */
const ISSUE_CALLS: readonly [string, (issueKey: string) => unknown][] = [
  ['getPanel', (issueKey) => ({ issueKey })],
  ['addEvidence', (issueKey) => ({ issueKey, evidence: validEvidence() })],
  ['editEvidence', (issueKey) => ({ issueKey, id: 'ev-1', evidence: validEvidence() })],
  ['removeEvidence', (issueKey) => ({ issueKey, id: 'ev-1' })],
  ['restoreEvidence', (issueKey) => ({ issueKey, id: 'ev-1' })],
  ['confirmEvidence', (issueKey) => ({ issueKey, id: 'ev-1' })],
  ['confirmSuggestion', (issueKey) => ({ issueKey, linkId: '30001', evidence: evidenceWithoutUrl })],
  ['getActivity', (issueKey) => ({ issueKey })],
];

/** The calls that only read: a viewer may make them. */
const READS = new Set(['getPanel', 'getActivity']);

const withoutKey = (envelope: Envelope<unknown>, key: string): unknown => JSON.parse(JSON.stringify(envelope).split(key).join('<KEY>'));

describe('an issue Sam cannot see ("Leadership only")', () => {
  it.each(ISSUE_CALLS.flatMap(([fn, payload]) => LEADERSHIP_ONLY_KEYS.map((key) => [fn, key, payload] as const)))(
    '%s on %s: NOT_FOUND, the same envelope as for an issue that does not exist, and nothing written',
    async (fn, key, payload) => {
      const h = resolverHarness();
      const before = h.site.dump();
      const hidden = await h.as('sam')(fn, payload(key), { issue: { key } });
      const missing = await h.as('sam')(fn, payload('CLIN-9999'), { issue: { key: 'CLIN-9999' } });
      figures.permissionChecks += 2;
      expect(hidden).toEqual({ ok: false, error: expect.objectContaining({ code: 'NOT_FOUND' }) });
      expect(withoutKey(hidden, key)).toEqual(withoutKey(missing, 'CLIN-9999'));
      expect(h.site.dump()).toBe(before);
      // The same issue is there for someone in the security level.
      const alex = await h.as('alex')('getPanel', { issueKey: key });
      expect(alex.ok).toBe(true);
    },
  );
});

describe('Sam (viewer) on an issue Sam can see', () => {
  it.each(ISSUE_CALLS.filter(([fn]) => !READS.has(fn)))('%s: FORBIDDEN and nothing written', async (fn, payload) => {
    const h = resolverHarness();
    const before = h.site.dump();
    const issueKey = fn === 'confirmSuggestion' ? 'CLIN-3' : 'CLIN-1';
    const p = payload(issueKey) as Record<string, unknown>;
    const real = fn === 'editEvidence' || fn === 'removeEvidence' || fn === 'restoreEvidence' || fn === 'confirmEvidence' ? { ...p, id: 'ev-clin-1-1' } : p;
    const envelope = await h.as('sam')(fn, real, { issue: { key: issueKey } });
    figures.permissionChecks += 1;
    expect(envelope).toEqual({ ok: false, error: expect.objectContaining({ code: 'FORBIDDEN', message: expect.stringContaining(issueKey) }) });
    expect(h.site.dump()).toBe(before);
  });

  describe('claiming to be Alex changes nothing: the caller is who Forge says', () => {
    // Identity is read the way Forge gives it (./forge-identity.ts): from the principal, never from what the front end sends.
    const alex = accountOf('alex');
    const forged = { accountId: alex, principal: { accountId: alex }, extension: { issue: { key: 'CLIN-1', id: '10001' }, accountId: alex, user: 'alex' } };
    const add = (principal: string, frontendContext: Readonly<Record<string, unknown>>) => ({
      functionKey: 'addEvidence',
      payload: { issueKey: 'CLIN-1', evidence: validEvidence() },
      frontendContext,
      principal,
    });

    it('Sam with a context claiming Alex in every field: FORBIDDEN and nothing written', async () => {
      const site = createSampleSite({ today: TODAY });
      const call = callAsForge(site, createMemoryKeyValueStore());
      const before = site.dump();
      figures.permissionChecks += 1;
      expect(await call(add('sam', forged))).toEqual({ ok: false, error: expect.objectContaining({ code: 'FORBIDDEN' }) });
      expect(site.dump()).toBe(before);
    });

    it('Sam naming Alex in the payload: refused at the boundary, nothing written', async () => {
      const site = createSampleSite({ today: TODAY });
      const before = site.dump();
      const call = { ...add('sam', forged), payload: { issueKey: 'CLIN-1', evidence: validEvidence(), accountId: alex } };
      expect(await callAsForge(site, createMemoryKeyValueStore())(call)).toEqual({ ok: false, error: expect.objectContaining({ code: 'BAD_PAYLOAD' }) });
      expect(site.dump()).toBe(before);
    });

    it('the same call works when Forge says Priya, and records Priya even when the context claims Alex (the check is not vacuous)', async () => {
      const site = createSampleSite({ today: TODAY });
      const envelope = (await callAsForge(site, createMemoryKeyValueStore())(add('priya', forged))) as Envelope<PanelData>;
      expect(envelope.ok).toBe(true);
      const added = records(site, 'CLIN-1').find((r) => r.summary === validEvidence().summary);
      expect(added?.addedBy).toBe(accountOf('priya'));
    });

    it('Alex is not demoted by a context claiming Sam', async () => {
      const site = createSampleSite({ today: TODAY });
      const sam = accountOf('sam');
      const envelope = await callAsForge(site, createMemoryKeyValueStore())(add('alex', { accountId: sam, extension: { issue: { key: 'CLIN-1' }, accountId: sam } }));
      expect(envelope.ok).toBe(true);
    });
  });

  it('getPanel tells Sam the panel is read-only', async () => {
    const h = resolverHarness();
    const envelope = await h.as('sam')('getPanel', { issueKey: 'CLIN-1' });
    expect(envelope).toEqual({ ok: true, data: expect.objectContaining({ canEdit: false }) });
    const priya = await h.as('priya')('getPanel', { issueKey: 'CLIN-1' });
    expect(priya).toEqual({ ok: true, data: expect.objectContaining({ canEdit: true }) });
  });
});

describe('settings', () => {
  it.each(['priya', 'sam'] as const)('%s cannot save settings: FORBIDDEN and nothing stored', async (user) => {
    const h = resolverHarness();
    const envelope = await h.as(user)('saveSettings', { projectKey: 'CLIN', settings: { workItemTypes: ['Feature'] } });
    figures.permissionChecks += 1;
    expect(envelope).toEqual({ ok: false, error: expect.objectContaining({ code: 'FORBIDDEN' }) });
    expect(await h.kvs.get('settings:CLIN')).toBeUndefined();
    const read = await h.as(user)('getSettings', { projectKey: 'CLIN' });
    expect(read).toEqual({ ok: true, data: expect.objectContaining({ canEdit: false }) });
  });

  it('alex (project admin) can, and everyone then reads the saved value', async () => {
    const h = resolverHarness();
    const envelope = await h.as('alex')('saveSettings', { projectKey: 'CLIN', settings: { workItemTypes: ['Feature'] } });
    expect(envelope).toEqual({ ok: true, data: expect.objectContaining({ canEdit: true }) });
    const read = await h.as('sam')('getSettings', { projectKey: 'CLIN' });
    expect(read).toEqual({ ok: true, data: expect.objectContaining({ settings: expect.objectContaining({ workItemTypes: ['Feature'] }) }) });
  });

  it('a project that does not exist: NOT_FOUND for get and save', async () => {
    const h = resolverHarness();
    expect(await h.as('alex')('saveSettings', { projectKey: 'NOPE', settings: {} })).toEqual({ ok: false, error: expect.objectContaining({ code: 'NOT_FOUND' }) });
    expect(await h.as('alex')('getSettings', { projectKey: 'NOPE' })).toEqual({ ok: false, error: expect.objectContaining({ code: 'NOT_FOUND' }) });
    expect(await h.kvs.get('settings:NOPE')).toBeUndefined();
  });
});

describe('getScopeReport as Sam', () => {
  const hiddenKeys = new Set<string>(LEADERSHIP_ONLY_KEYS);

  const scopes = async () => {
    const h = resolverHarness();
    const options = (await h.as('alex')('getScopeOptions', {})) as Envelope<ScopeOptions>;
    const boards = options.ok ? options.data.boards : [];
    return [
      { scope: { kind: 'project', projectKey: 'CLIN' }, pi: 'current' },
      { scope: { kind: 'project', projectKey: 'CLIN' }, pi: 'next' },
      { scope: { kind: 'jql', jql: 'project in (CLIN, PAT)' }, pi: 'next' },
      ...boards.map((b) => ({ scope: { kind: 'board', boardId: b.id }, pi: 'next' })),
    ];
  };

  it('contains only issues Sam can see: Alex’s report minus the "Leadership only" items', async () => {
    const h = resolverHarness();
    let compared = 0;
    for (const payload of await scopes()) {
      const alex = await h.as('alex')('getScopeReport', payload);
      const sam = await h.as('sam')('getScopeReport', payload);
      figures.permissionChecks += 1;
      if (!alex.ok) continue;
      expect(sam.ok).toBe(true);
      if (!sam.ok) continue;
      const alexKeys = (alex.data as ScopeReport).items.map((i) => i.key);
      const samKeys = (sam.data as ScopeReport).items.map((i) => i.key);
      expect(samKeys).toEqual(alexKeys.filter((k) => !hiddenKeys.has(k)));
      expect(JSON.stringify(sam.data)).not.toMatch(new RegExp(`\\b(${LEADERSHIP_ONLY_KEYS.join('|')})\\b`));
      compared += 1;
    }
    expect(compared).toBeGreaterThanOrEqual(4);
    // The hidden items are really in the sample (the check above is not vacuous).
    expect(LEADERSHIP_ONLY_KEYS.every((k) => k in INTENDED_VERDICTS)).toBe(true);
  });

  it.each(LEADERSHIP_ONLY_KEYS)('a JQL naming %s answers Sam exactly as one naming an issue that does not exist', async (key) => {
    const h = resolverHarness();
    const hidden = await h.as('sam')('getScopeReport', { scope: { kind: 'jql', jql: `key in (${key}) OR project = CLIN` }, pi: 'current' });
    const missing = await h.as('sam')('getScopeReport', { scope: { kind: 'jql', jql: 'key in (CLIN-9999) OR project = CLIN' }, pi: 'current' });
    figures.permissionChecks += 2;
    expect(withoutKey(hidden, key)).toEqual(withoutKey(missing, 'CLIN-9999'));
    const alex = await h.as('alex')('getScopeReport', { scope: { kind: 'jql', jql: `key in (${key}) OR project = CLIN` }, pi: 'current' });
    expect(alex.ok).toBe(true);
  });
});
