import { z } from 'zod';
import { PiSelectorSchema, ScopeSpecSchema } from '../../shared/scope';

/**
 * A snapshot: every REST exchange one scan needed, exactly as Jira answered.
 * Written by `factory-gravity snapshot`, replayed by `factory-gravity scan --snapshot`.
 * The format is documented in the README ("Snapshot files").
 */

export const SNAPSHOT_FORMAT = 'factory-gravity-snapshot';
export const SNAPSHOT_VERSION = 1;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-11-26')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    error: 'Not a real date',
  });

/** Query values as a person would copy them from a URL: strings, or numbers and booleans for convenience; arrays repeat the parameter. */
const QueryValueSchema = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);

export const SnapshotRequestSchema = z
  .object({
    method: z.enum(['GET', 'POST', 'PUT', 'DELETE']),
    path: z.string().startsWith('/rest/', 'A path starts with /rest/').refine((p) => !p.includes('?'), {
      error: 'Put query parameters in "query", not in the path',
    }),
    query: z.record(z.string(), QueryValueSchema).default({}),
    body: z.unknown().optional(),
  })
  .strict();

export const SnapshotResponseSchema = z
  .object({
    status: z.number().int().min(100).max(599),
    /** The JSON body exactly as Jira returned it (absent when the body was empty). */
    body: z.unknown().optional(),
    /** A body that was not JSON, as text (rare: Jira answers JSON). */
    text: z.string().optional(),
  })
  .strict()
  .refine((r) => !(r.body !== undefined && r.text !== undefined), { error: 'Give either "body" or "text", not both' });

export const SnapshotExchangeSchema = z.object({ request: SnapshotRequestSchema, response: SnapshotResponseSchema }).strict();

export const SnapshotSchema = z
  .object({
    format: z.literal(SNAPSHOT_FORMAT),
    version: z.literal(SNAPSHOT_VERSION),
    createdAt: z.string().min(1),
    /** The --today the snapshot was taken with; a replay uses it unless --today is given. */
    today: isoDate,
    /** "sample" or the Jira site's host name. */
    site: z.string().min(1).max(255),
    /** The scope and PI the snapshot was taken for; a replay uses them unless flags say otherwise. */
    scope: ScopeSpecSchema.optional(),
    pi: PiSelectorSchema.optional(),
    exchanges: z.array(SnapshotExchangeSchema),
  })
  .strict();

export type Snapshot = z.output<typeof SnapshotSchema>;
export type SnapshotInput = z.input<typeof SnapshotSchema>;
export type SnapshotExchange = z.output<typeof SnapshotExchangeSchema>;
export type SnapshotRequest = z.output<typeof SnapshotRequestSchema>;
export type SnapshotResponse = z.output<typeof SnapshotResponseSchema>;
