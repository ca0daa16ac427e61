import { driftOf } from '../domain/drift';
import type { BaselineDrift } from '../shared/baseline';
import type { ScopeReport } from '../shared/report';
import { readBaseline } from '../storage/baseline-store';
import type { KeyValueStore } from '../storage/key-value-store';

/**
 * The drift of a report from the newest baseline of its project and PI; null
 * when the report is not one project's, has no PI, or none is committed.
 * A report cut short (partial, or with unreadable items) cannot tell which
 * committed items left the PI: it lists as removed only the items it could
 * have seen (none when it was cut short by the deadline).
 */
export const baselineDriftOf = async (kvs: KeyValueStore, report: ScopeReport, projectKey: string | null): Promise<BaselineDrift | null> => {
  if (projectKey === null || report.pi === null) return null;
  const baseline = await readBaseline(kvs, projectKey, report.pi.name);
  if (baseline === null) return null;
  const drift = driftOf(baseline, report.items);
  const unreadable = new Set(report.unreadable.map((u) => u.key));
  const removed = report.partial !== undefined ? [] : drift.removed.filter((r) => !unreadable.has(r.key));
  return { committedAt: baseline.committedAt, committedBy: baseline.committedBy, version: baseline.version, drift: { ...drift, removed } };
};

/** The report with `baseline` set (null when none applies). */
export const withBaseline = async (kvs: KeyValueStore, report: ScopeReport, projectKey: string | null): Promise<ScopeReport> => ({
  ...report,
  baseline: await baselineDriftOf(kvs, report, projectKey),
});
