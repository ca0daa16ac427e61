import { z } from 'zod';

/**
 * Project settings: one schema for the CLI's --settings file, the settings
 * page and the stored value in Forge storage. Every key has a documented
 * default; unknown keys are errors (a typo is never silently ignored).
 */

const nonEmpty = z.string().trim().min(1, 'Must not be empty').max(200, 'At most 200 characters');

/**
 * A group that repeats and is itself repeated — (a+)+, (\w*)*, (x|y+){2,} —
 * can make a regular expression backtrack for minutes on a long web-link
 * title. Such patterns are refused: they are never needed for a name match.
 */
const NESTED_REPETITION = /\((?:[^()\\]|\\.)*(?:[+*]|\{\d+,?\d*\})(?:[^()\\]|\\.)*\)(?:[+*]|\{\d+,?\d*\})/;

const regexSource = z
  .string()
  .min(1, 'Must not be empty')
  .max(200, 'At most 200 characters')
  .refine(
    (s) => {
      try {
        new RegExp(s, 'i');
        return true;
      } catch {
        return false;
      }
    },
    { message: 'Not a valid regular expression' },
  )
  .refine((s) => !NESTED_REPETITION.test(s), {
    message: 'A repeated group that itself repeats, like (a+)+, can make matching hang: simplify the pattern',
  });

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-03-31');

const customFieldId = z.string().regex(/^customfield_\d+$/, 'Use a custom field id like customfield_10050');

/** A PI named in the calendar (for PI sources that carry no dates of their own). */
export const PiCalendarEntrySchema = z
  .object({ name: nonEmpty, startDate: isoDate, endDate: isoDate })
  .strict()
  .refine((e) => e.startDate <= e.endDate, { message: 'startDate must not be after endDate', path: ['endDate'] });

export const PiSourceSchema = z.discriminatedUnion('source', [
  z
    .object({
      source: z.literal('fixVersion'),
      /** fixVersion names matching this (case-insensitive) are PIs. Dates: the version's startDate and releaseDate. */
      namePattern: regexSource.default('\\bPI\\b'),
    })
    .strict(),
  z
    .object({
      source: z.literal('sprint'),
      /** Sprint names matching this are part of a PI; the first capture group names the PI ("PI 26.3 - Sprint 2" → "PI 26.3"). A PI runs from its first sprint's start to its last sprint's end. */
      namePattern: regexSource.default('^(PI\\s*\\d+\\.\\d+)'),
      sprintFieldId: customFieldId.default('customfield_10020'),
    })
    .strict(),
  z
    .object({
      source: z.literal('customField'),
      /** A select or text field whose value names the PI; dates come from the calendar. */
      fieldId: customFieldId,
      calendar: z.array(PiCalendarEntrySchema).min(1, 'Add at least one PI with its dates').max(200),
    })
    .strict(),
  z
    .object({
      source: z.literal('labelPrefix'),
      /** Labels starting with this prefix name the PI ("PI-26.3"); dates come from the calendar. */
      prefix: nonEmpty.default('PI-'),
      calendar: z.array(PiCalendarEntrySchema).min(1, 'Add at least one PI with its dates').max(200),
    })
    .strict(),
]);

const weight = z.number().int('Use a whole number').min(0, 'At least 0').max(100, 'At most 100');

export const SettingsSchema = z
  .object({
    /** Issue types that are work items (planning level). */
    workItemTypes: z.array(nonEmpty).min(1, 'Name at least one issue type').max(20).default(['Epic']),
    objectives: z
      .object({
        /** Issue types that are strategic objectives. */
        issueTypes: z
          .array(nonEmpty)
          .min(1, 'Name at least one issue type')
          .max(20)
          .default(['Strategic Theme', 'Objective', 'Initiative', 'Strategic Objective']),
        /** Issue link type names that count; empty means any link type. */
        linkTypes: z.array(nonEmpty).max(20).default([]),
        /** Whether the parent chain (up to 3 levels) can reach an objective. */
        viaParent: z.boolean().default(true),
        /** A custom field holding objective issue keys, or null. */
        fieldId: customFieldId.nullable().default(null),
        /** The objective's target date field. */
        targetDateField: z.union([z.literal('duedate'), customFieldId]).default('duedate'),
      })
      .strict()
      .default({
        issueTypes: ['Strategic Theme', 'Objective', 'Initiative', 'Strategic Objective'],
        linkTypes: [],
        viaParent: true,
        fieldId: null,
        targetDateField: 'duedate',
      }),
    evidence: z
      .object({
        /** Evidence observed longer ago than this is stale (the Market Grounding horizon). */
        freshnessMonths: z.number().int('Use a whole number').min(1, 'At least 1 month').max(120, 'At most 120 months').default(18),
        /** Web links whose URL or title matches one of these (case-insensitive regular expressions) are suggested as evidence. */
        researchPatterns: z
          .array(regexSource)
          .max(50)
          .default(['interview', 'research', 'survey', 'observation', 'shadow', 'usability', 'field (visit|study|notes)', 'analytics', 'dovetail', 'user test']),
      })
      .strict()
      .default({
        freshnessMonths: 18,
        researchPatterns: ['interview', 'research', 'survey', 'observation', 'shadow', 'usability', 'field (visit|study|notes)', 'analytics', 'dovetail', 'user test'],
      }),
    pi: PiSourceSchema.default({ source: 'fixVersion', namePattern: '\\bPI\\b' }),
    carryOver: z
      .object({
        /** This many carry-overs raise a warning. */
        warnAt: z.number().int().min(1, 'At least 1').max(10).default(1),
        /** This many carry-overs make the item a zombie. */
        zombieAt: z.number().int().min(1, 'At least 1').max(10).default(2),
        /** Points taken off the alignment score per carry-over. */
        penaltyPerCarryOver: z.number().int().min(0).max(50).default(10),
      })
      .strict()
      .refine((c) => c.zombieAt >= c.warnAt, { message: 'zombieAt must be at least warnAt', path: ['zombieAt'] })
      .default({ warnAt: 1, zombieAt: 2, penaltyPerCarryOver: 10 }),
    /** How much each force weighs in the alignment score (they need not add up to 100). */
    weights: z
      .object({ strategy: weight.default(40), evidence: weight.default(40), delivery: weight.default(20) })
      .strict()
      .refine((w) => w.strategy + w.evidence + w.delivery > 0, { message: 'At least one weight must be above 0', path: ['strategy'] })
      .default({ strategy: 40, evidence: 40, delivery: 20 }),
  })
  .strict();

export type Settings = z.output<typeof SettingsSchema>;
export type SettingsInput = z.input<typeof SettingsSchema>;
export type PiSource = z.output<typeof PiSourceSchema>;
export type PiCalendarEntry = z.output<typeof PiCalendarEntrySchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});
