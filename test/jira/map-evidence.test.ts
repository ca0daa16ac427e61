import fc from 'fast-check';
import { EvidenceRecordSchema } from '../../src/shared/evidence';
import { evidencePropertyFromValue, upgradeV1Item } from '../../src/jira/map-evidence';

const v2Record = {
  id: 'r1',
  kind: 'interview',
  url: 'https://research.example.org/notes/1',
  source: { name: 'Ward 4B nurses', role: 'Charge nurse' },
  observedOn: '2026-05-04',
  summary: 'Handover takes 40 minutes',
  addedBy: 'acc-1',
  addedAt: '2026-05-05T10:00:00.000Z',
};

describe('evidencePropertyFromValue', () => {
  it('reads an unset property as no records, revision 0', () => {
    expect(evidencePropertyFromValue(undefined)).toEqual({ records: [], problems: [], schemaVersion: 2, revision: 0, macs: new Map() });
  });

  it('reads version 2 with its revision and keeps removed records', () => {
    const removed = { ...v2Record, id: 'r2', removedAt: '2026-06-01T00:00:00Z', removedBy: 'acc-2' };
    const read = evidencePropertyFromValue({ schemaVersion: 2, revision: 7, records: [v2Record, removed] });
    expect(read.revision).toBe(7);
    expect(read.schemaVersion).toBe(2);
    expect(read.records.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(read.problems).toEqual([]);
  });

  it('skips and reports invalid records instead of throwing', () => {
    const read = evidencePropertyFromValue({
      schemaVersion: 2,
      revision: 1,
      records: [v2Record, { ...v2Record, id: 'bad', url: 'http://insecure.example.org' }, 'junk', { ...v2Record }],
    });
    expect(read.records.map((r) => r.id)).toEqual(['r1']);
    expect(read.problems.map((p) => p.index)).toEqual([1, 2, 3]);
    expect(read.problems[2]?.message).toMatch(/repeats id r1/);
  });

  it('reports an unknown shape as one whole-value problem', () => {
    const read = evidencePropertyFromValue({ schemaVersion: 3, stuff: [] });
    expect(read.records).toEqual([]);
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]?.index).toBeNull();
  });

  it('reads adoption and outcome records with their figure and unit, and older kinds without', () => {
    const adoption = { ...v2Record, id: 'a1', kind: 'adoption', figure: 212, unit: 'weekly active users' };
    const outcome = { ...v2Record, id: 'o1', kind: 'outcome', figure: -18 };
    const read = evidencePropertyFromValue({ schemaVersion: 2, revision: 3, records: [v2Record, adoption, outcome] });
    expect(read.problems).toEqual([]);
    expect(read.records).toEqual([v2Record, adoption, outcome]);
    expect(read.records[0]).not.toHaveProperty('figure');
    expect(read.records[2]).not.toHaveProperty('unit');
  });

  it('skips a stored record whose figure or unit the schema refuses, naming the field', () => {
    const base = { ...v2Record, kind: 'adoption' };
    const read = evidencePropertyFromValue({
      schemaVersion: 2,
      revision: 1,
      records: [
        { ...base, id: 'text', figure: '212' },
        { ...base, id: 'huge', figure: 1e13 },
        { ...base, id: 'long', figure: 1, unit: 'u'.repeat(41) },
        { ...base, id: 'ok', figure: 1e12, unit: ' % readmissions ' },
      ],
    });
    expect(read.problems.map((p) => [p.index, p.message.replace(/^Evidence record \d+ was skipped: /, '').split(':')[0]])).toEqual([
      [0, 'figure'],
      [1, 'figure'],
      [2, 'unit'],
    ]);
    expect(read.records).toEqual([{ ...base, id: 'ok', figure: 1e12, unit: '% readmissions' }]);
  });

  it('upgrades version 1 items to v2 records without losing a field', () => {
    const item = { type: 'observation', link: 'https://wiki.example.org/shadowing', who: 'Dr. Osei', date: '2025-11-02', note: 'Shadowed night shift' };
    const read = evidencePropertyFromValue({ items: [item] });
    expect(read.schemaVersion).toBe(1);
    expect(read.problems).toEqual([]);
    const record = read.records[0];
    expect(record).toMatchObject({
      kind: 'observation',
      url: item.link,
      source: { name: item.who },
      observedOn: item.date,
      summary: item.note,
      addedBy: 'unknown',
      addedAt: item.date,
    });
    expect(EvidenceRecordSchema.safeParse(record).success).toBe(true);
  });

  it('reports a version 1 item that does not make a valid record', () => {
    const read = evidencePropertyFromValue({ items: [{ type: 'gossip', who: 'x', date: '2025-01-01', note: 'n' }, { who: 'y' }] });
    expect(read.records).toEqual([]);
    expect(read.problems.map((p) => p.index)).toEqual([0, 1]);
    expect(read.problems[0]?.message).toMatch(/kind/);
  });

  it('gives version 1 items stable ids that depend on their content only', () => {
    const item = fc.record({
      type: fc.constantFrom('interview', 'survey', 'analytics'),
      link: fc.constant('https://x.example.org/a'),
      who: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== ''),
      date: fc.constant('2025-03-04'),
      note: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ''),
    });
    fc.assert(
      fc.property(item, item, (a, b) => {
        const ra = upgradeV1Item(a);
        const again = upgradeV1Item({ ...a });
        const rb = upgradeV1Item(b);
        if (!('record' in ra) || !('record' in again) || !('record' in rb)) return true;
        expect(ra.record.id).toBe(again.record.id);
        if (JSON.stringify(a) !== JSON.stringify(b)) expect(ra.record.id).not.toBe(rb.record.id);
        return true;
      }),
    );
  });
});
