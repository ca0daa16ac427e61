import type { AskRunner } from './ask-runner';
import type { ForgeLikeRequest, PreviewIssue } from './forge-request';
import type { IndexData } from './index-page';
import type { PreviewUser } from './preview-context';

/** What the preview server needs from the app: the resolver handler bound to one sample site, and the index listing. */
export interface PreviewBackend {
  readonly today: string;
  accountIdOf(user: PreviewUser): string;
  /** Calls the real resolver handler as `user`; resolves with its JSON answer (the envelope). */
  invoke(request: ForgeLikeRequest, user: PreviewUser): Promise<unknown>;
  indexData(): Promise<IndexData>;
  /** The issue's id, type and project as the site has them (for the Forge context); null when it does not exist. */
  describeIssue(issueKey: string): Promise<PreviewIssue | null>;
  /** The site's mutable state (issue properties), serialised: tests check that refused input wrote nothing. */
  dump(): string;
  /** Runs the Rovo agent's actions as a sample user over the same site and app storage (the Ask page). */
  readonly ask?: AskRunner;
}
