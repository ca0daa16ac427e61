/**
 * The benchmark of Factory Gravity: `npm run bench` (tsx test/bench/run.ts).
 *
 * Six sections, each independent: when one cannot run (its code is missing
 * or fails), its figures say why and the others still run.
 *   economy   Jira requests of a scope report vs the page bound ceil(N/100)
 *   trend     requests and time of the trend across PIs at 1,000 and 10,000 epics
 *   latency   wall time with 100 ms per Jira request vs Forge's limits
 *   scoring   map + score time vs JSON.parse time of the same REST bodies,
 *             and the peak heap while scoring (sampled during the same runs)
 *   frontend  gzipped JS per resource; panel time-to-verdict in Chromium
 *   patterns  research-pattern matching on the sample's web links: re2js vs RegExp, µs per match
 *
 * Options: --only economy,speed   run some sections
 *          --quick                smaller sizes and fewer iterations (for trying the harness)
 */
import { join } from 'node:path';
import { notMeasured, type Figure } from './figure';
import { formatTable, resultsOf, writeResults } from './report';
import type { BenchOptions } from './options';

type Section = (options: BenchOptions) => Promise<Figure[]>;

const SECTIONS: Readonly<Record<string, { readonly title: string; readonly load: () => Promise<Section> }>> = {
  economy: { title: 'Jira request economy', load: async () => (await import('./request-economy')).requestEconomy },
  trend: { title: 'Trend across PIs', load: async () => (await import('./trend-economy')).trendEconomy },
  latency: { title: 'Latency budget', load: async () => (await import('./latency-budget')).latencyBudget },
  scoring: { title: 'Scoring speed and memory', load: async () => (await import('./scoring-speed')).scoringSpeed },
  frontend: { title: 'Front end', load: async () => (await import('./front-end')).frontEnd },
  patterns: { title: 'Pattern engine', load: async () => (await import('./pattern-engine')).patternEngine },
};

const optionsFrom = (argv: readonly string[]): { options: BenchOptions; only: string[] } => {
  const onlyIndex = argv.indexOf('--only');
  const only = onlyIndex >= 0 ? (argv[onlyIndex + 1] ?? '').split(',').filter((s) => s !== '') : Object.keys(SECTIONS);
  const unknown = only.filter((s) => !(s in SECTIONS));
  if (unknown.length > 0) throw new Error(`Unknown section(s): ${unknown.join(', ')}. Use: ${Object.keys(SECTIONS).join(', ')}`);
  return {
    only,
    options: { quick: argv.includes('--quick'), root: join(__dirname, '..', '..'), today: '2026-11-26' },
  };
};

/** Say "MISS" and "PASS" at the end, so a reader of a log finds the verdict. */
const summary = (figures: readonly Figure[]): string => {
  const count = (status: Figure['status']) => figures.filter((f) => f.status === status).length;
  return `${count('PASS')} PASS, ${count('MISS')} MISS, ${count('N/A')} N/A, ${count('INFO')} INFO`;
};

const main = async (): Promise<void> => {
  const startedAt = Date.now();
  const { options, only } = optionsFrom(process.argv.slice(2));
  const figures: Figure[] = [];
  const sectionSeconds: Record<string, number> = {};
  for (const key of only) {
    const section = SECTIONS[key];
    if (section === undefined) continue;
    const sectionStarted = Date.now();
    process.stderr.write(`bench: ${section.title}...`);
    try {
      const run = await section.load();
      figures.push(...(await run(options)));
    } catch (error) {
      figures.push(notMeasured(section.title, `${section.title}: section failed`, '-', error));
      process.stderr.write(`\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    sectionSeconds[key] = Math.round((Date.now() - sectionStarted) / 100) / 10;
    process.stderr.write(` ${sectionSeconds[key]} s\n`);
  }
  const results = resultsOf(figures, startedAt, options.quick, sectionSeconds);
  process.stdout.write(`\nFactory Gravity benchmark — ${results.date}, Node ${results.node}, ${results.cpu} x${results.cores}\n\n`);
  process.stdout.write(`${formatTable(figures)}\n\n${summary(figures)}${options.quick ? ' (--quick: smaller sizes, not the reported figures)' : ''}\n`);
  const path = join(options.root, 'test', 'bench', 'results.json');
  writeResults(path, results);
  process.stdout.write(`Wrote ${path} (${results.durationSeconds} s)\n`);
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
