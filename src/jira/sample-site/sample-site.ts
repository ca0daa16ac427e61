import { SAMPLE_EVIDENCE_KEY } from './evidence-key';
import type { JiraRequest, JiraTransport } from '../transport';
import type { PropertyAlias } from './jql/property-aliases';
import type { SiteStore } from './model';
import { route } from './http/router';
import { SearchCache } from './handlers/search';
import { SiteState } from './state';
import { DEFAULT_USER, SAMPLE_USERS, type SampleUser, type SampleUserId } from './users';

export interface LoggedRequest {
  readonly method: JiraRequest['method'];
  readonly path: string;
  readonly query: JiraRequest['query'];
  readonly user: SampleUserId;
}

/** An in-memory Jira Cloud site answering the REST endpoints the app reads. */
export interface SampleSite {
  /** A transport acting as `user` (default: Alex, the admin). */
  transport(user?: SampleUserId): JiraTransport;
  /** Every request answered so far, oldest first. */
  readonly requests: readonly LoggedRequest[];
  resetRequestLog(): void;
  /** All mutable state (issue properties), deterministically serialised. */
  dump(): string;
  readonly users: readonly SampleUser[];
  readonly today: string;
  /** The key its seeded evidence is signed with (base64; public, ./evidence-key.ts): the local hosts use it as the app's key. */
  readonly evidenceKey: string;
  /** Every issue's id, in creation order (the local hosts re-score them all once at start). */
  readonly issueIds: readonly string[];
}

export const createSiteFromStore = (store: SiteStore, latencyMs = 0, propertyAliases: readonly PropertyAlias[] = []): SampleSite => {
  const state = new SiteState(store, propertyAliases);
  const cache = new SearchCache();
  const requests: LoggedRequest[] = [];
  const delay = (): Promise<void> => (latencyMs > 0 ? new Promise((resolve) => setTimeout(resolve, latencyMs)) : Promise.resolve());
  return {
    evidenceKey: SAMPLE_EVIDENCE_KEY.toString('base64'),
    transport: (user: SampleUserId = DEFAULT_USER): JiraTransport => {
      if (!SAMPLE_USERS.some((u) => u.id === user)) throw new Error(`Unknown sample user '${user}'`);
      return async (request) => {
        requests.push({ method: request.method, path: request.path, query: request.query, user });
        const response = route(state, cache, user, request);
        await delay();
        return response;
      };
    },
    get requests() {
      return requests;
    },
    resetRequestLog: () => {
      requests.length = 0;
    },
    dump: () => state.dump(),
    users: SAMPLE_USERS,
    today: store.today,
    issueIds: store.issues.map((issue) => issue.id),
  };
};
