import type { JiraClient } from '../jira/client';
import { canonicalJson, type EvidenceSigner } from '../jira/evidence-mac';
import { EVIDENCE_PROPERTY_KEY, evidenceFigureProblem, isOutcomeEvidence, type EvidenceInput, type EvidenceRecord, type EvidenceTrust } from '../shared/evidence';
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
 *
 * Signing (src/jira/evidence-mac.ts): a record the app adds, edits or
 * confirms is written with a fresh `mac`. Every other record keeps the `mac`
 * it was read with (or none), so a change never signs what it did not make: a
 * record forged outside the app stays flagged through removal and restore, and
 * only editing or confirming it (by a person with Edit issues) makes it count,
 * under that person's name.
 */

export const PROPERTY_MAX_CHARS = 32_768;
export const PURGE_REMOVED_AFTER_DAYS = 30;
const VERIFY_ATTEMPTS = 3;

/** A record as stored: the record and, when the app signed it, its `mac`. */
export type StoredRecord = EvidenceRecord & { readonly mac?: string };

export interface StoredEvidenceV2 {
  readonly schemaVersion: 2;
  readonly revision: number;
  readonly records: readonly StoredRecord[];
}

export interface EvidenceStoreDeps {
  /** Acting as the person making the change (asUser). */
  readonly client: JiraClient;
  readonly kvs: KeyValueStore;
  readonly lock: LockOptions;
  /** ISO date-time. */
  readonly now: () => string;
  /** This installation's signer (src/storage/evidence-signature.ts). */
  readonly signer: EvidenceSigner;
}

/** One change: the new record list, the ids of the records it made (signed afresh), and how to tell that it is in a later read. */
interface Change {
  readonly records: readonly EvidenceRecord[];
  readonly signed: readonly string[];
  readonly landed: (records: readonly EvidenceRecord[]) => boolean;
}

type TrustOf = (record: EvidenceRecord) => EvidenceTrust;

const serialise = (value: StoredEvidenceV2): string => JSON.stringify(value);

const purgeOldRemoved = (records: readonly StoredRecord[], nowIso: string): StoredRecord[] => {
  const cutoff = Date.parse(nowIso) - PURGE_REMOVED_AFTER_DAYS * 24 * 60 * 60 * 1000;
  return records.filter((r) => r.removedAt === undefined || !(Date.parse(r.removedAt) < cutoff));
};

/** The stored value for a change: purged only when space is needed; PROPERTY_FULL when it still does not fit. */
export const fitProperty = (issueKey: string, revision: number, records: readonly StoredRecord[], nowIso: string): StoredEvidenceV2 => {
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

/** The records to store: those the change made get a fresh `mac`, the others keep the one they were read with (or none). */
const withMacs = (deps: EvidenceStoreDeps, issueKey: string, next: Change, macs: ReadonlyMap<string, string>): StoredRecord[] => {
  const made = new Set(next.signed);
  return next.records.map((record) => {
    const mac = made.has(record.id) ? deps.signer.sign(issueKey, record) : macs.get(record.id);
    return mac === undefined ? record : { ...record, mac };
  });
};

const changeEvidence = async (
  deps: EvidenceStoreDeps,
  issueKey: string,
  change: (records: readonly EvidenceRecord[], trustOf: TrustOf) => Change,
): Promise<readonly EvidenceRecord[]> =>
  withIssueLock(deps.kvs, issueKey, deps.lock, async () => {
    for (let attempt = 1; attempt <= VERIFY_ATTEMPTS; attempt += 1) {
      const current = readStoredEvidence(issueKey, await deps.client.getIssueProperty(issueKey, EVIDENCE_PROPERTY_KEY));
      const next = change(current.records, (r) => deps.signer.check(issueKey, r, current.macs.get(r.id)));
      const value = fitProperty(issueKey, current.revision + 1, withMacs(deps, issueKey, next, current.macs), deps.now());
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

/** Records compare by their canonical JSON (object keys sorted), whatever order Jira or a parser keeps keys in. */
const same = (a: EvidenceRecord, b: EvidenceRecord): boolean => canonicalJson(a) === canonicalJson(b);

/** Whether a signed, live record was confirmed from the link (an unsigned or changed one does not stop a real confirmation). */
const confirmedFrom = (records: readonly EvidenceRecord[], linkId: string | undefined, trustOf: TrustOf): boolean =>
  linkId !== undefined && records.some((r) => r.fromLinkId === linkId && r.removedAt === undefined && trustOf(r) === 'signed');

/**
 * A figure or unit where it does not belong (on a kind other than adoption and
 * outcome, or a unit without its figure: evidenceFigureProblem) is refused with
 * BAD_PAYLOAD at the field (['evidence', 'figure'] or ['evidence', 'unit']),
 * before anything is read or written. The resolvers check it first (before the
 * patient-data guard); add and edit check again here, whoever calls them.
 */
export const refuseMisplacedFigure = (issueKey: string, input: Pick<EvidenceInput, 'kind' | 'figure' | 'unit'>): void => {
  const problem = evidenceFigureProblem(input);
  if (problem === null) return;
  throw new AppError(
    'BAD_PAYLOAD',
    `Nothing was saved on ${issueKey}: ${problem.message.charAt(0).toLowerCase()}${problem.message.slice(1)}. ` +
      (isOutcomeEvidence(input.kind) ? 'Enter the figure, or leave the unit empty.' : 'Choose Adoption or Outcome as the kind, or leave the figure and unit empty.'),
    [{ path: ['evidence', problem.path], message: problem.message }],
  );
};

/** Adds a record; a web link already confirmed (and not removed) is not added twice. */
export const addEvidenceRecord = async (deps: EvidenceStoreDeps, issueKey: string, record: EvidenceRecord): Promise<readonly EvidenceRecord[]> => {
  refuseMisplacedFigure(issueKey, record);
  return changeEvidence(deps, issueKey, (records, trustOf) =>
    confirmedFrom(records, record.fromLinkId, trustOf)
      ? { records, signed: [], landed: (after) => after.some((r) => r.fromLinkId === record.fromLinkId && r.removedAt === undefined) }
      : {
          records: [...records.filter((r) => r.id !== record.id), record],
          signed: [record.id],
          landed: (after) => after.some((r) => r.id === record.id && same(r, record)),
        },
  );
};

/** The person who signs a record they edit or confirm that the app had not signed: they vouch for it now. */
const vouchedBy = (record: EvidenceRecord, trust: EvidenceTrust, by: string, at: string): EvidenceRecord =>
  trust === 'signed' ? record : { ...record, addedBy: by, addedAt: at };

/**
 * Replaces what a person typed (an optional field left out, the link, figure or
 * unit, is gone afterwards); who added it, when, and the link it came from
 * stay. A record the app had not signed (unsigned, or changed outside it) is
 * re-signed under the editor's name and the time of the edit: its old
 * "added by" was never vouched for.
 */
export const editEvidenceRecord = async (
  deps: EvidenceStoreDeps,
  issueKey: string,
  id: string,
  input: EvidenceInput,
  editedBy: string,
): Promise<readonly EvidenceRecord[]> => {
  refuseMisplacedFigure(issueKey, input);
  let edited: EvidenceRecord | undefined;
  return changeEvidence(deps, issueKey, (records, trustOf) => {
    const old = findLive(issueKey, records, id);
    const { url: _oldUrl, figure: _oldFigure, unit: _oldUnit, ...kept } = old;
    const record = vouchedBy({ ...kept, ...input }, trustOf(old), editedBy, deps.now());
    edited = record;
    return {
      records: records.map((r) => (r.id === id ? record : r)),
      signed: [id],
      landed: (after) => after.some((r) => edited !== undefined && r.id === id && same(r, edited)),
    };
  });
};

/**
 * A person with Edit issues vouches for a live record the app had not signed
 * (evidence from before signing began, or changed outside the app): it keeps
 * what it says and is signed under their name and the time of confirming, so
 * it counts from now on. A record already signed is left as it is.
 */
export const confirmEvidenceRecord = (
  deps: EvidenceStoreDeps,
  issueKey: string,
  id: string,
  confirmedBy: string,
): Promise<readonly EvidenceRecord[]> => {
  let confirmed: EvidenceRecord | undefined;
  return changeEvidence(deps, issueKey, (records, trustOf) => {
    const old = findLive(issueKey, records, id);
    if (trustOf(old) === 'signed') return { records, signed: [], landed: (after) => after.some((r) => r.id === id && same(r, old)) };
    const record = vouchedBy(old, trustOf(old), confirmedBy, deps.now());
    confirmed = record;
    return {
      records: records.map((r) => (r.id === id ? record : r)),
      signed: [id],
      landed: (after) => after.some((r) => confirmed !== undefined && r.id === id && same(r, confirmed)),
    };
  });
};

export const removeEvidenceRecord = (
  deps: EvidenceStoreDeps,
  issueKey: string,
  id: string,
  removedBy: string,
): Promise<readonly EvidenceRecord[]> =>
  changeEvidence(deps, issueKey, (records, trustOf) => {
    const old = findLive(issueKey, records, id);
    const removedAt = deps.now();
    return {
      records: records.map((r) => (r.id === id ? { ...r, removedAt, removedBy } : r)),
      // Signed again only when it was signed: a removed forged record must not come back trusted on restore.
      signed: trustOf(old) === 'signed' ? [id] : [],
      landed: (after) => after.some((r) => r.id === id && r.removedAt !== undefined),
    };
  });

export const restoreEvidenceRecord = (deps: EvidenceStoreDeps, issueKey: string, id: string): Promise<readonly EvidenceRecord[]> =>
  changeEvidence(deps, issueKey, (records, trustOf) => {
    const record = records.find((r) => r.id === id);
    if (record === undefined) {
      throw new AppError('NOT_FOUND', `That evidence can no longer be restored on ${issueKey}: it was cleared for good.`);
    }
    const { removedAt: _at, removedBy: _by, ...restored } = record;
    return {
      records: records.map((r) => (r.id === id ? restored : r)),
      signed: trustOf(record) === 'signed' ? [id] : [],
      landed: (after) => after.some((r) => r.id === id && r.removedAt === undefined),
    };
  });
