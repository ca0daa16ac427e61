import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { FINDING_CODES, VERDICTS, type Pi } from '../shared/assessment';
import type { Baseline, BaselineItem, BaselineMeta } from '../shared/baseline';
import type { CapacityUnit } from '../shared/capacity';
import { DECISION_KINDS, PersonSchema, type Person } from '../shared/decision';
import { AppError } from '../shared/result';
import type { KeyValueStore } from './key-value-store';

/**
 * The PI baselines in the app's storage (Forge KVS through the KeyValueStore
 * port). One baseline per project + PI + version, written once and never
 * changed: this module has no update and no delete.
 *
 * Layout (key rule of Forge KVS: at most 500 characters of
 * `[a-zA-Z0-9:._\s-#]`, /work/shared/FORGE-NOTES.md §3, DOC handling-errors-kvs):
 * - meta  `baseline:<PROJECT>:<pi>:v:<version, 6 digits>` → BaselineMeta + commitId + chunks
 * - items `baseline-items:<PROJECT>:<pi>:<commitId>:<chunk, 4 digits>` → { items }
 * `<pi>` is the PI name with every character other than A-Z a-z 0-9 . _ -
 * written as `#` and two hex digits per UTF-8 byte ("PI 26.3" → `PI#2026.3`), so
 * any PI name fits the rule and two names never share a key. Project keys
 * are A-Z 0-9 _ already (ScopeSpecSchema).
 *
 * Chunks hold at most 250 items and at most 100 KiB of JSON each (a value
 * must stay well under KVS's 240 KiB); a 1,000-item PI is 4 or more chunks.
 *
 * A commit writes every chunk FIRST, under a fresh commit id nobody else
 * knows, then claims the next version with one atomic create-if-absent of
 * the meta key. Until the meta exists nobody reads the chunks, so a
 * half-written commit is never visible; of two commits racing for version n
 * one wins and the other takes n + 1 (never overwriting the other).
 */

export const BASELINE_CHUNK_ITEMS = 250;
export const BASELINE_CHUNK_BYTES = 100 * 1024;
/** Version claims one commit makes before giving up (far more than commits that can race on one PI). */
const CLAIM_ATTEMPTS = 200;

const SAFE = /[A-Za-z0-9._-]/;

/** A PI name as a key segment: unsafe characters as #XX per UTF-8 byte. */
export const piKeySegment = (piName: string): string =>
  Array.from(piName)
    .map((c) =>
      SAFE.test(c)
        ? c
        : [...Buffer.from(c, 'utf8')].map((b) => `#${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
    )
    .join('');

const metaPrefix = (projectKey: string, piName: string): string => `baseline:${projectKey}:${piKeySegment(piName)}:v:`;
export const baselineMetaKey = (projectKey: string, piName: string, version: number): string =>
  `${metaPrefix(projectKey, piName)}${String(version).padStart(6, '0')}`;
export const baselineChunkKey = (projectKey: string, piName: string, commitId: string, chunk: number): string =>
  `baseline-items:${projectKey}:${piKeySegment(piName)}:${commitId}:${String(chunk).padStart(4, '0')}`;


const count = z.number().int().min(0);
const StoredItemSchema = z
  .object({
    key: z.string(),
    summary: z.string(),
    verdict: z.enum(VERDICTS),
    score: count,
    forces: z.object({ strategy: count, evidence: count, delivery: count }).strict(),
    findings: z.array(z.enum(FINDING_CODES)),
    counts: z.object({ objectives: count, liveObjectives: count, evidence: count, freshEvidence: count }).strict(),
    decision: z.object({ kind: z.enum(DECISION_KINDS), version: z.number().int().min(1), sponsor: PersonSchema.nullable() }).strict().nullable(),
    /** Absent in baselines committed before sizes were kept (issue 11): those stay readable. */
    size: z.number().min(0).nullable().optional(),
  })
  .strict();
const StoredChunkSchema = z.object({ items: z.array(StoredItemSchema) }).strict();
const StoredMetaSchema = z
  .object({
    format: z.literal(1),
    projectKey: z.string(),
    pi: z.object({ name: z.string(), startDate: z.string(), endDate: z.string() }).strict(),
    version: z.number().int().min(1),
    committedAt: z.string(),
    committedBy: PersonSchema,
    itemCount: count,
    commitId: z.string().min(1),
    chunks: count,
    /** The unit of the items' sizes; absent in baselines committed before sizes were kept. */
    capacityUnit: z.enum(['points', 'hours', 'items']).optional(),
  })
  .strict();
type StoredMeta = z.infer<typeof StoredMetaSchema>;

/**
 * A stored baseline that cannot be read whole (a chunk missing or damaged):
 * never answered as a shorter baseline. Code CONFLICT (no new error code):
 * the storage does not hold what its meta record promises.
 */
export class BaselineUnreadableError extends AppError {
  constructor(what: string) {
    super('CONFLICT', `${what} in the app's storage cannot be read; nothing was guessed. Commit the PI again to make a readable version.`);
  }
}
const corrupt = (what: string): AppError => new BaselineUnreadableError(what);

const metaOf = (stored: StoredMeta): BaselineMeta => ({
  projectKey: stored.projectKey,
  pi: stored.pi,
  version: stored.version,
  committedAt: stored.committedAt,
  committedBy: stored.committedBy,
  itemCount: stored.itemCount,
});

/** Items cut into chunks of at most BASELINE_CHUNK_ITEMS items and BASELINE_CHUNK_BYTES bytes of JSON. */
export const chunksOf = (items: readonly BaselineItem[]): BaselineItem[][] => {
  const chunks: BaselineItem[][] = [];
  let chunk: BaselineItem[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = Buffer.byteLength(JSON.stringify(item), 'utf8') + 1;
    if (chunk.length > 0 && (chunk.length >= BASELINE_CHUNK_ITEMS || bytes + size > BASELINE_CHUNK_BYTES)) {
      chunks.push(chunk);
      chunk = [];
      bytes = 0;
    }
    chunk.push(item);
    bytes += size;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
};

const storedMetas = async (kvs: KeyValueStore, projectKey: string, piName: string): Promise<StoredMeta[]> => {
  const entries = await kvs.listByPrefix(metaPrefix(projectKey, piName));
  return entries
    .map(({ key, value }) => {
      const parsed = StoredMetaSchema.safeParse(value);
      if (!parsed.success) throw corrupt(`The baseline record ${key}`);
      return parsed.data;
    })
    .sort((a, b) => b.version - a.version);
};

export interface BaselineCommit {
  readonly projectKey: string;
  readonly pi: Pi;
  /** ISO date-time. */
  readonly committedAt: string;
  readonly committedBy: Person;
  /** In the report's order (worst first). */
  readonly items: readonly BaselineItem[];
  /** The commit's id in the chunk keys (default: a random UUID). */
  readonly commitId?: string;
  /** The unit of the items' sizes (the report's capacity unit); absent: the baseline keeps no unit (as before issue 11). */
  readonly capacityUnit?: CapacityUnit;
}

/** Writes a new version of the project's PI baseline (items first, the meta last); answers its meta. */
export const commitBaselineVersion = async (kvs: KeyValueStore, commit: BaselineCommit): Promise<BaselineMeta> => {
  const commitId = commit.commitId ?? randomUUID();
  const chunks = chunksOf(commit.items);
  for (const [index, items] of chunks.entries()) await kvs.set(baselineChunkKey(commit.projectKey, commit.pi.name, commitId, index), { items });
  const latest = (await storedMetas(kvs, commit.projectKey, commit.pi.name))[0]?.version ?? 0;
  for (let attempt = 0, version = latest + 1; attempt < CLAIM_ATTEMPTS; attempt += 1, version += 1) {
    const meta: StoredMeta = {
      format: 1,
      projectKey: commit.projectKey,
      pi: { name: commit.pi.name, startDate: commit.pi.startDate, endDate: commit.pi.endDate },
      version,
      committedAt: commit.committedAt,
      committedBy: { accountId: commit.committedBy.accountId, displayName: commit.committedBy.displayName },
      itemCount: commit.items.length,
      commitId,
      chunks: chunks.length,
      ...(commit.capacityUnit === undefined ? {} : { capacityUnit: commit.capacityUnit }),
    };
    if (await kvs.createIfAbsent(baselineMetaKey(commit.projectKey, commit.pi.name, version), meta)) return metaOf(meta);
  }
  throw new AppError('CONFLICT', `Too many baselines of ${commit.pi.name} in ${commit.projectKey} were committed at the same moment; commit again.`);
};

/** Every committed baseline of the project's PI, newest first, without items. */
export const listBaselines = async (kvs: KeyValueStore, projectKey: string, piName: string): Promise<BaselineMeta[]> =>
  (await storedMetas(kvs, projectKey, piName)).map(metaOf);

/** One baseline with its items (the newest when no version is given); null when none is committed (or not that version). */
export const readBaseline = async (kvs: KeyValueStore, projectKey: string, piName: string, version?: number): Promise<Baseline | null> => {
  const metas = await storedMetas(kvs, projectKey, piName);
  const meta = version === undefined ? metas[0] : metas.find((m) => m.version === version);
  if (meta === undefined) return null;
  const items: BaselineItem[] = [];
  for (let index = 0; index < meta.chunks; index += 1) {
    const key = baselineChunkKey(projectKey, piName, meta.commitId, index);
    const parsed = StoredChunkSchema.safeParse(await kvs.get(key));
    if (!parsed.success) throw corrupt(`Part ${index + 1} of ${meta.chunks} of baseline version ${meta.version} of ${piName} in ${projectKey}`);
    items.push(...parsed.data.items.map(({ size, ...item }) => (size === undefined ? item : { ...item, size })));
  }
  if (items.length !== meta.itemCount)
    throw corrupt(`Baseline version ${meta.version} of ${piName} in ${projectKey} (${items.length} of ${meta.itemCount} items)`);
  return { ...metaOf(meta), ...(meta.capacityUnit === undefined ? {} : { capacityUnit: meta.capacityUnit }), items };
};
