import type { JiraRequest, JiraResponse } from '../../transport';
import type { SiteChangeItem, SiteIssue } from '../model';
import type { SiteState } from '../state';
import { userById, type SampleUserId } from '../users';
import { QueryParams } from '../http/query';
import { badRequest, issueNotFound, noContent, SiteError } from '../http/responses';

/**
 * PUT /rest/api/3/issue/{issueIdOrKey} (OAS editIssue, body
 * IssueUpdateDetails {fields, update}), for what the app's drop decision
 * sends: `update.fixVersions` and `update.labels` add/remove operations, and
 * `fields.customfield_10020` (the sprint field) set to null or a sprint id.
 * Anything else is refused with Jira's 400 for a field off the edit screen.
 * 404 for an issue the user cannot see, 403 without Edit issues, 204 when
 * done; the change shows in later searches, JQL, and the changelog (an
 * entry by the user, dated now, items as Jira writes them).
 */

const SPRINT_FIELD = 'customfield_10020';

const notOnScreen = (field: string): SiteError =>
  new SiteError(400, '', { [field]: `Field '${field}' cannot be set. It is not on the appropriate screen, or unknown.` });

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

type Operation = { readonly op: 'add' | 'remove'; readonly value: unknown };

const operationsOf = (field: string, value: unknown): Operation[] => {
  if (!Array.isArray(value)) throw new SiteError(400, '', { [field]: 'Operations must be a list.' });
  return value.map((entry) => {
    if (!isObject(entry) || Object.keys(entry).length !== 1) throw new SiteError(400, '', { [field]: 'Each operation must have exactly one of add or remove.' });
    const [op, operand] = Object.entries(entry)[0] as [string, unknown];
    if (op !== 'add' && op !== 'remove') throw new SiteError(400, '', { [field]: `The sample site does not support the operation '${op}' on ${field}; only add and remove.` });
    return { op, value: operand };
  });
};

const editFixVersions = (state: SiteState, issue: SiteIssue, ops: readonly Operation[]): { ids: string[]; items: SiteChangeItem[] } => {
  const project = state.store.projects.find((p) => p.key === issue.projectKey);
  let ids = [...issue.fixVersionIds];
  const items: SiteChangeItem[] = [];
  for (const { op, value } of ops) {
    const ref = isObject(value) ? value : {};
    const version = state.store.versions.find(
      (v) => v.projectId === project?.id && ((typeof ref['name'] === 'string' && v.name === ref['name']) || (typeof ref['id'] === 'string' && v.id === ref['id'])),
    );
    if (version === undefined) {
      const named = typeof ref['name'] === 'string' ? ref['name'] : typeof ref['id'] === 'string' ? ref['id'] : '';
      throw new SiteError(400, '', { fixVersions: `Version name '${named}' is not valid` });
    }
    if (op === 'remove' && ids.includes(version.id)) {
      ids = ids.filter((id) => id !== version.id);
      items.push({ field: 'Fix Version', fieldtype: 'jira', fieldId: 'fixVersions', from: version.id, fromString: version.name, to: null, toString: null });
    }
    if (op === 'add' && !ids.includes(version.id)) {
      if (version.archived) throw new SiteError(400, '', { fixVersions: `Version '${version.name}' is archived and cannot be added.` });
      ids.push(version.id);
      items.push({ field: 'Fix Version', fieldtype: 'jira', fieldId: 'fixVersions', from: null, fromString: null, to: version.id, toString: version.name });
    }
  }
  return { ids, items };
};

const editLabels = (issue: SiteIssue, ops: readonly Operation[]): { labels: string[]; items: SiteChangeItem[] } => {
  let labels = [...issue.labels];
  for (const { op, value } of ops) {
    if (typeof value !== 'string' || value.trim() === '' || /\s/.test(value)) throw new SiteError(400, '', { labels: 'A label must be text without spaces.' });
    if (op === 'remove') labels = labels.filter((l) => l !== value);
    else if (!labels.includes(value)) labels.push(value);
  }
  const changed = labels.join(' ') !== issue.labels.join(' ');
  // Jira writes a labels change as one item: the whole list before and after, space-separated.
  const items: SiteChangeItem[] = changed
    ? [{ field: 'labels', fieldtype: 'jira', fieldId: 'labels', from: null, fromString: issue.labels.join(' '), to: null, toString: labels.join(' ') }]
    : [];
  return { labels, items };
};

/** The sprint field holds at most one open sprint: null takes the issue out of it, an id moves it there; closed sprints stay as history. */
const editSprint = (state: SiteState, issue: SiteIssue, value: unknown): { ids: number[]; items: SiteChangeItem[] } => {
  const closed = issue.sprintIds.filter((id) => state.sprintById.get(id)?.state === 'closed');
  let ids: number[];
  if (value === null) ids = closed;
  else if (typeof value === 'number' && Number.isInteger(value)) {
    const sprint = state.sprintById.get(value);
    if (sprint === undefined) throw new SiteError(400, '', { [SPRINT_FIELD]: `Sprint with id ${value} does not exist.` });
    if (sprint.state === 'closed') throw new SiteError(400, '', { [SPRINT_FIELD]: 'Issues can only be moved to an active or future sprint.' });
    ids = [...closed, value];
  } else throw new SiteError(400, '', { [SPRINT_FIELD]: 'Number value expected as the Sprint id.' });
  const names = (list: readonly number[]) => list.map((id) => state.sprintById.get(id)?.name ?? String(id)).join(', ');
  const items: SiteChangeItem[] =
    ids.join(',') === issue.sprintIds.join(',')
      ? []
      : [{ field: 'Sprint', fieldtype: 'custom', fieldId: SPRINT_FIELD, from: issue.sprintIds.join(', '), fromString: names(issue.sprintIds), to: ids.join(', '), toString: names(ids) }];
  return { ids, items };
};

export const editIssue = (state: SiteState, user: SampleUserId, request: JiraRequest, keyOrId: string): JiraResponse => {
  new QueryParams(request.query, []);
  const issue = state.visibleIssue(user, keyOrId);
  if (issue === undefined) throw issueNotFound();
  if (!state.can(user, issue, 'EDIT_ISSUES')) throw new SiteError(403, 'You do not have permission to edit issues in this project.');
  const body = request.body;
  if (!isObject(body)) throw badRequest('The request body must be a JSON object.');
  for (const k of Object.keys(body)) {
    if (k !== 'fields' && k !== 'update') throw badRequest(`The sample site does not support '${k}' in an issue edit; only fields and update.`);
  }
  const fields = body['fields'] === undefined ? {} : body['fields'];
  const update = body['update'] === undefined ? {} : body['update'];
  if (!isObject(fields) || !isObject(update)) throw badRequest('fields and update must be JSON objects.');
  for (const k of Object.keys(fields)) if (k !== SPRINT_FIELD) throw notOnScreen(k);
  for (const k of Object.keys(update)) if (k !== 'fixVersions' && k !== 'labels') throw notOnScreen(k);

  const versions = update['fixVersions'] === undefined ? null : editFixVersions(state, issue, operationsOf('fixVersions', update['fixVersions']));
  const labels = update['labels'] === undefined ? null : editLabels(issue, operationsOf('labels', update['labels']));
  const sprints = SPRINT_FIELD in fields ? editSprint(state, issue, fields[SPRINT_FIELD]) : null;
  const next: SiteIssue = {
    ...issue,
    ...(versions === null ? {} : { fixVersionIds: versions.ids }),
    ...(labels === null ? {} : { labels: labels.labels }),
    ...(sprints === null ? {} : { sprintIds: sprints.ids }),
  };
  state.editIssue(next, userById(user).accountId, [...(versions?.items ?? []), ...(labels?.items ?? []), ...(sprints?.items ?? [])]);
  return noContent();
};
