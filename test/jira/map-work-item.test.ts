import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IssueListSchema } from '../../src/jira/schemas';
import { mapWorkItem, fieldValuesOf, workItemFields } from '../../src/jira/map-work-item';
import { objectiveKeysNeeded, type ObjectiveDetails } from '../../src/jira/map-objectives';
import type { RawIssue } from '../../src/jira/client';
import { SettingsSchema, type SettingsInput } from '../../src/shared/settings';

const settingsWith = (input: SettingsInput = {}) => SettingsSchema.parse(input);

const status = (name: string, key: string) => ({ name, statusCategory: { key } });

const epic = (fields: Record<string, unknown> = {}, properties: Record<string, unknown> = {}): RawIssue => ({
  id: '10001',
  key: 'CLIN-1',
  fields: {
    summary: 'Bedside handover',
    status: status('In Progress', 'indeterminate'),
    issuetype: { name: 'Epic' },
    project: { key: 'CLIN', name: 'Clinical' },
    fixVersions: [{ id: '1', name: 'PI 26.4' }],
    labels: ['ux'],
    customfield_10020: [
      { id: 5, name: 'PI 26.4 - S1', state: 'active', boardId: 3, startDate: '2026-10-05T09:00:00.000+1100', endDate: '2026-10-18T09:00:00.000Z' },
    ],
    issuelinks: [],
    ...fields,
  },
  properties,
});

const context = (settings = settingsWith(), objectives = new Map<string, ObjectiveDetails | null>()) => ({
  settings,
  objectives,
  histories: [],
  webLinks: null,
});

const mapOk = (raw: RawIssue, ctx = context()) => {
  const mapped = mapWorkItem(raw, ctx);
  if (!mapped.ok) throw new Error(mapped.reason);
  return mapped;
};

const sprintSettings = settingsWith({ pi: { source: 'sprint', namePattern: '^(PI\\s*\\d+\\.\\d+)' } });

describe('mapWorkItem', () => {
  it.each([
    ['new', 'new'],
    ['indeterminate', 'indeterminate'],
    ['done', 'done'],
    ['undefined', 'new'],
  ])('status category %s → %s', (key, expected) => {
    expect(mapOk(epic({ status: status('S', key) })).item.statusCategory).toBe(expected);
  });

  it('reads planning values: fixVersion names, sprints with plain dates (sprint PIs), labels', () => {
    const { item } = mapOk(epic(), context(sprintSettings));
    expect(item.fixVersions).toEqual(['PI 26.4']);
    expect(item.sprints).toEqual([{ id: 5, name: 'PI 26.4 - S1', state: 'active', startDate: '2026-10-05', endDate: '2026-10-18' }]);
    expect(item.labels).toEqual(['ux']);
    expect(item.projectKey).toBe('CLIN');
    expect(item.webLinks).toBeNull();
  });

  it('reads a null sprint field and null fixVersions as empty', () => {
    const { item } = mapOk(epic({ customfield_10020: null, fixVersions: null, labels: null }), context(sprintSettings));
    expect(item.sprints).toEqual([]);
    expect(item.fixVersions).toEqual([]);
    expect(item.labels).toEqual([]);
  });

  it('reads the PI custom field as an option, a string or a list of either', () => {
    expect(fieldValuesOf({ value: 'PI 1', id: '1' })).toEqual(['PI 1']);
    expect(fieldValuesOf('PI 2')).toEqual(['PI 2']);
    expect(fieldValuesOf([{ value: 'PI 3' }, 'PI 4', 7, null])).toEqual(['PI 3', 'PI 4']);
    expect(fieldValuesOf(null)).toEqual([]);
    const settings = settingsWith({ pi: { source: 'customField', fieldId: 'customfield_10050', calendar: [{ name: 'PI 1', startDate: '2026-01-01', endDate: '2026-02-01' }] } });
    expect(mapOk(epic({ customfield_10050: { value: 'PI 1' } }), context(settings)).item.piFieldValues).toEqual(['PI 1']);
  });

  it('finds objectives through links, the parent chain and the objectives field', () => {
    const settings = settingsWith({ objectives: { fieldId: 'customfield_10060' } });
    const details = new Map<string, ObjectiveDetails | null>([
      ['STRAT-1', { key: 'STRAT-1', summary: 'Safer handovers', issueType: 'Objective', status: 'Open', statusCategory: 'new', targetDate: '2027-03-31', parentKey: null }],
      ['CLIN-90', { key: 'CLIN-90', summary: 'Capability', issueType: 'Feature', status: 'Open', statusCategory: 'new', targetDate: null, parentKey: 'STRAT-2' }],
      ['STRAT-2', { key: 'STRAT-2', summary: 'Digital wards', issueType: 'Strategic Theme', status: 'Done', statusCategory: 'done', targetDate: null, parentKey: null }],
      ['STRAT-3', { key: 'STRAT-3', summary: 'Named', issueType: 'Initiative', status: 'Open', statusCategory: 'new', targetDate: null, parentKey: null }],
    ]);
    const raw = epic({
      issuelinks: [
        { id: '1', type: { name: 'Supports', inward: 'is supported by', outward: 'supports' }, outwardIssue: { key: 'STRAT-1', fields: { summary: 'Safer handovers', issuetype: { name: 'Objective' }, status: status('Open', 'new') } } },
        { id: '2', type: { name: 'Relates' }, inwardIssue: { key: 'CLIN-5', fields: { summary: 'A story', issuetype: { name: 'Story' }, status: status('Open', 'new') } } },
      ],
      parent: { key: 'CLIN-90', fields: { summary: 'Capability', issuetype: { name: 'Feature' }, status: status('Open', 'new') } },
      customfield_10060: 'see STRAT-3 and STRAT-1',
    });
    expect(mapOk(raw, context(settings, details)).item.objectiveCandidates).toEqual([
      { key: 'STRAT-1', summary: 'Safer handovers', issueType: 'Objective', status: 'Open', statusCategory: 'new', targetDate: '2027-03-31', via: 'link', linkType: 'Supports' },
      { key: 'STRAT-2', summary: 'Digital wards', issueType: 'Strategic Theme', status: 'Done', statusCategory: 'done', targetDate: null, via: 'parent', depth: 2 },
      { key: 'STRAT-3', summary: 'Named', issueType: 'Initiative', status: 'Open', statusCategory: 'new', targetDate: null, via: 'field' },
    ]);
  });

  it('asks for objective details level by level, only for keys not yet known', () => {
    const settings = settingsWith();
    const raw = epic({ parent: { key: 'CLIN-90', fields: { issuetype: { name: 'Feature' } } } });
    expect(objectiveKeysNeeded([raw], settings, new Map())).toEqual(['CLIN-90']);
    const known = new Map<string, ObjectiveDetails | null>([
      ['CLIN-90', { key: 'CLIN-90', summary: '', issueType: 'Feature', status: '', statusCategory: 'new', targetDate: null, parentKey: 'STRAT-2' }],
    ]);
    expect(objectiveKeysNeeded([raw], settings, known)).toEqual(['STRAT-2']);
  });

  it('counts only configured link types when some are named', () => {
    const settings = settingsWith({ objectives: { linkTypes: ['Supports'] } });
    const raw = epic({
      issuelinks: [{ type: { name: 'Relates' }, outwardIssue: { key: 'STRAT-1', fields: { summary: 'x', issuetype: { name: 'Objective' }, status: status('Open', 'new') } } }],
    });
    expect(mapOk(raw, context(settings)).item.objectiveCandidates).toEqual([]);
  });

  it('reads v1 evidence from the inline property', () => {
    const raw = epic({}, { 'factory-gravity.evidence': { items: [{ type: 'interview', who: 'Nurse lead', date: '2026-02-01', note: 'Paper lists' }] } });
    const mapped = mapOk(raw);
    expect(mapped.item.evidence).toHaveLength(1);
    expect(mapped.item.evidence[0]?.source.name).toBe('Nurse lead');
  });

  it('makes an item with an unreadable evidence property unreadable instead of guessing', () => {
    const mapped = mapWorkItem(epic({}, { 'factory-gravity.evidence': 'garbage' }), context());
    expect(mapped.ok).toBe(false);
    if (!mapped.ok) expect(mapped.reason).toMatch(/not in a format/);
  });

  it('reports missing basic fields as unreadable', () => {
    const mapped = mapWorkItem({ id: '1', key: 'CLIN-2', fields: {}, properties: {} }, context());
    expect(mapped).toEqual({ ok: false, key: 'CLIN-2', reason: expect.stringMatching(/summary, status/) });
  });
});

const SERVER_SPRINT_TEXT =
  'com.atlassian.greenhopper.service.sprint.Sprint@1bf75fd[id=1,rapidViewId=1,state=CLOSED,name=PI 26.4 - S0,startDate=2016-06-06T21:30:53.537+10:00,endDate=2016-06-20T21:30:00.000+10:00,completeDate=<null>,sequence=1]';
const cloudSprint = { id: 5, name: 'PI 26.4 - S1', state: 'active', boardId: 3, startDate: '2026-10-05T09:00:00.000Z', endDate: '2026-10-18T09:00:00.000Z' };

describe('the sprint field', () => {
  it('is asked for only when PIs come from sprints, and then under the configured id', () => {
    expect(workItemFields(settingsWith())).not.toContain('customfield_10020');
    expect(workItemFields(settingsWith({ pi: { source: 'labelPrefix', prefix: 'PI-', calendar: [{ name: '26.4', startDate: '2026-10-01', endDate: '2026-12-31' }] } }))).not.toContain('customfield_10020');
    expect(workItemFields(sprintSettings)).toContain('customfield_10020');
    const other = workItemFields(settingsWith({ pi: { source: 'sprint', namePattern: 'PI', sprintFieldId: 'customfield_10104' } }));
    expect(other).toContain('customfield_10104');
    expect(other).not.toContain('customfield_10020');
  });

  it.each([
    ['old Jira Server texts', [SERVER_SPRINT_TEXT]],
    ['numbers', [12, 13]],
    ['objects missing fields', [{ id: 5 }, { name: 'PI 26.4 - S1' }]],
    ['a lone object', cloudSprint],
    ['a text', 'PI 26.4 - S1'],
  ])('with fixVersion PIs, %s there leave the item readable and without sprints', (_, value) => {
    const { item } = mapOk(epic({ customfield_10020: value }));
    expect(item.sprints).toEqual([]);
    expect(item.fixVersions).toEqual(['PI 26.4']);
  });

  it('with sprint PIs, values the app cannot read are skipped and the readable ones kept', () => {
    const { item } = mapOk(epic({ customfield_10020: [SERVER_SPRINT_TEXT, 42, { id: 6, name: 'no state' }, null, cloudSprint] }), context(sprintSettings));
    expect(item.sprints.map((s) => s.name)).toEqual(['PI 26.4 - S1']);
  });

  it('with sprint PIs, a lone sprint object is read as a list of one', () => {
    expect(mapOk(epic({ customfield_10020: cloudSprint }), context(sprintSettings)).item.sprints.map((s) => s.id)).toEqual([5]);
  });

  it.each([
    ['an old Jira Server text', [SERVER_SPRINT_TEXT], 'its only value is an old Jira Server sprint text'],
    ['numbers', [12, 13], 'none of its 2 values is a sprint; the first is a number'],
    ['an object missing fields', [{ id: 5, name: 'PI 26.4 - S1' }], 'its only value is an object without a whole-number id, a name and a state'],
    ['a text', 'PI 26.4 - S1', 'its only value is a text value'],
  ])('with sprint PIs, a field holding only %s makes the item unreadable, saying why', (_, value, why) => {
    const mapped = mapWorkItem(epic({ customfield_10020: value }), context(sprintSettings));
    expect(mapped).toEqual({
      ok: false,
      key: 'CLIN-1',
      reason: `The sprint field customfield_10020 cannot be read: ${why}. Check that the PI settings name the Sprint field (Jira Cloud sends it as a list of sprint objects).`,
    });
  });

  it.each([[null], [[]], [undefined], [[null]]])('with sprint PIs, an empty field (%j) is an item in no sprint', (value) => {
    expect(mapOk(epic({ customfield_10020: value }), context(sprintSettings)).item.sprints).toEqual([]);
  });

  it('reads the sprint field of real Cloud responses as they are (cloud-go-atlassian fixtures)', () => {
    const files = [
      'fixtures/cloud-go-atlassian/platform.search-legacy.GET_rest_api_3_search.json',
      'fixtures/cloud-go-atlassian/agile.sprint-issues.GET_rest_agile_1.0_sprint_id_issue.json',
    ];
    const names: string[] = [];
    for (const file of files) {
      const list = IssueListSchema.parse(JSON.parse(readFileSync(join(__dirname, '../fixtures/jira-rest', file), 'utf8')));
      for (const issue of list.issues) {
        const raw: RawIssue = { id: issue.id, key: issue.key, fields: issue.fields ?? {}, properties: {} };
        const mapped = mapWorkItem(raw, context(settingsWith({ pi: { source: 'sprint', namePattern: 'Sprint' } })));
        if (!mapped.ok) throw new Error(`${file} ${issue.key}: ${mapped.reason}`);
        names.push(...mapped.item.sprints.map((s) => `${s.name} ${s.state} ${s.startDate ?? '-'}`));
      }
    }
    expect(names).toEqual(expect.arrayContaining(['KP Sprint 2 closed 2021-05-01', 'KP Sprint 3 future -', 'Sprint XX-Patched active 2020-04-11']));
  });
});
