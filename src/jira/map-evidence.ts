import { z } from 'zod';
import { countsAsEvidence, EvidenceRecordSchema, type EvidenceRecord, type EvidenceTrust, type UntrustedEvidence } from '../shared/evidence';
import type { EvidenceCheck } from './evidence-mac';
import { readEvidenceRecordFast } from './schemas/evidence-record-fast';

/**
 * The `factory-gravity.evidence` issue property → evidence records.
 * Version 2: `{schemaVersion: 2, revision, records: [EvidenceRecord]}`.
 * Version 1 (older installs): `{items: [{type, link, who, date, note}]}`, each
 * item upgraded to a v2 record without losing a field. Invalid records are
 * skipped and reported, never thrown.
 */

export interface EvidenceProblem {
  /** Position of the record in the stored list, or null when the whole value is unreadable. */
  readonly index: number | null;
  readonly message: string;
}

export interface EvidenceProperty {
  readonly records: readonly EvidenceRecord[];
  readonly problems: readonly EvidenceProblem[];
  /** 2 for current and upgraded values (and for an unset property). */
  readonly schemaVersion: 1 | 2;
  /** The stored revision (0 when unset or version 1): the storage layer's optimistic-locking counter. */
  readonly revision: number;
  /** Each signed record's `mac` by record id (src/jira/evidence-mac.ts); never sent to a front end. */
  readonly macs: ReadonlyMap<string, string>;
}

/** Longest `mac` read: "v1." and 43 base64url characters, with room for a later version. */
export const MAC_MAX_CHARS = 128;

const V2Schema = z.object({
  schemaVersion: z.literal(2),
  revision: z.number().int().min(0),
  records: z.array(z.unknown()),
});

const V1Schema = z.object({ items: z.array(z.unknown()) });

const V1ItemSchema = z.object({
  type: z.string(),
  link: z.string().optional(),
  who: z.string(),
  date: z.string(),
  note: z.string(),
});

/** FNV-1a 32-bit, twice with different seeds: a short stable id from content. */
const contentId = (text: string): string => {
  const fnv = (seed: number) => {
    let h = seed >>> 0;
    for (let i = 0; i < text.length; i += 1) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16).padStart(8, '0');
  };
  return `v1-${fnv(0x811c9dc5)}${fnv(0x9747b28c)}`;
};

const describe = (error: z.ZodError): string =>
  error.issues.map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');

/** One version-1 item → a v2 record: type→kind, link→url, who→source.name, date→observedOn, note→summary. */
export const upgradeV1Item = (item: unknown): { record: EvidenceRecord } | { problem: string } => {
  const v1 = V1ItemSchema.safeParse(item);
  if (!v1.success) return { problem: `not a version-1 evidence item (${describe(v1.error)})` };
  const { type, link, who, date, note } = v1.data;
  const candidate = {
    id: contentId(JSON.stringify([type, link ?? null, who, date, note])),
    kind: type.trim().toLowerCase(),
    ...(link === undefined || link.trim() === '' ? {} : { url: link }),
    source: { name: who },
    observedOn: date,
    summary: note,
    addedBy: 'unknown',
    addedAt: date,
  };
  const parsed = EvidenceRecordSchema.safeParse(candidate);
  return parsed.success ? { record: parsed.data } : { problem: describe(parsed.error) };
};

type ReadRecord = { record: EvidenceRecord; mac?: string } | { problem: string };

const collect = (
  items: readonly unknown[],
  toRecord: (item: unknown) => ReadRecord,
): { records: EvidenceRecord[]; problems: EvidenceProblem[]; macs: Map<string, string> } => {
  const records: EvidenceRecord[] = [];
  const problems: EvidenceProblem[] = [];
  const macs = new Map<string, string>();
  const ids = new Set<string>();
  items.forEach((item, index) => {
    const result = toRecord(item);
    if ('problem' in result) {
      problems.push({ index, message: `Evidence record ${index + 1} was skipped: ${result.problem}` });
    } else if (ids.has(result.record.id)) {
      problems.push({ index, message: `Evidence record ${index + 1} was skipped: it repeats id ${result.record.id}` });
    } else {
      ids.add(result.record.id);
      records.push(result.record);
      if (result.mac !== undefined) macs.set(result.record.id, result.mac);
    }
  });
  return { records, problems, macs };
};

/** The record without its `mac`, and the `mac` (a string of at most MAC_MAX_CHARS), or the problem with it. */
const splitMac = (item: unknown): { body: unknown; mac?: string } | { problem: string } => {
  if (typeof item !== 'object' || item === null || Array.isArray(item) || !Object.prototype.hasOwnProperty.call(item, 'mac')) return { body: item };
  const { mac, ...body } = item as Record<string, unknown>;
  if (typeof mac !== 'string' || mac.length > MAC_MAX_CHARS) return { problem: `mac: expected a signature of at most ${MAC_MAX_CHARS} characters` };
  return { body, mac };
};

const parseV2Record = (item: unknown): ReadRecord => {
  const split = splitMac(item);
  if ('problem' in split) return split;
  const mac = split.mac === undefined ? {} : { mac: split.mac };
  const fast = readEvidenceRecordFast(split.body);
  if (fast !== null) return { record: fast, ...mac };
  const parsed = EvidenceRecordSchema.safeParse(split.body);
  return parsed.success ? { record: parsed.data, ...mac } : { problem: describe(parsed.error) };
};

/** What V2Schema reads, when value is certainly a version-2 value; null when not sure. */
const readV2Fast = (value: unknown): { records: readonly unknown[]; revision: number } | null => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { schemaVersion, revision, records } = value as Record<string, unknown>;
  return schemaVersion === 2 && typeof revision === 'number' && Number.isSafeInteger(revision) && revision >= 0 && Array.isArray(records)
    ? { records, revision }
    : null;
};

export const evidencePropertyFromValue = (value: unknown): EvidenceProperty => {
  if (value === undefined || value === null) return { records: [], problems: [], schemaVersion: 2, revision: 0, macs: new Map() };
  const fast = readV2Fast(value);
  if (fast !== null) {
    const { records, problems, macs } = collect(fast.records, parseV2Record);
    return { records, problems, schemaVersion: 2, revision: fast.revision, macs };
  }
  const v2 = V2Schema.safeParse(value);
  if (v2.success) return { ...collect(v2.data.records, parseV2Record), schemaVersion: 2, revision: v2.data.revision };
  const v1 = V1Schema.safeParse(value);
  if (v1.success && !(typeof value === 'object' && 'schemaVersion' in value)) {
    // Version 1 predates signing: its records are unsigned (they count only once a person confirms them).
    return { ...collect(v1.data.items, upgradeV1Item), schemaVersion: 1, revision: 0 };
  }
  return {
    macs: new Map(),
    records: [],
    problems: [
      {
        index: null,
        message:
          'The stored evidence is not in a format this app knows (expected {schemaVersion: 2, revision, records} or the older {items}); nothing was read from it.',
      },
    ],
    schemaVersion: 2,
    revision: 0,
  };
};

/** Each record with how far it can be trusted under `check`. */
export const evidenceTrustOf = (
  issueKey: string,
  property: Pick<EvidenceProperty, 'records' | 'macs'>,
  check: EvidenceCheck,
): readonly { readonly record: EvidenceRecord; readonly trust: EvidenceTrust }[] =>
  property.records.map((record) => ({ record, trust: check(issueKey, record, property.macs.get(record.id)) }));

/** The records that count toward the evidence force and the verdict: signed (or unchecked) ones. Removed ones stay (the core skips them). */
export const countedEvidence = (issueKey: string, property: Pick<EvidenceProperty, 'records' | 'macs'>, check: EvidenceCheck): EvidenceRecord[] =>
  evidenceTrustOf(issueKey, property, check).flatMap((t) => (countsAsEvidence(t.trust) ? [t.record] : []));

/** Live records that do not count because the app did not sign them as they are (the panel shows them apart). */
export const untrustedEvidence = (issueKey: string, property: Pick<EvidenceProperty, 'records' | 'macs'>, check: EvidenceCheck): UntrustedEvidence[] =>
  evidenceTrustOf(issueKey, property, check).flatMap(({ record, trust }) =>
    record.removedAt === undefined && (trust === 'unsigned' || trust === 'changed') ? [{ record, trust }] : [],
  );

/** True when the property could not be read at all (as opposed to single skipped records). */
export const isUnreadableEvidence = (property: EvidenceProperty): boolean =>
  property.problems.some((p) => p.index === null);
