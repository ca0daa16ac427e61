import type { SuggestedEvidence } from '../../../src/shared/assessment';
import { EVIDENCE_KINDS, LIMITS, type EvidenceKind } from '../../../src/shared/evidence';
import { emptyDraft, type EvidenceDraft } from './evidence-draft';

/** A first guess at the kind from the link's title or URL ("…survey…" → survey); the person corrects it. */
export const guessKind = (s: SuggestedEvidence): EvidenceKind => {
  const hay = `${s.title} ${s.url} ${s.pattern}`.toLowerCase();
  return EVIDENCE_KINDS.find((k) => k !== 'stakeholder-request' && hay.includes(k)) ?? (hay.includes('shadow') ? 'observation' : 'interview');
};

export const suggestionDraft = (s: SuggestedEvidence): EvidenceDraft => ({
  ...emptyDraft(),
  kind: guessKind(s),
  url: s.url,
  summary: s.title.slice(0, LIMITS.summary),
});
