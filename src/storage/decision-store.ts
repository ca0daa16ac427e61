import type { JiraClient } from '../jira/client';
import type { EvidenceSigner } from '../jira/evidence-mac';
import { readDecisionsProperty } from '../jira/map-decisions';
import { DECISIONS_PROPERTY_KEY, type DecisionRecord, type StoredDecisionRecord, type StoredDecisions } from '../shared/decision';
import { AppError, isAppError } from '../shared/result';
import { PROPERTY_MAX_CHARS } from './evidence-store';
import { withIssueLock, type LockOptions } from './issue-lock';
import type { KeyValueStore } from './key-value-store';

/**
 * PI decisions in the issue property `factory-gravity.decisions`
 * ({schemaVersion: 1, revision, records}), append only: a new decision is a
 * new record (version = the last version + 1), signed (domain 'decision');
 * every earlier record stays exactly as read, `mac` and all. The change runs
 * under the same per-issue lock as the evidence (one lock key per issue,
 * src/storage/issue-lock.ts), bumps the revision, and is re-read to check
 * that it landed. A value over Jira's 32,768-character limit is refused
 * (PROPERTY_FULL) and nothing is written; so is a stored value this app
 * cannot read (nothing is ever dropped to make room or to repair).
 */

export interface DecisionStoreDeps {
  /** Acting as the person deciding (asUser). */
  readonly client: JiraClient;
  readonly kvs: KeyValueStore;
  readonly lock: LockOptions;
  /** This installation's signer (src/storage/evidence-signature.ts). */
  readonly signer: EvidenceSigner;
}

/** The next record, given the version it gets (the service fills in the rest). */
export type MakeDecision = (version: number) => DecisionRecord;

const VERIFY_ATTEMPTS = 3;

const readStored = (issueKey: string, value: unknown): { revision: number; records: readonly StoredDecisionRecord[] } => {
  const reading = readDecisionsProperty(value);
  if (!reading.ok) {
    throw new AppError(
      'JIRA_BAD_RESPONSE',
      `The PI decisions stored on ${issueKey} cannot be read, so nothing was recorded to avoid losing any of them (${reading.problem}). ` +
        `Ask a Jira admin to check the issue property ${DECISIONS_PROPERTY_KEY}.`,
    );
  }
  return reading;
};

/** The value to write; PROPERTY_FULL when it does not fit in one issue property. */
export const fitDecisions = (issueKey: string, value: StoredDecisions): StoredDecisions => {
  const size = JSON.stringify(value).length;
  if (size <= PROPERTY_MAX_CHARS) return value;
  throw new AppError(
    'PROPERTY_FULL',
    `The PI decisions on ${issueKey} would take ${size} characters, more than Jira's limit of ${PROPERTY_MAX_CHARS} for one issue property. ` +
      'Nothing was recorded. Decisions are never deleted, so write a shorter rationale, or split the item into new issues and decide on those.',
  );
};

const readAfterWrite = async (client: JiraClient, issueKey: string) => {
  try {
    return readStored(issueKey, await client.getIssueProperty(issueKey, DECISIONS_PROPERTY_KEY));
  } catch (error) {
    if (!isAppError(error)) throw error;
    throw new AppError(
      error.code,
      `Your decision on ${issueKey} may have been recorded, but it could not be checked: reload the item before recording it again. (${error.message})`,
    );
  }
};

/** Appends one decision record; answers the record as stored (without its mac). */
export const appendDecision = (deps: DecisionStoreDeps, issueKey: string, make: MakeDecision): Promise<DecisionRecord> =>
  withIssueLock(deps.kvs, issueKey, deps.lock, async () => {
    for (let attempt = 1; attempt <= VERIFY_ATTEMPTS; attempt += 1) {
      const current = readStored(issueKey, await deps.client.getIssueProperty(issueKey, DECISIONS_PROPERTY_KEY));
      const last = current.records.reduce((max, r) => Math.max(max, r.version), 0);
      const record = make(last + 1);
      const stored: StoredDecisionRecord = { ...record, mac: deps.signer.sign(issueKey, record, 'decision') };
      const value = fitDecisions(issueKey, { schemaVersion: 1, revision: current.revision + 1, records: [...current.records, stored] });
      await deps.client.setIssueProperty(issueKey, DECISIONS_PROPERTY_KEY, value);
      const after = await readAfterWrite(deps.client, issueKey);
      if (after.records.some((r) => r.id === record.id && r.version === record.version && r.mac === stored.mac)) return record;
    }
    throw new AppError('CONFLICT', `The PI decisions on ${issueKey} kept changing while recording yours. Reload the item and try again.`);
  });
