import { createSampleSite, type SampleSite } from '../../src/jira/sample-site';
import { EVIDENCE_PROPERTY_KEY, type EvidenceRecord } from '../../src/shared/evidence';
import type { SampleUserId } from '../../src/jira/sample-site/users';
import type { JiraTransport } from '../../src/jira/transport';
import { createResolver } from '../../src/resolvers/create-resolver';
import { createLocalDeps } from '../../src/preview/local-deps';
import type { JiraClientOptions } from '../../src/jira/create-client';
import type { ResolverKey } from '../../src/shared/payloads';
import type { Envelope } from '../../src/shared/result';
import { createMemoryKeyValueStore, type KeyValueStore } from '../../src/storage/key-value-store';

/** A fixed today: the sample site's data is dated relative to it. */
export const TODAY = '2026-11-26';
export const NOW = `${TODAY}T10:00:00.000Z`;

export const RESOLVER_KEYS: readonly ResolverKey[] = [
  'getPanel',
  'addEvidence',
  'editEvidence',
  'removeEvidence',
  'restoreEvidence',
  'confirmEvidence',
  'confirmSuggestion',
  'getScopeReport',
  'getScopeOptions',
  'getSettings',
  'saveSettings',
];

/** Issues of the sample site with the "Leadership only" security level (sam cannot see them). */
export const LEADERSHIP_ONLY_KEYS = ['CLIN-4', 'CLIN-11', 'CLIN-17'] as const;
/** Epics whose evidence is stored in the older version-1 format. */
export const V1_EVIDENCE_KEYS = ['PAT-3', 'CLIN-20'] as const;

/** A sleep that does not wait, and adds up what it was asked to wait. */
export const countingSleep = () => {
  let total = 0;
  let calls = 0;
  return {
    sleep: async (ms: number): Promise<void> => {
      total += ms;
      calls += 1;
    },
    total: () => total,
    calls: () => calls,
    reset: () => {
      total = 0;
      calls = 0;
    },
  };
};

export type Call = (functionKey: string, payload: unknown, extension?: Readonly<Record<string, unknown>>) => Promise<Envelope<unknown>>;

export interface ResolverHarness {
  readonly site: SampleSite;
  readonly kvs: KeyValueStore;
  /** Calls the real Forge resolver handler acting as `user`, the way Forge calls it. */
  as(user: SampleUserId): Call;
}

let idCounter = 0;

/** The resolver handler over one sample site, one shared key-value store, no real waits. */
export const resolverHarness = (
  options: {
    readonly site?: SampleSite;
    readonly wrapTransport?: (transport: JiraTransport) => JiraTransport;
    readonly client?: JiraClientOptions;
    readonly sleep?: (ms: number) => Promise<void>;
    readonly lockAttempts?: number;
    /** The key-value store the resolvers share (default: a fresh in-memory one). */
    readonly kvs?: KeyValueStore;
  } = {},
): ResolverHarness => {
  const site = options.site ?? createSampleSite({ today: TODAY });
  const kvs = options.kvs ?? createMemoryKeyValueStore();
  const handlers = new Map<SampleUserId, (request: unknown, runtime?: unknown) => Promise<unknown>>();
  const sleep = options.sleep ?? (async () => undefined);
  const handlerOf = (user: SampleUserId) => {
    let handler = handlers.get(user);
    if (handler === undefined) {
      handler = createResolver(
        createLocalDeps(site, user, {
          kvs,
          today: TODAY,
          now: () => NOW,
          newId: () => {
            idCounter += 1;
            return `rel-${idCounter.toString(36)}`;
          },
          sleep,
          ...(options.client === undefined ? {} : { client: options.client }),
          ...(options.wrapTransport === undefined ? {} : { wrapTransport: options.wrapTransport }),
          ...(options.lockAttempts === undefined ? {} : { lockAttempts: options.lockAttempts }),
        }),
      ) as unknown as (request: unknown, runtime?: unknown) => Promise<unknown>;
      handlers.set(user, handler);
    }
    return handler;
  };
  return {
    site,
    kvs,
    as:
      (user) =>
      async (functionKey, payload, extension = {}) =>
        (await handlerOf(user)({ call: { functionKey, payload }, context: { extension } }, {})) as Envelope<unknown>,
  };
};

/** A valid evidence input (the add form's payload). */
export const validEvidence = (overrides: Record<string, unknown> = {}) => ({
  kind: 'interview',
  url: 'https://research.example.org/notes/ward-4b',
  source: { name: 'Ward 4B night nurses', role: 'Charge nurse', site: 'Riverside General' },
  observedOn: '2026-10-01',
  summary: 'Nurses keep a paper list of discharges because the bed board lags by hours.',
  ...overrides,
});

/** Figures the suite prints at the end of each file (the README section quotes them). */
export const printFigures = (file: string, figures: Readonly<Record<string, number | string>>): void => {
  console.log(`[reliability figures] ${file}: ${JSON.stringify(figures)}`);
};

/** The stored evidence property of one issue, parsed from the site's dump. */
export const storedProperty = (site: SampleSite, issueKey: string): unknown => {
  const line = site
    .dump()
    .split('\n')
    .find((l) => l.startsWith(`${issueKey} `));
  if (line === undefined) return undefined;
  const marker = `${JSON.stringify(EVIDENCE_PROPERTY_KEY)}:`;
  const start = line.indexOf(marker);
  if (start < 0) return undefined;
  // The property value is JSON; other properties may follow after a comma at depth 0.
  const text = line.slice(start + marker.length);
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i += 1;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth += 1;
    else if (c === '}' || c === ']') {
      depth -= 1;
      if (depth === 0) return JSON.parse(text.slice(0, i + 1)) as unknown;
    }
  }
  throw new Error(`Could not read the evidence property of ${issueKey}`);
};

export const records = (site: SampleSite, issueKey: string): EvidenceRecord[] =>
  ((storedProperty(site, issueKey) as { records?: EvidenceRecord[] } | undefined)?.records ?? []);

