import { createSampleSite, generateLargeSite } from '../../src/jira/sample-site';
import { createJiraClient } from '../../src/jira/create-client';
import { ASSESSMENT_PROPERTY_KEY } from '../../src/shared/evidence';
import { createMemoryKeyValueStore } from '../../src/storage/key-value-store';
import { withEvidenceKey } from '../../src/preview/local-deps';
import { saveSettings } from '../../src/storage/settings-store';
import { changedIssueIds, handleIssueEvent } from '../../src/triggers/issue-event';
import { consumeRescoreBatch } from '../../src/triggers/rescore-consumer';
import { createMemoryQueue, ISSUES_PER_BATCH, MAX_EVENTS_PER_PUSH } from '../../src/triggers/rescore-queue';
import { runScheduledRescore, workItemTypesJql } from '../../src/triggers/scheduled-rescore';
import { createForgeQueue } from '../../src/forge/forge-queue';
import { dataOf, harness, TODAY } from './support/resolver-harness';

const setup = (site = createSampleSite({ today: TODAY })) => {
  const queue = createMemoryQueue();
  // The sample site's evidence is signed with its public demo key: the store holds it as the installation's key.
  const kvs = withEvidenceKey(createMemoryKeyValueStore(), site.evidenceKey);
  const deps = { jira: createJiraClient(site.transport('alex')), kvs, queue, today: () => TODAY };
  return { site, queue, kvs, deps };
};

/** Sample-site ids: CLIN-2 = 10007 (an epic), STRAT-2 = 10001 (an initiative: CLIN-1, 14, 16 and 21 hang off it). */
const CLIN_2 = '10007';
const STRAT_2 = '10001';

describe('event trigger', () => {
  it('reads the issue id from issue events and both ends from issue-link events', () => {
    expect(changedIssueIds({ issue: { id: '10007', key: 'CLIN-2' }, eventType: 'avi:jira:updated:issue' })).toEqual(['10007']);
    expect(changedIssueIds({ issueLink: { id: '1', sourceIssueId: 10006, destinationIssueId: 10001 } })).toEqual(['10006', '10001']);
    expect(changedIssueIds({ sourceIssueId: '10006', destinationIssueId: '10001' })).toEqual(['10006', '10001']);
    expect(changedIssueIds({ something: 'else' })).toEqual([]);
  });

  it('writes the indexed assessment of a changed work item, the same one the panel shows, and nothing when unchanged', async () => {
    const { site, deps } = setup();
    const first = await handleIssueEvent(deps, { issue: { id: CLIN_2 } });
    expect(first).toMatchObject({ scored: 1, written: 1, queued: 0 });
    const stored = await deps.jira.getIssueProperty('CLIN-2', ASSESSMENT_PROPERTY_KEY);
    const panel = dataOf(await harness('alex', { site }).call('getPanel', { issueKey: 'CLIN-2' })).assessment;
    expect(stored).toEqual({
      verdict: panel.verdict,
      score: panel.score,
      strategy: panel.forces.strategy,
      evidence: panel.forces.evidence,
      delivery: panel.forces.delivery,
      freshEvidence: panel.counts.freshEvidence,
      liveObjectives: panel.counts.liveObjectives,
      carriedOver: panel.carriedOver,
      decision: panel.decision?.kind ?? 'none',
      outcome: panel.outcome.status,
      scoredOn: TODAY,
      // The first write begins the history (src/services/rescore-property.ts).
      history: [{ on: TODAY, verdict: panel.verdict, score: panel.score, decision: panel.decision?.kind ?? 'none', outcome: panel.outcome.status }],
    });
    site.resetRequestLog();
    const again = await handleIssueEvent(deps, { issue: { id: CLIN_2 } });
    expect(again.written).toBe(0);
    expect(site.requests.filter((r) => r.method === 'PUT')).toHaveLength(0);
  });

  it('queues the work items linked to or children of a changed objective, and the consumer re-scores them', async () => {
    const { deps, queue } = setup();
    const outcome = await handleIssueEvent(deps, { issue: { id: STRAT_2 } });
    expect(outcome.objectives.map((o) => o.key)).toEqual(['STRAT-2']);
    const queued = queue.pushes.flatMap((p) => p.batches.flatMap((b) => b.issueIds));
    expect(queued).toEqual(expect.arrayContaining(['10006', '10028', '10031', '10041']));
    await queue.drain((batch) => consumeRescoreBatch(deps, { body: { issueIds: [...batch.issueIds] } }).then(() => undefined));
    for (const key of ['CLIN-1', 'CLIN-14', 'CLIN-16', 'CLIN-21']) {
      expect(await deps.jira.getIssueProperty(key, ASSESSMENT_PROPERTY_KEY)).toMatchObject({ scoredOn: TODAY });
    }
  });

  it('re-scores both ends of a new issue link', async () => {
    const { deps, queue } = setup();
    const outcome = await handleIssueEvent(deps, { issueLink: { sourceIssueId: '10006', destinationIssueId: STRAT_2 } });
    expect(outcome.scored).toBe(1);
    expect(outcome.objectives).toHaveLength(1);
    expect(queue.pushes.length).toBeGreaterThan(0);
  });

  it('skips issues that are not work items of their project', async () => {
    const { deps, kvs } = setup();
    await saveSettings(kvs, 'CLIN', { workItemTypes: ['Feature'] });
    expect(await handleIssueEvent(deps, { issue: { id: CLIN_2 } })).toMatchObject({ scored: 0, written: 0 });
  });
});

describe('daily re-score', () => {
  it('fans 50,000 work items out in batches of 100 ids, ≤50 events a push, ≤400 events a minute', async () => {
    const { deps, queue, site } = setup(generateLargeSite({ today: TODAY, epics: 50_000, seed: 3 }));
    const outcome = await runScheduledRescore(deps);
    expect(outcome).toEqual({ items: 50_000, batches: 500, pushes: 10 });
    // ids only: no field or property is fetched while listing.
    expect(site.requests.every((r) => r.query?.['fields'] === 'id' && r.query['properties'] === undefined)).toBe(true);
    const ids = queue.pushes.flatMap((p) => p.batches.flatMap((b) => b.issueIds));
    expect(new Set(ids).size).toBe(50_000);
    for (const push of queue.pushes) {
      expect(push.batches.length).toBeLessThanOrEqual(MAX_EVENTS_PER_PUSH);
      for (const batch of push.batches) expect(batch.issueIds.length).toBeLessThanOrEqual(ISSUES_PER_BATCH);
      expect(push.delayInSeconds).toBeLessThanOrEqual(900);
    }
    const perMinute = new Map<number, number>();
    for (const push of queue.pushes) perMinute.set(push.delayInSeconds, (perMinute.get(push.delayInSeconds) ?? 0) + push.batches.length);
    for (const events of perMinute.values()) expect(events).toBeLessThanOrEqual(400);

    // One batch costs one search for its 100 ids, and writes only what changed.
    site.resetRequestLog();
    const batch = queue.pushes[0]?.batches[0];
    const first = await consumeRescoreBatch(deps, { body: { issueIds: [...(batch?.issueIds ?? [])] } });
    expect(first.scored).toBe(100);
    const idSearches = site.requests.filter((r) => r.path === '/rest/api/3/search/jql' && /^key in \(\d/.test(String(r.query?.['jql'])));
    expect(idSearches).toHaveLength(1);
    site.resetRequestLog();
    const again = await consumeRescoreBatch(deps, { body: { issueIds: [...(batch?.issueIds ?? [])] } });
    expect(again.written).toBe(0);
    expect(site.requests.length).toBeLessThanOrEqual(5);
  });

  it('lists every work-item type any project uses', async () => {
    const kvs = createMemoryKeyValueStore();
    await saveSettings(kvs, 'PAT', { workItemTypes: ['Feature', 'Capability'] });
    expect(await workItemTypesJql({ kvs })).toBe('issuetype in ("Capability", "Epic", "Feature") ORDER BY key ASC');
  });

  it('leaves out ids deleted since they were queued', async () => {
    const { deps } = setup();
    const outcome = await consumeRescoreBatch(deps, { body: { issueIds: [CLIN_2, '99999999'] } });
    expect(outcome.scored).toBe(1);
  });

  it('refuses an event that is not a batch of ids', async () => {
    const { deps } = setup();
    await expect(consumeRescoreBatch(deps, { body: { issueIds: ['CLIN-2'] } })).rejects.toThrow(/Not a re-score event/);
  });
});

describe('Forge queue adapter', () => {
  it('pushes at most 50 events at a time, each with its ids and delay', async () => {
    const pushes: unknown[][] = [];
    const queue = createForgeQueue({ push: async (events: unknown) => void pushes.push(Array.isArray(events) ? events : [events]) } as never);
    await queue.push(Array.from({ length: 120 }, (_, i) => ({ issueIds: [String(10_000 + i)] })), 60);
    expect(pushes.map((p) => p.length)).toEqual([50, 50, 20]);
    expect(pushes[0]?.[0]).toEqual({ body: { issueIds: ['10000'] }, delayInSeconds: 60 });
  });
});
