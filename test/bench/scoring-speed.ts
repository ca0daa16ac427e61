import { fmtInt, fmtMb, fmtMs, fmtRatio, passOrMiss, type Figure } from './figure';
import type { BenchOptions } from './options';
import { median } from './median';
import { mapAndScore, mapOnly, parseBodies, scoreOnly, prepareScoringInputs, type HeapProbe, type ScoringInputs } from './scoring-inputs';
import { collectGarbage, medianMs, timeOnce } from './timing';

/**
 * Sections 2 and 4 on the same inputs: for N items, the time to map + score
 * them against the time to JSON.parse the search pages they came from (same
 * process, same run), and the heap while scoring.
 */

const SPEED = 'Scoring speed vs reading';
const MEMORY = 'Memory';
/** Forge's default function memory (FORGE-NOTES: default 512 MB, max 1,024 MB). */
const FORGE_MEMORY_MB = 512;

interface Plan {
  readonly items: number;
  /** Also time mapping and scoring apart (where the time goes). */
  readonly split: boolean;
  readonly parseIterations: number;
  readonly scoreIterations: number;
  readonly scoreWarmup: number;
}

const plans = (quick: boolean): Plan[] =>
  quick
    ? [
        { items: 1000, split: true, parseIterations: 3, scoreIterations: 2, scoreWarmup: 1 },
        { items: 5000, split: false, parseIterations: 3, scoreIterations: 2, scoreWarmup: 0 },
      ]
    : [
        { items: 10_000, split: true, parseIterations: 5, scoreIterations: 5, scoreWarmup: 1 },
        { items: 100_000, split: false, parseIterations: 3, scoreIterations: 3, scoreWarmup: 0 },
      ];

const measure = async (plan: Plan, today: string): Promise<Figure[]> => {
  const prepared = await timeOnce(() => prepareScoringInputs(plan.items, today));
  let inputs: ScoringInputs = prepared.value;
  const bodyBytes = inputs.searchBodies.reduce((s, b) => s + b.length, 0);
  const pages = inputs.searchBodies.length;

  const parse = await medianMs(`JSON.parse ${plan.items}`, () => parseBodies(inputs), { iterations: plan.parseIterations, warmup: 1, async: false });
  // The bodies are a benchmark artefact: drop them so the heap holds what a report holds.
  inputs = { ...inputs, searchBodies: [] };

  const probe: HeapProbe = { peak: 0 };
  let baseline = 0;
  const peaks: number[] = [];
  const baselines: number[] = [];
  const score = await medianMs(`map+score ${plan.items}`, () => mapAndScore(inputs, probe), {
    iterations: plan.scoreIterations,
    async: false,
    warmup: plan.scoreWarmup,
    beforeEach: () => {
      collectGarbage();
      baseline = process.memoryUsage().heapUsed;
      probe.peak = baseline;
    },
    afterEach: () => {
      peaks.push(probe.peak);
      baselines.push(baseline);
    },
  });
  let split: { mapMs: number; scoreMs: number } | null = null;
  if (plan.split) {
    const map = await medianMs(`map ${plan.items}`, () => mapOnly(inputs), { iterations: 3, warmup: 0, async: false, beforeEach: collectGarbage });
    const items = mapOnly(inputs);
    const scoreAlone = await medianMs(`score ${plan.items}`, () => scoreOnly(inputs, items), { iterations: 3, warmup: 0, async: false, beforeEach: collectGarbage });
    split = { mapMs: map.median, scoreMs: scoreAlone.median };
  }
  const ratio = score.median / parse.median;
  const perItemUs = (score.median * 1000) / plan.items;
  const deltas = peaks.map((p, i) => p - (baselines[i] ?? 0));
  const peakTotal = median(peaks);
  const peakDelta = median(deltas);
  const n = fmtInt(plan.items);
  return [
    {
      section: SPEED,
      name: `map+score ${n} items / JSON.parse of their ${pages} pages`,
      value: `${fmtMs(score.median)} / ${fmtMs(parse.median)} = ${fmtRatio(ratio)} (${perItemUs.toFixed(0)} µs/item${split === null ? '' : `; map ${fmtMs(split.mapMs)}, score ${fmtMs(split.scoreMs)}`})`,
      target: '<= 1.00x',
      status: passOrMiss(ratio <= 1),
      data: {
        items: plan.items,
        pages,
        bodyMB: Math.round(bodyBytes / 1e4) / 100,
        parseMedianMs: parse.median,
        parseSamples: parse.samples,
        mapScoreMedianMs: score.median,
        mapScoreSamples: score.samples,
        ratio,
        microsecondsPerItem: perItemUs,
        mapOnlyMedianMs: split?.mapMs ?? null,
        scoreOnlyMedianMs: split?.scoreMs ?? null,
        prepareMs: prepared.ms,
      },
    },
    {
      section: MEMORY,
      name: `peak heap scoring ${n} items`,
      value: `${fmtMb(peakTotal)} (+${fmtMb(peakDelta)} over the ${fmtMb(median(baselines))} of inputs)`,
      target: `< ${FORGE_MEMORY_MB} MB (Forge default)`,
      status: passOrMiss(peakTotal < FORGE_MEMORY_MB * 1024 * 1024),
      data: {
        items: plan.items,
        peakHeapMB: peakTotal / 1048576,
        peakDeltaMB: peakDelta / 1048576,
        inputsHeapMB: median(baselines) / 1048576,
        runs: peaks.length,
        sampleEveryItems: 256,
      },
    },
  ];
};

export const scoringSpeed = async (options: BenchOptions): Promise<Figure[]> => {
  const figures: Figure[] = [];
  for (const plan of plans(options.quick)) {
    figures.push(...(await measure(plan, options.today)));
    collectGarbage();
  }
  // Speed rows first, then memory rows (one table section each).
  return [...figures.filter((f) => f.section === SPEED), ...figures.filter((f) => f.section === MEMORY)];
};
