import { createEvidenceSigner } from '../../src/jira/evidence-mac';
import { createJiraClient } from '../../src/jira/create-client';
import { EVIDENCE_PROPERTY_KEY } from '../../src/shared/evidence';
import { AppError } from '../../src/shared/result';
import {
  addEvidenceRecord,
  editEvidenceRecord,
  PROPERTY_MAX_CHARS,
  removeEvidenceRecord,
  restoreEvidenceRecord,
  type EvidenceStoreDeps,
} from '../../src/storage/evidence-store';
import { createMemoryKeyValueStore, type KeyValueStore } from '../../src/storage/key-value-store';
import type { JiraTransport } from '../../src/jira/transport';
import { record } from './support/evidence-fixtures';
import { dataOf, errorOf, harness } from './support/resolver-harness';
import { pausing, settle } from './support/pausing-transport';
import { createPropertySite } from './support/property-transport';

const ISSUE = 'CLIN-101';
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
let ids = 0;
const TEST_SIGNER = createEvidenceSigner(Buffer.alloc(32, 7));

const storeOver = (transport: JiraTransport, kvs: KeyValueStore, now = '2026-11-26T10:00:00.000Z'): EvidenceStoreDeps => ({
  client: createJiraClient(transport, { sleep: async () => undefined }),
  kvs,
  now: () => now,
  lock: { sleep: tick, newId: () => `lock-${(ids += 1)}`, maxAttempts: 10_000 },
  signer: TEST_SIGNER,
});

const stored = (site: ReturnType<typeof createPropertySite>) =>
  site.raw(ISSUE, EVIDENCE_PROPERTY_KEY) as { schemaVersion: number; revision: number; records: { id: string }[] };

const thrown = async (promise: Promise<unknown>): Promise<AppError> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
};

describe('evidence store', () => {
  it('stores the first record as version 2 with revision 1 and bumps the revision on every change', async () => {
    const site = createPropertySite([ISSUE]);
    const store = storeOver(site.transport, createMemoryKeyValueStore());
    await addEvidenceRecord(store, ISSUE, record('a'));
    expect(stored(site)).toEqual({ schemaVersion: 2, revision: 1, records: [{ ...record('a'), mac: TEST_SIGNER.sign(ISSUE, record('a')) }] });
    await addEvidenceRecord(store, ISSUE, record('b'));
    expect(stored(site).revision).toBe(2);
    expect(stored(site).records.map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('keeps both records when two adds interleave at every request of the first one', async () => {
    const probe = createPropertySite([ISSUE]);
    await addEvidenceRecord(storeOver(probe.transport, createMemoryKeyValueStore()), ISSUE, record('probe'));
    const requestsPerAdd = probe.log.length;
    expect(requestsPerAdd).toBeGreaterThanOrEqual(3);

    for (let pauseAt = 0; pauseAt <= requestsPerAdd; pauseAt += 1) {
      const site = createPropertySite([ISSUE]);
      const kvs = createMemoryKeyValueStore();
      const first = pausing(site.transport, pauseAt);
      const second = pausing(site.transport);
      const a = addEvidenceRecord(storeOver(first.transport, kvs), ISSUE, record('a'));
      await settle();
      const b = addEvidenceRecord(storeOver(second.transport, kvs), ISSUE, record('b'));
      await settle();
      first.release();
      await Promise.all([a, b]);
      expect(stored(site).records.map((r) => r.id).sort()).toEqual(['a', 'b']);
    }
  });

  it('would lose a record without the lock (the interleaving test can fail)', async () => {
    const site = createPropertySite([ISSUE]);
    const noLock: KeyValueStore = { ...createMemoryKeyValueStore(), setIfAbsent: async () => true };
    const first = pausing(site.transport, 1);
    const a = addEvidenceRecord(storeOver(first.transport, noLock), ISSUE, record('a'));
    await settle();
    await addEvidenceRecord(storeOver(site.transport, noLock), ISSUE, record('b'));
    first.release();
    await a;
    expect(stored(site).records.map((r) => r.id)).toEqual(['a']);
  });

  it('keeps both records when the second add starts first and pauses at each of its requests', async () => {
    for (let pauseAt = 0; pauseAt <= 5; pauseAt += 1) {
      const site = createPropertySite([ISSUE]);
      const kvs = createMemoryKeyValueStore();
      const early = pausing(site.transport, pauseAt);
      const late = pausing(site.transport, 0);
      const b = addEvidenceRecord(storeOver(early.transport, kvs), ISSUE, record('b'));
      const a = addEvidenceRecord(storeOver(late.transport, kvs), ISSUE, record('a'));
      await settle();
      late.release();
      await settle();
      early.release();
      await Promise.all([a, b]);
      expect(stored(site).records.map((r) => r.id).sort()).toEqual(['a', 'b']);
    }
  });

  it('keeps all 20 records added concurrently to one epic', async () => {
    const site = createPropertySite([ISSUE]);
    const kvs = createMemoryKeyValueStore();
    const adds = Array.from({ length: 20 }, (_, i) => addEvidenceRecord(storeOver(site.transport, kvs), ISSUE, record(`r${i}`)));
    await Promise.all(adds);
    expect(stored(site).records).toHaveLength(20);
    expect(stored(site).revision).toBe(20);
    expect(kvs.keys()).toEqual([]);
  });

  it('answers CONFLICT and writes nothing when the lock stays taken', async () => {
    const site = createPropertySite([ISSUE]);
    const kvs = createMemoryKeyValueStore();
    await kvs.setIfAbsent(`lock:evidence:${ISSUE}`, 'someone-else', 30);
    const store = { ...storeOver(site.transport, kvs), lock: { sleep: tick, newId: () => 'me', maxAttempts: 3 } };
    expect((await thrown(addEvidenceRecord(store, ISSUE, record('a')))).code).toBe('CONFLICT');
    expect(site.log).toHaveLength(0);
    expect(await kvs.get(`lock:evidence:${ISSUE}`)).toBe('someone-else');
  });

  it('takes the lock over once a crashed holder’s TTL has passed', async () => {
    let clock = 0;
    const site = createPropertySite([ISSUE]);
    const kvs = createMemoryKeyValueStore(() => clock);
    await kvs.setIfAbsent(`lock:evidence:${ISSUE}`, 'crashed', 30);
    const store = {
      ...storeOver(site.transport, kvs),
      lock: { sleep: async (ms: number) => void (clock += ms), newId: () => 'me', maxAttempts: 200 },
    };
    await addEvidenceRecord(store, ISSUE, record('a'));
    expect(stored(site).records.map((r) => r.id)).toEqual(['a']);
  });

  it('refuses a value over 32,768 characters with PROPERTY_FULL, never truncating', async () => {
    const site = createPropertySite([ISSUE]);
    const store = storeOver(site.transport, createMemoryKeyValueStore());
    const long = (i: number) => record(`r${i}`, { summary: `${'x'.repeat(480)} ${i}` });
    let added = 0;
    let error: AppError | undefined;
    while (error === undefined) {
      try {
        await addEvidenceRecord(store, ISSUE, long(added));
        added += 1;
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        error = e;
      }
    }
    expect(error.code).toBe('PROPERTY_FULL');
    expect(error.message).toMatch(/32768/);
    expect(stored(site).records).toHaveLength(added);
    expect(JSON.stringify(stored(site)).length).toBeLessThanOrEqual(PROPERTY_MAX_CHARS);
  });

  it('purges records removed more than 30 days ago only when space is needed', async () => {
    const site = createPropertySite([ISSUE]);
    const old = Array.from({ length: 60 }, (_, i) =>
      record(`old${i}`, { summary: 'y'.repeat(480), removedAt: '2026-09-01T00:00:00.000Z', removedBy: 'acct-alex' }),
    );
    const recent = record('recent', { removedAt: '2026-11-20T00:00:00.000Z', removedBy: 'acct-alex' });
    site.put(ISSUE, EVIDENCE_PROPERTY_KEY, { schemaVersion: 2, revision: 7, records: [...old.slice(0, 10), recent] });
    const store = storeOver(site.transport, createMemoryKeyValueStore());
    await addEvidenceRecord(store, ISSUE, record('small'));
    expect(stored(site).records).toHaveLength(12);

    const big = record('big', { summary: 'z'.repeat(500) });
    const size = (records: unknown[]) => JSON.stringify({ schemaVersion: 2, revision: 8, records }).length;
    let count = 10;
    while (count < old.length && size([...old.slice(0, count + 1), recent]) <= PROPERTY_MAX_CHARS) count += 1;
    expect(size([...old.slice(0, count), recent, big])).toBeGreaterThan(PROPERTY_MAX_CHARS);
    site.put(ISSUE, EVIDENCE_PROPERTY_KEY, { schemaVersion: 2, revision: 7, records: [...old.slice(0, count), recent] });
    await addEvidenceRecord(store, ISSUE, big);
    const ids = stored(site).records.map((r) => r.id);
    expect(ids).toEqual(['recent', 'big']);
  });

  it('upgrades an old version-1 value on the next write, keeping every field', async () => {
    const site = createPropertySite([ISSUE]);
    const v1 = {
      items: [
        { type: 'Interview', link: 'https://research.example.org/v1/1', who: 'Dr. Osei', date: '2026-03-02', note: 'Paper handover sheets get lost.' },
        { type: 'survey', who: 'Ward 4B', date: '2025-12-10', note: 'Nine in ten want one login.' },
      ],
    };
    site.put(ISSUE, EVIDENCE_PROPERTY_KEY, v1);
    await addEvidenceRecord(storeOver(site.transport, createMemoryKeyValueStore()), ISSUE, record('new'));
    const after = stored(site) as unknown as { schemaVersion: number; revision: number; records: Record<string, unknown>[] };
    expect(after.schemaVersion).toBe(2);
    expect(after.revision).toBe(1);
    expect(after.records).toHaveLength(3);
    expect(after.records[0]).toMatchObject({
      kind: 'interview',
      url: 'https://research.example.org/v1/1',
      source: { name: 'Dr. Osei' },
      observedOn: '2026-03-02',
      summary: 'Paper handover sheets get lost.',
    });
    expect(after.records[1]).toMatchObject({ kind: 'survey', source: { name: 'Ward 4B' }, observedOn: '2025-12-10', summary: 'Nine in ten want one login.' });
    expect(after.records[1]).not.toHaveProperty('url');
    expect(after.records[2]).toEqual({ ...record('new'), mac: TEST_SIGNER.sign(ISSUE, record('new')) });
    // The upgraded version-1 records predate signing: they stay unsigned (they count only once confirmed).
    expect(after.records[0]).not.toHaveProperty('mac');
  });

  it('never overwrites a value it cannot read', async () => {
    const site = createPropertySite([ISSUE]);
    site.put(ISSUE, EVIDENCE_PROPERTY_KEY, { something: 'else' });
    const error = await thrown(addEvidenceRecord(storeOver(site.transport, createMemoryKeyValueStore()), ISSUE, record('a')));
    expect(error.code).toBe('JIRA_BAD_RESPONSE');
    expect(site.raw(ISSUE, EVIDENCE_PROPERTY_KEY)).toEqual({ something: 'else' });
  });

  it('edits what was typed, keeping who added it; removes softly and restores', async () => {
    const site = createPropertySite([ISSUE]);
    const store = storeOver(site.transport, createMemoryKeyValueStore());
    await addEvidenceRecord(store, ISSUE, record('a', { fromLinkId: '10042' }));
    await editEvidenceRecord(store, ISSUE, 'a', {
      kind: 'observation',
      source: { name: 'Ward 7' },
      observedOn: '2026-10-01',
      summary: 'Shadowed the night shift.',
    }, 'acct-alex');
    expect(stored(site).records[0]).toEqual({
      mac: expect.stringMatching(/^v1\./),
      id: 'a',
      kind: 'observation',
      source: { name: 'Ward 7' },
      observedOn: '2026-10-01',
      summary: 'Shadowed the night shift.',
      addedBy: 'acct-priya',
      addedAt: '2026-10-01T09:00:00.000Z',
      fromLinkId: '10042',
    });
    await removeEvidenceRecord(store, ISSUE, 'a', 'acct-sam');
    expect(stored(site).records[0]).toMatchObject({ id: 'a', removedAt: '2026-11-26T10:00:00.000Z', removedBy: 'acct-sam' });
    expect((await thrown(editEvidenceRecord(store, ISSUE, 'a', { kind: 'survey', source: { name: 'x' }, observedOn: '2026-10-01', summary: 's' }, 'acct-alex'))).code).toBe('NOT_FOUND');
    await restoreEvidenceRecord(store, ISSUE, 'a');
    expect(stored(site).records[0]).not.toHaveProperty('removedAt');
    expect(stored(site).records[0]).not.toHaveProperty('removedBy');
    expect((await thrown(restoreEvidenceRecord(store, ISSUE, 'nope'))).code).toBe('NOT_FOUND');
  });

  it('does not add a web link confirmed twice', async () => {
    const site = createPropertySite([ISSUE]);
    const store = storeOver(site.transport, createMemoryKeyValueStore());
    await addEvidenceRecord(store, ISSUE, record('a', { fromLinkId: '10042' }));
    await addEvidenceRecord(store, ISSUE, record('b', { fromLinkId: '10042' }));
    expect(stored(site).records.map((r) => r.id)).toEqual(['a']);
  });

  it('answers NOT_FOUND for an issue Jira does not show', async () => {
    const site = createPropertySite([ISSUE]);
    const error = await thrown(addEvidenceRecord(storeOver(site.transport, createMemoryKeyValueStore()), 'CLIN-999', record('a')));
    expect(error.code).toBe('NOT_FOUND');
  });
});

describe('figures and units: adoption and outcome evidence only', () => {
  const adoption = (id: string) => record(id, { kind: 'adoption', figure: 212, unit: 'weekly active users', summary: 'The bed board is opened every weekday.' });

  it('stores and signs an adoption record with its figure and unit, and an outcome record with a figure alone', async () => {
    const site = createPropertySite([ISSUE]);
    const store = storeOver(site.transport, createMemoryKeyValueStore());
    await addEvidenceRecord(store, ISSUE, adoption('a'));
    const outcome = record('o', { kind: 'outcome', figure: -18 });
    await addEvidenceRecord(store, ISSUE, outcome);
    expect(stored(site).records).toEqual([
      { ...adoption('a'), mac: TEST_SIGNER.sign(ISSUE, adoption('a')) },
      { ...outcome, mac: TEST_SIGNER.sign(ISSUE, outcome) },
    ]);
  });

  it.each([
    ['a figure on an interview', record('x', { figure: 3 }), ['evidence', 'figure'], /Choose Adoption or Outcome/],
    ['a unit on a survey', record('x', { kind: 'survey', unit: 'responses' }), ['evidence', 'unit'], /Choose Adoption or Outcome/],
    ['a unit without its figure', record('x', { kind: 'adoption', unit: 'weekly active users' }), ['evidence', 'figure'], /Enter the figure, or leave the unit empty/],
  ])('refuses %s with BAD_PAYLOAD at the field, before reading or writing anything', async (_case, bad, path, action) => {
    const site = createPropertySite([ISSUE]);
    const error = await thrown(addEvidenceRecord(storeOver(site.transport, createMemoryKeyValueStore()), ISSUE, bad));
    expect(error.code).toBe('BAD_PAYLOAD');
    expect(error.issues).toEqual([{ path, message: expect.any(String) }]);
    expect(error.message).toMatch(action);
    expect(error.message).toMatch(/^Nothing was saved on CLIN-101: /);
    expect(site.log).toHaveLength(0);
  });

  it('an edit replaces the figure and unit with what was typed: another kind drops them, and cannot bring one', async () => {
    const site = createPropertySite([ISSUE]);
    const store = storeOver(site.transport, createMemoryKeyValueStore());
    await addEvidenceRecord(store, ISSUE, adoption('a'));
    const typed = { kind: 'interview', source: { name: 'Ward 7' }, observedOn: '2026-10-01', summary: 'Asked the night shift.' } as const;
    await editEvidenceRecord(store, ISSUE, 'a', typed, 'acct-alex');
    expect(stored(site).records[0]).not.toHaveProperty('figure');
    expect(stored(site).records[0]).not.toHaveProperty('unit');
    expect(stored(site).records[0]).toMatchObject({ ...typed, id: 'a' });

    const writes = site.log.length;
    const error = await thrown(editEvidenceRecord(store, ISSUE, 'a', { ...typed, figure: 40 }, 'acct-alex'));
    expect(error.code).toBe('BAD_PAYLOAD');
    expect(error.issues?.[0]?.path).toEqual(['evidence', 'figure']);
    expect(site.log).toHaveLength(writes);

    await editEvidenceRecord(store, ISSUE, 'a', { ...typed, kind: 'outcome', figure: 3.5 }, 'acct-alex');
    expect(stored(site).records[0]).toMatchObject({ kind: 'outcome', figure: 3.5 });
    expect(stored(site).records[0]).not.toHaveProperty('unit');
  });
});

describe('figures and units in the evidence resolvers', () => {
  const EVIDENCE = { kind: 'interview', source: { name: 'Ward 7 nurses' }, observedOn: '2026-10-12', summary: 'Nurses copy the handover sheet by hand.' } as const;
  /** Also looks like patient data: the figure is refused first, as a payload that does not match its schema is. */
  const WITH_FIGURE = { ...EVIDENCE, summary: 'Nurse read out MRN 1234567.', figure: 3, unit: 'sheets' };

  it('refuses a figure on another kind in add, edit and confirm-suggestion with BAD_PAYLOAD at evidence.figure, writing nothing', async () => {
    const { call, site } = harness('priya');
    const added = dataOf(await call('addEvidence', { issueKey: 'CLIN-2', evidence: EVIDENCE }));
    const id = added.assessment.evidence.find((e) => e.summary === EVIDENCE.summary)?.id ?? '';
    const before = site.dump();
    for (const [key, payload] of [
      ['addEvidence', { issueKey: 'CLIN-2', evidence: WITH_FIGURE }],
      ['editEvidence', { issueKey: 'CLIN-2', id, evidence: WITH_FIGURE }],
      ['confirmSuggestion', { issueKey: 'CLIN-10', linkId: '30002', evidence: WITH_FIGURE }],
    ] as const) {
      const error = errorOf(await call(key, payload));
      expect([key, error.code, error.issues]).toEqual([key, 'BAD_PAYLOAD', [{ path: ['evidence', 'figure'], message: 'Only adoption and outcome evidence has a figure' }]]);
    }
    expect(site.dump()).toBe(before);
  });

  it('adds adoption evidence with its figure and unit, shown in the panel; a web link confirmed as outcome evidence keeps its figure', async () => {
    const { call } = harness('priya');
    const evidence = { ...EVIDENCE, kind: 'adoption', summary: 'Opened by ward staff every weekday.', figure: 212, unit: 'weekly active users' } as const;
    const panel = dataOf(await call('addEvidence', { issueKey: 'CLIN-2', evidence }));
    expect(panel.assessment.evidence.find((e) => e.summary === evidence.summary)).toMatchObject({ kind: 'adoption', figure: 212, unit: 'weekly active users', isFieldEvidence: true });
    const confirmed = dataOf(await call('confirmSuggestion', { issueKey: 'CLIN-10', linkId: '30002', evidence: { ...evidence, kind: 'outcome', figure: -18, unit: '% readmissions' } }));
    expect(confirmed.assessment.evidence.find((e) => e.fromLinkId === '30002')).toMatchObject({ kind: 'outcome', figure: -18, unit: '% readmissions' });
  });

  it('guards the unit like other free text: patient data there is PHI_SUSPECTED at evidence.unit', async () => {
    const { call } = harness('priya');
    const evidence = { ...EVIDENCE, kind: 'adoption', figure: 1, unit: 'call 07700 900123' } as const;
    const error = errorOf(await call('addEvidence', { issueKey: 'CLIN-2', evidence }));
    expect(error.code).toBe('PHI_SUSPECTED');
    expect(error.issues).toEqual([{ path: ['evidence', 'unit'], message: expect.stringContaining('a phone number') }]);
  });
});
