import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensurePreviewBuilds, startPreview } from '../../src/preview/server';
import { buildFrontEnds, staleBuilds } from './build-front-ends';
import { builtResourceSizes } from './bundle-size';
import { fmtKb, fmtMs, passOrMiss, reasonOf, type Figure } from './figure';
import type { BenchOptions } from './options';
import { CHROMIUM, timePanelVerdict } from './panel-timing';
import { timeOnce } from './timing';

/**
 * Section 5: gzipped JavaScript per built Custom UI resource (the Forge
 * build, static/<name>/build, rebuilt first when older than its sources),
 * and the median time for the issue panel to show its verdict in headless
 * Chromium over the local preview.
 */

const SECTION = 'Front end';
const BUDGET_BYTES = 250 * 1024;
const PANEL_RUNS = 5;
/** A panel shows a verdict when it loads; a slower one feels broken inside Jira. */
const PANEL_TARGET_MS = 3000;

const bundleFigures = (root: string): Figure[] => {
  const stale = staleBuilds(root);
  const figures: Figure[] = [];
  if (stale.length > 0) {
    const started = performance.now();
    const build = buildFrontEnds(root, stale);
    if (!build.ok) throw new Error(`node static/build.mjs ${stale.join(' ')} failed: ${build.output.slice(-300)}`);
    process.stderr.write(` (built ${stale.join(', ')} in ${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  const sizes = builtResourceSizes(join(root, 'static'));
  if (sizes.length === 0) throw new Error('No static/<name>/build folder: run node static/build.mjs');
  for (const s of sizes) {
    figures.push({
      section: SECTION,
      name: `gzipped JS: ${s.resource}`,
      value: `${fmtKb(s.gzipBytes)} (${s.files} file${s.files === 1 ? '' : 's'}, ${fmtKb(s.rawBytes)} raw)`,
      target: '<= 250 KB',
      status: passOrMiss(s.gzipBytes <= BUDGET_BYTES),
      data: { resource: s.resource, gzipBytes: s.gzipBytes, rawBytes: s.rawBytes, files: s.files, rebuilt: stale.includes(s.resource) },
    });
  }
  return figures;
};

/** The first issue-panel link of the preview's index page. */
const firstPanelUrl = async (base: string): Promise<string> => {
  const html = await (await fetch(base)).text();
  const match = /href="([^"]*\/issue-panel\/[^"]*)"/.exec(html);
  if (match?.[1] === undefined) throw new Error('The preview index page links no issue panel');
  return new URL(match[1].replace(/&amp;/g, '&'), base).toString();
};

const panelFigure = async (options: BenchOptions): Promise<Figure> => {
  const name = `issue panel: time to verdict (median of ${PANEL_RUNS})`;
  const target = `< ${PANEL_TARGET_MS / 1000} s`;
  if (!existsSync(CHROMIUM)) return { section: SECTION, name, value: `n/a: no ${CHROMIUM}`, target, status: 'N/A' };
  const build = await timeOnce(() => ensurePreviewBuilds(options.root, () => undefined, { rebuildStale: true }));
  const preview = await startPreview({ port: 0, today: options.today, host: '127.0.0.1', projectRoot: options.root, build: false, quiet: true });
  try {
    const url = await firstPanelUrl(preview.url);
    const timing = await timePanelVerdict(url, '[data-testid="verdict"]', PANEL_RUNS);
    return {
      section: SECTION,
      name,
      value: `${fmtMs(timing.median)} (runs: ${timing.runs.map((r) => Math.round(r)).join(', ')} ms)`,
      target,
      status: passOrMiss(timing.median < PANEL_TARGET_MS),
      data: { medianMs: timing.median, runs: timing.runs.join(','), url: url.replace(preview.url, '/'), previewBuildMs: build.ms },
    };
  } finally {
    await preview.close();
  }
};

export const frontEnd = async (options: BenchOptions): Promise<Figure[]> => {
  const figures: Figure[] = [];
  try {
    figures.push(...bundleFigures(options.root));
  } catch (error) {
    figures.push({ section: SECTION, name: 'gzipped JS per resource', value: `n/a: ${reasonOf(error)}`, target: '<= 250 KB', status: 'N/A' });
  }
  try {
    figures.push(await panelFigure(options));
  } catch (error) {
    figures.push({ section: SECTION, name: 'issue panel: time to verdict', value: `n/a: ${reasonOf(error)}`, target: `< ${PANEL_TARGET_MS / 1000} s`, status: 'N/A' });
  }
  return figures;
};
