import type { Pi, Verdict } from './assessment';
import type { Capacity, CapacityUnit } from './capacity';
import type { ScopeReport } from './report';

/**
 * The trend across PIs: for the last N PIs (settings trend.pis), the current
 * and the next, how each PI stood when it was planned. Values come from the
 * PI's newest committed baseline where one exists (`committed`), otherwise
 * they are rebuilt from the items' history (`reconstructed`:
 * src/domain/trend.ts says what that can and cannot know).
 */

export type TrendSource = 'committed' | 'reconstructed';

export interface TrendPoint {
  readonly pi: Pi;
  /** Where the PI stands today. */
  readonly role: 'past' | 'current' | 'next';
  readonly source: TrendSource;
  /** The baseline version the values come from (committed), else null. */
  readonly baselineVersion: number | null;
  /** The day the values stand at (YYYY-MM-DD): the commit's day, or the PI's start (today for a PI not yet started). */
  readonly asOf: string;
  /** Items in the PI at asOf (plus, when reconstructed, those that joined it while it ran). */
  readonly total: number;
  readonly counts: Readonly<Record<Verdict, number>>;
  readonly capacity: Capacity;
  /** Items carried out of this PI into a later one (0 for a PI not yet started). */
  readonly carriedOut: number;
  /** Percent of capacity (of items when the unit is items) that was aligned; null when the PI held nothing. */
  readonly alignedShare: number | null;
  /** Percent of capacity (of items when the unit is items) that only fit: gravity. */
  readonly gravityShare: number | null;
}

export interface ScopeTrend {
  readonly scopeLabel: string;
  /** The JQL the app searched with (one search across every PI of the trend). */
  readonly jql: string;
  readonly today: string;
  readonly unit: CapacityUnit;
  /** Oldest first: the past PIs, then the current, then the next. */
  readonly points: readonly TrendPoint[];
  readonly unreadable: ScopeReport['unreadable'];
  readonly partial?: ScopeReport['partial'];
  /** What a reader must know about the values (why no baseline could be read, what was counted as what). */
  readonly notes: readonly string[];
  /** As ScopeReport.evidenceChecked. */
  readonly evidenceChecked: boolean;
}

export const TREND_FORMATS = ['table', 'markdown', 'csv', 'json'] as const;
export type TrendFormat = (typeof TREND_FORMATS)[number];
