import { randomBytes } from 'node:crypto';
import { createJiraClient } from '../../src/jira/create-client';
import { createEvidenceSigner, signedText } from '../../src/jira/evidence-mac';
import { SAMPLE_EVIDENCE_KEY } from '../../src/jira/sample-site/evidence-key';
import { userById, type SampleUserId } from '../../src/jira/sample-site/users';
import { rescoreItems } from '../../src/services/rescore-items';
import { ASSESSMENT_PROPERTY_KEY, EVIDENCE_PROPERTY_KEY, type EvidenceRecord } from '../../src/shared/evidence';
import type { PanelData } from '../../src/shared/payloads';
import type { ScopeReport } from '../../src/shared/report';
import type { Envelope } from '../../src/shared/result';
import { EVIDENCE_KEY_SECRET, readEvidenceSigner } from '../../src/storage/evidence-signature';
import { createMemoryKeyValueStore } from '../../src/storage/key-value-store';
import { withEvidenceKey } from '../../src/preview/local-deps';
import { printFigures, resolverHarness, storedProperty, TODAY, type ResolverHarness } from './support';

/**
 * Evidence the app can trust (issue 17 item 4). Anyone with Edit issues can
 * PUT the evidence property straight through Jira's REST API; those records
 * must not count, must be flagged in the panel with what they claim, and the
 * indexed assessment must be recomputed from signed records only.
 */

const figures = { forgeries: 0, flagged: 0 };
afterAll(() => printFigures('forged-evidence', figures));

/** CLIN-7: planned, no live objective, no evidence: `gravity` (riverside-epics.ts). */
const GRAVITY_EPIC = 'CLIN-7';
const ALEX = userById('alex').accountId;
const PRIYA = userById('priya').accountId;

type StoredValue = { schemaVersion: 2; revision: number; records: (EvidenceRecord & { mac?: string })[] };

/** The record a forger types: fresh field evidence "added by alex". */
const forgedRecord = (overrides: Partial<EvidenceRecord> = {}): EvidenceRecord => ({
  id: 'forged-1',
  kind: 'interview',
  source: { name: 'Ward 9 nurses' },
  observedOn: '2026-10-20',
  summary: 'Nurses asked for exactly this feature.',
  addedBy: ALEX,
  addedAt: '2026-10-21T09:00:00.000Z',
  ...overrides,
});

/** PUT /rest/api/3/issue/{key}/properties/factory-gravity.evidence as a sample user, the way anyone with Edit issues can. */
const putEvidence = async (h: ResolverHarness, user: SampleUserId, issueKey: string, value: unknown): Promise<void> => {
  figures.forgeries += 1;
  await createJiraClient(h.site.transport(user)).setIssueProperty(issueKey, EVIDENCE_PROPERTY_KEY, value);
};

const panelOf = async (h: ResolverHarness, issueKey: string, user: SampleUserId = 'alex'): Promise<PanelData> => {
  const envelope = (await h.as(user)('getPanel', { issueKey })) as Envelope<PanelData>;
  if (!envelope.ok) throw new Error(JSON.stringify(envelope.error));
  return envelope.data;
};

const stored = (h: ResolverHarness, issueKey: string): StoredValue => storedProperty(h.site, issueKey) as StoredValue;

describe('a record PUT into the evidence property outside the app', () => {
  it('does not count, is flagged with what it claims, and the epic stays gravity (panel and gadget)', async () => {
    const h = resolverHarness();
    expect((await panelOf(h, GRAVITY_EPIC)).assessment.verdict).toBe('gravity');
    // Priya has Edit issues on CLIN: Jira lets her write the property directly.
    await putEvidence(h, 'priya', GRAVITY_EPIC, { schemaVersion: 2, revision: 1, records: [forgedRecord()] });

    const panel = await panelOf(h, GRAVITY_EPIC);
    figures.flagged += panel.untrusted.length;
    expect(panel.assessment.verdict).toBe('gravity');
    expect(panel.assessment.evidence).toEqual([]);
    expect(panel.assessment.counts.freshEvidence).toBe(0);
    expect(panel.untrusted).toEqual([{ record: forgedRecord(), trust: 'unsigned' }]);

    const verdicts: string[] = [];
    for (const pi of ['current', 'next'] as const) {
      const report = (await h.as('alex')('getScopeReport', { scope: { kind: 'project', projectKey: 'CLIN' }, pi })) as Envelope<ScopeReport>;
      if (!report.ok) throw new Error(JSON.stringify(report.error));
      verdicts.push(...report.data.items.filter((i) => i.key === GRAVITY_EPIC).map((i) => i.verdict));
    }
    expect(verdicts).toEqual(['gravity']);
  });

  it('with a made-up signature is flagged as changed outside Factory Gravity', async () => {
    const h = resolverHarness();
    await putEvidence(h, 'alex', GRAVITY_EPIC, { schemaVersion: 2, revision: 1, records: [{ ...forgedRecord(), mac: `v1.${'A'.repeat(43)}` }] });
    const panel = await panelOf(h, GRAVITY_EPIC);
    expect(panel.assessment.verdict).toBe('gravity');
    expect(panel.untrusted.map((u) => u.trust)).toEqual(['changed']);
  });

  it('signed with another installation\'s key is flagged as changed', async () => {
    const h = resolverHarness();
    const other = createEvidenceSigner(randomBytes(32));
    const record = forgedRecord();
    await putEvidence(h, 'priya', GRAVITY_EPIC, { schemaVersion: 2, revision: 1, records: [{ ...record, mac: other.sign(GRAVITY_EPIC, record) }] });
    const panel = await panelOf(h, GRAVITY_EPIC);
    expect(panel.assessment.verdict).toBe('gravity');
    expect(panel.untrusted).toEqual([{ record, trust: 'changed' }]);
  });

  it('copied with its signature from another issue is flagged as changed (the MAC covers the issue key)', async () => {
    const h = resolverHarness();
    const donor = stored(h, 'CLIN-1').records[0];
    if (donor === undefined) throw new Error('CLIN-1 has evidence in the sample site');
    await putEvidence(h, 'priya', GRAVITY_EPIC, { schemaVersion: 2, revision: 1, records: [donor] });
    const panel = await panelOf(h, GRAVITY_EPIC);
    expect(panel.assessment.verdict).toBe('gravity');
    expect(panel.untrusted.map((u) => [u.record.id, u.trust])).toEqual([[donor.id, 'changed']]);
  });
});

describe('a signed record', () => {
  it.each([
    ['summary', (r: EvidenceRecord): EvidenceRecord => ({ ...r, summary: `${r.summary} (and more)` })],
    ['addedBy', (r: EvidenceRecord): EvidenceRecord => ({ ...r, addedBy: ALEX })],
    ['observedOn', (r: EvidenceRecord): EvidenceRecord => ({ ...r, observedOn: '2026-11-01' })],
    ['source.name', (r: EvidenceRecord): EvidenceRecord => ({ ...r, source: { ...r.source, name: 'Someone else' } })],
  ])('with its %s changed outside the app stops counting; the other records still count', async (_field, change) => {
    const h = resolverHarness();
    const before = await panelOf(h, 'CLIN-1');
    const value = stored(h, 'CLIN-1');
    expect(value.records.length).toBeGreaterThanOrEqual(2);
    const [first, ...rest] = value.records;
    if (first === undefined) throw new Error('no record');
    const { mac, ...record } = first;
    await putEvidence(h, 'priya', 'CLIN-1', { ...value, records: [{ ...change(record), mac }, ...rest] });

    const after = await panelOf(h, 'CLIN-1');
    expect(after.untrusted.map((u) => [u.record.id, u.trust])).toEqual([[first.id, 'changed']]);
    expect(after.assessment.evidence.map((e) => e.id)).toEqual(before.assessment.evidence.map((e) => e.id).filter((id) => id !== first.id));
  });

  it('with a removal stripped outside the app does not come back', async () => {
    const h = resolverHarness();
    const value = stored(h, 'CLIN-1');
    const first = value.records[0];
    if (first === undefined) throw new Error('no record');
    const removed = (await h.as('priya')('removeEvidence', { issueKey: 'CLIN-1', id: first.id })) as Envelope<PanelData>;
    expect(removed.ok).toBe(true);
    const signedRemoved = stored(h, 'CLIN-1');
    const records = signedRemoved.records.map((r) => {
      if (r.id !== first.id) return r;
      const { removedAt: _a, removedBy: _b, ...revived } = r;
      return revived;
    });
    await putEvidence(h, 'priya', 'CLIN-1', { ...signedRemoved, records });
    const panel = await panelOf(h, 'CLIN-1');
    expect(panel.assessment.evidence.map((e) => e.id)).not.toContain(first.id);
    expect(panel.untrusted.map((u) => [u.record.id, u.trust])).toEqual([[first.id, 'changed']]);
  });
});

describe('the indexed assessment', () => {
  const idOf = async (h: ResolverHarness, issueKey: string): Promise<string> => {
    const [raw] = await createJiraClient(h.site.transport('alex')).search({ jql: `key = ${issueKey}`, fields: ['summary'], pageSize: 1 });
    if (raw === undefined) throw new Error(`${issueKey} not found`);
    return raw.id;
  };

  it('a forged evidence PUT followed by a re-score leaves the verdict gravity', async () => {
    const h = resolverHarness();
    const kvs = withEvidenceKey(h.kvs, h.site.evidenceKey);
    const jira = createJiraClient(h.site.transport('alex'));
    await putEvidence(h, 'priya', GRAVITY_EPIC, { schemaVersion: 2, revision: 1, records: [forgedRecord()] });
    await rescoreItems(jira, kvs, [await idOf(h, GRAVITY_EPIC)], TODAY);
    expect(await jira.getIssueProperty(GRAVITY_EPIC, ASSESSMENT_PROPERTY_KEY)).toMatchObject({ verdict: 'gravity', freshEvidence: 0, evidence: 0 });
  });

  it('a tampered assessment property is overwritten by the next re-score', async () => {
    const h = resolverHarness();
    const kvs = withEvidenceKey(h.kvs, h.site.evidenceKey);
    const jira = createJiraClient(h.site.transport('alex'));
    const id = await idOf(h, GRAVITY_EPIC);
    await rescoreItems(jira, kvs, [id], TODAY);
    const trusted = await jira.getIssueProperty(GRAVITY_EPIC, ASSESSMENT_PROPERTY_KEY);
    expect(trusted).toMatchObject({ verdict: 'gravity' });
    // Priya makes the epic look aligned to JQL (`gravityVerdict = aligned`).
    await createJiraClient(h.site.transport('priya')).setIssueProperty(GRAVITY_EPIC, ASSESSMENT_PROPERTY_KEY, {
      ...(trusted as Record<string, unknown>),
      verdict: 'aligned',
      score: 95,
      evidence: 90,
      freshEvidence: 3,
    });
    const outcome = await rescoreItems(jira, kvs, [id], TODAY);
    expect(outcome.written).toBe(1);
    expect(await jira.getIssueProperty(GRAVITY_EPIC, ASSESSMENT_PROPERTY_KEY)).toEqual(trusted);
  });
});

describe('a person vouches for a record the app did not sign', () => {
  it('confirm signs it under their name and time, and it counts; sam cannot', async () => {
    const h = resolverHarness();
    await putEvidence(h, 'alex', GRAVITY_EPIC, { schemaVersion: 2, revision: 1, records: [forgedRecord()] });
    const refused = await h.as('sam')('confirmEvidence', { issueKey: GRAVITY_EPIC, id: 'forged-1' });
    expect(refused).toEqual({ ok: false, error: expect.objectContaining({ code: 'FORBIDDEN' }) });

    const confirmed = (await h.as('priya')('confirmEvidence', { issueKey: GRAVITY_EPIC, id: 'forged-1' })) as Envelope<PanelData>;
    if (!confirmed.ok) throw new Error(JSON.stringify(confirmed.error));
    expect(confirmed.data.untrusted).toEqual([]);
    expect(confirmed.data.assessment.evidence.map((e) => [e.id, e.addedBy, e.summary])).toEqual([['forged-1', PRIYA, forgedRecord().summary]]);
    expect(confirmed.data.assessment.verdict).toBe('unanchored');
  });

  it('older (version-1) evidence counts once confirmed: PAT-3 becomes aligned', async () => {
    const h = resolverHarness();
    const before = await panelOf(h, 'PAT-3');
    expect(before.assessment.verdict).toBe('ungrounded');
    expect(before.untrusted.length).toBeGreaterThan(0);
    let last: PanelData = before;
    for (const { record } of before.untrusted) {
      const r = (await h.as('priya')('confirmEvidence', { issueKey: 'PAT-3', id: record.id })) as Envelope<PanelData>;
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      last = r.data;
    }
    expect(last.untrusted).toEqual([]);
    expect(last.assessment.verdict).toBe('aligned');
  });

  it('editing a forged record re-signs it under the editor\'s name, never under the name it claimed', async () => {
    const h = resolverHarness();
    await putEvidence(h, 'priya', GRAVITY_EPIC, { schemaVersion: 2, revision: 1, records: [forgedRecord()] });
    const { id: _id, addedBy: _by, addedAt: _at, ...input } = forgedRecord();
    const edited = (await h.as('priya')('editEvidence', { issueKey: GRAVITY_EPIC, id: 'forged-1', evidence: { ...input, summary: 'Checked with Ward 9.' } })) as Envelope<PanelData>;
    if (!edited.ok) throw new Error(JSON.stringify(edited.error));
    expect(edited.data.assessment.evidence.map((e) => [e.id, e.addedBy])).toEqual([['forged-1', PRIYA]]);
  });

  it('removing and restoring a forged record never signs it', async () => {
    const h = resolverHarness();
    await putEvidence(h, 'priya', GRAVITY_EPIC, { schemaVersion: 2, revision: 1, records: [forgedRecord()] });
    expect(((await h.as('priya')('removeEvidence', { issueKey: GRAVITY_EPIC, id: 'forged-1' })) as Envelope<PanelData>).ok).toBe(true);
    const restored = (await h.as('priya')('restoreEvidence', { issueKey: GRAVITY_EPIC, id: 'forged-1' })) as Envelope<PanelData>;
    if (!restored.ok) throw new Error(JSON.stringify(restored.error));
    expect(restored.data.assessment.verdict).toBe('gravity');
    expect(restored.data.untrusted.map((u) => u.trust)).toEqual(['unsigned']);
    expect(stored(h, GRAVITY_EPIC).records[0]).not.toHaveProperty('mac');
  });

  it('a forged record claiming a web link does not stop that link being confirmed for real', async () => {
    const h = resolverHarness();
    // CLIN-3 has an unconfirmed research link 30001 (the sample site's suggested evidence).
    await putEvidence(h, 'priya', 'CLIN-3', { schemaVersion: 2, revision: 1, records: [forgedRecord({ fromLinkId: '30001' })] });
    const { url: _url, id: _id, addedBy: _by, addedAt: _at, fromLinkId: _link, ...evidence } = forgedRecord();
    const r = (await h.as('priya')('confirmSuggestion', { issueKey: 'CLIN-3', linkId: '30001', evidence })) as Envelope<PanelData>;
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.data.assessment.evidence.filter((e) => e.fromLinkId === '30001').map((e) => e.addedBy)).toEqual([PRIYA]);
  });
});

describe('the signing key', () => {
  it('is created once when many first writers race, and every signer agrees', async () => {
    const inner = createMemoryKeyValueStore();
    let stored = 0;
    // Counts the writes that took effect; a racer whose write did not must read the winner's key.
    const kvs = {
      ...inner,
      setSecretIfAbsent: async (key: string, value: unknown) => {
        const wrote = await inner.setSecretIfAbsent(key, value);
        if (wrote) stored += 1;
        return wrote;
      },
    };
    let made = 0;
    const signers = await Promise.all(
      Array.from({ length: 20 }, () =>
        readEvidenceSigner(kvs, () => {
          made += 1;
          return randomBytes(32);
        }),
      ),
    );
    expect(made).toBeGreaterThan(1); // the race is real: several writers made a key
    expect(stored).toBe(1); // and exactly one was kept
    const record = forgedRecord();
    const macs = new Set(signers.map((s) => s.sign('CLIN-1', record)));
    expect(macs.size).toBe(1);
    const again = await readEvidenceSigner(kvs);
    expect(again.sign('CLIN-1', record)).toBe([...macs][0]);
  });

  it('is kept as a secret, not as a plain value', async () => {
    const kvs = createMemoryKeyValueStore();
    await readEvidenceSigner(kvs);
    expect(await kvs.get(EVIDENCE_KEY_SECRET)).toBeUndefined();
    expect(typeof (await kvs.getSecret(EVIDENCE_KEY_SECRET))).toBe('string');
  });

  it('a damaged key is refused, never used', async () => {
    const kvs = createMemoryKeyValueStore();
    await kvs.setSecretIfAbsent(EVIDENCE_KEY_SECRET, 'short');
    await expect(readEvidenceSigner(kvs)).rejects.toThrow(/damaged/);
  });

  it('covers the issue key and the whole record in a canonical form (key order does not matter)', () => {
    const signer = createEvidenceSigner(randomBytes(32));
    const record = forgedRecord();
    // The same fields, written in reverse key order.
    const reordered = Object.fromEntries(Object.entries(record).reverse()) as EvidenceRecord;
    expect(Object.keys(reordered)).not.toEqual(Object.keys(record));
    expect(signer.check('CLIN-7', reordered, signer.sign('CLIN-7', record))).toBe('signed');
    expect(signer.check('CLIN-8', record, signer.sign('CLIN-7', record))).toBe('changed');
    expect(signedText('clin-7', record)).toBe(signedText('CLIN-7', record));
  });
});

describe('the front end', () => {
  it('never receives a mac or the key', async () => {
    const h = resolverHarness();
    const key = SAMPLE_EVIDENCE_KEY.toString('base64');
    const keyUrl = SAMPLE_EVIDENCE_KEY.toString('base64url');
    await putEvidence(h, 'priya', GRAVITY_EPIC, { schemaVersion: 2, revision: 1, records: [{ ...forgedRecord(), mac: `v1.${'B'.repeat(43)}` }] });
    const answers = [
      await h.as('alex')('getPanel', { issueKey: 'CLIN-1' }),
      await h.as('alex')('getPanel', { issueKey: GRAVITY_EPIC }),
      await h.as('priya')('addEvidence', { issueKey: 'CLIN-1', evidence: { kind: 'survey', source: { name: 'Pulse survey' }, observedOn: '2026-11-01', summary: 'Most want it.' } }),
      await h.as('priya')('confirmEvidence', { issueKey: GRAVITY_EPIC, id: 'forged-1' }),
      await h.as('alex')('getScopeReport', { scope: { kind: 'project', projectKey: 'CLIN' }, pi: 'current' }),
    ];
    for (const answer of answers) {
      expect(answer.ok).toBe(true);
      const text = JSON.stringify(answer);
      expect(text).not.toContain('"mac"');
      expect(text).not.toContain(key);
      expect(text).not.toContain(keyUrl);
    }
    // The stored value does carry them (so the test above is not vacuous).
    expect(JSON.stringify(stored(h, 'CLIN-1'))).toContain('"mac"');
  });

  it('the shared record type has no mac field (compile time)', () => {
    type HasMac = 'mac' extends keyof EvidenceRecord ? true : false;
    const hasMac: HasMac = false;
    expect(hasMac).toBe(false);
    expect(EVIDENCE_KEY_SECRET).not.toContain(SAMPLE_EVIDENCE_KEY.toString('base64'));
  });
});
