import { createHash } from 'node:crypto';
import { createEvidenceSigner, type EvidenceSigner } from '../evidence-mac';

/**
 * The sample site's evidence signing key: fixed and public (derived from a
 * plain sentence), so the seeded evidence is signed the way the app signs it
 * and the local preview and tests show the verdicts they always did. The local
 * hosts put it in their in-memory store as the installation's key
 * (src/preview/local-deps.ts). A real installation's key is 32 random bytes
 * in Forge storage (src/storage/evidence-signature.ts); this one protects nothing.
 */
export const SAMPLE_EVIDENCE_KEY: Buffer = createHash('sha256').update('Factory Gravity sample site: public demo evidence key').digest();

export const sampleEvidenceSigner: EvidenceSigner = createEvidenceSigner(SAMPLE_EVIDENCE_KEY);
