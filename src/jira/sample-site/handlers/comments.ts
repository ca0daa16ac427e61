import { z } from 'zod';
import type { JiraRequest, JiraResponse } from '../../transport';
import type { SiteState } from '../state';
import { SITE_PEOPLE, userById, type SampleUserId } from '../users';
import { QueryParams } from '../http/query';
import { badRequest, issueNotFound, jsonResponse, SiteError } from '../http/responses';

/**
 * GET and POST /rest/api/3/issue/{key}/comment (OAS getComments: PageOfComments;
 * addComment: 201 with the Comment). Comments live beside the site's state for
 * its lifetime, oldest first. Anyone who can see the issue may read and add
 * comments (the site has no separate Add Comments permission). Only the body is
 * supported on POST (no visibility, no properties): anything else is refused.
 */

interface SiteComment {
  readonly id: string;
  readonly authorAccountId: string;
  readonly body: unknown;
  readonly created: string;
}

const commentsBySite = new WeakMap<SiteState, Map<string, SiteComment[]>>();
let nextCommentId = 50_000;

const listOf = (state: SiteState, issueId: string): SiteComment[] => {
  let byIssue = commentsBySite.get(state);
  if (byIssue === undefined) {
    byIssue = new Map();
    commentsBySite.set(state, byIssue);
  }
  let list = byIssue.get(issueId);
  if (list === undefined) {
    list = [];
    byIssue.set(issueId, list);
  }
  return list;
};

/** An ADF document as Jira accepts one for a comment body: type doc, version 1, a content array (nodes are not checked further). */
const AdfDocSchema = z.object({ type: z.literal('doc'), version: z.literal(1), content: z.array(z.object({ type: z.string() }).loose()) }).strict();
const AddCommentSchema = z.object({ body: AdfDocSchema }).strict();

/** Jira's date-time format (2021-01-17T12:34:00.000+0000). */
const jiraNow = (): string => new Date().toISOString().replace('Z', '+0000');

const userOf = (accountId: string) => {
  const person = SITE_PEOPLE.find((p) => p.accountId === accountId);
  return { accountId, displayName: person?.displayName ?? accountId, active: person?.active ?? true };
};

const commentJson = (state: SiteState, issueId: string, c: SiteComment) => {
  const base = state.store.baseUrl;
  const person = userOf(c.authorAccountId);
  return {
    self: `${base}/rest/api/3/issue/${issueId}/comment/${c.id}`,
    id: c.id,
    author: person,
    body: c.body,
    updateAuthor: person,
    created: c.created,
    updated: c.created,
    jsdPublic: true,
  };
};

export const issueComments = (state: SiteState, user: SampleUserId, request: JiraRequest, keyOrId: string): JiraResponse => {
  const issue = state.visibleIssue(user, keyOrId);
  if (issue === undefined) throw issueNotFound();
  const list = listOf(state, issue.id);
  if (request.method === 'GET') {
    const q = new QueryParams(request.query, ['startAt', 'maxResults']);
    const startAt = q.int('startAt', 0, 0);
    const maxResults = Math.min(q.int('maxResults', 5000, 0), 5000);
    const page = list.slice(startAt, startAt + maxResults);
    return jsonResponse(200, { startAt, maxResults, total: list.length, comments: page.map((c) => commentJson(state, issue.id, c)) });
  }
  new QueryParams(request.query, []);
  const parsed = AddCommentSchema.safeParse(request.body);
  if (!parsed.success) {
    throw badRequest(`The sample site takes a comment as {body: an ADF document (type "doc", version 1, content)} and nothing else: ${parsed.error.issues[0]?.message ?? 'invalid body'}.`);
  }
  if (JSON.stringify(parsed.data.body).length > 32_767) throw new SiteError(413, 'The comment is too long: at most 32,767 characters.');
  const comment: SiteComment = { id: String(nextCommentId++), authorAccountId: userById(user).accountId, body: parsed.data.body, created: jiraNow() };
  list.push(comment);
  return jsonResponse(201, commentJson(state, issue.id, comment));
};
