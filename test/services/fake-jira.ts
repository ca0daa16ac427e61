import type { JiraRequest } from '../../src/jira/transport';
import { fakeTransport, json } from '../jira/support/fake-transport';

/**
 * A tiny scripted Jira for service tests: issues by key, versions, changelogs; JQL matched by shape.
 * Any other search answers every work item (or, with filterPiSearch, a PI search the items of its
 * version), except the candidates search, which gets the open ones outside its fix version.
 */
export interface FakeIssue {
  readonly id: string;
  readonly key: string;
  readonly fields: Record<string, unknown>;
  readonly properties?: Record<string, unknown>;
  readonly histories?: unknown[];
  /** Whether editmeta (expand=editmeta) lists fields: the user may edit the issue. Default true. */
  readonly editable?: boolean;
}

/**
 * The candidates search (src/services/read-candidates.ts): open items outside the named fix version,
 * as Jira reads `statusCategory != Done AND (fixVersion is EMPTY OR fixVersion not in ("X"))`.
 */
const waitingOutside = (jql: string, issues: FakeIssue[]): FakeIssue[] => {
  const version = /fixVersion not in \("([^"]+)"\)/.exec(jql)?.[1];
  const names = (i: FakeIssue) => ((i.fields['fixVersions'] as { name: string }[] | undefined) ?? []).map((v) => v.name);
  const category = (i: FakeIssue) => (i.fields['status'] as { statusCategory?: { key?: string } } | undefined)?.statusCategory?.key;
  return issues.filter((i) => category(i) !== 'done' && (version === undefined || !names(i).includes(version)));
};

/** A PI search: the items in the version `fixVersion = "X"` names (every item without such a clause). */
const inVersion = (jql: string, issues: FakeIssue[]): FakeIssue[] => {
  const version = /fixVersion = "([^"]+)"/.exec(jql)?.[1];
  return version === undefined ? issues : issues.filter((i) => ((i.fields['fixVersions'] as { name: string }[] | undefined) ?? []).some((v) => v.name === version));
};

const keysIn = (jql: string): string[] => [...jql.matchAll(/"([A-Z][A-Z0-9_]*-\d+)"/g)].map((m) => m[1] ?? '');

export const fakeJira = (options: {
  workItems: FakeIssue[];
  others?: FakeIssue[];
  versions: Record<string, unknown[]>;
  remoteLinks?: Record<string, unknown[]>;
  /** Inline changelogs (expand=changelog) claim more histories than they hold, like a long history Jira cuts short. */
  truncateInlineChangelog?: boolean;
  /** Answer a PI search (`fixVersion = "X"`) with the items in that version only, as Jira does (default: every work item). */
  filterPiSearch?: boolean;
  /** GET /rest/api/3/field: the site's fields (default: a "Story Points" number field, customfield_10016). */
  siteFields?: unknown[];
}) => {
  const all = [...options.workItems, ...(options.others ?? [])];
  const page = (request: JiraRequest, issues: FakeIssue[]) => {
    const size = Number(request.query?.maxResults ?? 50);
    const start = request.query?.nextPageToken === undefined ? 0 : Number(request.query.nextPageToken);
    const slice = issues.slice(start, start + size);
    const wanted = String(request.query?.properties ?? '').split(',').filter((p) => p !== '');
    const body = {
      issues: slice.map((i) => ({
        id: i.id,
        key: i.key,
        fields: i.fields,
        ...(String(request.query?.expand ?? '').includes('changelog')
          ? { changelog: { histories: i.histories ?? [], total: (i.histories ?? []).length + (options.truncateInlineChangelog === true ? 1 : 0) } }
          : {}),
        ...(String(request.query?.expand ?? '').includes('editmeta')
          ? { editmeta: { fields: i.editable === false ? {} : { summary: { required: true, schema: { type: 'string', system: 'summary' }, name: 'Summary', key: 'summary', operations: ['set'] } } } }
          : {}),
        ...(wanted.length > 0 ? { properties: Object.fromEntries(wanted.filter((w) => i.properties?.[w] !== undefined).map((w) => [w, i.properties?.[w]])) } : {}),
      })),
      ...(start + size < issues.length ? { nextPageToken: String(start + size), isLast: false } : { isLast: true }),
    };
    return json(200, body);
  };
  return fakeTransport((request) => {
    if (request.path === '/rest/api/3/search/jql') {
      const jql = String(request.query?.jql ?? '');
      if (/^key (=|in)/.test(jql)) return page(request, all.filter((i) => keysIn(jql).includes(i.key)));
      if (/^issue = /.test(jql)) {
        const key = keysIn(jql)[0];
        const item = all.find((i) => i.key === key);
        if (item === undefined) return json(400, { errorMessages: [`An issue with key '${key}' does not exist for field 'issue'.`] });
        const linked = ((item.fields['issuelinks'] as { inwardIssue?: { key: string }; outwardIssue?: { key: string } }[] | undefined) ?? []).map(
          (l) => (l.inwardIssue ?? l.outwardIssue)?.key,
        );
        return page(request, all.filter((i) => i === item || linked.includes(i.key)));
      }
      if (jql.includes('statusCategory != Done')) return page(request, waitingOutside(jql, options.workItems));
      if (options.filterPiSearch === true) return page(request, inVersion(jql, options.workItems));
      return page(request, options.workItems);
    }
    const versions = /^\/rest\/api\/3\/project\/([^/]+)\/version$/.exec(request.path);
    if (versions !== null) return json(200, { isLast: true, startAt: 0, values: options.versions[versions[1] ?? ''] ?? [] });
    if (request.path === '/rest/api/3/changelog/bulkfetch') {
      const ids = (request.body as { issueIdsOrKeys: string[] }).issueIdsOrKeys;
      return json(200, { issueChangeLogs: all.filter((i) => ids.includes(i.id)).map((i) => ({ issueId: i.id, changeHistories: i.histories ?? [] })) });
    }
    if (request.path === '/rest/api/3/field') {
      return json(200, options.siteFields ?? [{ id: 'customfield_10016', name: 'Story Points', custom: true, schema: { type: 'number', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:float', customId: 10016 } }]);
    }
    const links = /^\/rest\/api\/3\/issue\/([^/]+)\/remotelink$/.exec(request.path);
    if (links !== null) return json(200, options.remoteLinks?.[links[1] ?? ''] ?? []);
    return json(404, { errorMessages: [`No route for ${request.path}`] });
  });
};
