import type { JiraClient } from '../jira/client';
import { EVIDENCE_PROPERTY_KEY, type EvidenceInput, type EvidenceRecord } from '../shared/evidence';
import { AppError, isAppError } from '../shared/result';
import { readStoredEvidence } from './stored-evidence';
import { withIssueLock, type LockOptions } from './issue-lock';
import type { KeyValueStore } from './key-value-store';

/**
 * Field evidence in the issue property `factory-gravity.evidence`
 * ({schemaVersion: 2, revision, records}). Every change runs under a
 * per-issue lock as read-modify-write, bumps the revision, re-reads to check
 * that it landed, and never truncates: a value over Jira's 32,768-character
 * limit is refused (PROPERTY_FULL) after purging records removed long ago.
 */

export const PROPERTY_MAX_CHARS = 32_768;
export const PURGE_REMOVED_AFTER_DAYS = 30;
const VERIFY_ATTEMPTS = 3;

export interface StoredEvidenceV2 {
  readonly schemaVersion: 2;
  readonly revision: number;
  readonly records: readonly EvidenceRecord[];
}

export interface EvidenceStoreDeps {
  /** Acting as the person making the change (asUser). */
  readonly client: JiraClient;
  readonly kvs: KeyValueStore;
  readonly lock: LockOptions;
  /** ISO date-time. */
  readonly now: () => string;
}

/** One change: the new record list, and how to tell that it is in a later read. */
interface Change {
  readonly records: readonly EvidenceRecord[];
  readonly landed: (records: readonly EvidenceRecord[]) => boolean;
}

const serialise = (value: StoredEvidenceV2): string => JSON.stringify(value);

const purgeOldRemoved = (records: readonly EvidenceRecord[], nowIso: string): EvidenceRecord[] => {
  const cutoff = Date.parse(nowIso) - PURGE_REMOVED_AFTER_DAYS * 24 * 60 * 60 * 1000;
  return records.filter((r) => r.removedAt === undefined || !(Date.parse(r.removedAt) < cutoff));
};

/** The stored value for a change: purged only when space is needed; PROPERTY_FULL when it still does not fit. */
export const fitProperty = (issueKey: string, revision: number, records: readonly EvidenceRecord[], nowIso: string): StoredEvidenceV2 => {
  const value: StoredEvidenceV2 = { schemaVersion: 2, revision, records: [...records] };
  if (serialise(value).length <= PROPERTY_MAX_CHARS) return value;
  const purged: StoredEvidenceV2 = { ...value, records: purgeOldRemoved(records, nowIso) };
  const size = serialise(purged).length;
  if (size <= PROPERTY_MAX_CHARS) return purged;
  throw new AppError(
    'PROPERTY_FULL',
    `The evidence on ${issueKey} would take ${size} characters, more than Jira's limit of ${PROPERTY_MAX_CHARS} for one issue property. ` +
      'Nothing was saved. Shorten summaries, or remove evidence that is no longer needed (removed records are cleared 30 days after removal).',
  );
};

/** The property again after a write; a failure here means the write may well have landed, and the message says so. */
const readAfterWrite = async (deps: EvidenceStoreDeps, issueKey: string) => {
  try {
    return readStoredEvidence(issueKey, await deps.client.getIssueProperty(issueKey, EVIDENCE_PROPERTY_KEY));
  } catch (error) {
    if (!isAppError(error)) throw error;
    throw new AppError(
      error.code,
      `Your change to the evidence on ${issueKey} may have been saved, but it could not be checked: reload the item before making it again. (${error.message})`,
    );
  }
};

const changeEvidence = async (
  deps: EvidenceStoreDeps,
  issueKey: string,
  change: (records: readonly EvidenceRecord[]) => Change,
): Promise<readonly EvidenceRecord[]> =>
  withIssueLock(deps.kvs, issueKey, deps.lock, async () => {
    for (let attempt = 1; attempt <= VERIFY_ATTEMPTS; attempt += 1) {
      const current = readStoredEvidence(issueKey, await deps.client.getIssueProperty(issueKey, EVIDENCE_PROPERTY_KEY));
      const next = change(current.records);
      const value = fitProperty(issueKey, current.revision + 1, next.records, deps.now());
      await deps.client.setIssueProperty(issueKey, EVIDENCE_PROPERTY_KEY, value);
      const after = await readAfterWrite(deps, issueKey);
      if (next.landed(after.records)) return after.records;
    }
    throw new AppError('CONFLICT', `The evidence on ${issueKey} kept changing while saving. Reload the item and try again.`);
  });

const findLive = (issueKey: string, records: readonly EvidenceRecord[], id: string): EvidenceRecord => {
  const record = records.find((r) => r.id === id);
  if (record === undefined || record.removedAt !== undefined) {
    throw new AppError('NOT_FOUND', `That evidence is no longer on ${issueKey}; someone may have removed it. Reload the item.`);
  }
  return record;
};

/** JSON with object keys sorted, so records compare equal whatever order Jira or a parser keeps keys in. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );

const same = (a: EvidenceRecord, b: EvidenceRecord): boolean => canonical(a) === canonical(b);

const confirmedFrom = (records: readonly EvidenceRecord[], linkId: string | undefined): boolean =>
  linkId !== undefined && records.some((r) => r.fromLinkId === linkId && r.removedAt === undefined);

/** Adds a record; a web link already confirmed (and not removed) is not added twice. */
export const addEvidenceRecord = (deps: EvidenceStoreDeps, issueKey: string, record: EvidenceRecord): Promise<readonly EvidenceRecord[]> =>
  changeEvidence(deps, issueKey, (records) =>
    confirmedFrom(records, record.fromLinkId)
      ? { records, landed: (after) => confirmedFrom(after, record.fromLinkId) }
      : {
          records: [...records.filter((r) => r.id !== record.id), record],
          landed: (after) => after.some((r) => r.id === record.id && same(r, record)),
        },
  );

/** Replaces what a person typed; who added it, when, and the link it came from stay. */
export const editEvidenceRecord = (
  deps: EvidenceStoreDeps,
  issueKey: string,
  id: string,
  input: EvidenceInput,
): Promise<readonly EvidenceRecord[]> => {
  let edited: EvidenceRecord | undefined;
  return changeEvidence(deps, issueKey, (records) => {
    const old = findLive(issueKey, records, id);
    const { url: _oldUrl, ...kept } = old;
    void _oldUrl;
    const record: EvidenceRecord = { ...kept, ...input };
    edited = record;
    return {
      records: records.map((r) => (r.id === id ? record : r)),
      landed: (after) => after.some((r) => edited !== undefined && r.id === id && same(r, edited)),
    };
  });
};

export const removeEvidenceRecord = (
  deps: EvidenceStoreDeps,
  issueKey: string,
  id: string,
  removedBy: string,
): Promise<readonly EvidenceRecord[]> =>
  changeEvidence(deps, issueKey, (records) => {
    findLive(issueKey, records, id);
    const removedAt = deps.now();
    return {
      records: records.map((r) => (r.id === id ? { ...r, removedAt, removedBy } : r)),
      landed: (after) => after.some((r) => r.id === id && r.removedAt !== undefined),
    };
  });

export const restoreEvidenceRecord = (deps: EvidenceStoreDeps, issueKey: string, id: string): Promise<readonly EvidenceRecord[]> =>
  changeEvidence(deps, issueKey, (records) => {
    const record = records.find((r) => r.id === id);
    if (record === undefined) {
      throw new AppError('NOT_FOUND', `That evidence can no longer be restored on ${issueKey}: it was cleared for good.`);
    }
    const { removedAt: _at, removedBy: _by, ...restored } = record;
    void _at;
    void _by;
    return {
      records: records.map((r) => (r.id === id ? restored : r)),
      landed: (after) => after.some((r) => r.id === id && r.removedAt === undefined),
    };
  });
