import type { Assessment, Pi, Verdict } from './assessment';
import type { BaselineDrift } from './baseline';
import type { Capacity } from './capacity';
import type { Candidate, SwapSuggestion } from './candidates';

/** A scope report: the gadget, the board view and the CLI show this. */
export interface ScopeReport {
  /** Human words for the scope ("project CLIN", "board 12", "JQL: …"). */
  readonly scopeLabel: string;
  /** The JQL the app searched with. */
  readonly jql: string;
  readonly today: string;
  readonly pi: Pi | null;
  readonly piRole: 'current' | 'next' | 'named';
  /** Worst first: verdict order (gravity, zombie, ungrounded, unanchored, aligned, delivered, unplanned), then size descending (unsized last), then score, then key. */
  readonly items: readonly Assessment[];
  readonly total: number;
  readonly counts: Readonly<Record<Verdict, number>>;
  /** How many items hold each force: a live objective, fresh field evidence, a place in the current or next PI. */
  readonly balance: { readonly strategy: number; readonly evidence: number; readonly delivery: number };
  /** The PI's capacity: sizes summed per verdict, unsized items named (src/shared/capacity.ts). */
  readonly capacity: Capacity;
  /** "12 of 47 items, 41% of the PI's points, in PI 26.3 only fit the next PI" */
  readonly headline: string;
  /** Items that could not be read (a partial result): shown as such, never guessed. */
  readonly unreadable: readonly { readonly key: string; readonly reason: string }[];
  /** Set when the stored settings were invalid and defaults were used. */
  readonly settingsWarning?: string;
  /**
   * Set when the invocation's time budget ran out before every item was read:
   * the report covers only the items read so far, and says so. Never set when
   * the report is complete.
   */
  readonly partial?: { readonly code: 'DEADLINE'; readonly message: string; readonly itemsRead: number };
  /**
   * False when evidence signatures could not be checked (the CLI against a
   * real site, or a snapshot of one: the signing key is in the app's Forge
   * storage), so every readable record counted. True wherever the app's own
   * check ran (Forge, the preview, the sample site).
   */
  readonly evidenceChecked?: boolean;
  /**
   * The newest committed baseline of the report's project and PI, with the
   * drift since commit; null when none is committed (or the scope is not one
   * project); absent where the app's storage cannot be read (the CLI against
   * a real site or its snapshot).
   */
  readonly baseline?: BaselineDrift | null;
  /**
   * Better candidates waiting outside the PI (src/shared/candidates.ts),
   * ranked by score then size; present when the report's PI has not ended
   * (absent for a past PI, and when the PI is unknown).
   */
  readonly candidates?: readonly Candidate[];
  /** Per gravity item of the PI, candidates of similar size; present with `candidates`. */
  readonly swaps?: readonly SwapSuggestion[];
}
