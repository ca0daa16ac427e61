import { createJiraClient } from '../../src/jira/create-client';
import { createEvidenceSigner, signedText } from '../../src/jira/evidence-mac';
import { evidencePropertyFromValue } from '../../src/jira/map-evidence';
import { readEvidenceRecordFast } from '../../src/jira/schemas/evidence-record-fast';
import { EVIDENCE_PROPERTY_KEY, EvidenceRecordSchema, type EvidenceRecord } from '../../src/shared/evidence';
import { addEvidenceRecord, type EvidenceStoreDeps, type StoredEvidenceV2 } from '../../src/storage/evidence-store';
import { createMemoryKeyValueStore } from '../../src/storage/key-value-store';
import { createPropertySite, type PropertySite } from '../forge/support/property-transport';

/**
 * The lossless upgrade to outcome evidence (issue 12): evidence stored before
 * the kinds `adoption` and `outcome` (and their figure and unit) existed reads
 * exactly as it read then, and a change that adds an adoption record leaves
 * every older record byte for byte as it was, its signature included.
 *
 * The fixtures are frozen: each value was written, and each read taken, by the
 * code of commit 2778c0b (the last before these kinds), with the key below.
 * V2_BEFORE is what that app's evidence store sent Jira after three adds (one
 * confirmed from a web link) and a removal, with one record put there outside
 * the app (no signature); V1_BEFORE is the oldest format.
 */

const ISSUE = 'CLIN-101';
const KEY = Buffer.from('factory-gravity evidence upgrade fixture key, 32+ bytes');
const signer = createEvidenceSigner(KEY);

const V2_BEFORE =
  '{"schemaVersion":2,"revision":4,"records":[{"kind":"interview","url":"https://research.example.org/notes/ward-4b","source":{"name":"Ward 4B night nurses","role":"Charge nurse","site":"Riverside General"},"observedOn":"2026-05-20","summary":"Nurses keep a paper list of discharges because the bed board lags by hours.","id":"ev-1","addedBy":"acct-priya","addedAt":"2026-06-01T09:00:00.000Z","mac":"v1.ipsEkFIPipaoBe1gitHpoelOTHq911HuEKmFV8kOVuY"},{"kind":"survey","source":{"name":"Pulse survey, 212 ward staff"},"observedOn":"2026-05-28","summary":"Most want one login for the bed board.","id":"ev-2","addedBy":"acct-alex","addedAt":"2026-06-03T11:30:00.000Z","removedAt":"2026-06-05T08:00:00.000Z","removedBy":"acct-sam","mac":"v1.g66Oa4Jqh08eQj-YB3vKa-ZsKtdiyTe_-aTFeGQbYsU"},{"kind":"analytics","url":"https://wiki.example.org/bed-board/usage","source":{"name":"Bed board logs"},"observedOn":"2026-06-02","summary":"Discharges entered 3 hours late on average.","id":"ev-3","addedBy":"acct-priya","addedAt":"2026-06-04T08:00:00.000Z","fromLinkId":"10042","mac":"v1.kYtRv8ftX3oOZbTohoEOZOHej7flU_ROuPhRORtnHZQ"},{"kind":"stakeholder-request","source":{"name":"Chief nursing officer"},"observedOn":"2026-06-01","summary":"Asked for a discharge dashboard.","id":"ev-4","addedBy":"acct-dana","addedAt":"2026-06-05T10:00:00.000Z"}]}';
/** JSON.stringify of the records that code read from V2_BEFORE. */
const V2_READ_BEFORE =
  '[{"kind":"interview","url":"https://research.example.org/notes/ward-4b","source":{"name":"Ward 4B night nurses","role":"Charge nurse","site":"Riverside General"},"observedOn":"2026-05-20","summary":"Nurses keep a paper list of discharges because the bed board lags by hours.","id":"ev-1","addedBy":"acct-priya","addedAt":"2026-06-01T09:00:00.000Z"},{"kind":"survey","source":{"name":"Pulse survey, 212 ward staff"},"observedOn":"2026-05-28","summary":"Most want one login for the bed board.","id":"ev-2","addedBy":"acct-alex","addedAt":"2026-06-03T11:30:00.000Z","removedAt":"2026-06-05T08:00:00.000Z","removedBy":"acct-sam"},{"kind":"analytics","url":"https://wiki.example.org/bed-board/usage","source":{"name":"Bed board logs"},"observedOn":"2026-06-02","summary":"Discharges entered 3 hours late on average.","id":"ev-3","addedBy":"acct-priya","addedAt":"2026-06-04T08:00:00.000Z","fromLinkId":"10042"},{"kind":"stakeholder-request","source":{"name":"Chief nursing officer"},"observedOn":"2026-06-01","summary":"Asked for a discharge dashboard.","id":"ev-4","addedBy":"acct-dana","addedAt":"2026-06-05T10:00:00.000Z"}]';
const V2_MACS_BEFORE: readonly (readonly [string, string])[] = [
  ['ev-1', 'v1.ipsEkFIPipaoBe1gitHpoelOTHq911HuEKmFV8kOVuY'],
  ['ev-2', 'v1.g66Oa4Jqh08eQj-YB3vKa-ZsKtdiyTe_-aTFeGQbYsU'],
  ['ev-3', 'v1.kYtRv8ftX3oOZbTohoEOZOHej7flU_ROuPhRORtnHZQ'],
];

const V1_BEFORE =
  '{"items":[{"type":"Interview","link":"https://research.example.org/v1/1","who":"Dr. Osei","date":"2026-03-02","note":"Paper handover sheets get lost."},{"type":"survey","link":" ","who":"Ward 4B","date":"2025-12-10","note":"Nine in ten want one login."},{"type":"observation","who":"  Night shift  ","date":"2026-01-15","note":" Shadowed the 2am handover. "}]}';
/** JSON.stringify of the records that code upgraded V1_BEFORE to. */
const V1_READ_BEFORE =
  '[{"kind":"interview","url":"https://research.example.org/v1/1","source":{"name":"Dr. Osei"},"observedOn":"2026-03-02","summary":"Paper handover sheets get lost.","id":"v1-03c96e9627558b71","addedBy":"unknown","addedAt":"2026-03-02"},{"kind":"survey","source":{"name":"Ward 4B"},"observedOn":"2025-12-10","summary":"Nine in ten want one login.","id":"v1-15c3c74139693e02","addedBy":"unknown","addedAt":"2025-12-10"},{"kind":"observation","source":{"name":"Night shift"},"observedOn":"2026-01-15","summary":"Shadowed the 2am handover.","id":"v1-b9eb290897c606d9","addedBy":"unknown","addedAt":"2026-01-15"}]';

const ADOPTION: EvidenceRecord = {
  kind: 'adoption',
  url: 'https://wiki.example.org/bed-board/usage-november',
  source: { name: 'Bed board analytics' },
  observedOn: '2026-11-20',
  summary: 'Opened by ward staff every weekday since go-live.',
  figure: 212,
  unit: 'weekly active users',
  id: 'ev-5',
  addedBy: 'acct-priya',
  addedAt: '2026-11-26T10:00:00.000Z',
};

let lockIds = 0;
const storeOver = (site: PropertySite): EvidenceStoreDeps => ({
  client: createJiraClient(site.transport, { sleep: async () => undefined }),
  kvs: createMemoryKeyValueStore(),
  now: () => '2026-11-26T10:00:00.000Z',
  lock: { sleep: async () => undefined, newId: () => `lock-${(lockIds += 1)}`, maxAttempts: 100 },
  signer,
});

/** The value of the last write to the evidence property, as sent to Jira. */
const lastWrite = (site: PropertySite): StoredEvidenceV2 => {
  const put = site.log.filter((r) => r.method === 'PUT' && r.path.endsWith(`/properties/${EVIDENCE_PROPERTY_KEY}`)).pop();
  if (put === undefined) throw new Error('nothing was written');
  return put.body as StoredEvidenceV2;
};

const trusts = (value: unknown): [string, string][] => {
  const read = evidencePropertyFromValue(value);
  return read.records.map((r) => [r.id, signer.check(ISSUE, r, read.macs.get(r.id))]);
};

describe('evidence stored before outcome evidence existed', () => {
  it('reads a version-2 value exactly as it read then: the same records, key for key, the same signatures and revision', () => {
    const read = evidencePropertyFromValue(JSON.parse(V2_BEFORE));
    expect(JSON.stringify(read.records)).toBe(V2_READ_BEFORE);
    expect([...read.macs]).toEqual(V2_MACS_BEFORE);
    expect(read).toMatchObject({ schemaVersion: 2, revision: 4, problems: [] });
  });

  it('reads each of its records on the fast path and through the schema alike, with no figure or unit added', () => {
    const { records } = JSON.parse(V2_BEFORE) as { records: Record<string, unknown>[] };
    for (const { mac: _mac, ...body } of records) {
      const fast = readEvidenceRecordFast(body);
      expect(fast).not.toBeNull();
      expect(JSON.stringify(fast)).toBe(JSON.stringify(EvidenceRecordSchema.parse(body)));
      expect(fast).not.toHaveProperty('figure');
      expect(fast).not.toHaveProperty('unit');
    }
  });

  it('still verifies the signatures made then; absent figure and unit keys leave the signed text as it was', () => {
    expect(trusts(JSON.parse(V2_BEFORE))).toEqual([
      ['ev-1', 'signed'],
      ['ev-2', 'signed'],
      ['ev-3', 'signed'],
      ['ev-4', 'unsigned'],
    ]);
    const read = evidencePropertyFromValue(JSON.parse(V2_BEFORE));
    for (const record of read.records) {
      expect(signedText(ISSUE, { ...record, figure: undefined, unit: undefined })).toBe(signedText(ISSUE, record));
      const mac = read.macs.get(record.id);
      if (mac !== undefined) expect(signer.sign(ISSUE, record)).toBe(mac);
    }
  });

  it('reads a version-1 value exactly as it was upgraded then', () => {
    const read = evidencePropertyFromValue(JSON.parse(V1_BEFORE));
    expect(JSON.stringify(read.records)).toBe(V1_READ_BEFORE);
    expect(read).toMatchObject({ schemaVersion: 1, revision: 0, problems: [] });
    expect(read.macs.size).toBe(0);
  });

  it('adding an adoption record keeps every older record byte for byte, its signature included, and signs the new one', async () => {
    const site = createPropertySite([ISSUE]);
    site.put(ISSUE, EVIDENCE_PROPERTY_KEY, JSON.parse(V2_BEFORE));
    await addEvidenceRecord(storeOver(site), ISSUE, ADOPTION);

    const before = (JSON.parse(V2_BEFORE) as { records: unknown[] }).records;
    const written = lastWrite(site);
    expect(written.revision).toBe(5);
    expect(written.records).toHaveLength(before.length + 1);
    before.forEach((old, i) => expect(JSON.stringify(written.records[i])).toBe(JSON.stringify(old)));
    expect(written.records[before.length]).toEqual({ ...ADOPTION, mac: signer.sign(ISSUE, ADOPTION) });

    expect(trusts(site.raw(ISSUE, EVIDENCE_PROPERTY_KEY))).toEqual([
      ['ev-1', 'signed'],
      ['ev-2', 'signed'],
      ['ev-3', 'signed'],
      ['ev-4', 'unsigned'],
      ['ev-5', 'signed'],
    ]);
    const read = evidencePropertyFromValue(site.raw(ISSUE, EVIDENCE_PROPERTY_KEY));
    expect(JSON.stringify(read.records.slice(0, before.length))).toBe(V2_READ_BEFORE);
    expect(read.records[before.length]).toMatchObject({ kind: 'adoption', figure: 212, unit: 'weekly active users' });
  });

  it('adding an outcome record to a version-1 value writes the upgraded records as they read then, unsigned', async () => {
    const site = createPropertySite([ISSUE]);
    site.put(ISSUE, EVIDENCE_PROPERTY_KEY, JSON.parse(V1_BEFORE));
    const outcome: EvidenceRecord = { ...ADOPTION, id: 'ev-6', kind: 'outcome', figure: -18, unit: '% readmissions' };
    await addEvidenceRecord(storeOver(site), ISSUE, outcome);

    const written = lastWrite(site);
    expect(written).toMatchObject({ schemaVersion: 2, revision: 1 });
    expect(JSON.stringify(written.records.slice(0, 3))).toBe(V1_READ_BEFORE);
    expect(trusts(site.raw(ISSUE, EVIDENCE_PROPERTY_KEY)).map(([, trust]) => trust)).toEqual(['unsigned', 'unsigned', 'unsigned', 'signed']);
  });
});
