import { z } from 'zod';
import { calendarDate } from './calendar-date';
import { invisibleTextMessage, isEmptyOrVisible } from './visible-text';

/**
 * The shape of project settings: every key has a documented default; unknown
 * keys are errors (a typo is never silently ignored).
 *
 * The schema is built around the check a pattern must pass (`checkPattern`: the
 * message to show, or null). src/shared/settings.ts builds it with the
 * linear-time engine (re2js, src/shared/user-pattern.ts): that is SettingsSchema,
 * used by the resolvers, storage and CLI. This module does not import the engine,
 * so a front end can build the same schema and leave patterns to the server.
 */
export type PatternCheck = (source: string) => string | null;

/** A name people type (issue types, link types, PI names, a label prefix): trimmed, with a visible character. */
const nonEmpty = z
  .string()
  .trim()
  .min(1, 'Must not be empty')
  .max(200, 'At most 200 characters')
  .refine(isEmptyOrVisible, { error: invisibleTextMessage('This name') });

/** Calendar dates that exist (2026-02-31 does not): src/shared/calendar-date.ts. */
const isoDate = calendarDate();

const customFieldId = z.string().regex(/^customfield_\d+$/, 'Use a custom field id like customfield_10050');

/** What the PI admission gate does with a gravity item that has no keep decision: nothing, comment, or refuse the transition. */
export const GATE_MODES = ['off', 'warn', 'block'] as const;
export type GateMode = (typeof GATE_MODES)[number];

/** A PI named in the calendar (for PI sources that carry no dates of their own). */
export const PiCalendarEntrySchema = z
  .object({ name: nonEmpty, startDate: isoDate, endDate: isoDate })
  .strict()
  .refine((e) => e.startDate <= e.endDate, { error: 'startDate must not be after endDate', path: ['endDate'] });

/** PiSourceSchema and SettingsSchema, with patterns checked by `checkPattern`. */
export const settingsSchemasWith = (checkPattern: PatternCheck) => {
  /**
   * A settings pattern: 1-200 characters that `checkPattern` accepts; with the engine's
   * check, no pattern can make matching hang, and the message names unsupported syntax
   * (backreferences, lookarounds).
   */
  const regexSource = z
    .string()
    .min(1, 'Must not be empty')
    .max(200, 'At most 200 characters')
    .superRefine((s, ctx) => {
      const problem = checkPattern(s);
      if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
    });

  const PiSourceSchema = z.discriminatedUnion('source', [
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

  const SettingsSchema = z
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
          /** Web links whose URL or title matches one of these (case-insensitive, RE2 syntax) are suggested as evidence. */
          researchPatterns: z
            .array(regexSource)
            .max(50)
            .default(['interview', 'research', 'survey', 'observation', 'shadow', 'usability', 'field (visit|study|notes)', 'analytics', 'dovetail', 'user test']),
          /**
           * The patient-data guard (src/shared/phi-guard.ts): evidence text that looks like a patient
           * identifier is saved only with an explicit "not patient data" confirmation.
           */
          phi: z
            .object({
              /** Off: evidence text is not checked for patient identifiers. */
              enabled: z.boolean().default(true),
              /** More identifier shapes (a local hospital number), case-insensitive, RE2 syntax; checked by the server only. */
              extraPatterns: z.array(regexSource).max(20, 'At most 20 patterns').default([]),
            })
            .strict()
            .default({ enabled: true, extraPatterns: [] }),
        })
        .strict()
        .default({
          freshnessMonths: 18,
          researchPatterns: ['interview', 'research', 'survey', 'observation', 'shadow', 'usability', 'field (visit|study|notes)', 'analytics', 'dovetail', 'user test'],
          phi: { enabled: true, extraPatterns: [] },
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
        .refine((c) => c.zombieAt >= c.warnAt, { error: 'zombieAt must be at least warnAt', path: ['zombieAt'] })
        .default({ warnAt: 1, zombieAt: 2, penaltyPerCarryOver: 10 }),
      /** How much each force weighs in the alignment score (they need not add up to 100). */
      weights: z
        .object({ strategy: weight.default(40), evidence: weight.default(40), delivery: weight.default(20) })
        .strict()
        .refine((w) => w.strategy + w.evidence + w.delivery > 0, { error: 'At least one weight must be above 0', path: ['strategy'] })
        .default({ strategy: 40, evidence: 40, delivery: 20 }),
      /**
       * What sizes a work item (src/shared/capacity.ts): `auto` finds the site's story points field by
       * name in GET /rest/api/3/field ("Story Points", else "Story point estimate"; items are counted
       * when there is neither); `timeoriginalestimate` is Jira's original estimate, in hours; a custom
       * field id names a number field; `none` counts items.
       */
      capacity: z
        .object({
          field: z.union([z.literal('auto'), z.literal('none'), z.literal('timeoriginalestimate'), customFieldId]).default('auto'),
        })
        .strict()
        .default({ field: 'auto' }),
      /** The trend across PIs: how many PIs before the current one it shows. */
      trend: z
        .object({ pis: z.number().int('Use a whole number').min(1, 'At least 1 PI').max(12, 'At most 12 PIs').default(6) })
        .strict()
        .default({ pis: 6 }),
      /** Better candidates waiting outside the PI. */
      candidates: z
        .object({
          /**
           * A candidate can replace a gravity item when their sizes are within this ratio of each
           * other: 2 means from half to twice the size.
           */
          swapRatio: z.number().min(1, 'At least 1 (the same size only)').max(10, 'At most 10').default(2),
          /** How many candidates a report lists at most. */
          limit: z.number().int('Use a whole number').min(1, 'At least 1').max(50, 'At most 50').default(10),
        })
        .strict()
        .default({ swapRatio: 2, limit: 10 }),
      /** The outcome check after delivery (src/shared/outcome.ts). */
      outcome: z
        .object({
          /** Weeks after delivery by which adoption or outcome evidence is due; after that the item is overdue. */
          dueWeeks: z.number().int('Use a whole number').min(1, 'At least 1 week').max(104, 'At most 104 weeks').default(12),
          /** How far back the outcomes list (gadget, PI review page; the CLI's default --since) looks for delivered items. */
          lookbackMonths: z.number().int('Use a whole number').min(1, 'At least 1 month').max(60, 'At most 60 months').default(12),
        })
        .strict()
        .default({ dueWeeks: 12, lookbackMonths: 12 }),
      /**
       * The PI admission gate (the workflow validator "Factory Gravity PI admission gate",
       * src/triggers/admission-gate.ts), for the transitions an admin attaches it to.
       */
      gate: z
        .object({
          /** off: every transition passes; warn: it passes and the app comments on a gravity item with no keep decision; block: such a transition fails. */
          mode: z.enum(GATE_MODES).default('off'),
          /** Status names the gate checks transitions into (case-insensitive); empty: every transition the validator is attached to. */
          toStatuses: z.array(nonEmpty).max(50, 'At most 50 statuses').default([]),
        })
        .strict()
        .default({ mode: 'off', toStatuses: [] }),
    })
    .strict();

  return { PiSourceSchema, SettingsSchema };
};
