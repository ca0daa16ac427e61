import { createSampleSite } from '../../src/jira/sample-site';
import { createMemoryKeyValueStore } from '../../src/storage/key-value-store';
import { settingsKey } from '../../src/storage/settings-store';
import { dataOf, errorOf, harness, TODAY } from './support/resolver-harness';

/**
 * The server half of the patient-data guard: text that looks like a patient
 * identifier is refused with PHI_SUSPECTED unless the person confirms it is
 * not patient data; the answer names field and kind, never the text, and
 * nothing is written.
 */

const EVIDENCE = {
  kind: 'interview',
  source: { name: 'Ward 7 nurses', role: 'Staff nurse', site: 'Riverside General' },
  observedOn: '2026-10-12',
  summary: 'Nurses copy the handover sheet by hand at every shift change.',
} as const;
const WITH_MRN = { ...EVIDENCE, summary: 'Nurse read out MRN 1234567 at handover.' };
const ISSUE = 'CLIN-2';

describe('the patient-data guard in the evidence resolvers', () => {
  it('refuses an MRN in the summary with PHI_SUSPECTED, names field and kind, echoes no text, writes nothing', async () => {
    const { call, site } = harness('priya');
    const before = site.dump();
    const error = errorOf(await call('addEvidence', { issueKey: ISSUE, evidence: WITH_MRN }));
    expect(error.code).toBe('PHI_SUSPECTED');
    expect(error.issues).toEqual([{ path: ['evidence', 'summary'], message: expect.stringContaining('a medical record number') }]);
    expect(JSON.stringify(error)).not.toContain('1234567');
    expect(site.dump()).toBe(before);
  });

  it('checks source name, role and site too', async () => {
    const { call } = harness('priya');
    const evidence = { ...EVIDENCE, source: { name: 'jane.doe@example.org', role: 'call 07700 900123', site: 'SSN 123-45-6789' } };
    const error = errorOf(await call('addEvidence', { issueKey: ISSUE, evidence }));
    expect(error.issues?.map((i) => [i.path.join('.'), i.message.replace(/\. Remove.*/, '')])).toEqual([
      ['evidence.source.name', 'Possible patient data: an e-mail address'],
      ['evidence.source.role', 'Possible patient data: a phone number'],
      ['evidence.source.site', 'Possible patient data: a US social security number'],
    ]);
  });

  it('saves flagged text once the person confirms it is not patient data', async () => {
    const { call, site } = harness('priya');
    const panel = dataOf(await call('addEvidence', { issueKey: ISSUE, evidence: WITH_MRN, notPatientData: true }));
    expect(panel.assessment.evidence.some((e) => e.summary === WITH_MRN.summary)).toBe(true);
    expect(site.dump()).toContain('MRN 1234567');
  });

  it('accepts only true as the confirmation', async () => {
    const { call } = harness('priya');
    expect(errorOf(await call('addEvidence', { issueKey: ISSUE, evidence: WITH_MRN, notPatientData: false })).code).toBe('BAD_PAYLOAD');
    expect(errorOf(await call('addEvidence', { issueKey: ISSUE, evidence: WITH_MRN, notPatientData: 'yes' })).code).toBe('BAD_PAYLOAD');
  });

  it('guards edits and confirmed suggestions the same way', async () => {
    const { call, site } = harness('priya');
    const added = dataOf(await call('addEvidence', { issueKey: ISSUE, evidence: EVIDENCE }));
    const id = added.assessment.evidence.find((e) => e.summary === EVIDENCE.summary)?.id ?? '';
    const before = site.dump();
    expect(errorOf(await call('editEvidence', { issueKey: ISSUE, id, evidence: WITH_MRN })).code).toBe('PHI_SUSPECTED');
    expect(errorOf(await call('confirmSuggestion', { issueKey: 'CLIN-3', linkId: '30001', evidence: WITH_MRN })).code).toBe('PHI_SUSPECTED');
    expect(site.dump()).toBe(before);
    dataOf(await call('editEvidence', { issueKey: ISSUE, id, evidence: WITH_MRN, notPatientData: true }));
    dataOf(await call('confirmSuggestion', { issueKey: 'CLIN-3', linkId: '30001', evidence: WITH_MRN, notPatientData: true }));
  });

  it("runs the project's extra patterns (server only) and can be turned off", async () => {
    const site = createSampleSite({ today: TODAY });
    const kvs = createMemoryKeyValueStore();
    const { call } = harness('priya', { site, kvs });
    const localNumber = { ...EVIDENCE, summary: 'Hospital number H123456 was on the whiteboard.' };
    expect(dataOf(await call('getPanel', { issueKey: ISSUE })).phiGuard).toBe(true);

    await kvs.set(settingsKey('CLIN'), { evidence: { phi: { enabled: true, extraPatterns: ['\\bH\\d{6}\\b'] } } });
    const error = errorOf(await call('addEvidence', { issueKey: ISSUE, evidence: localNumber }));
    expect(error.code).toBe('PHI_SUSPECTED');
    expect(error.issues?.[0]?.message).toContain("pattern in this project's settings");

    await kvs.set(settingsKey('CLIN'), { evidence: { phi: { enabled: false, extraPatterns: ['\\bH\\d{6}\\b'] } } });
    expect(dataOf(await call('getPanel', { issueKey: ISSUE })).phiGuard).toBe(false);
    dataOf(await call('addEvidence', { issueKey: ISSUE, evidence: WITH_MRN }));
  });

  it('answers FORBIDDEN before looking at the text for a person who may not edit', async () => {
    expect(errorOf(await harness('sam').call('addEvidence', { issueKey: ISSUE, evidence: WITH_MRN })).code).toBe('FORBIDDEN');
  });
});
