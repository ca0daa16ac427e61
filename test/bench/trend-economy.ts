import { createJiraClient } from '../../src/jira/create-client';
import { generateLargeSite, type SampleSite } from '../../src/jira/sample-site';
import type { JiraRequest } from '../../src/jira/transport';
import { readScopeTrend } from '../../src/services/read-scope-trend';
import { DEADLINES } from '../../src/shared/deadline';
import type { ScopeSpec } from '../../src/shared/scope';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { requestKind } from './counting-transport';
import { fmtInt, fmtMs, fmtRatio, passOrMiss, type Figure } from './figure';
import type { BenchOptions } from './options';
import { economyLimit, pageBound } from './request-economy';
import { BENCH_SEED } from './scoring-inputs';

/**
 * The trend across PIs (readScopeTrend) on the generated site at 1,000 and
 * 10,000 epics, scope the ART board (its filter covers every epic project;
 * fixVersion PIs, so ONE search `fixVersion WAS IN (...)` across the trend's
 * PIs). Figures:
 * - requests, from the site's own log, against the same bound as a scope
 *   report: <= 1.2 x ceil(M/100) + 3, M the items the search returned; a
 *   scan per PI (one PI report per point: ceil(Mi/100) pages each, plus its
 *   calendar and objective reads) is shown for comparison;
 * - wall time of the whole trend on the in-process sample engine (no network:
 *   the latency section prices requests), against the resolver's budget
 *   (DEADLINES.resolver, 22 s of Forge's 25 s).
 */

const SECTION = 'Trend across PIs';
const SIZES = [1_000, 10_000];
const QUICK_SIZES = [1_000];

const artBoardId = async (site: SampleSite): Promise<number> => {
  const boards = await createJiraClient(site.transport()).listBoards();
  const art = boards.find((b) => b.name === 'ART board');
  if (art === undefined) throw new Error('No "ART board" on the generated site');
  return art.id;
};

const isTrendSearch = (r: { readonly path: string; readonly query?: JiraRequest['query'] | undefined }): boolean =>
  r.path === '/rest/api/3/search/jql' && String(r.query?.['jql'] ?? '').includes('WAS IN');

const measure = async (epics: number, today: string): Promise<Figure[]> => {
  const site = generateLargeSite({ today, epics, seed: BENCH_SEED });
  const scope: ScopeSpec = { kind: 'board', boardId: await artBoardId(site) };
  const inner = site.transport();
  let itemsRead = 0;
  // Count the items the trend's search returned (the page bodies), to set the bound.
  const transport = async (request: JiraRequest) => {
    const response = await inner(request);
    if (isTrendSearch(request)) itemsRead += (JSON.parse(response.body) as { issues?: unknown[] }).issues?.length ?? 0;
    return response;
  };
  site.resetRequestLog();
  const started = performance.now();
  const trend = await readScopeTrend(createJiraClient(transport), DEFAULT_SETTINGS, scope, today);
  const ms = performance.now() - started;
  const requests = site.requests.length;
  const searches = site.requests.filter(isTrendSearch).length;
  const bound = pageBound(itemsRead);
  const limit = economyLimit(itemsRead);
  // A scan per PI: each point's own report, ceil(Mi/100) pages plus its calendar and objective reads (at least 2).
  const perPi = trend.points.reduce((n, p) => n + pageBound(p.total) + 2, 0);
  const kinds: Record<string, number> = {};
  for (const r of site.requests) kinds[requestKind(r)] = (kinds[requestKind(r)] ?? 0) + 1;
  const label = `ART board, ${trend.points.length} PIs, ${fmtInt(epics)} epics`;
  return [
    {
      section: SECTION,
      name: `${label}: requests, ${fmtInt(itemsRead)} items searched`,
      value: `${fmtInt(requests)} req (${searches} trend search pages) = ${fmtRatio(requests / Math.max(1, bound))} of ${fmtInt(bound)} pages (a scan per PI: ${fmtInt(perPi)})`,
      target: `<= 1.2x${fmtInt(bound)}+3 = ${Math.floor(limit)}`,
      status: passOrMiss(requests <= limit),
      data: { siteEpics: epics, itemsRead, points: trend.points.length, requests, trendSearchPages: searches, pageBound: bound, limit, scanPerPi: perPi, requestsByKind: JSON.stringify(kinds) },
    },
    {
      section: SECTION,
      name: `${label}: time on the sample engine`,
      value: fmtMs(ms),
      target: `<= ${fmtMs(DEADLINES.resolver)} (resolver budget)`,
      status: passOrMiss(ms <= DEADLINES.resolver),
      data: { siteEpics: epics, ms: Math.round(ms), points: trend.points.map((p) => `${p.pi.name}:${p.total}`).join(' ') },
    },
  ];
};

export const trendEconomy = async (options: BenchOptions): Promise<Figure[]> => {
  const figures: Figure[] = [];
  for (const epics of options.quick ? QUICK_SIZES : SIZES) figures.push(...(await measure(epics, options.today)));
  return figures;
};
