import type { SiteHistory, SiteIssue, SiteStatus } from '../model';
import { versionJson } from './version-json';
import type { SiteState } from '../state';
import { SAMPLE_USERS, type SampleUserId } from '../users';
import { badRequest } from '../http/responses';

/** Issue field values in the exact shapes Jira Cloud's REST v3 returns them. */

/** The site's "Story Points" number field (GET /rest/api/3/field, handlers/metadata.ts). */
export const STORY_POINTS_FIELD = 'customfield_10016';
/**
 * The sample site keeps no estimates of its own: an item's original estimate
 * is its story points at 6 hours a point, in seconds as Jira keeps it (null
 * when unsized), so capacity.field = timeoriginalestimate has hours to show.
 */
export const SECONDS_PER_POINT = 6 * 3600;

export const SUPPORTED_FIELDS = [
  'summary', 'status', 'issuetype', 'project', 'fixVersions', 'issuelinks', 'parent', 'labels', 'duedate',
  'customfield_10020', 'updated', 'created', STORY_POINTS_FIELD, 'timeoriginalestimate', 'resolutiondate',
] as const;

const CATEGORY = {
  new: { id: 2, key: 'new', colorName: 'blue-gray', name: 'To Do' },
  indeterminate: { id: 4, key: 'indeterminate', colorName: 'yellow', name: 'In Progress' },
  done: { id: 3, key: 'done', colorName: 'green', name: 'Done' },
} as const;

/** Which fields a search returns: the requested list, checked against what the site supports. */
export const selectFields = (requested: readonly string[] | undefined): string[] => {
  const list = requested ?? ['id'];
  const out: string[] = [];
  for (const raw of list) {
    const f = raw.trim();
    if (f === 'id' || f === 'key' || f === '') continue;
    if (f === '*all' || f === '*navigable' || f.startsWith('-')) {
      throw badRequest(`The sample site does not support '${f}' in fields; name the fields: ${SUPPORTED_FIELDS.join(', ')}.`);
    }
    if (!(SUPPORTED_FIELDS as readonly string[]).includes(f)) {
      throw badRequest(`The sample site does not support the field '${f}'. Supported: ${SUPPORTED_FIELDS.join(', ')}.`);
    }
    if (!out.includes(f)) out.push(f);
  }
  return out;
};

export class IssueJson {
  constructor(
    private readonly state: SiteState,
    private readonly user: SampleUserId,
  ) {}

  private get base(): string {
    return this.state.store.baseUrl;
  }

  status(name: string): Record<string, unknown> {
    const s: SiteStatus | undefined = this.state.store.statuses.find((x) => x.name === name);
    if (s === undefined) throw new Error(`Sample data error: unknown status ${name}`);
    const c = CATEGORY[s.category];
    return {
      self: `${this.base}/rest/api/3/status/${s.id}`,
      description: '',
      iconUrl: `${this.base}/images/icons/statuses/generic.png`,
      name: s.name,
      id: s.id,
      statusCategory: { self: `${this.base}/rest/api/3/statuscategory/${c.id}`, id: c.id, key: c.key, colorName: c.colorName, name: c.name },
    };
  }

  issuetype(name: string): Record<string, unknown> {
    const t = this.state.store.issueTypes.find((x) => x.name === name);
    if (t === undefined) throw new Error(`Sample data error: unknown issue type ${name}`);
    return {
      self: `${this.base}/rest/api/3/issuetype/${t.id}`,
      id: t.id,
      description: '',
      iconUrl: `${this.base}/rest/api/2/universal_avatar/view/type/issuetype/avatar/10307?size=medium`,
      name: t.name,
      subtask: false,
      avatarId: 10307,
      hierarchyLevel: t.hierarchyLevel,
    };
  }

  private priority(): Record<string, unknown> {
    return { self: `${this.base}/rest/api/3/priority/3`, iconUrl: `${this.base}/images/icons/priorities/medium.svg`, name: 'Medium', id: '3' };
  }

  /** The short form Jira uses for linked issues and the parent. */
  private issueRef(issue: SiteIssue): Record<string, unknown> {
    return {
      id: issue.id,
      key: issue.key,
      self: `${this.base}/rest/api/3/issue/${issue.id}`,
      fields: { summary: issue.summary, status: this.status(issue.statusName), priority: this.priority(), issuetype: this.issuetype(issue.typeName) },
    };
  }

  field(issue: SiteIssue, field: string): unknown {
    const store = this.state.store;
    switch (field) {
      case 'summary':
        return issue.summary;
      case 'status':
        return this.status(issue.statusName);
      case 'issuetype':
        return this.issuetype(issue.typeName);
      case 'project': {
        const p = store.projects.find((x) => x.key === issue.projectKey);
        if (p === undefined) throw new Error(`Sample data error: unknown project ${issue.projectKey}`);
        return {
          self: `${this.base}/rest/api/3/project/${p.id}`,
          id: p.id,
          key: p.key,
          name: p.name,
          projectTypeKey: 'software',
          simplified: false,
          avatarUrls: { '48x48': `${this.base}/rest/api/3/universal_avatar/view/type/project/avatar/10400` },
        };
      }
      case 'fixVersions':
        return issue.fixVersionIds.map((id) => {
          const v = this.state.versionById.get(id);
          if (v === undefined) throw new Error(`Sample data error: unknown version ${id}`);
          return versionJson(this.base, v);
        });
      case 'issuelinks':
        return (this.state.linksByIssue.get(issue.id) ?? []).flatMap((link) => {
          const type = store.linkTypes.find((t) => t.id === link.typeId);
          if (type === undefined) throw new Error(`Sample data error: unknown link type ${link.typeId}`);
          const outward = link.outwardId === issue.id;
          const other = this.state.issueById.get(outward ? link.inwardId : link.outwardId);
          // Jira leaves out links to issues the user cannot see.
          if (other === undefined || !this.state.canSee(this.user, other)) return [];
          const typeJson = { id: type.id, name: type.name, inward: type.inward, outward: type.outward, self: `${this.base}/rest/api/3/issueLinkType/${type.id}` };
          return [
            {
              id: link.id,
              self: `${this.base}/rest/api/3/issueLink/${link.id}`,
              type: typeJson,
              ...(outward ? { outwardIssue: this.issueRef(other) } : { inwardIssue: this.issueRef(other) }),
            },
          ];
        });
      case 'parent': {
        if (issue.parentId === null) return undefined;
        const parent = this.state.issueById.get(issue.parentId);
        if (parent === undefined || !this.state.canSee(this.user, parent)) return undefined;
        return this.issueRef(parent);
      }
      case 'labels':
        return [...issue.labels];
      case 'duedate':
        return issue.duedate;
      case 'customfield_10020':
        if (issue.sprintIds.length === 0) return null;
        return issue.sprintIds.map((id) => {
          const s = this.state.sprintById.get(id);
          if (s === undefined) throw new Error(`Sample data error: unknown sprint ${id}`);
          return {
            id: s.id,
            name: s.name,
            state: s.state,
            boardId: s.boardId,
            goal: s.goal,
            startDate: s.startDate,
            endDate: s.endDate,
            ...(s.completeDate !== undefined ? { completeDate: s.completeDate } : {}),
          };
        });
      case 'updated':
        return issue.updated;
      case 'created':
        return issue.created;
      // An empty number field is null in a REST response, as Jira answers it.
      case STORY_POINTS_FIELD:
        return issue.storyPoints;
      case 'timeoriginalestimate':
        return issue.storyPoints === null ? null : issue.storyPoints * SECONDS_PER_POINT;
      // Jira sends resolutiondate on every issue: null until it is resolved.
      case 'resolutiondate':
        return issue.resolutionDate ?? null;
      default:
        throw new Error(`Unsupported field ${field}`);
    }
  }

  fields(issue: SiteIssue, fields: readonly string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const f of fields) {
      const value = this.field(issue, f);
      if (value !== undefined) out[f] = value;
    }
    return out;
  }

  history(h: SiteHistory): Record<string, unknown> {
    const author = SAMPLE_USERS.find((u) => u.accountId === h.authorAccountId);
    return {
      id: h.id,
      author: {
        self: `${this.base}/rest/api/3/user?accountId=${h.authorAccountId}`,
        accountId: h.authorAccountId,
        displayName: author?.displayName ?? 'Former user',
        active: author !== undefined,
        accountType: 'atlassian',
      },
      created: h.created,
      items: h.items.map((i) => ({ ...i })),
    };
  }
}
