import { createHmac, timingSafeEqual } from 'node:crypto';
import type { DecisionRecord } from '../shared/decision';
import type { EvidenceRecord, EvidenceTrust } from '../shared/evidence';

/**
 * Evidence records the app writes carry `mac`: HMAC-SHA256 (node:crypto)
 * under the installation's own key, over the issue key and every field of
 * the record in a canonical form (JSON, object keys sorted, nothing left
 * out). Anyone with Edit issues can PUT the issue property directly; what
 * they cannot do without the key is produce a matching `mac`, so a record
 * added, changed or copied from another issue outside the app is told apart.
 * Pure: the key is passed in (src/storage/evidence-signature.ts keeps it).
 */

/**
 * What a signature covers: evidence records (the default) or PI decision
 * records (src/shared/decision.ts). Each has its own label in the signed
 * text, so a MAC made for one kind of record never checks as the other.
 */
export type SignedDomain = 'evidence' | 'decision';

/** A record the app signs: an evidence record or a decision record. */
export type SignedRecord = EvidenceRecord | DecisionRecord;

/** Checks one stored record: its issue, the record as read, its `mac` (undefined when it has none), and what kind of record it is (default evidence). */
export type EvidenceCheck = (issueKey: string, record: SignedRecord, mac: string | undefined, domain?: SignedDomain) => EvidenceTrust;

export interface EvidenceSigner {
  sign(issueKey: string, record: SignedRecord, domain?: SignedDomain): string;
  readonly check: EvidenceCheck;
}

/** Where no key can be had (the CLI against a real site): records count as before, reported as unchecked. */
export const UNCHECKED_EVIDENCE: EvidenceCheck = () => 'unchecked';

const MAC_VERSION = 'v1';
const DOMAIN_LABELS: Readonly<Record<SignedDomain, string>> = {
  evidence: 'factory-gravity.evidence',
  decision: 'factory-gravity.decision',
};

/** JSON with object keys sorted at every level: the same record always gives the same text. */
export const canonicalJson = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );

/** What the MAC covers: the record kind's label and version, the issue key (so a record copied to another issue fails), and the whole record. */
export const signedText = (issueKey: string, record: SignedRecord, domain: SignedDomain = 'evidence'): string =>
  `${DOMAIN_LABELS[domain]}/${MAC_VERSION}\n${issueKey.toUpperCase()}\n${canonicalJson(record)}`;

const digest = (key: Uint8Array, issueKey: string, record: SignedRecord, domain: SignedDomain): Buffer =>
  createHmac('sha256', key).update(signedText(issueKey, record, domain), 'utf8').digest();

/** A signer over a copy of `key` (at least 32 bytes). It holds the key in a closure: serialising the signer shows nothing. */
export const createEvidenceSigner = (key: Uint8Array): EvidenceSigner => {
  if (key.length < 32) throw new RangeError('The evidence signing key must be at least 32 bytes');
  const secret = Buffer.from(key);
  return {
    sign: (issueKey, record, domain = 'evidence') => `${MAC_VERSION}.${digest(secret, issueKey, record, domain).toString('base64url')}`,
    check: (issueKey, record, mac, domain = 'evidence') => {
      if (mac === undefined) return 'unsigned';
      const [version, encoded, extra] = mac.split('.');
      if (version !== MAC_VERSION || encoded === undefined || extra !== undefined) return 'changed';
      const given = Buffer.from(encoded, 'base64url');
      const expected = digest(secret, issueKey, record, domain);
      return given.length === expected.length && timingSafeEqual(given, expected) ? 'signed' : 'changed';
    },
  };
};
