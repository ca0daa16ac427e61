import type { EvidenceRecord } from '../../../src/shared/evidence';

export const record = (id: string, overrides: Partial<EvidenceRecord> = {}): EvidenceRecord => ({
  id,
  kind: 'interview',
  url: `https://research.example.org/notes/${id}`,
  source: { name: `Ward ${id} nurses`, role: 'Charge nurse', site: 'St Olave' },
  observedOn: '2026-09-14',
  summary: `Nurses re-enter the same vitals twice (${id}).`,
  addedBy: 'acct-priya',
  addedAt: '2026-10-01T09:00:00.000Z',
  ...overrides,
});
