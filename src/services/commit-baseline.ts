import { baselineItemOf } from '../domain/drift';
import type { EvidenceCheck } from '../jira/evidence-mac';
import type { JiraClient } from '../jira/client';
import type { Pi } from '../shared/assessment';
import type { BaselineItem, BaselineMeta } from '../shared/baseline';
import type { CapacityUnit } from '../shared/capacity';
import type { Person } from '../shared/decision';
import type { ScopeReport } from '../shared/report';
import { AppError } from '../shared/result';
import type { PiSelector } from '../shared/scope';
import type { Settings } from '../shared/settings';
import { commitBaselineVersion } from '../storage/baseline-store';
import type { KeyValueStore } from '../storage/key-value-store';
import type { ProjectSettings } from './project-settings';
import { readScopeReport } from './read-scope-report';

/**
 * What a baseline of this report would freeze: its PI and every item, in the
 * report's order. A baseline must be complete, so a report without its PI, cut
 * short by the time budget (DEADLINE) or with unreadable items (PARTIAL) is
 * refused: nothing is frozen from half a PI.
 */
export const frozenItemsOf = (report: ScopeReport): { readonly pi: Pi; readonly items: BaselineItem[]; readonly capacityUnit: CapacityUnit } => {
  if (report.pi === null) throw new AppError('NOT_FOUND', `${report.headline} There is nothing to commit.`);
  if (report.partial !== undefined)
    throw new AppError('DEADLINE', `A baseline must hold the whole PI, and only part of it was read in time: ${report.partial.message} Nothing was committed.`);
  if (report.unreadable.length > 0)
    throw new AppError(
      'PARTIAL',
      `A baseline must hold the whole PI, and ${report.unreadable.length} item${report.unreadable.length === 1 ? '' : 's'} could not be read (${report.unreadable
        .slice(0, 5)
        .map((u) => u.key)
        .join(', ')}). Nothing was committed; try again.`,
    );
  return { pi: report.pi, items: report.items.map(baselineItemOf), capacityUnit: report.capacity.unit };
};

export interface CommitRequest {
  readonly projectKey: string;
  readonly pi: PiSelector;
  /** YYYY-MM-DD: the day the PI is assessed on. */
  readonly today: string;
  /** ISO date-time of the commit. */
  readonly now: string;
  readonly committedBy: Person;
  /** Only evidence this check trusts counts, as in every report. */
  readonly evidenceCheck?: EvidenceCheck;
}

/** Reads the project's PI report as the person and freezes it as the next baseline version. The caller checks the permission. */
export const commitBaseline = async (
  client: JiraClient,
  settingsOf: Settings | ProjectSettings,
  kvs: KeyValueStore,
  request: CommitRequest,
): Promise<BaselineMeta> => {
  const report = await readScopeReport(client, settingsOf, { kind: 'project', projectKey: request.projectKey }, request.pi, request.today, request.evidenceCheck, { candidates: false });
  const { pi, items, capacityUnit } = frozenItemsOf(report);
  return commitBaselineVersion(kvs, { projectKey: request.projectKey, pi, committedAt: request.now, committedBy: request.committedBy, items, capacityUnit });
};
