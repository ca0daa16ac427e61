import { z } from 'zod';
import type { JiraClient } from '../jira/client';
import { ASSESSMENT_HISTORY_LIMIT, type AssessmentHistoryEntry } from '../shared/activity';
import { VERDICTS, type Assessment } from '../shared/assessment';
import { isCalendarDate } from '../shared/calendar-date';
import { DECISION_KINDS } from '../shared/decision';
import { ASSESSMENT_PROPERTY_KEY } from '../shared/evidence';
import { OUTCOME_STATUSES } from '../shared/outcome';

/**
 * The indexed issue property `factory-gravity.assessment` (jira:entityProperty
 * in manifest.yml makes each value searchable in JQL, e.g.
 * `gravityVerdict = "gravity"`, `gravityDecision = keep`). Written only when a
 * value other than the scoring date and the history changed, so re-scoring an
 * unchanged site writes nothing. A value written before `decision` or
 * `outcome` existed does not parse and so counts as changed: the next
 * re-score adds it.
 *
 * `history` remembers the assessments the re-score saw, oldest first: a write
 * appends {on: today, verdict, score, decision, outcome} when one of those
 * differs from the newest entry, and keeps the newest ASSESSMENT_HISTORY_LIMIT
 * (50) entries. The activity timeline (src/domain/activity.ts) reads its
 * verdict changes from it. 50 entries are about 4 KB serialised, far under
 * Jira's limit of 32,768 characters for a property value (OAS
 * setIssueProperty; /work/shared/FORGE-NOTES.md "Entity property"): a test
 * pins it.
 */

export const AssessmentHistoryEntrySchema = z.object({
  on: z.string().refine(isCalendarDate),
  verdict: z.enum(VERDICTS),
  score: z.number(),
  decision: z.enum([...DECISION_KINDS, 'none']),
  outcome: z.enum(OUTCOME_STATUSES),
});

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
  /** Oldest first, at most ASSESSMENT_HISTORY_LIMIT. Read entry by entry (historyOf): absent on values written before it existed. */
  history: z.array(z.unknown()).optional(),
});
export type AssessmentProperty = Omit<z.infer<typeof AssessmentPropertySchema>, 'history'> & {
  readonly history: readonly AssessmentHistoryEntry[];
};

const sameStanding = (a: Omit<AssessmentHistoryEntry, 'on'>, b: Omit<AssessmentHistoryEntry, 'on'>): boolean =>
  a.verdict === b.verdict && a.score === b.score && a.decision === b.decision && a.outcome === b.outcome;

const entryOf = (value: { verdict: unknown; score: unknown; decision: unknown; outcome: unknown }, on: unknown): AssessmentHistoryEntry | null => {
  const parsed = AssessmentHistoryEntrySchema.safeParse({ on, verdict: value.verdict, score: value.score, decision: value.decision, outcome: value.outcome });
  return parsed.success ? parsed.data : null;
};

/**
 * The history a stored value holds, oldest first. Entries that do not parse are
 * dropped (never a failed write). A value from before the history existed (no
 * `history` list) is upgraded: its own verdict, score, decision and outcome
 * become the first entry, dated its scoredOn.
 */
export const historyOf = (stored: unknown): AssessmentHistoryEntry[] => {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return [];
  const value = stored as Record<string, unknown>;
  const list = value['history'];
  if (Array.isArray(list)) {
    return list.flatMap((e) => {
      const parsed = AssessmentHistoryEntrySchema.safeParse(e);
      return parsed.success ? [parsed.data] : [];
    });
  }
  const first = entryOf({ verdict: value['verdict'], score: value['score'], decision: value['decision'], outcome: value['outcome'] }, value['scoredOn']);
  return first === null ? [] : [first];
};

/** The history with `entry` appended when its standing differs from the newest entry's, the oldest dropped beyond the limit. */
export const appendHistory = (history: readonly AssessmentHistoryEntry[], entry: AssessmentHistoryEntry): AssessmentHistoryEntry[] => {
  const newest = history[history.length - 1];
  const next = newest !== undefined && sameStanding(newest, entry) ? [...history] : [...history, entry];
  return next.slice(-ASSESSMENT_HISTORY_LIMIT);
};

/** The value to store for `assessment` today; `stored` is the current value (its history carries over). */
export const assessmentPropertyOf = (assessment: Assessment, today: string, stored: unknown): AssessmentProperty => {
  const decision = assessment.decision?.kind ?? 'none';
  const standing = { verdict: assessment.verdict, score: assessment.score, decision, outcome: assessment.outcome.status } as const;
  return {
    verdict: assessment.verdict,
    score: assessment.score,
    strategy: assessment.forces.strategy,
    evidence: assessment.forces.evidence,
    delivery: assessment.forces.delivery,
    freshEvidence: assessment.counts.freshEvidence,
    liveObjectives: assessment.counts.liveObjectives,
    carriedOver: assessment.carriedOver,
    decision,
    outcome: assessment.outcome.status,
    scoredOn: today,
    history: appendHistory(historyOf(stored), { on: today, ...standing }),
  };
};

/**
 * True when the stored value is missing, unreadable, or differs in anything but
 * scoredOn and the history (the history follows the other values: it is never
 * a change of its own, so a re-score of an unchanged item writes nothing).
 */
export const assessmentChanged = (stored: unknown, next: AssessmentProperty): boolean => {
  const parsed = AssessmentPropertySchema.safeParse(stored);
  if (!parsed.success) return true;
  const { scoredOn: _a, history: _h, ...before } = parsed.data;
  const { scoredOn: _b, history: _k, ...after } = next;
  return JSON.stringify(before) !== JSON.stringify(after);
};

/** Writes the property when it changed; `stored` is the current value when already read (undefined: read it, so the history carries over). Returns whether it wrote. */
export const writeAssessmentIfChanged = async (
  client: JiraClient,
  assessment: Assessment,
  today: string,
  stored?: { readonly value: unknown },
): Promise<boolean> => {
  const current = stored === undefined ? await client.getIssueProperty(assessment.key, ASSESSMENT_PROPERTY_KEY) : stored.value;
  const next = assessmentPropertyOf(assessment, today, current);
  if (!assessmentChanged(current, next)) return false;
  await client.setIssueProperty(assessment.key, ASSESSMENT_PROPERTY_KEY, next);
  return true;
};

/** The assessment properties to write for a batch: only the items whose stored value (read with the search) differs; each keeps its history. */
export const changedAssessments = (
  assessed: readonly { readonly raw: { readonly id: string; readonly properties: Readonly<Record<string, unknown>> }; readonly assessment: Assessment }[],
  today: string,
): { issueId: string; value: AssessmentProperty }[] =>
  assessed.flatMap(({ raw, assessment }) => {
    const stored = raw.properties[ASSESSMENT_PROPERTY_KEY];
    const next = assessmentPropertyOf(assessment, today, stored);
    return assessmentChanged(stored, next) ? [{ issueId: raw.id, value: next }] : [];
  });
