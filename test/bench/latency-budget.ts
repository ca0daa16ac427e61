import { createJiraClient } from '../../src/jira/create-client';
import { generateLargeSite } from '../../src/jira/sample-site';
import type { JiraTransport } from '../../src/jira/transport';
import { readScopeReport } from '../../src/services/read-scope-report';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { createMemoryKeyValueStore } from '../../src/storage/key-value-store';
import { consumeRescoreBatch } from '../../src/triggers/rescore-consumer';
import type { RescoreBatch, RescoreQueue } from '../../src/triggers/rescore-queue';
import { runScheduledRescore } from '../../src/triggers/scheduled-rescore';
import { fmtInt, fmtMs, passOrMiss, type Figure } from './figure';
import type { BenchOptions } from './options';
import { median } from './median';
import { BENCH_SEED } from './scoring-inputs';
import { countingTransport } from './counting-transport';
import { medianMs, timeOnce } from './timing';

/**
 * Section 3: wall time with a simulated 100 ms per Jira request.
 * - readScopeReport (a resolver: Forge allows 25 s) for 1,000 and 5,000 items
 *   (JQL scope: every item is read), run for real against a site that waits
 *   100 ms after each answer. The sample site's own CPU time is inside the
 *   wall time (a real Jira's is inside its latency), so the figure is on the
 *   safe side; the value splits it into waiting, app and site time.
 * - the daily re-score of 50,000 items: the scheduled trigger lists the ids
 *   and queues batches; each queue event re-scores one batch (Forge allows
 *   900 s per event). Its time is modelled as CPU time measured with no
 *   latency + requests × 100 ms (the requests of one event are sequential),
 *   over a sample of events, and one event is run for real at 100 ms to check the model.
 */

const SECTION = 'Latency budget (100 ms per Jira request)';
const LATENCY_MS = 100;
const RESOLVER_LIMIT_MS = 25_000;
const EVENT_LIMIT_MS = 900_000;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The site's transport (answering at once) followed by a wait of `latencyMs`,
 * like a Jira whose answers take that long to arrive. Keeps apart the time
 * the site spent computing, the time actually waited (timers run late on a
 * busy machine) and how many requests were in flight at once.
 */
const latentTransport = (inner: JiraTransport, latencyMs: number) => {
  let siteMs = 0;
  let waitedMs = 0;
  let count = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  let busySince = 0;
  let jiraBoundMs = 0;
  const transport: JiraTransport = async (request) => {
    count += 1;
    if (inFlight === 0) busySince = performance.now();
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      const started = performance.now();
      const response = await inner(request);
      const answered = performance.now();
      siteMs += answered - started;
      await sleep(latencyMs);
      waitedMs += performance.now() - answered;
      return response;
    } finally {
      inFlight -= 1;
      if (inFlight === 0) jiraBoundMs += performance.now() - busySince;
    }
  };
  return {
    transport,
    /** jiraBoundMs: time with at least one request outstanding (the rest of the wall time is the app's own work). */
    stats: () => ({ siteMs, waitedMs, count, maxInFlight, jiraBoundMs }),
    reset: () => {
      siteMs = 0;
      waitedMs = 0;
      count = 0;
      maxInFlight = 0;
      jiraBoundMs = 0;
    },
  };
};

export const reportLatency = async (items: number, iterations: number, today: string): Promise<Figure> => {
  const site = generateLargeSite({ today, epics: items, seed: BENCH_SEED });
  const latent = latentTransport(site.transport(), LATENCY_MS);
  const client = createJiraClient(latent.transport);
  const runs: ReturnType<typeof latent.stats>[] = [];
  const run = () => readScopeReport(client, DEFAULT_SETTINGS, { kind: 'jql', jql: 'issuetype = "Epic"' }, 'next', today);
  const wall = await medianMs(`report ${items} at ${LATENCY_MS} ms`, run, {
    iterations,
    async: true,
    warmup: 0,
    beforeEach: () => latent.reset(),
    afterEach: () => runs.push(latent.stats()),
  });
  const req = median(runs.map((r) => r.count));
  const waited = median(runs.map((r) => r.waitedMs));
  const siteMs = median(runs.map((r) => r.siteMs));
  const maxInFlight = Math.max(...runs.map((r) => r.maxInFlight));
  const jiraBound = median(runs.map((r) => r.jiraBoundMs));
  // What is left of the wall time when no request is outstanding is the app's own work.
  const app = Math.max(0, wall.median - jiraBound);
  return {
    section: SECTION,
    name: `readScopeReport, ${fmtInt(items)} items (resolver)`,
    value: `${fmtMs(wall.median)} = Jira ${fmtMs(jiraBound)} (${req} req) + app ${fmtMs(app)}`,
    target: `< 25 s (${((100 * wall.median) / RESOLVER_LIMIT_MS).toFixed(0)}% used)`,
    status: passOrMiss(wall.median < RESOLVER_LIMIT_MS),
    data: {
      items,
      latencyMs: LATENCY_MS,
      wallMedianMs: wall.median,
      runs: wall.samples,
      requests: req,
      waitedMs: waited,
      jiraBoundMs: jiraBound,
      appBoundMs: app,
      siteCpuMs: siteMs,
      maxRequestsInFlight: maxInFlight,
      limitMs: RESOLVER_LIMIT_MS,
    },
  };
};

/** A queue that only records what was pushed: the events are consumed here, one by one. */
const recordingQueue = (): RescoreQueue & { readonly events: RescoreBatch[]; pushes: number } => {
  const events: RescoreBatch[] = [];
  const queue = {
    events,
    pushes: 0,
    push: async (batches: readonly RescoreBatch[]) => {
      queue.pushes += 1;
      events.push(...batches);
    },
  };
  return queue;
};

const evenlySpaced = <T>(values: readonly T[], count: number): T[] => {
  if (values.length <= count) return [...values];
  return Array.from({ length: count }, (_, i) => values[Math.floor((i * (values.length - 1)) / Math.max(1, count - 1))]).filter(
    (v): v is T => v !== undefined,
  );
};

const rescoreLatency = async (items: number, sampledEvents: number, today: string): Promise<Figure[]> => {
  const site = generateLargeSite({ today, epics: items, seed: BENCH_SEED });
  const counted = countingTransport(site.transport());
  const kvs = createMemoryKeyValueStore();
  const queue = recordingQueue();
  const deps = { jira: createJiraClient(counted.transport), kvs, queue, today: () => today };

  const scheduled = await timeOnce(() => runScheduledRescore(deps));
  const scheduledRequests = counted.count();
  const scheduledModel = scheduled.ms + scheduledRequests * LATENCY_MS;
  const events = queue.events.length;

  // A sample of events, first run (every assessment property is new, so each item is written).
  const sample = evenlySpaced(queue.events, sampledEvents);
  const modelled: number[] = [];
  const eventRequests: number[] = [];
  const cpu: number[] = [];
  let scored = 0;
  let kinds: Record<string, number> = {};
  for (const batch of sample) {
    counted.reset();
    const t = await timeOnce(() => consumeRescoreBatch(deps, { body: batch }));
    scored += t.value.scored;
    cpu.push(t.ms);
    eventRequests.push(counted.count());
    modelled.push(t.ms + counted.count() * LATENCY_MS);
    kinds = counted.byPath();
  }
  // One event for real at 100 ms per request (a batch not re-scored yet, so it writes too).
  const realBatch = queue.events.find((b) => !sample.includes(b)) ?? sample[0];
  const slow = latentTransport(site.transport(), LATENCY_MS);
  const real = realBatch === undefined ? null : await timeOnce(() => consumeRescoreBatch({ ...deps, jira: createJiraClient(slow.transport) }, { body: realBatch }));
  const slowStats = slow.stats();
  // The same event again: nothing changed, so nothing is written (the steady state of a daily re-score).
  const again = countingTransport(site.transport());
  const rerun = realBatch === undefined ? null : await timeOnce(() => consumeRescoreBatch({ ...deps, jira: createJiraClient(again.transport) }, { body: realBatch }));

  const maxModel = Math.max(...modelled);
  const medModel = median(modelled);
  const n = fmtInt(items);
  const figures: Figure[] = [
    {
      section: SECTION,
      name: `scheduled re-score ${n} items: trigger`,
      value: `${fmtMs(scheduledModel)} (model): ${fmtInt(scheduledRequests)} req, ${fmtInt(events)} events in ${queue.pushes} pushes`,
      target: '< 900 s',
      status: passOrMiss(scheduledModel < EVENT_LIMIT_MS),
      data: { items, requests: scheduledRequests, cpuMs: scheduled.ms, modelledMs: scheduledModel, events, pushes: queue.pushes, itemsListed: scheduled.value.items },
    },
    {
      section: SECTION,
      name: `scheduled re-score ${n} items: per event`,
      value: `median ${fmtMs(medModel)}, max ${fmtMs(maxModel)} (model, ${sample.length} events, ${median(eventRequests)} req each)`,
      target: '< 900 s',
      status: passOrMiss(maxModel < EVENT_LIMIT_MS),
      data: {
        sampledEvents: sample.length,
        itemsScored: scored,
        medianModelledMs: medModel,
        maxModelledMs: maxModel,
        medianCpuMs: median(cpu),
        medianRequests: median(eventRequests),
        maxRequests: Math.max(...eventRequests),
        lastEventRequestsByKind: JSON.stringify(kinds),
      },
    },
  ];
  if (real !== null) {
    figures.push({
      section: SECTION,
      name: `scheduled re-score: one event at 100 ms (real)`,
      value: `${fmtMs(real.ms)}: ${slowStats.count} req, ${real.value.written} written; unchanged re-run ${again.count()} req`,
      target: '< 900 s',
      status: passOrMiss(real.ms < EVENT_LIMIT_MS),
      data: {
        wallMs: real.ms,
        requests: slowStats.count,
        waitedMs: slowStats.waitedMs,
        siteCpuMs: slowStats.siteMs,
        written: real.value.written,
        scored: real.value.scored,
        rerunRequests: again.count(),
        rerunCpuMs: rerun?.ms ?? null,
        rerunModelledMs: rerun === null ? null : rerun.ms + again.count() * LATENCY_MS,
        totalModelledSecondsAllEvents: (medModel * events) / 1000,
      },
    });
  }
  return figures;
};

export const latencyBudget = async (options: BenchOptions): Promise<Figure[]> => [
  await reportLatency(options.quick ? 200 : 1_000, options.quick ? 1 : 3, options.today),
  await reportLatency(options.quick ? 500 : 5_000, options.quick ? 1 : 2, options.today),
  ...(await rescoreLatency(options.quick ? 2_000 : 50_000, options.quick ? 3 : 10, options.today)),
];
