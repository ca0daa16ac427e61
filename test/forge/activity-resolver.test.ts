import { rescoreItems } from '../../src/services/rescore-items';
import { withEvidenceKey } from '../../src/preview/local-deps';
import { createMemoryKeyValueStore } from '../../src/storage/key-value-store';
import { createSampleSite } from '../../src/jira/sample-site';
import { saveSettings } from '../../src/storage/settings-store';
import { dataOf, errorOf, harness, TODAY } from './support/resolver-harness';

/** getActivity through the exported resolver, as Forge calls it (src/resolvers/activity-handlers.ts). */
describe('getActivity', () => {
  it('refuses a payload that is not an issue key, before any Jira request', async () => {
    const h = harness('alex');
    h.site.resetRequestLog();
    for (const payload of [{}, { issueKey: 'clin-7' }, { issueKey: 'CLIN-7', extra: 1 }, { issueKey: 7 }]) {
      expect(errorOf(await h.call('getActivity', payload)).code).toBe('BAD_PAYLOAD');
    }
    expect(h.site.requests).toHaveLength(0);
  });

  it('reads as the person: sam cannot learn about CLIN-4, which answers exactly like an issue that does not exist', async () => {
    const sam = harness('sam');
    const hidden = errorOf(await sam.call('getActivity', { issueKey: 'CLIN-4' }));
    const missing = errorOf(await sam.call('getActivity', { issueKey: 'CLIN-404' }));
    expect(hidden).toEqual({ code: 'NOT_FOUND', message: 'Issue CLIN-4 does not exist or you cannot see it.' });
    expect(missing).toEqual({ code: 'NOT_FOUND', message: 'Issue CLIN-404 does not exist or you cannot see it.' });
    expect(sam.site.requests.every((r) => r.user === 'sam')).toBe(true);
    // alex can see it.
    expect(dataOf(await harness('alex').call('getActivity', { issueKey: 'CLIN-4' })).issueKey).toBe('CLIN-4');
    // sam sees what he may see.
    expect(dataOf(await sam.call('getActivity', { issueKey: 'CLIN-7' })).entries.length).toBeGreaterThan(0);
  });

  it('shows evidence removed and the verdict change it caused, from the history the evidence write keeps', async () => {
    const site = createSampleSite({ today: TODAY });
    const kvs = withEvidenceKey(createMemoryKeyValueStore(), site.evidenceKey);
    const h = harness('alex', { site, kvs });
    await rescoreItems(h.deps.jiraAsApp(), kvs, [...site.issueIds], TODAY);
    const panel = dataOf(await h.call('getPanel', { issueKey: 'CLIN-2' }));
    expect(panel.assessment.verdict).toBe('aligned');
    for (const record of panel.assessment.evidence) dataOf(await h.call('removeEvidence', { issueKey: 'CLIN-2', id: record.id }));
    const after = dataOf(await h.call('getPanel', { issueKey: 'CLIN-2' })).assessment;
    expect(after.verdict).not.toBe('aligned');

    const activity = dataOf(await h.call('getActivity', { issueKey: 'CLIN-2' }));
    const newest = activity.entries.slice(0, panel.assessment.evidence.length + 1).map((e) => e.kind).sort();
    expect(newest).toEqual(['verdict-changed', ...panel.assessment.evidence.map(() => 'evidence-removed')].sort());
    expect(activity.entries.find((e) => e.kind === 'verdict-changed')).toMatchObject({ at: TODAY, text: expect.stringMatching(new RegExp(`^Verdict changed from aligned to ${after.verdict} `)) });
  });

  it('shows only the evidence the app counts: the unsigned record on CLIN-20 is left out, and a note says so', async () => {
    const activity = dataOf(await harness('alex').call('getActivity', { issueKey: 'CLIN-20' }));
    expect(activity.entries.filter((e) => e.kind.startsWith('evidence'))).toEqual([]);
    expect(activity.notes).toContain('1 evidence record the app did not sign is left out: it does not count.');
  });

  it('reads the PI with the project’s settings', async () => {
    const h = harness('alex');
    expect(dataOf(await h.call('getActivity', { issueKey: 'CLIN-7' })).entries.some((e) => e.kind === 'pi-moved')).toBe(true);
    // A PI pattern no version matches: no planning change names a PI.
    await saveSettings(h.kvs, 'CLIN', { pi: { source: 'fixVersion', namePattern: '^Release ' } });
    expect(dataOf(await h.call('getActivity', { issueKey: 'CLIN-7' })).entries.some((e) => e.kind === 'pi-moved' || e.kind === 'carried-over')).toBe(false);
  });
});
