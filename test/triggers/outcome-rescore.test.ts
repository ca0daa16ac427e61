import { createJiraClient } from '../../src/jira/create-client';
import { createSampleSite } from '../../src/jira/sample-site';
import { dayAfter } from '../../src/domain/dates';
import { withEvidenceKey } from '../../src/preview/local-deps';
import type { AssessmentProperty } from '../../src/services/rescore-property';
import { ASSESSMENT_PROPERTY_KEY } from '../../src/shared/evidence';
import type { OutcomeView } from '../../src/shared/outcome';
import { createMemoryKeyValueStore } from '../../src/storage/key-value-store';
import { consumeRescoreBatch } from '../../src/triggers/rescore-consumer';
import { createMemoryQueue, ISSUES_PER_BATCH, MAX_EVENTS_PER_PUSH } from '../../src/triggers/rescore-queue';
import { runScheduledRescore } from '../../src/triggers/scheduled-rescore';
import { dataOf, harness, TODAY } from '../forge/support/resolver-harness';

/**
 * The daily re-score moves a delivered item from pending to overdue on the
 * day after its due day, so `gravityOutcome = overdue` finds it in JQL that
 * day (src/services/rescore-property.ts). The dates come from what the sample
 * site answers (the item's delivery day and due day as the panel shows them),
 * so the test holds whichever way the site dates its delivered epics.
 */

/** Done epics of the current PI in src/jira/sample-site/data/riverside-epics.ts, pending on the site's today. */
const CANDIDATES = ['Ward 7 digital discharge checklist', 'Online repeat-prescription requests'];

const setup = () => {
  const site = createSampleSite({ today: TODAY });
  const kvs = withEvidenceKey(createMemoryKeyValueStore(), site.evidenceKey);
  const queue = createMemoryQueue();
  let today = TODAY;
  const deps = { jira: createJiraClient(site.transport('alex')), kvs, queue, today: () => today };
  /** The daily re-score as Forge runs it: the scheduled trigger queues every work item, the consumer re-scores each batch. */
  const dailyRescore = async (on: string) => {
    today = on;
    const pushesBefore = queue.pushes.length;
    const scheduled = await runScheduledRescore(deps);
    let written = 0;
    await queue.drain(async (batch) => {
      written += (await consumeRescoreBatch(deps, { body: { issueIds: [...batch.issueIds] } })).written;
    });
    return { scheduled, written, pushes: queue.pushes.slice(pushesBefore) };
  };
  return { site, deps, dailyRescore };
};

/** A pending Done epic among the candidates, with the outcome the panel shows on the site's today. */
const pendingEpic = async (site: ReturnType<typeof createSampleSite>): Promise<{ key: string; outcome: OutcomeView }> => {
  const panel = harness('alex', { site });
  const done = await createJiraClient(site.transport('alex')).search({ jql: 'issuetype = Epic AND statusCategory = Done ORDER BY key ASC', fields: ['summary'] });
  for (const summary of CANDIDATES) {
    const issue = done.find((i) => i.fields['summary'] === summary);
    if (issue === undefined) continue;
    const { outcome } = dataOf(await panel.call('getPanel', { issueKey: issue.key })).assessment;
    if (outcome.status === 'pending' && outcome.dueOn !== null) return { key: issue.key, outcome };
  }
  throw new Error(`None of ${CANDIDATES.join(', ')} is a pending Done epic with a delivery day on ${TODAY}: pick another one of riverside-epics.ts`);
};

const keysWhere = async (jira: ReturnType<typeof createJiraClient>, jql: string): Promise<string[]> => (await jira.search({ jql, fields: ['summary'] })).map((i) => i.key);

describe('the daily re-score and the outcome check', () => {
  it('keeps a delivered epic pending on its due day, and makes it overdue (also in JQL) the day after, writing nothing on a second run', async () => {
    const { site, deps, dailyRescore } = setup();
    const { key, outcome } = await pendingEpic(site);
    const dueOn = outcome.dueOn as string;
    expect(dueOn >= TODAY).toBe(true);
    const property = async () => (await deps.jira.getIssueProperty(key, ASSESSMENT_PROPERTY_KEY)) as AssessmentProperty;

    // On the due day: still pending, in the property and in JQL.
    const onDueDay = await dailyRescore(dueOn);
    expect(await property()).toMatchObject({ outcome: 'pending', verdict: 'delivered', scoredOn: dueOn });
    expect(await keysWhere(deps.jira, 'gravityOutcome = pending')).toContain(key);
    expect(await keysWhere(deps.jira, 'gravityOutcome = overdue')).not.toContain(key);

    // The day after: overdue, and JQL finds it as a zombie product candidate.
    const dayAfterDue = dayAfter(dueOn);
    const next = await dailyRescore(dayAfterDue);
    expect(next.written).toBeGreaterThanOrEqual(1);
    expect(await property()).toMatchObject({ outcome: 'overdue', verdict: 'delivered', scoredOn: dayAfterDue });
    expect(await keysWhere(deps.jira, 'gravityOutcome = overdue')).toContain(key);
    expect(await keysWhere(deps.jira, 'gravityOutcome = pending')).not.toContain(key);
    expect(await keysWhere(deps.jira, `gravityOutcome = overdue AND key = ${key}`)).toEqual([key]);

    // Again the same day: nothing changed, so nothing is written (no bulk property request).
    site.resetRequestLog();
    const again = await dailyRescore(dayAfterDue);
    expect(again.written).toBe(0);
    expect(site.requests.filter((r) => r.path === '/rest/api/3/issue/properties/multi')).toEqual([]);

    // The queue limits already in place are the same: batches of 100 ids, at most 50 batches a push.
    expect([ISSUES_PER_BATCH, MAX_EVENTS_PER_PUSH]).toEqual([100, 50]);
    for (const run of [onDueDay, next, again]) {
      expect(run.scheduled.batches).toBe(Math.ceil(run.scheduled.items / 100));
      for (const push of run.pushes) {
        expect(push.batches.length).toBeLessThanOrEqual(50);
        for (const batch of push.batches) expect(batch.issueIds.length).toBeLessThanOrEqual(100);
      }
    }
  });

  it('says pending and overdue in the property exactly as the panel says the outcome, on both days', async () => {
    const { site, deps, dailyRescore } = setup();
    const { key, outcome } = await pendingEpic(site);
    const dueOn = outcome.dueOn as string;
    for (const [day, status] of [
      [dueOn, 'pending'],
      [dayAfter(dueOn), 'overdue'],
    ] as const) {
      await dailyRescore(day);
      const panel = dataOf(await harness('alex', { site, extra: { today: day } }).call('getPanel', { issueKey: key })).assessment.outcome;
      expect(panel).toMatchObject({ status, dueOn, delivery: outcome.delivery });
      expect(await deps.jira.getIssueProperty(key, ASSESSMENT_PROPERTY_KEY)).toMatchObject({ outcome: status });
    }
  });
});
