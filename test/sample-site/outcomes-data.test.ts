import { createHash } from 'node:crypto';
import { createJiraClient } from '../../src/jira/create-client';
import { createEvidenceSigner } from '../../src/jira/evidence-mac';
import { createSampleSite, generateLargeSite, INTENDED_DELIVERY_SOURCES, INTENDED_OUTCOMES, INTENDED_VERDICTS } from '../../src/jira/sample-site';
import { RIVERSIDE_EPICS } from '../../src/jira/sample-site/data/riverside-epics';
import { sampleEvidenceSigner } from '../../src/jira/sample-site/evidence-key';
import { hasProjectPermission, userById } from '../../src/jira/sample-site/users';
import { rescoreSampleSite } from '../../src/preview/local-deps';
import { readScopeOutcomes } from '../../src/services/read-scope-outcomes';
import type { OutcomeRow, OutcomeStatus } from '../../src/shared/outcome';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { createMemoryKeyValueStore } from '../../src/storage/key-value-store';
import { dataOf, harness } from '../forge/support/resolver-harness';
import { call, searchKeys, TODAY } from './helpers';

/**
 * The sample site's delivered epics against the real adapter and scorer: each
 * Done epic's outcome status (riverside-epics.ts `outcome`, with its `why`)
 * and where its delivery day comes from are what the app computes, on the
 * days the intended verdicts are checked on; the findings are where they
 * should be; and the daily re-score moves the one epic meant to turn overdue
 * on the day it does.
 */

const DONE_KEYS = Object.keys(INTENDED_OUTCOMES).filter((k) => INTENDED_OUTCOMES[k] !== 'not-delivered');

/** Every Done epic's row, from the outcomes lists of CLIN and PAT since long before any delivery. */
const rowsOn = async (today: string): Promise<Map<string, OutcomeRow>> => {
  const client = createJiraClient(createSampleSite({ today }).transport());
  const rows = new Map<string, OutcomeRow>();
  for (const projectKey of ['CLIN', 'PAT']) {
    const report = await readScopeOutcomes(client, DEFAULT_SETTINGS, { kind: 'project', projectKey }, today, {
      since: '2024-01-01',
      evidenceCheck: sampleEvidenceSigner.check,
    });
    expect(report.unreadable).toEqual([]);
    for (const row of report.items) rows.set(row.key, row);
  }
  return rows;
};

const statusesOf = (rows: Map<string, OutcomeRow>): Record<string, OutcomeStatus> =>
  Object.fromEntries([...rows].map(([key, row]) => [key, row.outcome.status]));

describe('the outcome data of the sample site', () => {
  it('states an outcome for every Done epic and for no other, and every Done epic stays delivered', () => {
    for (const spec of RIVERSIDE_EPICS) expect([spec.summary, spec.outcome !== undefined]).toEqual([spec.summary, spec.status === 'Done']);
    for (const key of DONE_KEYS) expect([key, INTENDED_VERDICTS[key]]).toEqual([key, 'delivered']);
  });

  it('holds what the issue asks for among the epics delivered in the last PIs: evidenced, overdue, pending and retired', () => {
    const of = (status: OutcomeStatus) => DONE_KEYS.filter((k) => INTENDED_OUTCOMES[k] === status);
    expect(of('evidenced').length).toBeGreaterThanOrEqual(2);
    expect(of('pending').length).toBeGreaterThanOrEqual(1);
    expect(of('retired')).toEqual(['CLIN-34']);
    expect(of('overdue')).toEqual(expect.arrayContaining(['CLIN-21', 'CLIN-32']));
    expect(Object.values(INTENDED_DELIVERY_SOURCES).filter((s) => s === 'changelog')).toHaveLength(1);
  });
});

/** Epics whose status changes between the test days: CLIN-37 was delivered two days before PI -1 ended, so 84 days later falls on the current PI's third-to-last day. */
const OVERRIDES: Readonly<Record<string, Readonly<Record<string, OutcomeStatus>>>> = { '2027-01-03': { 'CLIN-37': 'overdue' } };

describe.each(['2026-11-26', '2026-01-01', '2027-06-15', '2026-10-12', '2027-01-03'])('outcomes on %s', (today) => {
  let rows: Map<string, OutcomeRow>;
  beforeAll(async () => {
    rows = await rowsOn(today);
  });

  it('are the intended status of every Done epic, with the delivery day from the intended source', () => {
    const intended = Object.fromEntries(DONE_KEYS.map((k) => [k, INTENDED_OUTCOMES[k]]));
    expect(statusesOf(rows)).toEqual({ ...intended, ...OVERRIDES[today] });
    const sources = Object.fromEntries([...rows].map(([key, row]) => [key, row.outcome.delivery?.from ?? null]));
    expect(sources).toEqual(INTENDED_DELIVERY_SOURCES);
  });

  it('count only adoption or outcome evidence observed after delivery, with its figure and unit', () => {
    for (const [key, row] of rows) {
      const o = row.outcome;
      if (o.status !== 'evidenced') continue;
      expect(o.evidence.length).toBeGreaterThan(0);
      for (const e of o.evidence) {
        expect([key, e.observedOn >= (o.delivery?.on ?? '9999') && e.observedOn <= today]).toEqual([key, true]);
        expect([key, typeof e.figure, typeof e.unit]).toEqual([key, 'number', 'string']);
      }
    }
    // The dashboard nobody opens: delivered over 12 weeks ago; the survey that asked for it predates delivery and does not count.
    const dashboard = rows.get('CLIN-32');
    expect(dashboard).toMatchObject({ summary: 'Ward bed-occupancy dashboard', outcome: { status: 'overdue', evidence: [] } });
    expect(dashboard?.outcome.daysSinceDelivery).toBeGreaterThan(12 * 7);
  });

  it('retire the bleep directory by a signed decision of someone with Edit issues on it', () => {
    const retired = rows.get('CLIN-34')?.outcome.retirement;
    expect(retired).toMatchObject({ decidedBy: { displayName: userById('alex').displayName } });
    expect(retired?.rationale.length).toBeGreaterThanOrEqual(10);
    expect(hasProjectPermission('alex', 'CLIN', 'EDIT_ISSUES')).toBe(true);
    expect((retired?.decidedAt.slice(0, 10) ?? '') >= (rows.get('CLIN-34')?.outcome.delivery?.on ?? '9999')).toBe(true);
  });
});

describe('outcome evidence and the retire decision are signed with the sample key', () => {
  it('count with the sample key and not with another one (then the retired and evidenced epics fall back to overdue)', async () => {
    const client = createJiraClient(createSampleSite({ today: TODAY }).transport());
    const other = createEvidenceSigner(createHash('sha256').update('another installation').digest());
    const report = await readScopeOutcomes(client, DEFAULT_SETTINGS, { kind: 'project', projectKey: 'CLIN' }, TODAY, { since: '2024-01-01', evidenceCheck: other.check });
    const statuses = Object.fromEntries(report.items.map((r) => [r.key, r.outcome.status]));
    expect(statuses['CLIN-34']).toBe('overdue');
    expect(statuses['CLIN-31']).toBe('overdue');
  });
});

describe(`the outcome findings on ${TODAY}`, () => {
  it('are OUTCOME_OVERDUE on overdue epics, OUTCOME_DUE on pending ones and neither on the others', async () => {
    const h = harness('alex');
    const codes: Record<string, string[]> = {};
    const expected: Record<string, string[]> = {};
    for (const key of DONE_KEYS) {
      const a = dataOf(await h.call('getPanel', { issueKey: key })).assessment;
      codes[key] = a.findings.map((f) => f.code).filter((c) => c.startsWith('OUTCOME_'));
      const status = INTENDED_OUTCOMES[key];
      expected[key] = status === 'overdue' ? ['OUTCOME_OVERDUE'] : status === 'pending' ? ['OUTCOME_DUE'] : [];
    }
    expect(codes).toEqual(expected);
    const dashboard = dataOf(await h.call('getPanel', { issueKey: 'CLIN-32' })).assessment;
    expect(dashboard.findings.find((f) => f.code === 'OUTCOME_OVERDUE')?.message).toContain('Delivered on 30 January, no sign of use since: a zombie product candidate');
  });
});

describe('the daily re-score moves an item from pending to overdue on the day it happens', () => {
  it.each([
    ['2027-01-01', false],
    ['2027-01-02', true],
  ])('CLIN-37 (delivered 9 October, due 1 January) on %s: gravityOutcome = overdue finds it: %s', async (today, overdue) => {
    const site = createSampleSite({ today });
    await rescoreSampleSite(site, createMemoryKeyValueStore(), today);
    expect((await searchKeys(site, 'gravityOutcome = overdue AND project = CLIN')).includes('CLIN-37')).toBe(overdue);
    expect((await searchKeys(site, 'gravityOutcome = pending AND project = CLIN')).includes('CLIN-37')).toBe(!overdue);
  });
});

describe('delivery days as Jira tells them', () => {
  const site = createSampleSite({ today: TODAY });

  interface Fields {
    status: { name: string; id: string; statusCategory: { key: string } };
    resolutiondate: string | null;
    updated: string;
  }
  const epics = async (): Promise<{ id: string; key: string; fields: Fields }[]> => {
    const r = await call(site, { method: 'POST', path: '/rest/api/3/search/jql', body: { jql: 'project in (CLIN, PAT) ORDER BY key', fields: ['status', 'resolutiondate', 'updated'], maxResults: 100 } });
    expect(r.json.isLast).toBe(true);
    return r.json.issues;
  };

  it('give every Done epic but one a resolution date at its transition into Done, never after its updated stamp; none to the others', async () => {
    const all = await epics();
    const bulk = await call(site, { method: 'POST', path: '/rest/api/3/changelog/bulkfetch', body: { issueIdsOrKeys: all.map((i) => i.id), fieldIds: ['status'] } });
    const doneAt = new Map<string, string>();
    for (const log of bulk.json.issueChangeLogs as { issueId: string; changeHistories: { created: string; items: { fieldId: string; toString: string }[] }[] }[]) {
      const into = log.changeHistories.filter((h) => h.items.some((i) => i.fieldId === 'status' && i.toString === 'Done'));
      const last = into[into.length - 1];
      if (last !== undefined) doneAt.set(log.issueId, last.created);
    }
    for (const issue of all) {
      const done = issue.fields.status.statusCategory.key === 'done';
      if (!done) {
        expect([issue.key, issue.fields.resolutiondate]).toEqual([issue.key, null]);
        continue;
      }
      const transition = doneAt.get(issue.id);
      expect([issue.key, transition === undefined]).toEqual([issue.key, false]);
      const expected = INTENDED_DELIVERY_SOURCES[issue.key] === 'changelog' ? null : transition;
      expect([issue.key, issue.fields.resolutiondate]).toEqual([issue.key, expected]);
      expect([issue.key, issue.fields.updated >= (transition ?? '')]).toEqual([issue.key, true]);
    }
    expect(all.filter((i) => i.fields.status.statusCategory.key === 'done' && i.fields.resolutiondate === null).map((i) => i.key)).toEqual(['CLIN-21']);
  });

  it('record status changes as Jira does, in the bulkfetch (fieldIds status, with the PI field) and inline (expand=changelog)', async () => {
    const statusItem = { field: 'status', fieldtype: 'jira', fieldId: 'status', from: '10002', fromString: 'Implementing', to: '10003', toString: 'Done' };
    const bulk = await call(site, { method: 'POST', path: '/rest/api/3/changelog/bulkfetch', body: { issueIdsOrKeys: ['CLIN-21'], fieldIds: ['fixVersions', 'status'] } });
    const items = (bulk.json.issueChangeLogs[0].changeHistories as { items: Record<string, unknown>[] }[]).flatMap((h) => h.items);
    expect(items).toContainEqual(statusItem);
    expect(new Set(items.map((i) => i['fieldId']))).toEqual(new Set(['fixVersions', 'status']));
    const onlyPi = await call(site, { method: 'POST', path: '/rest/api/3/changelog/bulkfetch', body: { issueIdsOrKeys: ['CLIN-21'], fieldIds: ['fixVersions'] } });
    expect((onlyPi.json.issueChangeLogs[0].changeHistories as { items: { fieldId: string }[] }[]).flatMap((h) => h.items).every((i) => i.fieldId === 'fixVersions')).toBe(true);
    const inline = await call(site, { method: 'GET', path: '/rest/api/3/search/jql', query: { jql: 'key = CLIN-21', fields: 'status,resolutiondate', expand: 'changelog' } });
    const issue = inline.json.issues[0];
    expect(issue.fields.resolutiondate).toBeNull();
    expect((issue.changelog.histories as { items: unknown[] }[]).flatMap((h) => h.items)).toContainEqual(statusItem);
  });
});

describe('the generated large site', () => {
  it('resolves each Done epic at its transition into Done, never after its updated stamp, and no other', async () => {
    const large = generateLargeSite({ today: TODAY, epics: 300, seed: 7 });
    const r = await call(large, { method: 'POST', path: '/rest/api/3/search/jql', body: { jql: 'project = EA ORDER BY key', fields: ['status', 'resolutiondate', 'updated'], maxResults: 100 } });
    const issues = r.json.issues as { id: string; key: string; fields: { status: { statusCategory: { key: string } }; resolutiondate: string | null; updated: string } }[];
    const done = issues.filter((i) => i.fields.status.statusCategory.key === 'done');
    expect(done.length).toBeGreaterThan(5);
    expect(issues.filter((i) => i.fields.status.statusCategory.key !== 'done').every((i) => i.fields.resolutiondate === null)).toBe(true);
    const bulk = await call(large, { method: 'POST', path: '/rest/api/3/changelog/bulkfetch', body: { issueIdsOrKeys: done.map((i) => i.id), fieldIds: ['status'] } });
    const lastStatusChange = new Map<string, string>(
      (bulk.json.issueChangeLogs as { issueId: string; changeHistories: { created: string }[] }[]).map((l) => [l.issueId, l.changeHistories[l.changeHistories.length - 1]?.created ?? '']),
    );
    for (const i of done) {
      expect([i.key, i.fields.resolutiondate]).toEqual([i.key, lastStatusChange.get(i.id)]);
      expect([i.key, i.fields.updated >= (i.fields.resolutiondate ?? '')]).toEqual([i.key, true]);
    }
  });
});
