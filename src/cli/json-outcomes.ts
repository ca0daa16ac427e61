import { z } from 'zod';
import { EVIDENCE_KINDS } from '../shared/evidence';
import type { OutcomeReport } from '../shared/outcome';
import { JsonItemOutcomeSchema, toJsonItemOutcome } from './json-report';

/**
 * The JSON contract of `factory-gravity outcomes --format json`, schemaVersion 1.
 * Stable like the scan's (src/cli/json-report.ts): fields are only ever added,
 * and a change of meaning raises schemaVersion. Each item's `outcome` is the
 * scan JSON's item outcome with the evidence and the retirement added.
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const count = z.number().int().min(0);
const person = z.object({ accountId: z.string(), displayName: z.string() }).strict();

export const JsonOutcomeEvidenceSchema = z
  .object({
    id: z.string(),
    kind: z.enum(EVIDENCE_KINDS),
    summary: z.string(),
    observedOn: isoDate,
    /** The measured figure (212), or null. */
    figure: z.number().nullable(),
    /** What the figure counts ("weekly active users"), or null. */
    unit: z.string().nullable(),
    sourceName: z.string(),
  })
  .strict();

export const JsonOutcomeRowSchema = z
  .object({
    key: z.string(),
    summary: z.string(),
    projectKey: z.string(),
    issueType: z.string(),
    /** The Jira status name ("Done", "Closed"). */
    status: z.string(),
    statusCategory: z.enum(['new', 'indeterminate', 'done']),
    /** The PI the item was planned in, or null. */
    pi: z.string().nullable(),
    outcome: JsonItemOutcomeSchema.extend({
      /** Adoption and outcome evidence observed on or after the delivery day, newest first; only `evidenced` has any. */
      evidence: z.array(JsonOutcomeEvidenceSchema),
      /** The retire decision that applies (`retired` only), or null. */
      retirement: z.object({ rationale: z.string(), decidedBy: person, decidedAt: z.string(), version: z.number().int().min(1) }).strict().nullable(),
    }).strict(),
  })
  .strict();

export const JsonOutcomesSchema = z
  .object({
    schemaVersion: z.literal(1),
    /** Human words for the scope ("project CLIN"). */
    scope: z.string(),
    /** The JQL searched. */
    jql: z.string(),
    today: isoDate,
    /** The earliest delivery day listed: --since, or settings outcome.lookbackMonths months before today. */
    since: isoDate,
    /** Settings outcome.dueWeeks: evidence is due this many weeks after delivery. */
    dueWeeks: z.number().int().min(1),
    headline: z.string(),
    counts: z.object({ overdue: count, pending: count, evidenced: count, retired: count }).strict(),
    /** Items that could not be read: the list is partial when this is not empty. */
    unreadable: z.array(z.object({ key: z.string(), reason: z.string() }).strict()),
    /** Set when --timeout ran out before every item was read (exit 4, unless an overdue item was read and --fail-on overdue gives 1). */
    partial: z.object({ code: z.literal('DEADLINE'), message: z.string(), itemsRead: count }).strict().nullable(),
    /** False when evidence signatures could not be checked (a real site): every readable record counted. */
    evidenceChecked: z.boolean(),
    /** Why the settings in force are not the ones stored (defaults used), or null. */
    settingsWarning: z.string().nullable(),
    /** Overdue first, then pending, evidenced, retired; within a status the longest since delivery first, then key. */
    items: z.array(JsonOutcomeRowSchema),
  })
  .strict();

export type JsonOutcomes = z.infer<typeof JsonOutcomesSchema>;

/** Picks the contract's fields out of an OutcomeReport (nothing else leaks into the output). */
export const toJsonOutcomes = (report: OutcomeReport): JsonOutcomes => ({
  schemaVersion: 1,
  scope: report.scopeLabel,
  jql: report.jql,
  today: report.today,
  since: report.since,
  dueWeeks: report.dueWeeks,
  headline: report.headline,
  counts: { overdue: report.counts.overdue, pending: report.counts.pending, evidenced: report.counts.evidenced, retired: report.counts.retired },
  unreadable: report.unreadable.map((u) => ({ key: u.key, reason: u.reason })),
  partial: report.partial === undefined ? null : { code: report.partial.code, message: report.partial.message, itemsRead: report.partial.itemsRead },
  evidenceChecked: report.evidenceChecked,
  settingsWarning: report.settingsWarning ?? null,
  items: report.items.map((row) => ({
    key: row.key,
    summary: row.summary,
    projectKey: row.projectKey,
    issueType: row.issueType,
    status: row.status,
    statusCategory: row.statusCategory,
    pi: row.pi,
    outcome: {
      ...toJsonItemOutcome(row.outcome),
      evidence: row.outcome.evidence.map((e) => ({
        id: e.id,
        kind: e.kind,
        summary: e.summary,
        observedOn: e.observedOn,
        figure: e.figure,
        unit: e.unit,
        sourceName: e.sourceName,
      })),
      retirement:
        row.outcome.retirement === null
          ? null
          : {
              rationale: row.outcome.retirement.rationale,
              decidedBy: { accountId: row.outcome.retirement.decidedBy.accountId, displayName: row.outcome.retirement.decidedBy.displayName },
              decidedAt: row.outcome.retirement.decidedAt,
              version: row.outcome.retirement.version,
            },
    },
  })),
});
