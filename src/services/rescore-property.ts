import { z } from 'zod';
import type { JiraClient } from '../jira/client';
import type { Assessment } from '../shared/assessment';
import { DECISION_KINDS } from '../shared/decision';
import { ASSESSMENT_PROPERTY_KEY } from '../shared/evidence';
import { OUTCOME_STATUSES } from '../shared/outcome';

/**
 * The indexed issue property `factory-gravity.assessment` (jira:entityProperty
 * in manifest.yml makes each value searchable in JQL, e.g.
 * `gravityVerdict = "gravity"`, `gravityDecision = keep`). Written only when a
 * value other than the scoring date changed, so re-scoring an unchanged site
 * writes nothing. A value written before `decision` or `outcome` existed does
 * not parse and so counts as changed: the next re-score adds it.
 */
export const AssessmentPropertySchema = z.object({
  verdict: z.string(),
  score: z.number(),
  strategy: z.number(),
  evidence: z.number(),
  delivery: z.number(),
  freshEvidence: z.number(),
  liveObjectives: z.number(),
  carriedOver: z.number(),
  /** The kind of the PI decision that applies (assessment.decision), 'none' when none does: searchAlias gravityDecision. */
  decision: z.enum([...DECISION_KINDS, 'none']),
  /**
   * The outcome check after delivery (assessment.outcome.status): searchAlias gravityOutcome, so
   * `gravityOutcome = overdue` lists the zombie product candidates. The daily re-score scores every
   * work item, so an item turns from pending to overdue in JQL on the day after its due day.
   */
  outcome: z.enum(OUTCOME_STATUSES),
  scoredOn: z.string(),
});
export type AssessmentProperty = z.infer<typeof AssessmentPropertySchema>;

export const assessmentPropertyOf = (assessment: Assessment, today: string): AssessmentProperty => ({
  verdict: assessment.verdict,
  score: assessment.score,
  strategy: assessment.forces.strategy,
  evidence: assessment.forces.evidence,
  delivery: assessment.forces.delivery,
  freshEvidence: assessment.counts.freshEvidence,
  liveObjectives: assessment.counts.liveObjectives,
  carriedOver: assessment.carriedOver,
  decision: assessment.decision?.kind ?? 'none',
  outcome: assessment.outcome.status,
  scoredOn: today,
});

/** True when the stored value is missing, unreadable, or differs in anything but scoredOn. */
export const assessmentChanged = (stored: unknown, next: AssessmentProperty): boolean => {
  const parsed = AssessmentPropertySchema.safeParse(stored);
  if (!parsed.success) return true;
  const { scoredOn: _a, ...before } = parsed.data;
  const { scoredOn: _b, ...after } = next;
  return JSON.stringify(before) !== JSON.stringify(after);
};

/** Writes the property when it changed; `stored` is the current value when already read (undefined: read it). Returns whether it wrote. */
export const writeAssessmentIfChanged = async (
  client: JiraClient,
  assessment: Assessment,
  today: string,
  stored?: { readonly value: unknown },
): Promise<boolean> => {
  const next = assessmentPropertyOf(assessment, today);
  const current = stored === undefined ? await client.getIssueProperty(assessment.key, ASSESSMENT_PROPERTY_KEY) : stored.value;
  if (!assessmentChanged(current, next)) return false;
  await client.setIssueProperty(assessment.key, ASSESSMENT_PROPERTY_KEY, next);
  return true;
};

/** The assessment properties to write for a batch: only the items whose stored value (read with the search) differs. */
export const changedAssessments = (
  assessed: readonly { readonly raw: { readonly id: string; readonly properties: Readonly<Record<string, unknown>> }; readonly assessment: Assessment }[],
  today: string,
): { issueId: string; value: AssessmentProperty }[] =>
  assessed.flatMap(({ raw, assessment }) => {
    const next = assessmentPropertyOf(assessment, today);
    return assessmentChanged(raw.properties[ASSESSMENT_PROPERTY_KEY], next) ? [{ issueId: raw.id, value: next }] : [];
  });
