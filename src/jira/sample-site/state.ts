import type { SiteChangeItem, SiteHistory, SiteIssue, SiteLink, SiteSprint, SiteStore, SiteVersion } from './model';
import type { PropertyAlias } from './jql/property-aliases';
import { hasProjectPermission, userById, type SamplePermission, type SampleUserId } from './users';

/**
 * The running site: the store, its indexes, and what can change: the issue
 * properties (an overlay over the store's initial values; null marks a
 * deleted property) and edited issues (planning fields changed through
 * PUT /issue, each edit with its changelog entry). A JQL query reads
 * properties only through the app's searchAlias fields (`propertyAliases`);
 * `propertyWrites` counts property writes and `issueEdits` issue edits, so a
 * cached search is answered afresh after either.
 */
export class SiteState {
  readonly store: SiteStore;
  readonly issueById = new Map<string, SiteIssue>();
  readonly issueByKey = new Map<string, SiteIssue>();
  readonly rankById = new Map<string, number>();
  readonly linksByIssue = new Map<string, SiteLink[]>();
  readonly versionById: ReadonlyMap<string, SiteVersion>;
  readonly sprintById: ReadonlyMap<number, SiteSprint>;
  private readonly overlay = new Map<string, Map<string, string | null>>();
  private writes = 0;
  private edits = 0;
  private readonly editedById = new Map<string, SiteIssue>();
  private readonly addedHistories = new Map<string, SiteHistory[]>();
  private nextHistoryId = 90_000;
  private current: readonly SiteIssue[];

  constructor(
    store: SiteStore,
    readonly propertyAliases: readonly PropertyAlias[] = [],
    /** Jira date-time of an edit: the site's today at the current time of day. */
    private readonly now: () => string = () => `${store.today}T${new Date().toISOString().slice(11, 23)}+0000`,
  ) {
    this.store = store;
    this.current = store.issues;
    this.versionById = new Map(store.versions.map((v) => [v.id, v]));
    this.sprintById = new Map(store.sprints.map((sp) => [sp.id, sp]));
    store.issues.forEach((issue, rank) => {
      this.issueById.set(issue.id, issue);
      this.issueByKey.set(issue.key.toUpperCase(), issue);
      this.rankById.set(issue.id, rank);
    });
    for (const link of store.links) {
      for (const id of [link.outwardId, link.inwardId]) {
        const list = this.linksByIssue.get(id);
        if (list === undefined) this.linksByIssue.set(id, [link]);
        else list.push(link);
      }
    }
  }

  /** An issue by key (any case) or numeric id. */
  findIssue(keyOrId: string): SiteIssue | undefined {
    return /^\d+$/.test(keyOrId) ? this.issueById.get(keyOrId) : this.issueByKey.get(keyOrId.toUpperCase());
  }

  canSee(user: SampleUserId, issue: SiteIssue): boolean {
    if (!hasProjectPermission(user, issue.projectKey, 'BROWSE_PROJECTS')) return false;
    return issue.securityLevel === null || userById(user).securityLevels.includes(issue.securityLevel);
  }

  /** The issue if it exists and the user may see it (Jira never tells the two apart). */
  visibleIssue(user: SampleUserId, keyOrId: string): SiteIssue | undefined {
    const issue = this.findIssue(keyOrId);
    return issue !== undefined && this.canSee(user, issue) ? issue : undefined;
  }

  can(user: SampleUserId, issue: SiteIssue, permission: SamplePermission): boolean {
    return this.canSee(user, issue) && hasProjectPermission(user, issue.projectKey, permission);
  }

  properties(issueId: string): Map<string, string> {
    const merged = new Map(this.store.initialPropertiesOf(issueId) ?? []);
    for (const [key, value] of this.overlay.get(issueId) ?? []) {
      if (value === null) merged.delete(key);
      else merged.set(key, value);
    }
    return merged;
  }

  property(issueId: string, key: string): string | undefined {
    const over = this.overlay.get(issueId)?.get(key);
    if (over === null) return undefined;
    return over ?? this.store.initialPropertiesOf(issueId)?.get(key);
  }

  /** How many property writes (and deletes) the site has taken. */
  get propertyWrites(): number {
    return this.writes;
  }

  setProperty(issueId: string, key: string, json: string | null): void {
    this.writes++;
    let map = this.overlay.get(issueId);
    if (map === undefined) {
      map = new Map();
      this.overlay.set(issueId, map);
    }
    map.set(key, json);
  }

  /** Every issue as it stands now (edits applied), in rank order. */
  get issues(): readonly SiteIssue[] {
    return this.current;
  }

  /** How many issue edits the site has taken. */
  get issueEdits(): number {
    return this.edits;
  }

  /** The issue's changelog, oldest first: the store's histories, then those of edits made since. */
  historiesOf(issueId: string): readonly SiteHistory[] {
    const added = this.addedHistories.get(issueId);
    return added === undefined ? this.store.historiesOf(issueId) : [...this.store.historiesOf(issueId), ...added];
  }

  /** Replaces an issue's fields (same id and key) and records the change in its changelog, by `authorAccountId`, dated now. */
  editIssue(next: SiteIssue, authorAccountId: string, items: readonly SiteChangeItem[]): void {
    const old = this.issueById.get(next.id);
    if (old === undefined || old.key !== next.key) throw new Error(`No issue ${next.key} to edit`);
    if (items.length === 0) return;
    this.edits++;
    this.editedById.set(next.id, next);
    this.issueById.set(next.id, next);
    this.issueByKey.set(next.key.toUpperCase(), next);
    this.current = this.store.issues.map((i) => this.editedById.get(i.id) ?? i);
    const list = this.addedHistories.get(next.id) ?? [];
    list.push({ id: String(this.nextHistoryId++), authorAccountId, created: this.now(), items });
    this.addedHistories.set(next.id, list);
  }

  /**
   * Every issue property, deterministically ordered: one line per issue that
   * has any; then one line per edited issue with its planning fields.
   */
  dump(): string {
    const lines: string[] = [];
    for (const issue of this.store.issues) {
      const props = [...this.properties(issue.id)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      if (props.length === 0) continue;
      lines.push(`${issue.key} ${props.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}`);
    }
    for (const issue of this.current) {
      if (!this.editedById.has(issue.id)) continue;
      lines.push(`${issue.key} edited ${JSON.stringify({ fixVersionIds: issue.fixVersionIds, labels: issue.labels, sprintIds: issue.sprintIds })}`);
    }
    return lines.join('\n');
  }
}
