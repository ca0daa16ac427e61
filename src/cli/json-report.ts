import { z } from 'zod';
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
    code: z.enum([
      'NO_OBJECTIVE',
      'OBJECTIVE_NOT_LIVE',
      'NO_EVIDENCE',
      'STALE_EVIDENCE',
      'HIPPO_RISK',
      'SINGLE_SOURCE',
      'SUGGESTED_EVIDENCE',
      'CARRIED_OVER',
      'ZOMBIE',
      'ONLY_FITS',
      'NOT_PLANNED',
      'KEPT_BY_DECISION',
      'REJUSTIFY_OVERDUE',
    ]),
    severity: z.enum(['error', 'warning', 'info']),
    force: z.enum(['strategy', 'evidence', 'delivery']),
    message: z.string(),
    /** The action that fixes it: a stable kind and the words shown to a person. */
    fix: z
      .object({
        kind: z.enum(['link-objective', 'add-evidence', 'confirm-suggestion', 'refresh-evidence', 'review-carry-over', 'plan-into-pi', 'review-planning', 'review-decision', 'rejustify']),
        label: z.string(),
      })
      .strict(),
    /** Points of the alignment score this finding explains. */
    points: count,
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
    /** Worst first. */
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
  })),
});
