import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawHistory } from '../../src/jira/client';
import { createJiraClient } from '../../src/jira/create-client';
import { deliveryOf } from '../../src/jira/map-delivery';
import { statusCategoryOf } from '../../src/jira/map-status';
import { IssueListSchema } from '../../src/jira/schemas';
import { fakeTransport, json } from './support/fake-transport';

/**
 * The delivery day of a Done work item (src/jira/map-delivery.ts): Jira's
 * resolution date, else the newest changelog entry into the item's current
 * status; null when not Done or Jira tells no day.
 */

const DONE = { id: '10002', name: 'Done', statusCategory: { key: 'done' } };
const IN_PROGRESS = { id: '3', name: 'In Progress' };
const REVIEW = { id: '10005', name: 'In Review' };

/** A status change item as Jira writes it in a changelog (field, fieldtype, fieldId, from/to ids, their names). */
const statusItem = (from: { id: string; name: string }, to: { id: string; name: string }) => ({
  field: 'status',
  fieldtype: 'jira',
  fieldId: 'status',
  from: from.id,
  fromString: from.name,
  to: to.id,
  toString: to.name,
});

const history = (created: string, ...items: RawHistory['items']): RawHistory => ({ created, items });
const move = (created: string, from: { id: string; name: string }, to: { id: string; name: string }): RawHistory => history(created, statusItem(from, to));

describe('the delivery day from the resolution date', () => {
  it('wins over the changelog', () => {
    const histories = [move('2026-02-20T09:00:00.000+0000', IN_PROGRESS, DONE)];
    expect(deliveryOf({ status: DONE, resolutiondate: '2026-03-03T10:12:00.000+0000' }, 'done', histories)).toEqual({ on: '2026-03-03', from: 'resolution' });
  });

  it.each([
    ['2026-03-03T10:12:00.000+0000', '2026-03-03'],
    // The calendar day as the site's zone wrote it, not the UTC day.
    ['2026-03-03T23:30:00.000-0800', '2026-03-03'],
    ['2026-03-04T00:15:00.000+1100', '2026-03-04'],
    ['2026-03-03T10:12:00Z', '2026-03-03'],
    ['2026-03-03T10:12:00.000+05:30', '2026-03-03'],
    [' 2026-03-03T10:12:00.000+0000 ', '2026-03-03'],
    ['2026-03-03', '2026-03-03'],
  ])('reads %j as %s', (resolutiondate, day) => {
    expect(deliveryOf({ status: DONE, resolutiondate }, 'done', [])).toEqual({ on: day, from: 'resolution' });
  });

  it('reads the resolution dates of real Cloud search responses (hack-jira-cfd, go-atlassian fixtures)', () => {
    const days: string[] = [];
    for (const file of [
      'fixtures/cloud-hack-jira-cfd/platform.search-legacy.GET_rest_api_search.redacted.converted.json',
      'fixtures/cloud-go-atlassian/platform.search-legacy.GET_rest_api_3_search.json',
    ]) {
      const list = IssueListSchema.parse(JSON.parse(readFileSync(join(__dirname, '../fixtures/jira-rest', file), 'utf8')));
      for (const issue of list.issues) {
        const fields = issue.fields ?? {};
        const category = statusCategoryOf((fields['status'] as { statusCategory?: { key?: string } } | undefined)?.statusCategory?.key);
        const delivery = deliveryOf(fields, category, []);
        if (delivery !== null) days.push(`${issue.key} ${delivery.on} ${delivery.from}`);
      }
    }
    expect(days).toEqual([
      'ISSUE-1 2023-11-07 resolution',
      'ISSUE-2 2023-11-03 resolution',
      'ISSUE-3 2023-10-30 resolution',
      'KP-7 2021-04-30 resolution',
      'KP-2 2021-04-30 resolution',
      'KP-1 2021-01-09 resolution',
    ]);
  });
});

describe('the delivery day from the changelog', () => {
  it.each([[null], [undefined]])('with resolutiondate %j, is the day of the newest entry into the current status', (resolutiondate) => {
    const histories = [
      move('2026-01-10T09:00:00.000+0000', IN_PROGRESS, DONE),
      move('2026-01-12T09:00:00.000+0000', DONE, IN_PROGRESS),
      move('2026-02-14T16:40:00.000+0100', IN_PROGRESS, DONE),
    ];
    const fields = resolutiondate === undefined ? { status: DONE } : { status: DONE, resolutiondate };
    expect(deliveryOf(fields, 'done', histories)).toEqual({ on: '2026-02-14', from: 'changelog' });
  });

  it('takes the newest entry whatever the order of the histories, by instant, not by text', () => {
    // 2026-02-14T23:30-0500 is 04:30 UTC on the 15th: later than 2026-02-15T01:00+0100 (00:00 UTC), though it sorts first as text.
    const histories = [move('2026-02-14T23:30:00.000-0500', IN_PROGRESS, DONE), move('2026-02-15T01:00:00.000+0100', IN_PROGRESS, DONE), move('2026-01-02T10:00:00.000+0000', IN_PROGRESS, DONE)];
    expect(deliveryOf({ status: DONE }, 'done', histories)).toEqual({ on: '2026-02-14', from: 'changelog' });
    expect(deliveryOf({ status: DONE }, 'done', [...histories].reverse())).toEqual({ on: '2026-02-14', from: 'changelog' });
  });

  it('counts a Done → Done move (another resolution step) as an entry into the current status', () => {
    const closed = { id: '6', name: 'Closed', statusCategory: { key: 'done' } };
    const histories = [move('2026-01-10T09:00:00.000+0000', IN_PROGRESS, DONE), move('2026-01-20T09:00:00.000+0000', DONE, closed)];
    expect(deliveryOf({ status: closed }, 'done', histories)).toEqual({ on: '2026-01-20', from: 'changelog' });
    // Still in Done: the older move into Done is the one.
    expect(deliveryOf({ status: DONE }, 'done', histories.slice(0, 1))).toEqual({ on: '2026-01-10', from: 'changelog' });
  });

  it('matches by status id: a move into another status of the same name (another workflow) does not count', () => {
    const otherDone = { id: '10099', name: 'Done' };
    expect(deliveryOf({ status: DONE }, 'done', [move('2026-01-10T09:00:00.000+0000', IN_PROGRESS, otherDone)])).toBeNull();
  });

  it('matches by name, any case, when the entry has no `to`', () => {
    const noTo = history('2026-01-10T09:00:00.000+0000', { field: 'status', fieldId: 'status', from: '3', fromString: 'In Progress', to: null, toString: ' done ' });
    expect(deliveryOf({ status: DONE }, 'done', [noTo])).toEqual({ on: '2026-01-10', from: 'changelog' });
    const emptyTo = history('2026-01-11T09:00:00.000+0000', { field: 'Status', from: '3', fromString: 'In Progress', to: '', toString: 'DONE' });
    expect(deliveryOf({ status: DONE }, 'done', [emptyTo])).toEqual({ on: '2026-01-11', from: 'changelog' });
    // The item's status without an id: names decide.
    expect(deliveryOf({ status: { name: 'Done' } }, 'done', [move('2026-01-12T09:00:00.000+0000', IN_PROGRESS, DONE)])).toEqual({ on: '2026-01-12', from: 'changelog' });
  });

  it('ignores moves into other statuses and changes of other fields', () => {
    const histories = [
      move('2026-03-01T09:00:00.000+0000', IN_PROGRESS, REVIEW),
      history('2026-03-02T09:00:00.000+0000', { field: 'Fix Version', fieldId: 'fixVersions', from: null, fromString: null, to: '10002', toString: 'Done' }),
      history('2026-03-03T09:00:00.000+0000', { field: 'resolution', fieldId: 'resolution', from: null, fromString: null, to: '10002', toString: 'Done' }),
    ];
    expect(deliveryOf({ status: DONE }, 'done', histories)).toBeNull();
    // The one history that moves the status into Done among other items of the same entry counts.
    const mixed = history('2026-03-04T09:00:00.000+0000', { field: 'resolution', fieldId: 'resolution', from: null, fromString: null, to: '10000', toString: 'Done' }, statusItem(REVIEW, DONE));
    expect(deliveryOf({ status: DONE }, 'done', [...histories, mixed])).toEqual({ on: '2026-03-04', from: 'changelog' });
  });

  it('is null with no entry into the current status (created straight into Done, or a history Jira no longer has)', () => {
    expect(deliveryOf({ status: DONE, resolutiondate: null }, 'done', [])).toBeNull();
  });

  it('reads a status change from a search with the changelog expanded, through the client (a real Cloud issue, KP-7)', async () => {
    const file = 'fixtures/cloud-go-atlassian/platform.search-legacy.GET_rest_api_3_search.json';
    const list = JSON.parse(readFileSync(join(__dirname, '../fixtures/jira-rest', file), 'utf8')) as { issues: { key: string; fields: Record<string, unknown> }[] };
    const kp7 = list.issues.find((i) => i.key === 'KP-7');
    if (kp7 === undefined) throw new Error('KP-7 is not in the fixture');
    const status = kp7.fields['status'] as { id: string; name: string };
    // KP-7 as Jira would send it from a workflow that sets no resolution, with its move into Done in the changelog
    // (the item shape of the changelog in fixtures/cloud-go-atlassian/agile.epic-issues.GET_rest_agile_1.0_epic_id_issue.json).
    const issue = {
      ...kp7,
      fields: { ...kp7.fields, resolutiondate: null },
      changelog: {
        startAt: 0,
        maxResults: 2,
        total: 2,
        histories: [
          { id: '10101', created: '2021-04-29T17:20:00.000+0100', items: [statusItem({ id: '10000', name: 'Backlog' }, { id: '10001', name: 'Selected for Development' })] },
          { id: '10102', created: '2021-04-30T02:01:09.082+0100', items: [statusItem({ id: '10001', name: 'Selected for Development' }, status)] },
        ],
      },
    };
    const client = createJiraClient(fakeTransport(() => json(200, { issues: [issue], isLast: true })));
    const [raw] = await client.search({ jql: 'key = KP-7', fields: ['status', 'resolutiondate'], expand: ['changelog'] });
    if (raw === undefined) throw new Error('no issue');
    expect(deliveryOf(raw.fields, 'done', raw.changelog?.histories ?? [])).toEqual({ on: '2021-04-30', from: 'changelog' });
  });
});

describe('no delivery day', () => {
  it.each(['new', 'indeterminate'] as const)('for an item not Done (%s), even with a resolution date or a move into its status', (category) => {
    const histories = [move('2026-01-10T09:00:00.000+0000', REVIEW, IN_PROGRESS)];
    expect(deliveryOf({ status: IN_PROGRESS, resolutiondate: '2026-01-10T09:00:00.000+0000' }, category, histories)).toBeNull();
  });

  const CHANGELOG = { on: '2026-01-10', from: 'changelog' };
  it.each([
    ['a resolution date that is a number', { status: DONE, resolutiondate: 1_700_000_000 }, CHANGELOG],
    ['a resolution date that is no date', { status: DONE, resolutiondate: 'last Tuesday' }, CHANGELOG],
    ['a resolution date that is an object', { status: DONE, resolutiondate: { value: '2026-01-10' } }, CHANGELOG],
    ['a status id that is a number (the name still matches)', { status: { id: 10002, name: 'Done' } }, CHANGELOG],
    ['a status that is a string', { status: 'Done' }, null],
    ['no status', {}, null],
    ['a null status', { status: null }, null],
  ])('does not throw on %s: the changelog decides when it can, else null', (_what, fields, expected) => {
    const histories = [move('2026-01-10T09:00:00.000+0000', IN_PROGRESS, DONE)];
    expect(deliveryOf(fields, 'done', histories)).toEqual(expected);
  });

  it('reads nothing from an unreadable history date', () => {
    expect(deliveryOf({ status: DONE }, 'done', [move('yesterday', IN_PROGRESS, DONE)])).toBeNull();
  });
});
