import { createJiraClient } from '../../src/jira/create-client';
import { createSampleSite } from '../../src/jira/sample-site';
import { frozenItemsOf } from '../../src/services/commit-baseline';
import { readScopeReport } from '../../src/services/read-scope-report';
import type { BaselineItem } from '../../src/shared/baseline';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { baselineChunkKey, baselineMetaKey, commitBaselineVersion, readBaseline } from '../../src/storage/baseline-store';
import { createMemoryKeyValueStore } from '../../src/storage/key-value-store';

/** Sizes in baselines (issue 11): a commit keeps each item's size and the unit; baselines from before stay readable. */

const PI = { name: 'PI 26.3', startDate: '2026-10-01', endDate: '2026-12-31' };
const ALEX = { accountId: 'a-1', displayName: 'Alex Rivera' };
const item = (n: number, size?: number | null): BaselineItem => ({
  key: `CLIN-${n}`,
  summary: `Item ${n}`,
  verdict: 'aligned',
  score: 80,
  forces: { strategy: 80, evidence: 80, delivery: 80 },
  findings: [],
  counts: { objectives: 1, liveObjectives: 1, evidence: 1, freshEvidence: 1 },
  decision: null,
  ...(size === undefined ? {} : { size }),
});

describe('baseline sizes', () => {
  it('keeps each item size (null for unsized) and the capacity unit', async () => {
    const kvs = createMemoryKeyValueStore();
    await commitBaselineVersion(kvs, { projectKey: 'CLIN', pi: PI, committedAt: '2026-10-14T09:00:00.000Z', committedBy: ALEX, items: [item(1, 5), item(2, null)], capacityUnit: 'points' });
    const read = await readBaseline(kvs, 'CLIN', 'PI 26.3');
    expect(read?.capacityUnit).toBe('points');
    expect(read?.items.map((i) => i.size)).toEqual([5, null]);
  });

  it('reads a baseline stored before sizes were kept: no unit, no size on its items', async () => {
    const kvs = createMemoryKeyValueStore();
    // The stored format as version 1 of the store wrote it.
    await kvs.set(baselineChunkKey('CLIN', 'PI 26.3', 'old', 0), { items: [item(1)] });
    await kvs.set(baselineMetaKey('CLIN', 'PI 26.3', 1), {
      format: 1,
      projectKey: 'CLIN',
      pi: PI,
      version: 1,
      committedAt: '2026-10-14T09:00:00.000Z',
      committedBy: ALEX,
      itemCount: 1,
      commitId: 'old',
      chunks: 1,
    });
    const read = await readBaseline(kvs, 'CLIN', 'PI 26.3');
    expect(read).not.toBeNull();
    expect(read).not.toHaveProperty('capacityUnit');
    expect(read?.items[0]).not.toHaveProperty('size');
    expect(read?.items[0]?.key).toBe('CLIN-1');
  });

  it('refuses a stored size that is not a number', async () => {
    const kvs = createMemoryKeyValueStore();
    await commitBaselineVersion(kvs, { projectKey: 'CLIN', pi: PI, committedAt: '2026-10-14T09:00:00.000Z', committedBy: ALEX, items: [item(1, 3)], commitId: 'c1' });
    await kvs.set(baselineChunkKey('CLIN', 'PI 26.3', 'c1', 0), { items: [{ ...item(1), size: 'big' }] });
    await expect(readBaseline(kvs, 'CLIN', 'PI 26.3')).rejects.toThrow('cannot be read');
  });

  it('a commit freezes the report items with their sizes and the report unit', async () => {
    const today = '2026-11-26';
    const site = createSampleSite({ today });
    const report = await readScopeReport(createJiraClient(site.transport('alex')), DEFAULT_SETTINGS, { kind: 'project', projectKey: 'CLIN' }, 'next', today);
    const frozen = frozenItemsOf(report);
    expect(frozen.capacityUnit).toBe(report.capacity.unit);
    expect(frozen.items.map((i) => [i.key, i.size])).toEqual(report.items.map((a) => [a.key, a.size]));
  });
});
