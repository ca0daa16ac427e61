import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import * as S from '../../src/jira/schemas';

const ROOT = join(__dirname, '..', 'fixtures', 'jira-rest');

const jsonFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsonFiles(path);
    return name.endsWith('.json') ? [relative(ROOT, path)] : [];
  });

/** File name → the schema the app parses that response with. The first matching rule wins. */
const RULES: readonly [RegExp, z.ZodType, string][] = [
  [/\.400\.json$/, S.ErrorBodySchema, 'error body'],
  [/searchAndReconsileIssuesUsingJql/, S.SearchPageSchema, 'enhanced search page'],
  [/search-legacy/, S.IssueListSchema, 'legacy search'],
  [/(sprint-issues|epic-issues|getIssuesForEpic|getIssuesForBoard)/, S.IssueListSchema, 'agile issue list'],
  [/(getIssuesForSprint|agile\.getIssue\.|platform\.issue\.|platform\.getIssue\.)/, S.IssueSchema, 'single issue'],
  [/(getProjectVersions|project-versions)/, S.ProjectVersionsSchema, 'project versions'],
  [/platform\.getVersion\./, S.PlatformVersionSchema, 'version'],
  [/(getAllVersions|board-versions)/, S.AgileVersionsPageSchema, 'board versions'],
  [/(getVersionRelatedIssues|relatedIssueCounts)/, S.VersionRelatedIssueCountsSchema, 'related issue counts'],
  [/(getIssueLinkTypes|issue-link-types)/, S.IssueLinkTypesSchema, 'issue link types'],
  [/getIssueLinkType\./, S.IssueLinkTypeSchema, 'issue link type'],
  [/getIssueLink\./, S.IssueLinkSchema, 'issue link'],
  [/getRemoteIssueLinks\./, S.RemoteLinksSchema, 'remote links'],
  [/getRemoteIssueLinkById/, S.RemoteLinkSchema, 'remote link'],
  [/createOrUpdateRemoteIssueLink\.20[01]/, S.RemoteLinkCreatedSchema, 'remote link created'],
  [/(getIssuePropertyKeys|issue-property-keys)/, S.IssuePropertyKeysSchema, 'property keys'],
  [/(getIssueProperty|issue-property)\./, S.IssuePropertySchema, 'issue property'],
  [/(getConfiguration|board-config)/, S.BoardConfigSchema, 'board configuration'],
  [/(getAllBoards)/, S.BoardsPageSchema, 'boards'],
  [/(getBoard\.|agile\.board\.)/, S.BoardSchema, 'board'],
  [/(getAllSprints|board-sprints)/, S.SprintsPageSchema, 'sprints'],
  [/(getSprint\.|agile\.sprint\.)/, S.SprintSchema, 'sprint'],
  [/(getEpics|board-epics)/, S.EpicsPageSchema, 'epics'],
  [/(getEpic\.|agile\.epic\.)/, S.EpicSchema, 'epic'],
  [/getFields/, S.FieldsSchema, 'fields'],
  [/countIssues/, S.CountSchema, 'count'],
];

const files = jsonFiles(ROOT);
const ruleFor = (file: string) => RULES.find(([pattern]) => pattern.test(file));

describe('Jira REST schemas against every shared response', () => {
  it('knows a schema for every file', () => {
    expect(files.length).toBe(54);
    expect(files.filter((f) => ruleFor(f) === undefined)).toEqual([]);
  });

  it.each(files)('%s parses', (file) => {
    const rule = ruleFor(file);
    if (rule === undefined) throw new Error(`no schema for ${file}`);
    const json: unknown = JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
    const result = rule[1].safeParse(json);
    if (!result.success) throw new Error(`${file} as ${rule[2]}: ${JSON.stringify(result.error.issues.slice(0, 3))}`);
    // Every issue's fields parse with the tolerant field schema the mapping uses.
    const issues: unknown[] =
      Array.isArray((json as { issues?: unknown }).issues) ? ((json as { issues: unknown[] }).issues) : rule[2] === 'single issue' ? [json] : [];
    for (const issue of issues) {
      const fields = (issue as { fields?: unknown }).fields ?? {};
      const parsed = S.IssueFieldsSchema.safeParse(fields);
      if (!parsed.success) throw new Error(`${file} fields: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`);
    }
  });
});

describe('shape facts from the real data', () => {
  const load = (file: string): unknown => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));

  it('enhanced search has no total and parses nextPageToken/isLast', () => {
    const page = S.SearchPageSchema.parse({ issues: [{ id: '1', key: 'A-1' }], nextPageToken: 'Chkj', isLast: false });
    expect(page.nextPageToken).toBe('Chkj');
    expect(S.SearchPageSchema.safeParse({ total: 3 }).success).toBe(false);
  });

  it('an issue keeps its editmeta (IssueUpdateMetadata) when the search expanded it', () => {
    const fields = { summary: { required: true, schema: { type: 'string', system: 'summary' }, name: 'Summary', key: 'summary', operations: ['set'] } };
    expect(S.IssueSchema.parse({ id: '1', key: 'A-1', editmeta: { fields } }).editmeta?.fields).toEqual(fields);
    expect(S.IssueSchema.parse({ id: '1', key: 'A-1', editmeta: { fields: {} } }).editmeta).toEqual({ fields: {} });
    expect(S.IssueSchema.safeParse({ id: '1', key: 'A-1', editmeta: 'yes' }).success).toBe(false);
  });

  it('reads the Cloud sprint field as sprint objects with boardId', () => {
    const list = S.IssueListSchema.parse(load('fixtures/cloud-go-atlassian/agile.sprint-issues.GET_rest_agile_1.0_sprint_id_issue.json'));
    const values = list.issues.flatMap((i) => {
      const field = (i.fields ?? {})['customfield_10020'];
      return Array.isArray(field) ? field : [];
    });
    expect(values.length).toBeGreaterThan(0);
    const sprints = values.map((v) => S.SprintFieldValueSchema.parse(v));
    expect(sprints.every((s) => typeof s.boardId === 'number' && s.name.length > 0)).toBe(true);
  });

  it('issue fields do not depend on the sprint field: any shape there leaves the other fields readable', () => {
    for (const odd of [['com.atlassian.greenhopper.service.sprint.Sprint@1bf75fd[id=1,name=Sprint 1]'], [7], [{ name: 'S' }], 'x', { id: 1 }]) {
      expect(S.IssueFieldsSchema.safeParse({ summary: 'A', customfield_10020: odd }).success).toBe(true);
    }
  });

  it('board versions have numeric ids and date-time release dates; platform versions string ids and plain dates', () => {
    const agile = S.AgileVersionsPageSchema.parse(load('fixtures/cloud-go-atlassian/agile.board-versions.GET_rest_agile_1.0_board_id_version.json'));
    expect(typeof agile.values[0]?.id).toBe('number');
    expect(String(agile.values[0]?.releaseDate)).toMatch(/T/);
    expect(S.AgileVersionSchema.safeParse({ id: '1', name: 'x' }).success).toBe(false);
    const sling = S.ProjectVersionsSchema.parse(load('fixtures/server-apache-sling/platform.project-versions.GET_rest_api_2_project_SLING_versions.json'));
    expect(Array.isArray(sling) && sling.length).toBe(201);
    expect(S.PlatformVersionSchema.safeParse({ id: 1, name: 'x' }).success).toBe(false);
  });

  it('a 400 parses as an error body', () => {
    const body = S.ErrorBodySchema.parse(load('docs-examples/platform.createOrUpdateRemoteIssueLink.400.json'));
    expect(body.errors).toHaveProperty('title');
  });
});

describe('schemas against OpenAPI examples for endpoints without a shared recording', () => {
  const EXAMPLES = join(__dirname, '..', 'fixtures', 'jira-openapi-examples');
  const load = (file: string): unknown => JSON.parse(readFileSync(join(EXAMPLES, file), 'utf8'));

  it('changelog bulkfetch: histories by issue id, epoch created read as an ISO instant', () => {
    const page = S.BulkChangelogResponseSchema.parse(load('platform.getBulkChangelogs.200.json'));
    const first = page.issueChangeLogs?.[0];
    expect(first?.issueId).toEqual(expect.any(String));
    expect(first?.changeHistories?.[0]?.created).toBe('2017-04-13T08:00:29.000Z');
    expect(first?.changeHistories?.[0]?.items[0]?.toString).toBe('new summary');
  });

  it('mypermissions', () => {
    expect(S.MyPermissionsSchema.parse(load('platform.getMyPermissions.200.json')).permissions['EDIT_ISSUES']?.havePermission).toBe(true);
  });

  it('filter', () => {
    expect(S.FilterSchema.parse(load('platform.getFilter.200.json')).jql).toBe('type = Bug and resolution is empty');
  });
});
