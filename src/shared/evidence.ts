import { z } from 'zod';
import { calendarDate } from './calendar-date';
import { isSafeLinkUrl } from './link-url';
import { optionalVisibleText, visibleText } from './visible-text';

/**
 * Field evidence: the wire and storage shape, shared by the back end (parsing
 * the issue property and resolver payloads) and the front ends (the form).
 */

export const EVIDENCE_KINDS = [
  'interview',
  'observation',
  'survey',
  'analytics',
  'support',
  'win-loss',
  'stakeholder-request',
  /** After delivery: usage, active users, uptake (src/shared/outcome.ts). */
  'adoption',
  /** After delivery: the measure the item was meant to move. */
  'outcome',
] as const;
export const EvidenceKindSchema = z.enum(EVIDENCE_KINDS);
export type EvidenceKind = z.infer<typeof EvidenceKindSchema>;

export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = {
  interview: 'Interview',
  observation: 'Observation',
  survey: 'Survey',
  analytics: 'Analytics',
  support: 'Support tickets',
  'win-loss': 'Win/loss review',
  'stakeholder-request': 'Stakeholder request',
  adoption: 'Adoption',
  outcome: 'Outcome',
};

/**
 * The kinds that say whether a delivered item is used (adoption) or moved what it
 * was meant to move (outcome). Observed on or after the delivery day they make its
 * outcome `evidenced` (src/domain/outcome.ts); like every kind but stakeholder
 * requests they are field evidence for the evidence force too.
 */
export const OUTCOME_EVIDENCE_KINDS = ['adoption', 'outcome'] as const satisfies readonly EvidenceKind[];
export const isOutcomeEvidence = (kind: EvidenceKind): boolean => kind === 'adoption' || kind === 'outcome';

export const LIMITS = { summary: 500, sourceName: 120, sourceRole: 120, sourceSite: 120, url: 2000, unit: 40, figure: 1e12 } as const;

/** An https link with a host and no user info, whitespace, quotes or invisible characters: the 'evidence' policy of the one link rule (src/shared/link-url.ts). */
export const isHttpsUrl = (s: string): boolean => isSafeLinkUrl(s, 'evidence');

/**
 * https only: http, javascript:, data:, user info ("https://user@host", "https://@host"),
 * quotes, angle brackets, whitespace and control or format characters are refused.
 * Surrounding spaces are trimmed first (a pasted link often carries one).
 */
export const HttpsUrlSchema = z
  .string()
  .trim()
  .max(LIMITS.url, `At most ${LIMITS.url} characters`)
  .refine(isHttpsUrl, {
    error: 'Use a full https:// link without a user name, spaces, quotes or angle brackets',
  });

const isoDate = calendarDate();


export const EvidenceSourceSchema = z
  .object({
    /** Who: a person, a team or a data set ("Ward 4B nurses", "Dr. Osei"). Distinct sources are counted by this name. */
    name: visibleText(LIMITS.sourceName, 'Source'),
    role: optionalVisibleText(LIMITS.sourceRole, 'Role'),
    site: optionalVisibleText(LIMITS.sourceSite, 'Site'),
  })
  .strict();

/** What a person types: the add and edit forms, and the resolver payloads. */
export const EvidenceInputSchema = z
  .object({
    kind: EvidenceKindSchema,
    url: HttpsUrlSchema.optional(),
    source: EvidenceSourceSchema,
    observedOn: isoDate,
    summary: visibleText(LIMITS.summary, 'Summary'),
    /**
     * Adoption and outcome evidence only (evidenceFigureProblem): the measured value
     * ("212" weekly active users, "-18" % readmissions) and its unit. Absent on every
     * record written before these kinds existed: such records read as they were.
     */
    figure: z
      // zod 4 numbers refuse NaN and infinities already.
      .number({ error: 'Enter a number' })
      .min(-LIMITS.figure, 'At most a trillion either way')
      .max(LIMITS.figure, 'At most a trillion either way')
      .optional(),
    unit: optionalVisibleText(LIMITS.unit, 'Unit'),
  })
  .strict();
export type EvidenceInput = z.infer<typeof EvidenceInputSchema>;

/**
 * Why an input's figure cannot be kept, or null: a figure and unit belong to
 * adoption and outcome evidence only, and a unit needs a figure. Checked by
 * the evidence service (BAD_PAYLOAD with the field's path) and the form.
 */
export const evidenceFigureProblem = (input: Pick<EvidenceInput, 'kind' | 'figure' | 'unit'>): { path: 'figure' | 'unit'; message: string } | null => {
  if (!isOutcomeEvidence(input.kind)) {
    if (input.figure !== undefined) return { path: 'figure', message: 'Only adoption and outcome evidence has a figure' };
    if (input.unit !== undefined) return { path: 'unit', message: 'Only adoption and outcome evidence has a unit' };
    return null;
  }
  if (input.unit !== undefined && input.figure === undefined) return { path: 'figure', message: 'Enter the figure the unit belongs to' };
  return null;
};

/** A stored record (current format, version 2). */
export const EvidenceRecordSchema = EvidenceInputSchema.extend({
  id: z.string().min(1).max(64),
  addedBy: z.string().max(128),
  addedAt: z.string().max(40),
  /** The remote link this record was confirmed from, if any. */
  fromLinkId: z.string().max(64).optional(),
  /** Soft delete: set when removed, cleared by undo. Removed records never count. */
  removedAt: z.string().max(40).optional(),
  removedBy: z.string().max(128).optional(),
}).strict();
export type EvidenceRecord = z.infer<typeof EvidenceRecordSchema>;

/**
 * How far a stored record can be trusted (src/jira/evidence-mac.ts): `signed` by
 * this installation; `unsigned` (no signature: written before signing began, or
 * put there outside the app); `changed` (a signature that does not match: edited
 * or copied outside the app, or signed by another installation); `unchecked` (no
 * key to check with: the CLI against a real site). Only signed and unchecked
 * records count toward the evidence force and the verdict.
 */
export type EvidenceTrust = 'signed' | 'unsigned' | 'changed' | 'unchecked';
export const countsAsEvidence = (trust: EvidenceTrust): boolean => trust === 'signed' || trust === 'unchecked';

/** A live record that does not count because it is not signed by the app: shown apart, with what it claims. */
export interface UntrustedEvidence {
  readonly record: EvidenceRecord;
  readonly trust: 'unsigned' | 'changed';
}

/** The issue property key under which evidence lives. */
export const EVIDENCE_PROPERTY_KEY = 'factory-gravity.evidence';
/** The issue property key the indexed assessment is written to (jira:entityProperty). */
export const ASSESSMENT_PROPERTY_KEY = 'factory-gravity.assessment';
