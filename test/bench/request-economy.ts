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
import { BENCH_SEED } from './scoring-inputs';

/**
 * Section 1: how many Jira requests readScopeReport (the gadget's and the
 * board's data) makes for N work items, from the site's own request log,
 * against the page bound ceil(N/100) and the naive design
 * (one search page per 100 items plus links, web links and history per item).
 *
 * Two scopes per site:
 * - JQL `issuetype = "Epic"`: the report reads every one of the N epics (the
 *   calendar comes from their projects), so N items are read;
 * - the ART board (its filter covers every epic) for the next PI: the board
 *   action as used; the items read are the PI's, M of them, and the bound is ceil(M/100).
 */

const SECTION = 'Jira request economy';
const PAGE = 100;

export const pageBound = (items: number): number => Math.ceil(items / PAGE);
export const naiveRequests = (items: number): number => items * 3 + pageBound(items);
/** The target: within 1.2x of the page bound plus a constant of at most 3. */
export const economyLimit = (items: number): number => 1.2 * pageBound(items) + 3;

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
  const report = await readScopeReport(createJiraClient(site.transport()), DEFAULT_SETTINGS, scope, pi, today);
  const requests = site.requests.length;
  const items = itemsRead(report);
  const bound = pageBound(items);
  const limit = economyLimit(items);
  const naive = naiveRequests(items);
  return {
    section: SECTION,
    name: `${label}, ${fmtInt(items)} items read`,
    value: `${fmtInt(requests)} req = ${fmtRatio(requests / bound)} of ${fmtInt(bound)} pages (naive ${fmtInt(naive)})`,
    target: `<= 1.2x${fmtInt(bound)}+3 = ${Math.floor(limit)}`,
    status: passOrMiss(requests <= limit),
    data: {
      scope: label,
      siteEpics: epics,
      itemsRead: items,
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
