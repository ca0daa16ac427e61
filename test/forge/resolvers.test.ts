import { createSampleSite } from '../../src/jira/sample-site';
import type { JiraTransport } from '../../src/jira/transport';
import { createResolver } from '../../src/resolvers/create-resolver';
import { createLocalDeps } from '../../src/preview/local-deps';
import { EVIDENCE_PROPERTY_KEY } from '../../src/shared/evidence';
import { PayloadSchemas, type ResolverKey } from '../../src/shared/payloads';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { createMemoryKeyValueStore } from '../../src/storage/key-value-store';
import { settingsKey } from '../../src/storage/settings-store';
import { accountOf, dataOf, errorOf, harness, NOW, TODAY } from './support/resolver-harness';

const EVIDENCE = {
  kind: 'interview',
  url: 'https://research.example.org/interviews/ward-7',
  source: { name: 'Ward 7 nurses', role: 'Staff nurse', site: 'Riverside General' },
  observedOn: '2026-10-12',
  summary: 'Nurses copy the handover sheet by hand at every shift change.',
} as const;

/** CLIN-4 is "Leadership only": Sam cannot see it. CLIN-2 Sam can see but not edit. */
const HIDDEN_FROM_SAM = 'CLIN-4';
const VISIBLE = 'CLIN-2';

const notFoundShape = (error: { code: string; message: string }, key: string) => ({ code: error.code, message: error.message.replace(key, '<KEY>') });

describe('resolvers, called like Forge calls them', () => {
  it('defines every resolver key of the payload contract', async () => {
    const { call } = harness('alex');
    for (const key of Object.keys(PayloadSchemas) as ResolverKey[]) {
      const answer = await call(key, { unexpected: true });
      expect(answer).toMatchObject({ ok: false, error: { code: 'BAD_PAYLOAD' } });
    }
  });

  describe('getPanel', () => {
    it('answers the assessment, the PIs and whether the person may edit', async () => {
      const panel = dataOf(await harness('priya').call('getPanel', { issueKey: VISIBLE }));
      expect(panel.assessment.key).toBe(VISIBLE);
      expect(panel.canEdit).toBe(true);
      expect(panel.next).not.toBeNull();
      expect(panel.removed).toEqual([]);
      expect(dataOf(await harness('sam').call('getPanel', { issueKey: VISIBLE })).canEdit).toBe(false);
    });

    it('answers BAD_PAYLOAD with the field for a malformed key', async () => {
      const error = errorOf(await harness('priya').call('getPanel', { issueKey: 'clin 2' }));
      expect(error.code).toBe('BAD_PAYLOAD');
      expect(error.issues?.[0]?.path).toEqual(['issueKey']);
    });

    it('answers an issue the person cannot see exactly like one that does not exist', async () => {
      const { call } = harness('sam');
      const hidden = errorOf(await call('getPanel', { issueKey: HIDDEN_FROM_SAM }));
      const missing = errorOf(await call('getPanel', { issueKey: 'CLIN-9999' }));
      expect(hidden.code).toBe('NOT_FOUND');
      expect(notFoundShape(hidden, HIDDEN_FROM_SAM)).toEqual(notFoundShape(missing, 'CLIN-9999'));
      expect(dataOf(await harness('alex').call('getPanel', { issueKey: HIDDEN_FROM_SAM })).assessment.key).toBe(HIDDEN_FROM_SAM);
    });

    it('shows a warning and scores with the defaults when the stored settings are invalid', async () => {
      const h = harness('priya');
      await h.kvs.set(settingsKey('CLIN'), { weights: { strategy: 'lots' } });
      const panel = dataOf(await h.call('getPanel', { issueKey: VISIBLE }));
      expect(panel.settingsWarning).toMatch(/not valid/);
    });
  });

  describe('evidence', () => {
    it('adds, edits, removes and restores evidence as the person, and records who', async () => {
      const { call, site } = harness('priya');
      const added = dataOf(await call('addEvidence', { issueKey: VISIBLE, evidence: EVIDENCE }));
      const record = added.assessment.evidence.find((e) => e.summary === EVIDENCE.summary);
      expect(record).toMatchObject({ addedBy: accountOf('priya'), addedAt: NOW, url: EVIDENCE.url });
      const id = record?.id ?? '';

      const edited = dataOf(await call('editEvidence', { issueKey: VISIBLE, id, evidence: { ...EVIDENCE, summary: 'Edited summary.' } }));
      expect(edited.assessment.evidence.find((e) => e.id === id)?.summary).toBe('Edited summary.');

      const removed = dataOf(await call('removeEvidence', { issueKey: VISIBLE, id }));
      expect(removed.assessment.evidence.some((e) => e.id === id)).toBe(false);
      expect(removed.removed).toEqual([{ id, summary: 'Edited summary.', removedAt: NOW }]);

      const restored = dataOf(await call('restoreEvidence', { issueKey: VISIBLE, id }));
      expect(restored.assessment.evidence.some((e) => e.id === id)).toBe(true);
      expect(restored.removed).toEqual([]);
      expect(site.dump()).toContain('Edited summary.');
    });

    it('refuses an http link with BAD_PAYLOAD and writes nothing', async () => {
      const { call, site } = harness('priya');
      const before = site.dump();
      const error = errorOf(await call('addEvidence', { issueKey: VISIBLE, evidence: { ...EVIDENCE, url: 'http://insecure.example.org' } }));
      expect(error.code).toBe('BAD_PAYLOAD');
      expect(error.issues?.[0]?.path).toEqual(['evidence', 'url']);
      expect(site.dump()).toBe(before);
    });

    it('answers FORBIDDEN to a viewer and NOT_FOUND for an issue they cannot see, writing nothing', async () => {
      const { call, site } = harness('sam');
      const before = site.dump();
      for (const key of ['addEvidence', 'editEvidence', 'removeEvidence', 'restoreEvidence', 'confirmSuggestion'] as const) {
        const payload = (issueKey: string) =>
          key === 'addEvidence'
            ? { issueKey, evidence: EVIDENCE }
            : key === 'editEvidence'
              ? { issueKey, id: 'x', evidence: EVIDENCE }
              : key === 'confirmSuggestion'
                ? { issueKey, linkId: '1', evidence: { kind: 'interview', source: { name: 'x' }, observedOn: '2026-10-01', summary: 's' } }
                : { issueKey, id: 'x' };
        expect(errorOf(await call(key, payload(VISIBLE))).code).toBe('FORBIDDEN');
        const hidden = errorOf(await call(key, payload(HIDDEN_FROM_SAM)));
        const missing = errorOf(await call(key, payload('CLIN-9999')));
        expect(notFoundShape(hidden, HIDDEN_FROM_SAM)).toEqual(notFoundShape(missing, 'CLIN-9999'));
        expect(hidden.code).toBe('NOT_FOUND');
      }
      expect(site.dump()).toBe(before);
    });

    it('answers NOT_FOUND when the record to edit or restore is not there', async () => {
      const { call } = harness('priya');
      expect(errorOf(await call('editEvidence', { issueKey: VISIBLE, id: 'nope', evidence: EVIDENCE })).code).toBe('NOT_FOUND');
      expect(errorOf(await call('removeEvidence', { issueKey: VISIBLE, id: 'nope' })).code).toBe('NOT_FOUND');
      expect(errorOf(await call('restoreEvidence', { issueKey: VISIBLE, id: 'nope' })).code).toBe('NOT_FOUND');
    });

    it('keeps all 20 records added at the same moment by different requests', async () => {
      const site = createSampleSite({ today: TODAY });
      const kvs = createMemoryKeyValueStore();
      const before = dataOf(await harness('priya', { site, kvs }).call('getPanel', { issueKey: VISIBLE })).assessment.evidence.length;
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) => harness('priya', { site, kvs }).call('addEvidence', { issueKey: VISIBLE, evidence: { ...EVIDENCE, summary: `Concurrent ${i}` } })),
      );
      answers.forEach((a) => expect(a.ok).toBe(true));
      const after = dataOf(await harness('priya', { site, kvs }).call('getPanel', { issueKey: VISIBLE })).assessment.evidence;
      expect(after).toHaveLength(before + 20);
      for (let i = 0; i < 20; i += 1) expect(after.some((e) => e.summary === `Concurrent ${i}`)).toBe(true);
    });

    it('confirms a suggested web link with its URL and link id', async () => {
      const { call } = harness('alex');
      let target: { issueKey: string; linkId: string; url: string } | undefined;
      for (let n = 1; n <= 24 && target === undefined; n += 1) {
        const answer = await call('getPanel', { issueKey: `CLIN-${n}` });
        if (answer.ok && answer.data.assessment.suggestions[0] !== undefined) {
          const s = answer.data.assessment.suggestions[0];
          target = { issueKey: `CLIN-${n}`, linkId: s.linkId, url: s.url };
        }
      }
      if (target === undefined) throw new Error('the sample site has no suggested evidence');
      const evidence = { kind: 'interview', source: { name: 'Discharge team' }, observedOn: '2026-09-30', summary: 'Confirmed from the research link.' };
      const panel = dataOf(await call('confirmSuggestion', { issueKey: target.issueKey, linkId: target.linkId, evidence }));
      const confirmed = panel.assessment.evidence.find((e) => e.summary === evidence.summary);
      expect(confirmed).toMatchObject({ url: target.url, fromLinkId: target.linkId });
      expect(errorOf(await call('confirmSuggestion', { issueKey: target.issueKey, linkId: '999999', evidence })).code).toBe('NOT_FOUND');
    });
  });

  describe('scope', () => {
    it('answers the PI report worst first, and leaves out what the person cannot see', async () => {
      const payload = { scope: { kind: 'project', projectKey: 'CLIN' }, pi: 'current' };
      const alex = dataOf(await harness('alex').call('getScopeReport', payload));
      const sam = dataOf(await harness('sam').call('getScopeReport', payload));
      expect(alex.total).toBeGreaterThan(0);
      expect(alex.items.map((i) => i.key)).toContain(HIDDEN_FROM_SAM);
      expect(sam.items.map((i) => i.key)).not.toContain(HIDDEN_FROM_SAM);
      expect(sam.total).toBeLessThan(alex.total);
    });

    it('answers BAD_PAYLOAD for an unknown scope kind, and a Jira error for a bad JQL', async () => {
      const { call } = harness('alex');
      expect(errorOf(await call('getScopeReport', { scope: { kind: 'team' }, pi: 'next' })).code).toBe('BAD_PAYLOAD');
      expect(errorOf(await call('getScopeReport', { scope: { kind: 'jql', jql: 'project = NOPE' }, pi: 'next' })).code).toMatch(/^JIRA_BAD_REQUEST|NOT_FOUND$/);
    });

    it('lists the projects and boards the person can see', async () => {
      const options = dataOf(await harness('alex').call('getScopeOptions', {}));
      expect(options.projects.map((p) => p.key)).toEqual(expect.arrayContaining(['CLIN', 'PAT']));
      expect(options.boards.length).toBeGreaterThan(0);
    });
  });

  describe('settings', () => {
    it('lets a project admin save valid settings and everyone read them', async () => {
      const site = createSampleSite({ today: TODAY });
      const kvs = createMemoryKeyValueStore();
      const alex = harness('alex', { site, kvs });
      const settings = { ...DEFAULT_SETTINGS, workItemTypes: ['Epic', 'Feature'] };
      const saved = dataOf(await alex.call('saveSettings', { projectKey: 'CLIN', settings }));
      expect(saved).toMatchObject({ canEdit: true, settings: { workItemTypes: ['Epic', 'Feature'] } });
      const read = dataOf(await harness('sam', { site, kvs }).call('getSettings', { projectKey: 'CLIN' }));
      expect(read).toMatchObject({ canEdit: false, settings: { workItemTypes: ['Epic', 'Feature'] }, defaults: DEFAULT_SETTINGS });
      expect(read.warning).toBeUndefined();
    });

    it('refuses a non-admin with FORBIDDEN, checked on the server, and saves nothing', async () => {
      const { call, kvs } = harness('priya');
      expect(errorOf(await call('saveSettings', { projectKey: 'CLIN', settings: {} })).code).toBe('FORBIDDEN');
      expect(await kvs.get(settingsKey('CLIN'))).toBeUndefined();
    });

    it('answers INVALID_SETTINGS with one issue per field', async () => {
      const { call, kvs } = harness('alex');
      const error = errorOf(await call('saveSettings', { projectKey: 'CLIN', settings: { weights: { strategy: 300 }, workItemTypes: [] } }));
      expect(error.code).toBe('INVALID_SETTINGS');
      expect(error.issues?.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['weights.strategy', 'workItemTypes']));
      expect(await kvs.get(settingsKey('CLIN'))).toBeUndefined();
    });

    it('shows the defaults with a warning when the stored value is invalid', async () => {
      const { call, kvs } = harness('alex');
      await kvs.set(settingsKey('CLIN'), { evidence: { freshnessMonths: -3 } });
      const read = dataOf(await call('getSettings', { projectKey: 'CLIN' }));
      expect(read.settings).toEqual(DEFAULT_SETTINGS);
      expect(read.warning).toMatch(/evidence\.freshnessMonths/);
    });

    it('answers NOT_FOUND for a project that does not exist and BAD_PAYLOAD for a malformed key', async () => {
      const { call } = harness('alex');
      expect(errorOf(await call('getSettings', { projectKey: 'NOPE' })).code).toBe('NOT_FOUND');
      expect(errorOf(await call('getSettings', { projectKey: 'clin' })).code).toBe('BAD_PAYLOAD');
    });
  });

  describe('failures', () => {
    const failing: JiraTransport = async () => ({ status: 500, headers: {}, body: '{"errorMessages":["boom"]}' });

    it.each(Object.keys(PayloadSchemas) as ResolverKey[])('%s answers JIRA_UNAVAILABLE when Jira keeps failing', async (key) => {
      let sleeps = 0;
      const { call } = harness('alex', {
        wrapTransport: () => failing,
        extra: { client: { sleep: async () => void (sleeps += 1), maxRetries: 2 } },
      });
      const payloads: Record<ResolverKey, unknown> = {
        getPanel: { issueKey: VISIBLE },
        addEvidence: { issueKey: VISIBLE, evidence: EVIDENCE },
        editEvidence: { issueKey: VISIBLE, id: 'x', evidence: EVIDENCE },
        removeEvidence: { issueKey: VISIBLE, id: 'x' },
        restoreEvidence: { issueKey: VISIBLE, id: 'x' },
        confirmEvidence: { issueKey: VISIBLE, id: 'x' },
        confirmSuggestion: { issueKey: VISIBLE, linkId: '1', evidence: { kind: 'survey', source: { name: 'x' }, observedOn: '2026-10-01', summary: 's' } },
        getScopeReport: { scope: { kind: 'project', projectKey: 'CLIN' }, pi: 'next' },
        getScopeOptions: {},
        getSettings: { projectKey: 'CLIN' },
        saveSettings: { projectKey: 'CLIN', settings: {} },
        getSiteOptions: { projectKey: 'CLIN' },
        checkSettings: { projectKey: 'CLIN', settings: {} },
        getPiReview: { scope: { kind: 'project', projectKey: 'CLIN' }, pi: 'current' },
        recordDecisions: { issueKeys: [VISIBLE], pi: 'PI 26.4', decision: { kind: 'drop', rationale: 'Not this PI: no evidence yet.' } },
        searchUsers: { query: 'da' },
        commitBaseline: { projectKey: 'CLIN', pi: 'current' },
        getBaseline: { projectKey: 'CLIN', pi: 'PI 26.4' },
        getTrend: { scope: { kind: 'project', projectKey: 'CLIN' } },
        getOutcomes: { scope: { kind: 'project', projectKey: 'CLIN' } },
        getActivity: { issueKey: VISIBLE },
      };
      const envelope = await call(key, payloads[key]);
      // recordDecisions decides each item on its own: the call answers, and the item carries the failure.
      const error =
        key === 'recordDecisions' && envelope.ok
          ? (envelope.data as { results: readonly { ok: boolean; error?: { code: string } }[] }).results[0]?.error
          : errorOf(envelope);
      expect(error?.code).toBe('JIRA_UNAVAILABLE');
      expect(sleeps).toBeGreaterThan(0);
    });

    it('rethrows a failure that is not a known one, so Forge records it', async () => {
      const site = createSampleSite({ today: TODAY });
      const broken = { ...createMemoryKeyValueStore(), get: async () => { throw new TypeError('storage exploded'); } };
      const handler = createResolver(createLocalDeps(site, 'alex', { kvs: broken, today: TODAY }));
      await expect(
        handler({ call: { functionKey: 'getSettings', payload: { projectKey: 'CLIN' } }, context: {} }, { principal: { accountId: accountOf('alex') } }),
      ).rejects.toThrow('storage exploded');
    });
  });

  it('keeps evidence in the v2 property shape', async () => {
    const { call, deps } = harness('priya');
    dataOf(await call('addEvidence', { issueKey: VISIBLE, evidence: EVIDENCE }));
    const stored = (await deps.jiraAsApp().getIssueProperty(VISIBLE, EVIDENCE_PROPERTY_KEY)) as { schemaVersion: number; revision: number };
    expect(stored.schemaVersion).toBe(2);
    expect(stored.revision).toBeGreaterThan(0);
  });
});
