import { randomBytes } from 'node:crypto';
import { createEvidenceSigner, type EvidenceSigner } from '../jira/evidence-mac';
import type { KeyValueStore } from './key-value-store';

/**
 * The installation's evidence signing key: 32 random bytes (base64) kept as a
 * Forge storage secret (`kvs.getSecret/setSecret`, @forge/kvs out/kvs.d.ts),
 * one per installation because Forge storage is per installation. Created on
 * first use with FAIL_IF_EXISTS, so two first writers end with one key: the
 * loser reads the winner's. The key never leaves the back end: resolvers
 * answer records without their `mac`, and the signer holds the key in a closure.
 */

export const EVIDENCE_KEY_SECRET = 'factory-gravity.evidence-signing-key';
const KEY_BYTES = 32;

const decode = (value: unknown): Buffer | null => {
  if (typeof value !== 'string') return null;
  const bytes = Buffer.from(value, 'base64');
  return bytes.length === KEY_BYTES && bytes.toString('base64') === value ? bytes : null;
};

/** The signer of this installation, creating its key when there is none yet. */
export const readEvidenceSigner = async (kvs: KeyValueStore, newKey: () => Buffer = () => randomBytes(KEY_BYTES)): Promise<EvidenceSigner> => {
  let stored = await kvs.getSecret(EVIDENCE_KEY_SECRET);
  if (stored === undefined) {
    await kvs.setSecretIfAbsent(EVIDENCE_KEY_SECRET, newKey().toString('base64'));
    stored = await kvs.getSecret(EVIDENCE_KEY_SECRET);
  }
  const key = decode(stored);
  if (key === null) {
    // Not a person's mistake and not Jira's: rethrown as an unknown error so Forge records it.
    throw new Error(
      `The app's evidence signing key in Forge storage (secret ${EVIDENCE_KEY_SECRET}) is missing or damaged, so evidence cannot be checked. ` +
        'Ask a Jira admin to report this: evidence is not counted until it is fixed.',
    );
  }
  return createEvidenceSigner(key);
};
