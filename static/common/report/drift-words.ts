import type { BaselineDrift, Drift } from '../../../src/shared/baseline';

/** Words for a baseline's drift, shared by the PI review page and the gadget. */

/** "Since commit on 2026-11-02 by Alex Rivera (v2)" */
export const sinceCommitWords = (b: Pick<BaselineDrift, 'committedAt' | 'committedBy' | 'version'>): string =>
  `Since commit on ${b.committedAt.slice(0, 10)} by ${b.committedBy.displayName} (v${b.version})`;

const part = (n: number, words: string): string | null => (n === 0 ? null : `${n} ${words}`);

/** "2 added, 1 worsened" or "No drift". */
export const driftLine = (d: Drift): string => {
  const parts = [
    part(d.added.length, 'added'),
    part(d.removed.length, 'removed'),
    part(d.worsened.length, 'worsened'),
    part(d.evidenceExpired.length, 'with evidence expired'),
  ].filter((p): p is string => p !== null);
  return parts.length === 0 ? 'No drift: the PI is as committed' : parts.join(', ');
};
