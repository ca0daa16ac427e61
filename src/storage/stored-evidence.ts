import { evidencePropertyFromValue } from '../jira/map-evidence';
import { EVIDENCE_PROPERTY_KEY, type EvidenceRecord } from '../shared/evidence';
import { AppError } from '../shared/result';

/**
 * The evidence property as the store reads it before a change: the current
 * format (version 2, with its revision), the older version 1 (upgraded: the
 * change writes it back as version 2), or nothing yet. A value with any part
 * that cannot be read is never overwritten, so nothing is lost.
 */
export interface StoredEvidence {
  readonly revision: number;
  readonly records: readonly EvidenceRecord[];
  /** Each signed record's `mac` by id, kept as read so a change never signs a record it did not make. */
  readonly macs: ReadonlyMap<string, string>;
}

export const readStoredEvidence = (issueKey: string, value: unknown): StoredEvidence => {
  const property = evidencePropertyFromValue(value);
  if (property.problems.length > 0) {
    const first = property.problems[0]?.message ?? '';
    throw new AppError(
      'JIRA_BAD_RESPONSE',
      `The evidence stored on ${issueKey} cannot be fully read, so nothing was changed to avoid losing any of it (${first}). ` +
        `Ask a Jira admin to check the issue property ${EVIDENCE_PROPERTY_KEY}.`,
    );
  }
  return { revision: property.revision, records: property.records, macs: property.macs };
};
