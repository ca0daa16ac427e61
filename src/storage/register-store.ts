import { z } from 'zod';
import { VERDICTS } from '../shared/assessment';
import { PersonSchema, type RegisterEntry } from '../shared/decision';
import type { KeyValueStore } from './key-value-store';

/**
 * The not-doing register: one app-storage value per drop, under
 * `register:<PROJECT>:<ISSUE-KEY>:<version>` (KVS keys: at most 500
 * characters of [a-zA-Z0-9:._ -#], FORGE-NOTES §KVS; issue and project keys
 * fit). App storage, not an issue property: a person with Edit issues cannot
 * forge or erase an entry through REST. An entry is written once and never
 * changed; a second drop of the same item is another entry (another version).
 */


export const RegisterEntrySchema = z
  .object({
    issueKey: z.string().min(1).max(255),
    summary: z.string().max(1000),
    projectKey: z.string().min(1).max(255),
    pi: z.string().min(1).max(200),
    rationale: z.string().max(1000),
    decidedBy: PersonSchema,
    decidedAt: z.string().max(40),
    version: z.number().int().min(1),
    verdictAtDecision: z.enum(VERDICTS),
    removedFromPi: z.array(z.string().max(255)).max(50),
  })
  .strict();

const PREFIX = 'register:';

/** The key of one entry; the version is zero-padded so keys sort in version order. */
export const registerKey = (entry: Pick<RegisterEntry, 'projectKey' | 'issueKey' | 'version'>): string =>
  `${PREFIX}${entry.projectKey}:${entry.issueKey}:${String(entry.version).padStart(6, '0')}`;

export const addRegisterEntry = async (kvs: KeyValueStore, entry: RegisterEntry): Promise<void> => {
  await kvs.set(registerKey(entry), RegisterEntrySchema.parse(entry));
};

export interface RegisterListing {
  /** Newest first (decidedAt, then issue key and version). */
  readonly entries: RegisterEntry[];
  /** Stored values that could not be read (skipped, never fatal). */
  readonly unreadable: number;
}

const newestFirst = (a: RegisterEntry, b: RegisterEntry): number =>
  a.decidedAt !== b.decidedAt ? (a.decidedAt < b.decidedAt ? 1 : -1) : a.issueKey !== b.issueKey ? (a.issueKey < b.issueKey ? -1 : 1) : b.version - a.version;

/** Every entry of the projects, newest first; unreadable values are skipped and counted. */
export const readRegister = async (kvs: KeyValueStore, projectKeys: readonly string[]): Promise<RegisterListing> => {
  const entries: RegisterEntry[] = [];
  let unreadable = 0;
  for (const projectKey of new Set(projectKeys)) {
    for (const { value } of await kvs.listByPrefix(`${PREFIX}${projectKey}:`)) {
      const parsed = RegisterEntrySchema.safeParse(value);
      if (parsed.success && parsed.data.projectKey === projectKey) entries.push(parsed.data);
      else unreadable += 1;
    }
  }
  return { entries: entries.sort(newestFirst), unreadable };
};

/** The entries alone, newest first. */
export const listRegister = async (kvs: KeyValueStore, projectKeys: readonly string[]): Promise<RegisterEntry[]> =>
  (await readRegister(kvs, projectKeys)).entries;
