import { join } from 'node:path';
import { createJiraClient } from '../../src/jira/create-client';
import { createSampleSite } from '../../src/jira/sample-site';
import { ASSESSMENT_PROPERTY_KEY, EVIDENCE_PROPERTY_KEY } from '../../src/shared/evidence';
import { mayChangeAssessment, updatedIssueFilterExpression } from '../../src/triggers/event-filter';
import { handleIssueEvent } from '../../src/triggers/issue-event';
import { createMemoryQueue } from '../../src/triggers/rescore-queue';
import { harness, TODAY } from './support/resolver-harness';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { validate } = require('@forge/manifest') as {
  validate: (basic: boolean, file: string) => Promise<{ manifestObject?: { yamlContent: { modules: { trigger: { key: string; events: string[]; filter: Record<string, unknown> }[] } } } }>;
};

/** CLIN-2 = 10007 on the sample site (an epic with a live objective and fresh evidence). */
const CLIN_2 = '10007';

const updated = (...items: { field: string; fieldtype: string; fieldId?: string }[]) => ({
  eventType: 'avi:jira:updated:issue',
  issue: { id: CLIN_2, key: 'CLIN-2' },
  changelog: { id: '1', items },
});

const setup = () => {
  const site = createSampleSite({ today: TODAY });
  const h = harness('alex', { site });
  const jira = createJiraClient(site.transport('alex'));
  return { site, jira, deps: { jira, kvs: h.deps.kvs, queue: createMemoryQueue(), today: () => TODAY } };
};

describe('trigger filters', () => {
  it('the manifest filters avi:jira:updated:issue with the handler’s own rule, and subscribes to property sets with ignoreSelf', async () => {
    const cwd = process.cwd();
    process.chdir(join(__dirname, '..', '..'));
    let triggers;
    try {
      triggers = (await validate(true, 'manifest.yml')).manifestObject?.yamlContent.modules.trigger ?? [];
    } finally {
      process.chdir(cwd);
    }
    const updates = triggers.filter((t) => t.events.includes('avi:jira:updated:issue'));
    expect(updates).toHaveLength(1);
    expect(updates[0]?.events).toEqual(['avi:jira:updated:issue']);
    expect(updates[0]?.filter).toEqual({ ignoreSelf: true, expression: updatedIssueFilterExpression(), onError: 'RECEIVE_AND_LOG' });
    const property = triggers.find((t) => t.events.includes('avi:jira:set:issue-property'));
    expect(property?.filter['ignoreSelf']).toBe(true);
  });

  it.each([
    ['description only', updated({ field: 'description', fieldtype: 'jira', fieldId: 'description' })],
    ['assignee and comment', updated({ field: 'assignee', fieldtype: 'jira', fieldId: 'assignee' }, { field: 'Comment', fieldtype: 'jira', fieldId: 'comment' })],
    ['summary', updated({ field: 'summary', fieldtype: 'jira', fieldId: 'summary' })],
    ['another property', { eventType: 'avi:jira:set:issue-property', issue: { id: CLIN_2 }, propertyKey: 'someone.else' }],
  ])('an update that cannot move an assessment (%s) costs no Jira request and no storage read', async (_, event) => {
    const { site, deps } = setup();
    const reads = jest.spyOn(deps.kvs, 'listByPrefix');
    site.resetRequestLog();
    expect(mayChangeAssessment(event)).toBe(false);
    expect(await handleIssueEvent(deps, event)).toEqual({ scored: 0, written: 0, objectives: [], unreadable: [], queued: 0 });
    expect(site.requests).toHaveLength(0);
    expect(reads).not.toHaveBeenCalled();
  });

  it.each([
    ['fixVersions', updated({ field: 'Fix Version', fieldtype: 'jira', fieldId: 'fixVersions' })],
    ['status among others', updated({ field: 'description', fieldtype: 'jira', fieldId: 'description' }, { field: 'status', fieldtype: 'jira', fieldId: 'status' })],
    ['a custom field (settings may name any)', updated({ field: 'Sprint', fieldtype: 'custom', fieldId: 'customfield_10020' })],
    ['an issue link', updated({ field: 'Link', fieldtype: 'jira' })],
    ['the parent', updated({ field: 'IssueParentAssociation', fieldtype: 'jira', fieldId: 'parent' })],
    ['no changelog', { eventType: 'avi:jira:updated:issue', issue: { id: CLIN_2 } }],
    ['created', { eventType: 'avi:jira:created:issue', issue: { id: CLIN_2 } }],
  ])('an update that can move an assessment (%s) re-scores the issue', async (_, event) => {
    const { deps } = setup();
    expect(mayChangeAssessment(event)).toBe(true);
    expect(await handleIssueEvent(deps, event)).toMatchObject({ scored: 1, written: 1 });
  });

  it.each([
    ['the assessment property, as propertyKey', (id: string) => ({ eventType: 'avi:jira:set:issue-property', issue: { id }, propertyKey: ASSESSMENT_PROPERTY_KEY })],
    ['the assessment property, as property.key', (id: string) => ({ eventType: 'avi:jira:set:issue-property', entityId: id, property: { key: ASSESSMENT_PROPERTY_KEY, value: {} } })],
  ])('a tampered assessment set through the REST API (%s) is recomputed and overwritten', async (_, eventFor) => {
    const { deps, jira } = setup();
    await handleIssueEvent(deps, { eventType: 'avi:jira:created:issue', issue: { id: CLIN_2 } });
    const honest = await jira.getIssueProperty('CLIN-2', ASSESSMENT_PROPERTY_KEY);
    await jira.setIssueProperty('CLIN-2', ASSESSMENT_PROPERTY_KEY, { ...(honest as Record<string, unknown>), verdict: 'gravity', score: 0 });
    expect(await handleIssueEvent(deps, eventFor(CLIN_2))).toMatchObject({ scored: 1, written: 1 });
    expect(await jira.getIssueProperty('CLIN-2', ASSESSMENT_PROPERTY_KEY)).toEqual(honest);
  });

  it('an evidence property set by someone else re-scores the issue too', () => {
    expect(mayChangeAssessment({ eventType: 'avi:jira:set:issue-property', issue: { id: CLIN_2 }, propertyKey: EVIDENCE_PROPERTY_KEY })).toBe(true);
    // A payload whose key cannot be read is re-scored rather than missed.
    expect(mayChangeAssessment({ eventType: 'avi:jira:set:issue-property', issue: { id: CLIN_2 } })).toBe(true);
  });
});
