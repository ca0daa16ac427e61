import type { RegisterEntry } from '../../src/shared/decision';
import { createMemoryKeyValueStore } from '../../src/storage/key-value-store';
import { addRegisterEntry, listRegister, readRegister, registerKey } from '../../src/storage/register-store';

const entry = (issueKey: string, version: number, decidedAt: string): RegisterEntry => ({
  issueKey,
  summary: `Summary of ${issueKey}`,
  projectKey: issueKey.split('-')[0] ?? '',
  pi: 'PI 26.4',
  rationale: 'Nobody could name who needs it this PI.',
  decidedBy: { accountId: 'acc-priya', displayName: 'Priya Nair' },
  decidedAt,
  version,
  verdictAtDecision: 'gravity',
  removedFromPi: ['PI 26.4'],
});

describe('not-doing register (app storage)', () => {
  it('stores one value per drop under register:<PROJECT>:<ISSUE>:<version>, inside the KVS key rules', async () => {
    const kvs = createMemoryKeyValueStore();
    await addRegisterEntry(kvs, entry('PAT-5', 2, '2026-11-26T10:00:00.000Z'));
    expect(kvs.keys()).toEqual(['register:PAT:PAT-5:000002']);
    // FORGE-NOTES: key ≤500 characters of [a-zA-Z0-9:._\s-#].
    expect(registerKey(entry('PAT-5', 2, ''))).toMatch(/^(?!\s+$)[a-zA-Z0-9:._\s\-#]{1,500}$/);
  });

  it('lists the projects asked for, newest first; a second drop of an item is another entry', async () => {
    const kvs = createMemoryKeyValueStore();
    await addRegisterEntry(kvs, entry('PAT-5', 1, '2026-11-20T10:00:00.000Z'));
    await addRegisterEntry(kvs, entry('PAT-5', 3, '2026-11-26T10:00:00.000Z'));
    await addRegisterEntry(kvs, entry('CLIN-7', 1, '2026-11-22T10:00:00.000Z'));
    await addRegisterEntry(kvs, entry('OPS-1', 1, '2026-11-25T10:00:00.000Z'));
    expect((await listRegister(kvs, ['PAT', 'CLIN'])).map((e) => `${e.issueKey}/${e.version}`)).toEqual(['PAT-5/3', 'CLIN-7/1', 'PAT-5/1']);
  });

  it('skips and counts values it cannot read, and never crashes on them', async () => {
    const kvs = createMemoryKeyValueStore();
    await addRegisterEntry(kvs, entry('PAT-5', 1, '2026-11-20T10:00:00.000Z'));
    await kvs.set('register:PAT:PAT-6:000001', { issueKey: 'PAT-6' });
    await kvs.set('register:PAT:PAT-7:000001', 'garbage');
    const read = await readRegister(kvs, ['PAT']);
    expect(read.entries.map((e) => e.issueKey)).toEqual(['PAT-5']);
    expect(read.unreadable).toBe(2);
  });

  it('refuses to store an entry that does not match its schema', async () => {
    const kvs = createMemoryKeyValueStore();
    await expect(addRegisterEntry(kvs, { ...entry('PAT-5', 1, ''), version: 0 })).rejects.toThrow();
    expect(kvs.keys()).toEqual([]);
  });
});
