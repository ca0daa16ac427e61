import { createSampleSite } from '../../src/jira/sample-site';
import { sampleEvidenceSigner } from '../../src/jira/sample-site/evidence-key';
import { rescoreSampleSite } from '../../src/preview/local-deps';
import { DECISIONS_PROPERTY_KEY, type DecisionRecord } from '../../src/shared/decision';
import { createMemoryKeyValueStore } from '../../src/storage/key-value-store';
import { call, searchKeys, TODAY } from '../sample-site/helpers';

/**
 * `gravityDecision` (manifest.yml jira:entityProperty, path decision of
 * factory-gravity.assessment) over the sample site: a signed keep written to
 * the decisions property through the site's REST PUT, then the app's
 * re-score, and JQL finds the item. A forged (unsigned) keep finds nothing.
 */
const keepFor = (pi: string): DecisionRecord => ({
  id: 'd-alias-1',
  version: 1,
  pi,
  kind: 'keep',
  rationale: 'Needed for the regulator audit in January.',
  sponsor: { accountId: 'acc-dana', displayName: 'Dana Whitfield' },
  verdictAtDecision: 'gravity',
  decidedBy: { accountId: 'acc-priya', displayName: 'Priya Raman' },
  decidedAt: '2026-11-20T09:30:00.000Z',
});

const putDecisions = async (site: ReturnType<typeof createSampleSite>, key: string, records: readonly unknown[]) => {
  const r = await call(site, { method: 'PUT', path: `/rest/api/3/issue/${key}/properties/${DECISIONS_PROPERTY_KEY}`, body: { schemaVersion: 1, revision: 1, records } });
  expect([200, 201]).toContain(r.status);
};

const piOf = async (site: ReturnType<typeof createSampleSite>, key: string): Promise<string> => {
  const r = await call(site, { method: 'POST', path: '/rest/api/3/search/jql', body: { jql: `key = ${key}`, fields: ['fixVersions'], maxResults: 1 } });
  const issue = (r.json.issues as { fields: { fixVersions?: { name: string }[] } }[])[0];
  return issue?.fields.fixVersions?.[0]?.name ?? '';
};

describe('gravityDecision over the sample site', () => {
  it('finds the item with a signed keep after the re-score, and not one with a forged keep', async () => {
    const site = createSampleSite({ today: TODAY });
    await rescoreSampleSite(site, createMemoryKeyValueStore(), TODAY);
    // The sample site seeds keeps of its own (src/jira/sample-site/data): only the difference is this test's.
    const seeded = await searchKeys(site, 'gravityDecision = keep');
    expect(seeded).not.toContain('CLIN-1');
    expect(seeded).not.toContain('PAT-1');
    const kept = 'CLIN-1';
    const forged = 'PAT-1';
    const keptPi = await piOf(site, kept);
    const forgedPi = await piOf(site, forged);
    const record = keepFor(keptPi);
    await putDecisions(site, kept, [{ ...record, mac: sampleEvidenceSigner.sign(kept, record, 'decision') }]);
    await putDecisions(site, forged, [keepFor(forgedPi)]);
    await rescoreSampleSite(site, createMemoryKeyValueStore(), TODAY);
    // CLIN-9 and PAT-8 carry the sample site's own seeded keeps (src/jira/sample-site/data/governance.ts).
    expect(await searchKeys(site, 'gravityDecision = keep AND key not in (CLIN-9, PAT-8)')).toEqual([kept]);
    expect(await searchKeys(site, `key = ${forged} AND gravityDecision = none`)).toEqual([forged]);
  });
});
