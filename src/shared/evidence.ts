import { z } from 'zod';

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
};

export const LIMITS = { summary: 500, sourceName: 120, sourceRole: 120, sourceSite: 120, url: 2000 } as const;

/**
 * Links that certainly parse as https URLs with a host and no credentials: a host of
 * letter-digit-hyphen labels (no "--", so no punycode to decode) whose last label starts
 * with a letter (never an IPv4 address), an optional short port, then anything without spaces.
 */
const PLAIN_HTTPS_URL = /^https:\/\/(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)*[a-z](?:[a-z0-9-]*[a-z0-9])?(?::\d{1,4})?(?:[/?#]\S*)?$/i;

/** An https link with a host and no user name or password (what HttpsUrlSchema checks after trimming). */
export const isHttpsUrl = (s: string): boolean => {
  if (PLAIN_HTTPS_URL.test(s) && !s.slice(8).split(/[/?#]/, 1)[0]?.includes('--')) return true;
  try {
    const u = new URL(s);
    return u.protocol === 'https:' && u.hostname.length > 0 && u.username === '' && u.password === '';
  } catch {
    return false;
  }
};

/** https only: http, javascript:, data: and anything else are refused. */
export const HttpsUrlSchema = z
  .string()
  .trim()
  .max(LIMITS.url, `At most ${LIMITS.url} characters`)
  .refine(isHttpsUrl, { message: 'Use a full https:// link' });

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const daysInMonth = (year: number, month: number): number =>
  month === 2
    ? (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
      ? 29
      : 28
    : month === 4 || month === 6 || month === 9 || month === 11
      ? 30
      : 31;

/** A real calendar date written YYYY-MM-DD (years 0000-9999). */
export const isRealIsoDate = (s: string): boolean => {
  const m = ISO_DATE.exec(s);
  if (m === null) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(m[1]), month);
};

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-03-31')
  .refine(isRealIsoDate, {
    message: 'Not a real date',
  });

const text = (max: number, label: string) =>
  z.string().trim().min(1, `${label} is required`).max(max, `At most ${max} characters`);
const optionalText = (max: number) => z.string().trim().max(max, `At most ${max} characters`).optional();

export const EvidenceSourceSchema = z
  .object({
    /** Who: a person, a team or a data set ("Ward 4B nurses", "Dr. Osei"). Distinct sources are counted by this name. */
    name: text(LIMITS.sourceName, 'Source'),
    role: optionalText(LIMITS.sourceRole),
    site: optionalText(LIMITS.sourceSite),
  })
  .strict();

/** What a person types: the add and edit forms, and the resolver payloads. */
export const EvidenceInputSchema = z
  .object({
    kind: EvidenceKindSchema,
    url: HttpsUrlSchema.optional(),
    source: EvidenceSourceSchema,
    observedOn: isoDate,
    summary: text(LIMITS.summary, 'Summary'),
  })
  .strict();
export type EvidenceInput = z.infer<typeof EvidenceInputSchema>;

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

/** The issue property key under which evidence lives. */
export const EVIDENCE_PROPERTY_KEY = 'factory-gravity.evidence';
/** The issue property key the indexed assessment is written to (jira:entityProperty). */
export const ASSESSMENT_PROPERTY_KEY = 'factory-gravity.assessment';
