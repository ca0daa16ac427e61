import { createHttpTransport } from '../jira/http-transport';
import { createSampleSite } from '../jira/sample-site';
import { SnapshotSchema, createReplayTransport, type Snapshot } from '../jira/snapshot';
import type { JiraTransport } from '../jira/transport';
import { rescoredSampleTransport, withEvidenceKey } from '../preview/local-deps';
import { seedSampleAppStorage } from '../preview/sample-app-storage';
import { createMemoryKeyValueStore, type KeyValueStore } from '../storage/key-value-store';
import type { Deadline } from '../shared/deadline';
import { AppError } from '../shared/result';
import type { PiSelector, ScopeSpec } from '../shared/scope';
import type { CliIo } from './io';
import { describeIssues } from './issue-path';
import { FILE_LIMITS, parseJsonFile, readTextFile } from './read-text-file';
import type { SourceChoice } from './run-options';

/** A source of Jira answers, with the defaults it brings (the sample's project, a snapshot's scope and today). */
export interface OpenSource {
  /** "sample" or the site's host name (recorded in snapshots). */
  readonly site: string;
  readonly defaults: { readonly scope?: ScopeSpec; readonly pi?: PiSelector; readonly today?: string };
  /** The transport for a given today (the sample site's data is dated relative to it), within the run's deadline. */
  transport(today: string, deadline: Deadline): JiraTransport;
  /** Turns a failure into the words this source needs ("Jira refused the credentials…"); null when it has nothing to add. */
  explain(error: unknown): AppError | null;
  /**
   * The app's own storage (committed baselines), for the sample site only: a memory store seeded with the
   * sample's governance data. null for a real site and a snapshot: their storage is the app's Forge storage.
   */
  appStorage(today: string): Promise<KeyValueStore | null>;
}

export const SAMPLE_PROJECT = 'CLIN';

export const openSource = async (io: CliIo, choice: SourceChoice): Promise<OpenSource> => {
  switch (choice.kind) {
    case 'sample': {
      // One site per today, so the app storage's seed and the scan read the same issues.
      const sites = new Map<string, ReturnType<typeof createSampleSite>>();
      const siteFor = (today: string) => {
        const site = sites.get(today) ?? createSampleSite({ today });
        sites.set(today, site);
        return site;
      };
      return {
        site: 'sample',
        defaults: { scope: { kind: 'project', projectKey: SAMPLE_PROJECT } },
        // The site's assessment properties are written first (the app's re-score, default settings), so --jql can use
        // the manifest's aliases (gravityVerdict = gravity); see README "JQL".
        transport: (today) => rescoredSampleTransport(siteFor(today), today),
        explain: () => null,
        appStorage: async (today) => {
          const site = siteFor(today);
          const kvs = withEvidenceKey(createMemoryKeyValueStore(), site.evidenceKey);
          await seedSampleAppStorage(kvs, site.transport('alex'), today);
          return kvs;
        },
      };
    }
    case 'site':
      return openSite(io, choice.siteUrl, choice.email);
    case 'snapshot':
      return openSnapshot(await readSnapshot(io, choice.file));
  }
};

const openSite = (io: CliIo, siteUrl: string, email: string): OpenSource => {
  const apiToken = io.env.JIRA_API_TOKEN?.trim() ?? '';
  if (apiToken === '')
    throw new AppError(
      'JIRA_UNAUTHORIZED',
      `Set JIRA_API_TOKEN to an API token of ${email} (create one at https://id.atlassian.com/manage-profile/security/api-tokens); the token is never taken from the command line`,
    );
  const host = new URL(siteUrl).host;
  return {
    site: host,
    defaults: {},
    transport: (_today, deadline) =>
      createHttpTransport(io.fetch === undefined ? { siteUrl, email, apiToken, deadline } : { siteUrl, email, apiToken, deadline, fetch: io.fetch }),
    explain: (error) => {
      if (!(error instanceof AppError)) return null;
      if (error.code === 'JIRA_UNAUTHORIZED')
        return new AppError(
          error.code,
          `Jira refused the credentials of ${email} at ${host} (401): check --email and the API token in JIRA_API_TOKEN`,
        );
      if (error.code === 'JIRA_UNAVAILABLE') return new AppError(error.code, `${host}: ${error.message} Check the --site address and your network.`);
      return null;
    },
    appStorage: async () => null,
  };
};

const openSnapshot = (snapshot: Snapshot): OpenSource => {
  const replay = createReplayTransport(snapshot);
  const defaults: { scope?: ScopeSpec; pi?: PiSelector; today: string } = { today: snapshot.today };
  if (snapshot.scope !== undefined) defaults.scope = snapshot.scope;
  if (snapshot.pi !== undefined) defaults.pi = snapshot.pi;
  return {
    site: snapshot.site,
    defaults,
    transport: () => replay.transport,
    // The first unanswered request is the real cause, even when a caller wrapped or swallowed it.
    explain: () => replay.firstMiss(),
    appStorage: async () => null,
  };
};

export const readSnapshot = async (io: CliIo, file: string): Promise<Snapshot> => {
  const json = parseJsonFile(await readTextFile(io, file, 'snapshot', FILE_LIMITS.snapshot), file, 'snapshot');
  const parsed = SnapshotSchema.safeParse(json);
  if (!parsed.success)
    throw new AppError('BAD_PAYLOAD', `${file} is not a factory-gravity snapshot: ${describeIssues('snapshot', parsed.error.issues).slice(0, 3).join('; ')}`);
  return parsed.data;
};
