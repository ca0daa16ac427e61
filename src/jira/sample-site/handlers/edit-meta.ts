import type { SiteIssue } from '../model';
import { versionJson } from './version-json';
import type { SiteState } from '../state';
import type { SampleUserId } from '../users';

/**
 * `editmeta` as Jira returns it per issue for `expand=editmeta`
 * (IssueUpdateMetadata: `{fields: {<fieldId>: FieldMetadata}}`): the fields
 * the user may edit on this issue, `{fields: {}}` when they may not edit it
 * at all (no Edit issues permission). The site offers a few system fields.
 */
export const editMeta = (state: SiteState, user: SampleUserId, issue: SiteIssue): { fields: Record<string, unknown> } => {
  if (!state.can(user, issue, 'EDIT_ISSUES')) return { fields: {} };
  const base = state.store.baseUrl;
  const project = state.store.projects.find((p) => p.key === issue.projectKey);
  const versions = state.store.versions
    .filter((v) => v.projectId === project?.id && !v.archived)
    .map((v) => ({ ...versionJson(base, v), projectId: Number(v.projectId) }));
  return {
    fields: {
      summary: {
        required: true,
        schema: { type: 'string', system: 'summary' },
        name: 'Summary',
        key: 'summary',
        operations: ['set'],
      },
      labels: {
        required: false,
        schema: { type: 'array', items: 'string', system: 'labels' },
        name: 'Labels',
        key: 'labels',
        autoCompleteUrl: `${base}/rest/api/1.0/labels/suggest?query=`,
        operations: ['add', 'set', 'remove'],
      },
      duedate: {
        required: false,
        schema: { type: 'date', system: 'duedate' },
        name: 'Due date',
        key: 'duedate',
        operations: ['set'],
      },
      fixVersions: {
        required: false,
        schema: { type: 'array', items: 'version', system: 'fixVersions' },
        name: 'Fix versions',
        key: 'fixVersions',
        operations: ['set', 'add', 'remove'],
        allowedValues: versions,
      },
    },
  };
};
