import { z } from 'zod';
import { FINDING_CODES } from '../shared/assessment';
import { OUTCOME_STATUSES, type OutcomeView } from '../shared/outcome';
import type { ScopeReport } from '../shared/report';

/**
 * The JSON contract of `factory-gravity scan --format json`, schemaVersion 1.
 * Stable: fields are only ever added, and a change of meaning raises
 * schemaVersion. Tests check every JSON output against this schema.
 */

/** `delivered` (a Done item) was added within schemaVersion 1: a new value, no change of meaning for the others. */
const verdict = z.enum(['gravity', 'zombie', 'ungrounded', 'unanchored', 'aligned', 'delivered', 'unplanned']);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const score = z.number().int().min(0).max(100);
const count = z.number().int().min(0);
const forces = z.object({ strategy: score, evidence: score, delivery: score }).strict();

export const JsonFindingSchema = z
  .object({
    code: z.enum(FINDING_CODES),
    severity: z.enum(['error', 'warning', 'info']),
    force: z.enum(['strategy', 'evidence', 'delivery']),
    message: z.string(),
    /** The action that fixes it: a stable kind and the words shown to a person. */
    fix: z
      .object({
        kind: z.enum(['link-objective', 'add-evidence', 'confirm-suggestion', 'refresh-evidence', 'review-carry-over', 'plan-into-pi', 'review-planning', 'review-decision', 'rejustify', 'check-outcome']),
        label: z.string(),
      })
      .strict(),
    /** Points of the alignment score this finding explains. */
    points: count,
  })
  .strict();

const person = z.object({ accountId: z.string(), displayName: z.string() }).strict();

/**
 * Added within schemaVersion 1: the outcome check after delivery (src/shared/outcome.ts). Every item
 * has one; `not-delivered` (all nulls) until the item is Done. `factory-gravity outcomes --format json`
 * (src/cli/json-outcomes.ts) extends it with the evidence and the retirement.
 */
export const JsonItemOutcomeSchema = z
  .object({
    status: z.enum(OUTCOME_STATUSES),
    /** The delivery day (YYYY-MM-DD), or null when not Done or Done on a day Jira does not tell. */
    deliveredOn: isoDate.nullable(),
    /** Where the delivery day comes from: Jira's resolution date, or the changelog's transition into the current status. */
    deliveredFrom: z.enum(['resolution', 'changelog']).nullable(),
    /** deliveredOn + settings outcome.dueWeeks weeks, or null without a delivery day. */
    dueOn: isoDate.nullable(),
    /** Whole days from the delivery day to today (0 on the day), or null without a delivery day. */
    daysSinceDelivery: count.nullable(),
  })
  .strict();

/** The contract's outcome fields of an OutcomeView. */
export const toJsonItemOutcome = (o: OutcomeView): z.infer<typeof JsonItemOutcomeSchema> => ({
  status: o.status,
  deliveredOn: o.delivery?.on ?? null,
  deliveredFrom: o.delivery?.from ?? null,
  dueOn: o.dueOn,
  daysSinceDelivery: o.daysSinceDelivery,
});

export const JsonDecisionSchema = z
  .object({
    kind: z.enum(['keep', 'rejustify', 'drop', 'retire']),
    pi: z.string(),
    /** The record's version on the issue (1, 2, ...). */
    version: z.number().int().min(1),
    /** keep only, else null. */
    sponsor: person.nullable(),
    rationale: z.string(),
    /** rejustify only (YYYY-MM-DD), else null. */
    dueDate: z.string().nullable(),
    decidedBy: person,
    /** ISO date-time. */
    decidedAt: z.string(),
    /** rejustify only: the due date has passed and the verdict has not changed since. */
    overdue: z.boolean(),
  })
  .strict();

export const JsonItemSchema = z
  .object({
    key: z.string(),
    summary: z.string(),
    verdict,
    headline: z.string(),
    /** Alignment score 0-100. */
    score,
    forces,
    /** How many times the item was carried over into a later PI. */
    carriedOver: count,
    /** The PI the item is planned in, or null. */
    pi: z.string().nullable(),
    planning: z.enum(['current', 'next', 'other', 'none']),
    findings: z.array(JsonFindingSchema),
    counts: z.object({ liveObjectives: count, freshEvidence: count, distinctSources: count }).strict(),
    /** The PI decision that applies to the item for its PI (the newest signed record for that PI), or null. */
    decision: JsonDecisionSchema.nullable(),
    /** Added within schemaVersion 1: the item's size in the report's capacity unit (`capacity.unit`), or null when unsized or when items are counted. */
    size: z.number().min(0).nullable(),
    /** Added within schemaVersion 1: the outcome check after delivery; `not-delivered` until the item is Done. */
    outcome: JsonItemOutcomeSchema,
  })
  .strict();

const verdictSums = z
  .object({ gravity: z.number(), zombie: z.number(), ungrounded: z.number(), unanchored: z.number(), aligned: z.number(), delivered: z.number(), unplanned: z.number() })
  .strict();

/** The PI's capacity: sizes summed per verdict (they add up to `total`), the unsized items named. */
export const JsonCapacitySchema = z
  .object({
    /** points (a story points field), hours (original estimate), or items (counted: no capacity field). */
    unit: z.enum(['points', 'hours', 'items']),
    /** The field that sized the items, or null when items are counted. */
    field: z.object({ id: z.string(), name: z.string(), unit: z.enum(['points', 'hours']) }).strict().nullable(),
    /** Sum of the sized items' sizes (unit items: the number of items); unsized items are not in it. */
    total: z.number().min(0),
    byVerdict: verdictSums,
    /** Items without a size, in report order (empty when unit = items). */
    unsized: z.array(z.object({ key: z.string(), summary: z.string() }).strict()),
  })
  .strict();

/** A better candidate waiting outside the PI: it would be aligned planned into it. */
export const JsonCandidateSchema = z
  .object({
    key: z.string(),
    summary: z.string(),
    /** The alignment score it would have planned into the report's PI. */
    score,
    /** Its size in `capacity.unit`, or null when unsized (or items are counted). */
    size: z.number().min(0).nullable(),
    /** Keys of its live objectives. */
    objectives: z.array(z.string()),
    /** How many fresh field evidence records it has. */
    freshEvidence: count,
    /** The later PI it is planned in, or null when it is in none. */
    plannedIn: z.string().nullable(),
  })
  .strict();

export const JsonReportSchema = z
  .object({
    schemaVersion: z.literal(1),
    /** Human words for the scope ("project CLIN"). */
    scope: z.string(),
    /** The JQL searched. */
    jql: z.string(),
    today: isoDate,
    pi: z.object({ name: z.string(), startDate: isoDate, endDate: isoDate }).strict().nullable(),
    piRole: z.enum(['current', 'next', 'named']),
    headline: z.string(),
    total: count,
    counts: z
      .object({ gravity: count, zombie: count, ungrounded: count, unanchored: count, aligned: count, delivered: count, unplanned: count })
      .strict(),
    /** How many items hold each force. */
    balance: z.object({ strategy: count, evidence: count, delivery: count }).strict(),
    /** Items that could not be read: the report is partial when this is not empty. */
    unreadable: z.array(z.object({ key: z.string(), reason: z.string() }).strict()),
    /**
     * Set when the run's time budget (--timeout) ran out before every item
     * was read: the counts cover `itemsRead` items only (exit code 4). Null
     * when every item was read.
     */
    partial: z.object({ code: z.literal('DEADLINE'), message: z.string(), itemsRead: count }).strict().nullable(),
    /**
     * False when evidence signatures could not be checked (a real site, or a
     * snapshot of one: the key is in the app's Forge storage), so every
     * readable record counted; true for the sample site.
     */
    evidenceChecked: z.boolean(),
    /**
     * The newest committed baseline of the project's PI and the drift since; null when none is committed, the
     * scope is not one project, or the app's storage is out of reach (a real site or a snapshot).
     */
    baseline: z
      .object({
        committedAt: z.string(),
        committedBy: z.object({ accountId: z.string(), displayName: z.string() }).strict(),
        version: z.number().int().min(1),
        drift: z
          .object({
            added: z.array(z.object({ key: z.string(), summary: z.string(), verdict }).strict()),
            removed: z.array(z.object({ key: z.string(), summary: z.string(), verdictAtCommit: verdict }).strict()),
            worsened: z.array(z.object({ key: z.string(), summary: z.string(), from: verdict, to: verdict }).strict()),
            evidenceExpired: z.array(z.object({ key: z.string(), summary: z.string(), freshAtCommit: count, freshNow: count }).strict()),
          })
          .strict(),
      })
      .strict()
      .nullable(),
    /** Added within schemaVersion 1: the PI's capacity; with no PI, an empty one. */
    capacity: JsonCapacitySchema,
    /**
     * Added within schemaVersion 1: the better candidates waiting outside the PI, best first (score if
     * planned, then size, then key), at most settings candidates.limit; null when the PI has ended, there
     * is no PI, or the time budget ran out before they were all read (then `partial` says so).
     */
    candidates: z.array(JsonCandidateSchema).nullable(),
    /** Added within schemaVersion 1: per gravity item, up to 3 candidate keys of similar size; null with `candidates`. */
    swaps: z.array(z.object({ key: z.string(), candidates: z.array(z.string()) }).strict()).nullable(),
    /** Worst first (verdict, then size descending). */
    items: z.array(JsonItemSchema),
  })
  .strict();

export type JsonReport = z.infer<typeof JsonReportSchema>;

/** Picks the contract's fields out of a ScopeReport (nothing else leaks into the output). */
export const toJsonReport = (report: ScopeReport): JsonReport => ({
  schemaVersion: 1,
  scope: report.scopeLabel,
  jql: report.jql,
  today: report.today,
  pi: report.pi === null ? null : { name: report.pi.name, startDate: report.pi.startDate, endDate: report.pi.endDate },
  piRole: report.piRole,
  headline: report.headline,
  total: report.total,
  counts: {
    gravity: report.counts.gravity,
    zombie: report.counts.zombie,
    ungrounded: report.counts.ungrounded,
    unanchored: report.counts.unanchored,
    aligned: report.counts.aligned,
    delivered: report.counts.delivered,
    unplanned: report.counts.unplanned,
  },
  balance: { strategy: report.balance.strategy, evidence: report.balance.evidence, delivery: report.balance.delivery },
  unreadable: report.unreadable.map((u) => ({ key: u.key, reason: u.reason })),
  partial: report.partial === undefined ? null : { code: report.partial.code, message: report.partial.message, itemsRead: report.partial.itemsRead },
  evidenceChecked: report.evidenceChecked !== false,
  baseline:
    report.baseline === undefined || report.baseline === null
      ? null
      : {
          committedAt: report.baseline.committedAt,
          committedBy: { accountId: report.baseline.committedBy.accountId, displayName: report.baseline.committedBy.displayName },
          version: report.baseline.version,
          drift: {
            added: report.baseline.drift.added.map((d) => ({ key: d.key, summary: d.summary, verdict: d.verdict })),
            removed: report.baseline.drift.removed.map((d) => ({ key: d.key, summary: d.summary, verdictAtCommit: d.verdictAtCommit })),
            worsened: report.baseline.drift.worsened.map((d) => ({ key: d.key, summary: d.summary, from: d.from, to: d.to })),
            evidenceExpired: report.baseline.drift.evidenceExpired.map((d) => ({ key: d.key, summary: d.summary, freshAtCommit: d.freshAtCommit, freshNow: d.freshNow })),
          },
        },
  capacity: {
    unit: report.capacity.unit,
    field: report.capacity.field === null ? null : { id: report.capacity.field.id, name: report.capacity.field.name, unit: report.capacity.field.unit },
    total: report.capacity.total,
    byVerdict: {
      gravity: report.capacity.byVerdict.gravity,
      zombie: report.capacity.byVerdict.zombie,
      ungrounded: report.capacity.byVerdict.ungrounded,
      unanchored: report.capacity.byVerdict.unanchored,
      aligned: report.capacity.byVerdict.aligned,
      delivered: report.capacity.byVerdict.delivered,
      unplanned: report.capacity.byVerdict.unplanned,
    },
    unsized: report.capacity.unsized.map((u) => ({ key: u.key, summary: u.summary })),
  },
  candidates:
    report.candidates === undefined
      ? null
      : report.candidates.map((c) => ({
          key: c.key,
          summary: c.summary,
          score: c.score,
          size: c.size,
          objectives: [...c.objectives],
          freshEvidence: c.freshEvidence,
          plannedIn: c.plannedIn,
        })),
  swaps: report.swaps === undefined ? null : report.swaps.map((s) => ({ key: s.key, candidates: [...s.candidates] })),
  items: report.items.map((item) => ({
    key: item.key,
    summary: item.summary,
    verdict: item.verdict,
    headline: item.headline,
    score: item.score,
    forces: { strategy: item.forces.strategy, evidence: item.forces.evidence, delivery: item.forces.delivery },
    carriedOver: item.carriedOver,
    pi: item.pi,
    planning: item.planning,
    findings: item.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      force: f.force,
      message: f.message,
      fix: { kind: f.fix.kind, label: f.fix.label },
      points: f.points,
    })),
    counts: {
      liveObjectives: item.counts.liveObjectives,
      freshEvidence: item.counts.freshEvidence,
      distinctSources: item.counts.distinctSources,
    },
    decision:
      item.decision === null
        ? null
        : {
            kind: item.decision.kind,
            pi: item.decision.pi,
            version: item.decision.version,
            sponsor: item.decision.sponsor === null ? null : { accountId: item.decision.sponsor.accountId, displayName: item.decision.sponsor.displayName },
            rationale: item.decision.rationale,
            dueDate: item.decision.dueDate,
            decidedBy: { accountId: item.decision.decidedBy.accountId, displayName: item.decision.decidedBy.displayName },
            decidedAt: item.decision.decidedAt,
            overdue: item.decision.overdue,
          },
    size: item.size,
    outcome: toJsonItemOutcome(item.outcome),
  })),
});
