import { z } from 'zod';
import { calendarDate } from './calendar-date';
import { visibleText } from './visible-text';
import { VERDICTS, type Verdict } from './assessment';

/**
 * PI decisions: what a person with Edit issues decides about a work item for
 * one PI (keep it with a named sponsor, re-justify it by a date, or drop it),
 * or about a delivered item (retire it: no more maintenance), with the reason. The wire and storage shape, shared by the back end (the
 * issue property, the resolver payloads) and the front ends (the decide form).
 *
 * Decisions are versioned: every change appends a record (version 1, 2, ...
 * per issue); none is ever edited or removed. The decision that applies to an
 * item is the newest trusted record for the PI it is planned in.
 */

export const DECISION_KINDS = ['keep', 'rejustify', 'drop', 'retire'] as const;
export const DecisionKindSchema = z.enum(DECISION_KINDS);
export type DecisionKind = z.infer<typeof DecisionKindSchema>;

export { DECISION_KIND_LABELS, keptByLabel } from './decision-words';

export const DECISION_LIMITS = { rationaleMin: 10, rationaleMax: 1000, accountId: 128, displayName: 255 } as const;

/** The issue property the decision records live in, beside the evidence. */
export const DECISIONS_PROPERTY_KEY = 'factory-gravity.decisions';

/** A rationale: 10 to 1,000 characters with visible text (what a person reads later to know why). */
export const RationaleSchema = visibleText(DECISION_LIMITS.rationaleMax, 'Rationale').refine(
  (s) => s.trim().length >= DECISION_LIMITS.rationaleMin,
  { error: `Write at least ${DECISION_LIMITS.rationaleMin} characters: the reason is what people read later` },
);

const accountId = z.string().trim().min(1, 'Pick a person').max(DECISION_LIMITS.accountId);

/** What a person submits (the decide form, the resolver payload). The server adds who, when, the verdict at decision and the version. */
export const DecisionInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('keep'), rationale: RationaleSchema, sponsorAccountId: accountId }).strict(),
  /** dueDate: YYYY-MM-DD, inside the PI (checked by the server against the PI's dates). */
  z.object({ kind: z.literal('rejustify'), rationale: RationaleSchema, dueDate: calendarDate() }).strict(),
  z.object({ kind: z.literal('drop'), rationale: RationaleSchema }).strict(),
  /**
   * A delivered (Done) item the train stops maintaining: its outcome becomes `retired`
   * (src/shared/outcome.ts). For the item's own PI whatever it is (RETIRE_NO_PI when
   * it is in none); refused for an item not Done.
   */
  z.object({ kind: z.literal('retire'), rationale: RationaleSchema }).strict(),
]);

/** The `pi` of a retire record for an item planned in no PI (a retire is about the product, not a PI). */
export const RETIRE_NO_PI = 'No PI';
export type DecisionInput = z.infer<typeof DecisionInputSchema>;

/** A Jira user as the app shows them: the account id is what is stored and checked, the name what is shown. */
export const PersonSchema = z
  .object({ accountId: z.string().min(1).max(DECISION_LIMITS.accountId), displayName: z.string().max(DECISION_LIMITS.displayName) })
  .strict();
export type Person = z.infer<typeof PersonSchema>;


/** One stored decision (format version 1). */
export const DecisionRecordSchema = z
  .object({
    id: z.string().min(1).max(64),
    /** 1, 2, 3... per issue, in the order the records were appended. */
    version: z.number().int().min(1),
    /** The PI the decision is for, by name as the calendar names it ("PI 26.3"). */
    pi: z.string().min(1).max(200),
    kind: DecisionKindSchema,
    rationale: z.string().max(DECISION_LIMITS.rationaleMax),
    /** keep only: the person who answers for keeping it. */
    sponsor: PersonSchema.optional(),
    /** rejustify only: by when a new justification is due (YYYY-MM-DD). */
    dueDate: z.string().max(10).optional(),
    /** The item's verdict when the decision was recorded (a rejustify is overdue while it has not changed). */
    verdictAtDecision: z.enum(VERDICTS),
    decidedBy: PersonSchema,
    /** ISO date-time. */
    decidedAt: z.string().max(40),
    /** drop only: the planning values taken off the item in Jira (fix version names, sprint names, labels or field values). */
    removedFromPi: z.array(z.string().max(255)).max(50).optional(),
  })
  .strict();
export type DecisionRecord = z.infer<typeof DecisionRecordSchema>;

/** The decision that applies to an item for its PI, as every surface shows it. */
export interface DecisionView {
  readonly kind: DecisionKind;
  readonly pi: string;
  readonly version: number;
  readonly rationale: string;
  readonly sponsor: Person | null;
  readonly dueDate: string | null;
  readonly decidedBy: Person;
  readonly decidedAt: string;
  readonly verdictAtDecision: Verdict;
  /** rejustify only: today is after dueDate and the verdict has not changed since the decision. */
  readonly overdue: boolean;
}


/** One entry of a train's not-doing register: an item dropped from a PI, and why. */
export interface RegisterEntry {
  readonly issueKey: string;
  readonly summary: string;
  readonly projectKey: string;
  readonly pi: string;
  readonly rationale: string;
  readonly decidedBy: Person;
  readonly decidedAt: string;
  /** The decision record's version on the issue. */
  readonly version: number;
  readonly verdictAtDecision: Verdict;
  readonly removedFromPi: readonly string[];
}

/** One line of the decision log: a decision record with the item it belongs to. */
export interface DecisionLogEntry {
  readonly issueKey: string;
  readonly summary: string;
  readonly record: DecisionRecord;
}

/** A record as stored: the record and, when the app signed it (domain 'decision', src/jira/evidence-mac.ts), its `mac`. */
export const StoredDecisionRecordSchema = DecisionRecordSchema.extend({ mac: z.string().max(200).optional() }).strict();
export type StoredDecisionRecord = z.infer<typeof StoredDecisionRecordSchema>;

/**
 * The issue property `factory-gravity.decisions`: every decision ever recorded
 * on the issue, oldest first, append only. `revision` counts the writes.
 */
export const StoredDecisionsSchema = z
  .object({ schemaVersion: z.literal(1), revision: z.number().int().min(0), records: z.array(StoredDecisionRecordSchema).max(500) })
  .strict();
export type StoredDecisions = z.infer<typeof StoredDecisionsSchema>;
