import { buildRiversideHealth } from '../../src/jira/sample-site/data/riverside-health';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { compileUserPattern, type UserPattern } from '../../src/shared/user-pattern';
import { fmtRatio, passOrMiss, type Figure } from './figure';
import type { BenchOptions } from './options';
import { medianMs } from './timing';

/**
 * The cost of matching research patterns with the linear-time engine (re2js,
 * src/shared/user-pattern.ts) against the RegExp it replaced: the default
 * research patterns against the URL and title of every web link of the
 * sample site, as suggestedEvidence matches them (first pattern that matches
 * the URL or the title wins). Per-match µs = one pattern tried on one text.
 * Target: at most 5 µs per match, so a 1,000-item PI with 3 web links each and
 * 10 patterns costs at most 0.3 s of matching (within Forge's 25 s).
 */

const SECTION = 'Pattern engine';
const TARGET_US = 5;

interface Matcher {
  test(text: string): boolean;
}

/** suggestedEvidence's loop: how many links match, and how many single matches were tried. */
const matchAll = (links: readonly { url: string; title: string }[], patterns: readonly Matcher[]): { suggested: number; tries: number } => {
  let suggested = 0;
  let tries = 0;
  for (const link of links) {
    for (const p of patterns) {
      tries += 1;
      if (p.test(link.url)) {
        suggested += 1;
        break;
      }
      tries += 1;
      if (p.test(link.title)) {
        suggested += 1;
        break;
      }
    }
  }
  return { suggested, tries };
};

const re2Patterns = (sources: readonly string[]): UserPattern[] =>
  sources.map((s) => {
    const compiled = compileUserPattern(s);
    if (!compiled.ok) throw new Error(`default pattern ${s} does not compile: ${compiled.message}`);
    return compiled.pattern;
  });

export const patternEngine = async (options: BenchOptions): Promise<Figure[]> => {
  const store = buildRiversideHealth(options.today);
  const links = store.issues.flatMap((issue) => store.remoteLinksOf(issue.id).map((l) => ({ url: l.url, title: l.title })));
  if (links.length === 0) throw new Error('the sample site has no web links');
  const sources = DEFAULT_SETTINGS.evidence.researchPatterns;
  const re2 = re2Patterns(sources);
  const js = sources.map((s) => new RegExp(s, 'i'));

  const viaRe2 = matchAll(links, re2);
  const viaJs = matchAll(links, js);
  if (viaRe2.suggested !== viaJs.suggested || viaRe2.tries !== viaJs.tries) {
    throw new Error(`the engines disagree on the sample's web links: re2js ${viaRe2.suggested}, RegExp ${viaJs.suggested}`);
  }
  // Repeat the pass so one timed sample is long enough to measure on a shared machine.
  const rounds = options.quick ? 20 : 200;
  const iterations = options.quick ? 5 : 15;
  const run = (patterns: readonly Matcher[]) => () => {
    for (let i = 0; i < rounds; i += 1) matchAll(links, patterns);
  };
  const re2Ms = await medianMs('re2js research patterns', run(re2), { iterations, warmup: 2, async: false });
  const jsMs = await medianMs('RegExp research patterns', run(js), { iterations, warmup: 2, async: false });
  const perMatch = (ms: number): number => (ms * 1000) / (rounds * viaRe2.tries);
  const re2Us = perMatch(re2Ms.median);
  const jsUs = perMatch(jsMs.median);
  const data = {
    links: links.length,
    patterns: sources.length,
    suggested: viaRe2.suggested,
    matchesPerPass: viaRe2.tries,
    re2jsUsPerMatch: Number(re2Us.toFixed(3)),
    regexpUsPerMatch: Number(jsUs.toFixed(3)),
  };
  return [
    {
      section: SECTION,
      name: `research patterns on the sample's ${links.length} web links, re2js (${viaRe2.suggested} suggested)`,
      value: `${re2Us.toFixed(2)} µs per match`,
      target: `≤ ${TARGET_US} µs per match`,
      status: passOrMiss(re2Us <= TARGET_US),
      data,
    },
    {
      section: SECTION,
      name: 'the same with RegExp (the old engine, which can backtrack)',
      value: `${jsUs.toFixed(2)} µs per match (re2js ${fmtRatio(re2Us / jsUs)})`,
      target: 'for comparison',
      status: 'INFO',
      data,
    },
  ];
};
