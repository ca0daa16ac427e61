import { createJiraClient } from '../../src/jira/create-client';
import { generateLargeSite, type SampleSite } from '../../src/jira/sample-site';
import { withEvidenceKey } from '../../src/preview/local-deps';
import { readScopeReport } from '../../src/services/read-scope-report';
import { createMemoryKeyValueStore } from '../../src/storage/key-value-store';
import { consumeRescoreBatch } from '../../src/triggers/rescore-consumer';
import type { PiSelector, ScopeSpec } from '../../src/shared/scope';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { fmtInt, fmtRatio, passOrMiss, type Figure } from './figure';
import type { BenchOptions } from './options';
import { requestKind } from './counting-transport';
import type { JiraTransport } from '../../src/jira/transport';
import { BENCH_SEED } from './scoring-inputs';

/**
 * Section 1: how many Jira requests readScopeReport (the gadget's and the
 * board's data) makes for N work items, from the site's own request log,
 * against the page bound and the naive design (one search page per 100
 * items plus links, web links and history per item).
 *
 * The page bound counts every work item the report searches for, once per
 * search that reads it: the PI's M items and, while the PI has not ended,
 * the C open items of the scope outside it (the candidates search,
 * src/services/read-candidates.ts): ceil(M/100) + ceil(C/100). The constant
 * covers what does not grow with the items: the site's fields (the capacity
 * field), the calendar, a board's configuration, the first objective look-up.
 *
 * Two scopes per site:
 * - JQL `issuetype = "Epic"`: the report reads every one of the N epics (the
 *   calendar comes from their projects), so N items are read, and the
 *   candidates come from the same search (C = 0);
 * - the ART board (its filter covers every epic) for the next PI: the board
 *   action as used; the PI's M items, then the candidates search's C.
 */

const SECTION = 'Jira request economy';
const PAGE = 100;

export const pageBound = (items: number): number => Math.ceil(items / PAGE);
export const naiveRequests = (items: number): number => items * 3 + pageBound(items);
/** Within 1.2x of the page bound of `items` plus a constant of at most 3 (the trend's target, test/bench/trend-economy.ts). */
export const economyLimit = (items: number): number => 1.2 * pageBound(items) + 3;

/**
 * The scope report's target: within 1.2x of its pages plus a constant: 3 as before sizes and
 * candidates (calendar, board configuration, first objective look-up), 1 for
 * the site's fields (GET /rest/api/3/field, the capacity field), and 1 more
 * per further work-item search (the candidates search brings its own first
 * objective look-up for the items it finds).
 */
export const reportLimit = (pages: number, searches = 1): number => 1.2 * pages + 3 + 1 + Math.max(0, searches - 1);

/** How many issues each work-item search of a run returned (objective look-ups by key are not work-item searches). */
const searchTally = (inner: JiraTransport): { transport: JiraTransport; items: () => { pi: number; candidates: number } } => {
  let pi = 0;
  let candidates = 0;
  const transport: JiraTransport = async (request) => {
    const response = await inner(request);
    const jql = String(request.query?.['jql'] ?? '');
    if (request.path === '/rest/api/3/search/jql' && response.status === 200 && !/^key (=|in) /.test(jql)) {
      const issues = (JSON.parse(response.body) as { issues?: unknown[] }).issues?.length ?? 0;
      if (jql.includes('statusCategory != Done')) candidates += issues;
      else pi += issues;
    }
    return response;
  };
  return { transport, items: () => ({ pi, candidates }) };
};

const SIZES = [100, 1_000, 10_000];
const QUICK_SIZES = [100, 1_000];

const countKinds = (site: SampleSite): Record<string, number> => {
  const kinds: Record<string, number> = {};
  for (const r of site.requests) {
    const kind = requestKind(r);
    kinds[kind] = (kinds[kind] ?? 0) + 1;
  }
  return kinds;
};

/** The ART board: the one whose filter spans every epic project. */
const artBoardId = async (site: SampleSite): Promise<number> => {
  const boards = await createJiraClient(site.transport()).listBoards();
  const art = boards.find((b) => b.name === 'ART board');
  if (art === undefined) throw new Error(`No "ART board" on the generated site (boards: ${boards.map((b) => b.name).join(', ')})`);
  return art.id;
};

const measureScope = async (
  site: SampleSite,
  epics: number,
  label: string,
  scope: ScopeSpec,
  pi: PiSelector,
  today: string,
  itemsRead: (report: { total: number; unreadable: readonly unknown[] }) => number,
): Promise<Figure> => {
  site.resetRequestLog();
  const tally = searchTally(site.transport());
  const report = await readScopeReport(createJiraClient(tally.transport), DEFAULT_SETTINGS, scope, pi, today);
  const requests = site.requests.length;
  const items = itemsRead(report);
  const waiting = tally.items().candidates;
  const bound = pageBound(items) + pageBound(waiting);
  const searches = waiting === 0 ? 1 : 2;
  const limit = reportLimit(bound, searches);
  const naive = naiveRequests(items + waiting);
  const candidatesWords = waiting === 0 ? '' : ` + ${fmtInt(waiting)} outside the PI`;
  return {
    section: SECTION,
    name: `${label}, ${fmtInt(items)} items read${candidatesWords}`,
    value: `${fmtInt(requests)} req = ${fmtRatio(requests / bound)} of ${fmtInt(bound)} pages (naive ${fmtInt(naive)})`,
    target: `<= 1.2x${fmtInt(bound)}+${3 + 1 + (searches - 1)} = ${Math.floor(limit)}`,
    status: passOrMiss(requests <= limit),
    data: {
      scope: label,
      siteEpics: epics,
      itemsRead: items,
      candidatesSearched: waiting,
      candidates: report.candidates?.length ?? null,
      itemsInPi: report.total,
      requests,
      pageBound: bound,
      ratioToPageBound: requests / bound,
      limit,
      naive,
      naiveRatio: naive / requests,
      requestsByKind: JSON.stringify(countKinds(site)),
    },
  };
};

/**
 * The background re-score of one queued batch (100 ids) on a site none of
 * whose assessments are stored yet, so every item's assessment changes: one
 * id search, the calendar, objective look-ups, and ONE bulk property write
 * (POST /rest/api/3/issue/properties/multi) instead of one PUT per item.
 * The second run of the same batch changes nothing and writes nothing.
 */
const measureRescore = async (site: SampleSite, today: string): Promise<Figure[]> => {
  const jira = createJiraClient(site.transport());
  const deps = { jira, kvs: withEvidenceKey(createMemoryKeyValueStore(), site.evidenceKey), today: () => today };
  const ids = (await jira.search({ jql: 'issuetype = "Epic" ORDER BY key ASC', fields: ['id'], pageSize: PAGE })).slice(0, PAGE).map((i) => i.id);
  const run = async () => {
    site.resetRequestLog();
    const outcome = await consumeRescoreBatch(deps, { body: { issueIds: ids } });
    const writes = site.requests.filter((r) => r.method === 'PUT' || r.path === '/rest/api/3/issue/properties/multi').length;
    return { outcome, requests: site.requests.length, writes, kinds: JSON.stringify(countKinds(site)) };
  };
  const first = await run();
  const again = await run();
  const figure = (name: string, r: Awaited<ReturnType<typeof run>>, writeLimit: number): Figure => ({
    section: SECTION,
    name,
    value: `${fmtInt(r.requests)} req, ${fmtInt(r.writes)} write req for ${fmtInt(r.outcome.written)} changed items (a PUT per item: ${fmtInt(r.outcome.written)})`,
    target: `<= ${writeLimit} write req`,
    status: passOrMiss(r.writes <= writeLimit),
    data: { scored: r.outcome.scored, written: r.outcome.written, requests: r.requests, writeRequests: r.writes, requestsByKind: r.kinds },
  });
  return [
    figure(`re-score batch of ${fmtInt(ids.length)}, all changed`, first, Math.ceil(first.outcome.written / PAGE)),
    figure(`re-score batch of ${fmtInt(ids.length)}, unchanged`, again, 0),
  ];
};

export const requestEconomy = async (options: BenchOptions): Promise<Figure[]> => {
  const jqlFigures: Figure[] = [];
  const boardFigures: Figure[] = [];
  for (const epics of options.quick ? QUICK_SIZES : SIZES) {
    const site = generateLargeSite({ today: options.today, epics, seed: BENCH_SEED });
    jqlFigures.push(
      await measureScope(site, epics, `JQL scope, ${fmtInt(epics)} epics`, { kind: 'jql', jql: 'issuetype = "Epic"' }, 'next', options.today, () => epics),
    );
    const boardId = await artBoardId(site);
    boardFigures.push(
      await measureScope(
        site,
        epics,
        `ART board, next PI, ${fmtInt(epics)} epics`,
        { kind: 'board', boardId },
        'next',
        options.today,
        (report) => report.total + report.unreadable.length,
      ),
    );
  }
  const rescoreFigures = await measureRescore(generateLargeSite({ today: options.today, epics: 1_000, seed: BENCH_SEED }), options.today);
  return [...jqlFigures, ...boardFigures, ...rescoreFigures];
};
