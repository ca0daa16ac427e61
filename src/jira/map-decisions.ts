import { DECISIONS_PROPERTY_KEY, StoredDecisionsSchema, type DecisionRecord, type StoredDecisionRecord } from '../shared/decision';
import { countsAsEvidence } from '../shared/evidence';
import type { EvidenceCheck } from './evidence-mac';

/**
 * The `factory-gravity.decisions` issue property → the decision records the
 * core may trust. A record counts when the app signed it as it is (domain
 * 'decision', src/jira/evidence-mac.ts) or when the host has no key to check
 * with (UNCHECKED_EVIDENCE, the CLI against a real site). A record added or
 * changed by a direct REST edit of the property has no matching `mac` and is
 * ignored: anyone with Edit issues can write the property, only the app can
 * sign. The value is read whole with zod: a value this app did not write is
 * reported as unreadable, never thrown.
 */

export type DecisionsReading =
  | { readonly ok: true; readonly records: readonly StoredDecisionRecord[]; readonly revision: number }
  | { readonly ok: false; readonly problem: string };

/** The stored property value (undefined or null when the issue has none). */
export const readDecisionsProperty = (value: unknown): DecisionsReading => {
  if (value === undefined || value === null) return { ok: true, records: [], revision: 0 };
  const parsed = StoredDecisionsSchema.safeParse(value);
  if (parsed.success) return { ok: true, records: parsed.data.records, revision: parsed.data.revision };
  const first = parsed.error.issues[0];
  const where = first === undefined || first.path.length === 0 ? '' : ` (${first.path.join('.')}: ${first.message})`;
  return {
    ok: false,
    problem: `The stored PI decisions are not in a format this app knows${where}; nothing was read from the issue property ${DECISIONS_PROPERTY_KEY}.`,
  };
};

/** The record without its `mac` (what the MAC covers) and the `mac`. */
const splitMac = (stored: StoredDecisionRecord): { record: DecisionRecord; mac: string | undefined } => {
  const { mac, ...record } = stored;
  return { record, mac };
};

/** The records of a readable value that count under `check`, oldest first (by version). */
export const trustedRecords = (issueKey: string, records: readonly StoredDecisionRecord[], check: EvidenceCheck): DecisionRecord[] =>
  records
    .map(splitMac)
    .filter(({ record, mac }) => countsAsEvidence(check(issueKey, record, mac, 'decision')))
    .map(({ record }) => record)
    .sort((a, b) => a.version - b.version);

/**
 * The trusted decision records of an issue from the raw property value, oldest
 * first; [] when the value is unset or unreadable (readDecisionsProperty tells
 * the two apart). For readers that list decisions (the PI review page's log).
 */
export const trustedDecisions = (issueKey: string, rawValue: unknown, check: EvidenceCheck): DecisionRecord[] => {
  const reading = readDecisionsProperty(rawValue);
  return reading.ok ? trustedRecords(issueKey, reading.records, check) : [];
};
