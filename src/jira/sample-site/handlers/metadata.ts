import type { JiraRequest, JiraResponse } from '../../transport';
import type { SiteState } from '../state';
import { QueryParams } from '../http/query';
import { jsonResponse } from '../http/responses';

/**
 * GET /rest/api/3/issuetype, /rest/api/3/issueLinkType and /rest/api/3/field,
 * in the shapes of the Jira platform OAS (getIssueAllTypes: a bare array of
 * IssueTypeDetails; getIssueLinkTypes: {issueLinkTypes}; getFields: a bare
 * array of FieldDetails). The site's types are global (company-managed), so
 * every user sees them all.
 */

const noQuery = (request: JiraRequest): void => {
  new QueryParams(request.query, []);
};

export const issueTypes = (state: SiteState, request: JiraRequest): JiraResponse => {
  noQuery(request);
  const base = state.store.baseUrl;
  return jsonResponse(
    200,
    state.store.issueTypes.map((t) => ({
      self: `${base}/rest/api/3/issuetype/${t.id}`,
      id: t.id,
      description: '',
      iconUrl: `${base}/rest/api/2/universal_avatar/view/type/issuetype/avatar/10307?size=medium`,
      name: t.name,
      untranslatedName: t.name,
      subtask: t.hierarchyLevel < 0,
      avatarId: 10307,
      hierarchyLevel: t.hierarchyLevel,
    })),
  );
};

export const issueLinkTypes = (state: SiteState, request: JiraRequest): JiraResponse => {
  noQuery(request);
  const base = state.store.baseUrl;
  return jsonResponse(200, {
    issueLinkTypes: state.store.linkTypes.map((t) => ({ id: t.id, name: t.name, inward: t.inward, outward: t.outward, self: `${base}/rest/api/3/issueLinkType/${t.id}` })),
  });
};

interface FieldSpec {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly items?: string;
  readonly custom?: string;
}

/** The fields the site's issues carry (src/jira/sample-site/handlers/issue-json.ts SUPPORTED_FIELDS), named as Jira names them. */
const FIELDS: readonly FieldSpec[] = [
  { id: 'summary', name: 'Summary', type: 'string' },
  { id: 'status', name: 'Status', type: 'status' },
  { id: 'issuetype', name: 'Issue Type', type: 'issuetype' },
  { id: 'project', name: 'Project', type: 'project' },
  { id: 'fixVersions', name: 'Fix versions', type: 'array', items: 'version' },
  { id: 'issuelinks', name: 'Linked Issues', type: 'array', items: 'issuelinks' },
  { id: 'parent', name: 'Parent', type: 'issuelink' },
  { id: 'labels', name: 'Labels', type: 'array', items: 'string' },
  { id: 'duedate', name: 'Due date', type: 'date' },
  { id: 'created', name: 'Created', type: 'datetime' },
  { id: 'updated', name: 'Updated', type: 'datetime' },
  { id: 'customfield_10020', name: 'Sprint', type: 'array', items: 'json', custom: 'com.pyxis.greenhopper.jira:gh-sprint' },
  // Jira Software's story points on a company-managed site: a number custom field of the float type, which
  // capacity.field = auto finds by its name (src/jira/map-size.ts).
  { id: 'customfield_10016', name: 'Story Points', type: 'number', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:float' },
  // Original estimate, in seconds (OAS IssueBean fields; settings capacity.field = timeoriginalestimate).
  { id: 'timeoriginalestimate', name: 'Original Estimate', type: 'number' },
];

export const fields = (request: JiraRequest): JiraResponse => {
  noQuery(request);
  return jsonResponse(
    200,
    FIELDS.map((f) => {
      const custom = f.custom !== undefined;
      const clause = custom ? [`cf[${f.id.replace('customfield_', '')}]`, f.name] : [f.id];
      return {
        id: f.id,
        ...(custom ? {} : { key: f.id }),
        name: f.name,
        custom,
        orderable: true,
        navigable: true,
        searchable: true,
        clauseNames: clause,
        schema: {
          type: f.type,
          ...(f.items === undefined ? {} : { items: f.items }),
          ...(custom ? { custom: f.custom, customId: Number(f.id.replace('customfield_', '')) } : { system: f.id }),
        },
      };
    }),
  );
};
