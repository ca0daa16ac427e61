import { addDays, agileDateTime, jiraDateTime } from '../dates';
import type {
  SiteBoard, SiteChangeItem, SiteFilter, SiteHistory, SiteIssue, SiteLink, SiteProject, SiteRemoteLink, SiteSprint, SiteStore, SiteVersion,
} from '../model';
import { piByIndex, piIndexOf, type SamplePi } from '../pi-calendar';
import { BASE_URL, ISSUE_TYPES, LINK_TYPES, STATUSES } from './catalog';

/**
 * Builds a SiteStore with deterministic ids: projects, their PI versions and
 * board sprints around `today`, issues, links, web links, histories and
 * initial issue properties.
 */

export interface PiVersions {
  readonly pi: SamplePi;
  /** Version id by project key. */
  readonly versionIds: ReadonlyMap<string, string>;
  /** Sprint ids by board id, Sprint 1..5 in order. */
  readonly sprintIds: ReadonlyMap<number, readonly number[]>;
}

export interface NewIssue {
  readonly projectKey: string;
  readonly summary: string;
  readonly typeName: string;
  readonly statusName: string;
  readonly fixVersionIds?: readonly string[];
  readonly sprintIds?: readonly number[];
  readonly labels?: readonly string[];
  readonly duedate?: string | null;
  readonly parentId?: string | null;
  readonly created: string;
  readonly updated: string;
  readonly securityLevel?: string | null;
  readonly storyPoints?: number | null;
}

export class SiteBuilder {
  readonly today: string;
  readonly projects: SiteProject[] = [];
  readonly versions: SiteVersion[] = [];
  readonly sprints: SiteSprint[] = [];
  readonly filters: SiteFilter[] = [];
  readonly boards: SiteBoard[] = [];
  readonly issues: SiteIssue[] = [];
  readonly links: SiteLink[] = [];
  readonly remoteLinks = new Map<string, SiteRemoteLink[]>();
  readonly histories = new Map<string, SiteHistory[]>();
  readonly properties = new Map<string, Map<string, string>>();
  /** PIs by offset from the current PI (-6 .. +2 on the Riverside site). */
  readonly pis = new Map<number, PiVersions>();
  private readonly issueCounters = new Map<string, number>();
  private nextIssueId = 10_000;
  private nextVersionId = 10_000;
  private nextSprintId = 1;
  private nextLinkId = 20_000;
  private nextRemoteLinkId = 30_000;
  private nextHistoryId = 40_000;

  constructor(today: string) {
    this.today = today;
  }

  addProject(key: string, name: string): SiteProject {
    const project = { id: String(10_000 + this.projects.length), key, name };
    this.projects.push(project);
    return project;
  }

  /**
   * A new version, listed last; or, with `inDateOrder`, before the project's
   * first version of that kind (same name prefix) that starts later, so PIs
   * added for older history list in date order and the existing ids stay.
   */
  addVersion(projectKey: string, v: Omit<SiteVersion, 'id' | 'projectId'>, inDateOrder?: { readonly namePrefix: string }): string {
    const project = this.projects.find((p) => p.key === projectKey);
    if (project === undefined) throw new Error(`No project ${projectKey}`);
    const id = String(this.nextVersionId++);
    const version = { ...v, id, projectId: project.id };
    const later =
      inDateOrder === undefined || v.startDate === undefined
        ? -1
        : this.versions.findIndex((x) => x.projectId === project.id && x.name.startsWith(inDateOrder.namePrefix) && x.startDate !== undefined && x.startDate > (v.startDate ?? ''));
    if (later < 0) this.versions.push(version);
    else this.versions.splice(later, 0, version);
    return id;
  }

  addBoard(name: string, type: 'scrum' | 'kanban', projectKey: string, jql: string, ownerAccountId: string, ownsSprints = type === 'scrum'): SiteBoard {
    const filter = { id: String(10_000 + this.filters.length), name: `Filter for ${name}`, jql, ownerAccountId };
    this.filters.push(filter);
    const board = { id: this.boards.length + 1, name, type, filterId: filter.id, projectKey, ownsSprints };
    this.boards.push(board);
    return board;
  }

  /** PI versions "PI YY.N" in the given projects and five sprints per scrum board, for PIs at these offsets from today's PI. */
  addPis(projectKeys: readonly string[], offsets: readonly number[]): void {
    const current = piIndexOf(this.today);
    for (const offset of offsets) {
      const pi = piByIndex(current + offset);
      const versionIds = new Map<string, string>();
      for (const key of projectKeys) {
        versionIds.set(
          key,
          this.addVersion(key, {
            name: pi.name,
            description: `Program Increment ${pi.name.slice(3)} (10 weeks + IP iteration)`,
            startDate: pi.startDate,
            releaseDate: pi.endDate,
            released: pi.endDate < this.today,
            archived: false,
          }, { namePrefix: 'PI ' }),
        );
      }
      const sprintIds = new Map<number, number[]>();
      for (const board of this.boards.filter((b) => b.ownsSprints)) {
        const ids = pi.sprints.map((s, i) => {
          const state: SiteSprint['state'] = s.endDate < this.today ? 'closed' : s.startDate <= this.today ? 'active' : 'future';
          const id = this.nextSprintId++;
          // Listed in date order on the board, whatever order the PIs were built in (ids stay in build order).
          const later = this.sprints.findIndex((x) => x.boardId === board.id && x.startDate > agileDateTime(s.startDate, '08:00'));
          this.sprints.splice(later < 0 ? this.sprints.length : later, 0, {
            id,
            boardId: board.id,
            name: s.name,
            state,
            startDate: agileDateTime(s.startDate, '08:00'),
            endDate: agileDateTime(s.endDate, '17:00'),
            ...(state === 'closed' ? { completeDate: agileDateTime(s.endDate, '17:30') } : {}),
            goal: i === 0 ? `Kick off ${pi.name} objectives` : '',
          });
          return id;
        });
        sprintIds.set(board.id, ids);
      }
      this.pis.set(offset, { pi, versionIds, sprintIds });
    }
  }

  pi(offset: number): PiVersions {
    const p = this.pis.get(offset);
    if (p === undefined) throw new Error(`PI offset ${offset} was not built`);
    return p;
  }

  /** The sprints an issue planned into the PI at `offset` carries: the started ones (at least the first). */
  sprintsFor(offset: number, boardId: number): number[] {
    const p = this.pi(offset);
    const ids = p.sprintIds.get(boardId) ?? [];
    const started = p.pi.sprints.filter((s) => s.startDate <= this.today).length;
    return ids.slice(0, Math.max(1, Math.min(started, ids.length)));
  }

  addIssue(spec: NewIssue): SiteIssue {
    const n = (this.issueCounters.get(spec.projectKey) ?? 0) + 1;
    this.issueCounters.set(spec.projectKey, n);
    if (!ISSUE_TYPES.some((t) => t.name === spec.typeName)) throw new Error(`Unknown issue type ${spec.typeName}`);
    if (!STATUSES.some((s) => s.name === spec.statusName)) throw new Error(`Unknown status ${spec.statusName}`);
    const issue: SiteIssue = {
      id: String(this.nextIssueId++),
      key: `${spec.projectKey}-${n}`,
      projectKey: spec.projectKey,
      summary: spec.summary,
      typeName: spec.typeName,
      statusName: spec.statusName,
      fixVersionIds: spec.fixVersionIds ?? [],
      sprintIds: spec.sprintIds ?? [],
      labels: spec.labels ?? [],
      duedate: spec.duedate ?? null,
      parentId: spec.parentId ?? null,
      created: spec.created,
      updated: spec.updated,
      securityLevel: spec.securityLevel ?? null,
      storyPoints: spec.storyPoints ?? null,
    };
    this.issues.push(issue);
    return issue;
  }

  /** Sets the issue's updated stamp (after its history is recorded) and, for a resolved issue, its resolution date. */
  touch(issue: SiteIssue, updated: string, resolved?: { readonly resolutionDate: string | null }): SiteIssue {
    const lastIndex = this.issues.length - 1;
    const index = this.issues[lastIndex]?.id === issue.id ? lastIndex : this.issues.findIndex((i) => i.id === issue.id);
    const touched = resolved === undefined ? { ...issue, updated } : { ...issue, updated, resolutionDate: resolved.resolutionDate };
    if (index >= 0) this.issues[index] = touched;
    return touched;
  }

  /** `from` <outward> `to` ("CLIN-3 supports STRAT-2"). */
  link(typeId: string, from: SiteIssue, to: SiteIssue): void {
    if (!LINK_TYPES.some((t) => t.id === typeId)) throw new Error(`Unknown link type ${typeId}`);
    this.links.push({ id: String(this.nextLinkId++), typeId, outwardId: from.id, inwardId: to.id });
  }

  addRemoteLink(issue: SiteIssue, link: Omit<SiteRemoteLink, 'id'>): number {
    const id = this.nextRemoteLinkId++;
    const list = this.remoteLinks.get(issue.id) ?? [];
    list.push({ ...link, id });
    this.remoteLinks.set(issue.id, list);
    return id;
  }

  addHistory(issue: SiteIssue, authorAccountId: string, created: string, items: readonly SiteChangeItem[]): void {
    const list = this.histories.get(issue.id) ?? [];
    list.push({ id: String(this.nextHistoryId++), authorAccountId, created, items });
    list.sort((a, b) => (a.created < b.created ? -1 : a.created > b.created ? 1 : 0));
    this.histories.set(issue.id, list);
  }

  setProperty(issue: SiteIssue, key: string, value: unknown): void {
    const map = this.properties.get(issue.id) ?? new Map<string, string>();
    map.set(key, JSON.stringify(value));
    this.properties.set(issue.id, map);
  }

  build(): SiteStore {
    const remoteLinks = this.remoteLinks;
    const histories = this.histories;
    const properties = this.properties;
    return {
      today: this.today,
      baseUrl: BASE_URL,
      projects: this.projects,
      issueTypes: ISSUE_TYPES,
      statuses: STATUSES,
      versions: this.versions,
      sprints: this.sprints,
      filters: this.filters,
      boards: this.boards,
      linkTypes: LINK_TYPES,
      issues: this.issues,
      links: this.links,
      remoteLinksOf: (id) => remoteLinks.get(id) ?? [],
      historiesOf: (id) => histories.get(id) ?? [],
      initialPropertiesOf: (id) => properties.get(id),
    };
  }
}

/** Fix Version change items, one per version added or removed, as Jira records them. */
export const fixVersionItems = (
  removed: readonly { id: string; name: string }[],
  added: readonly { id: string; name: string }[],
): SiteChangeItem[] => [
  ...removed.map((v) => ({ field: 'Fix Version', fieldtype: 'jira' as const, fieldId: 'fixVersions', from: v.id, fromString: v.name, to: null, toString: null })),
  ...added.map((v) => ({ field: 'Fix Version', fieldtype: 'jira' as const, fieldId: 'fixVersions', from: null, fromString: null, to: v.id, toString: v.name })),
];

export const statusItem = (from: { id: string; name: string }, to: { id: string; name: string }): SiteChangeItem => ({
  field: 'status', fieldtype: 'jira', fieldId: 'status', from: from.id, fromString: from.name, to: to.id, toString: to.name,
});

export { addDays, jiraDateTime };
