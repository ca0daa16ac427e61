import { createJiraClient } from '../../src/jira/create-client';
import { generateLargeSite, type SampleSite } from '../../src/jira/sample-site';
import { readScopeReport } from '../../src/services/read-scope-report';
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
  return [...jqlFigures, ...boardFigures];
};
