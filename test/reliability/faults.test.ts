import { createJiraClient } from '../../src/jira/create-client';
import { createSampleSite, type SampleSite } from '../../src/jira/sample-site';
import type { JiraTransport } from '../../src/jira/transport';
import { readScopeReport } from '../../src/services/read-scope-report';
import type { ScopeReport } from '../../src/shared/report';
import { isAppError, type Envelope, type ErrorCode } from '../../src/shared/result';
import type { PiSelector, ScopeSpec } from '../../src/shared/scope';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { createFaultInjector, createFaultyTransport, FAULT_KINDS, type FaultInjector, type FaultKind } from './faulty-transport';
import { printFigures, records, resolverHarness, TODAY, validEvidence, type Call } from './support';

/**
 * Jira misbehaving: 429s with Retry-After, 5xx, timeouts, malformed and
 * truncated JSON, a failing page in the middle of a paged search, injected
 * at 20% by a seeded wrapper over the sample site. The reports and panels
 * must come out identical to the fault-free run, or as a clear error
 * envelope; never a different verdict, never a hang, and never more
 * simulated waiting than Forge's 25 s.
 */

const SEEDS = Array.from({ length: 50 }, (_, i) => 1000 + i * 7919);
const RATE = 0.2;
const FORGE_LIMIT_MS = 25_000;
/** What a failure under injected faults may be: Jira unavailable, or an answer the app could not read. */
const FAULT_CODES: readonly ErrorCode[] = ['JIRA_UNAVAILABLE', 'JIRA_BAD_RESPONSE'];
const RETRYABLE: readonly FaultKind[] = ['rate-limited', 'server-error', 'timeout-reject', 'page-failure'];

const SCOPES: readonly { scope: ScopeSpec; pi: PiSelector }[] = [
  { scope: { kind: 'project', projectKey: 'CLIN' }, pi: 'current' },
  { scope: { kind: 'project', projectKey: 'PAT' }, pi: 'next' },
  { scope: { kind: 'jql', jql: 'project in (CLIN, PAT) ORDER BY key' }, pi: 'next' },
];
const PANEL_KEYS = ['CLIN-1', 'CLIN-7', 'CLIN-13', 'PAT-3', 'CLIN-20'];

/** A fake clock moved only by the injected sleep: the client's deadline sees simulated time. */
const simulatedTime = () => {
  let now = 0;
  return {
    now: () => now,
    sleep: async (ms: number) => {
      now += ms;
    },
    elapsed: () => now,
    reset: () => {
      now = 0;
    },
  };
};

const figures = {
  seeds: SEEDS.length,
  runs: 0,
  requests: 0,
  faultsInjected: 0,
  identical: 0,
  errorEnvelopes: 0,
  writesOk: 0,
  writesRefused: 0,
  refusedButStored: 0,
  maxSimulatedWaitMs: 0,
  worstCaseSimulatedWaitMs: 0,
};
const byKind: Record<FaultKind, number> = Object.fromEntries(FAULT_KINDS.map((k) => [k, 0])) as Record<FaultKind, number>;

const tally = (injector: FaultInjector) => {
  figures.requests += injector.requests();
  figures.faultsInjected += injector.totalInjected();
  for (const k of FAULT_KINDS) byKind[k] += injector.injected[k];
};

afterAll(() => printFigures('faults', { ...figures, ...byKind }));

/** Same verdicts for the same keys; the unreadable ones named. */
const expectSameOrPartial = (report: ScopeReport, baseline: ScopeReport): 'identical' | 'partial' => {
  if (report.unreadable.length === 0) {
    expect(report).toEqual(baseline);
    return 'identical';
  }
  const unreadable = new Set(report.unreadable.map((u) => u.key));
  for (const u of report.unreadable) expect(u.reason.length).toBeGreaterThan(0);
  const base = new Map(baseline.items.map((a) => [a.key, a]));
  for (const item of report.items) expect(item).toEqual(base.get(item.key));
  for (const item of baseline.items) expect(report.items.some((a) => a.key === item.key) || unreadable.has(item.key)).toBe(true);
  return 'partial';
};

const expectFaultEnvelope = (envelope: Envelope<unknown>) => {
  expect(envelope.ok).toBe(false);
  if (envelope.ok) return;
  expect(FAULT_CODES).toContain(envelope.error.code);
  expect(envelope.error.message.trim().length).toBeGreaterThan(10);
};

describe('the fault injector', () => {
  it('is deterministic per seed and injects close to the set rate, of every kind', async () => {
    const site = createSampleSite({ today: TODAY });
    const trace = async (seed: number) => {
      const injector = createFaultInjector({ seed, rate: RATE, kinds: ['rate-limited', 'server-error', 'malformed-json', 'truncated-body'] });
      const transport = injector.wrap(site.transport('alex'));
      const statuses: string[] = [];
      for (let i = 0; i < 500; i += 1) {
        const r = await transport({ method: 'GET', path: '/rest/api/3/project/CLIN/version', query: { startAt: 0, maxResults: 50 } });
        statuses.push(`${r.status}:${r.body.length}`);
      }
      return { statuses, injector };
    };
    const a = await trace(99);
    const b = await trace(99);
    const c = await trace(100);
    expect(a.statuses).toEqual(b.statuses);
    expect(a.statuses).not.toEqual(c.statuses);
    expect(a.injector.totalInjected() / 500).toBeGreaterThan(0.15);
    expect(a.injector.totalInjected() / 500).toBeLessThan(0.25);
    for (const k of ['rate-limited', 'server-error', 'malformed-json', 'truncated-body'] as const) expect(a.injector.injected[k]).toBeGreaterThan(0);
  });
});

describe('readScopeReport under injected Jira faults', () => {
  let site: SampleSite;
  const baselines = new Map<number, ScopeReport>();

  beforeAll(async () => {
    site = createSampleSite({ today: TODAY });
    const client = createJiraClient(site.transport('alex'), { sleep: async () => undefined });
    for (const [i, { scope, pi }] of SCOPES.entries()) {
      const report = await readScopeReport(client, DEFAULT_SETTINGS, scope, pi, TODAY);
      expect(report.items.length).toBeGreaterThan(0);
      baselines.set(i, report);
    }
  });

  const run = async (seed: number, kinds?: readonly FaultKind[]) => {
    const injector = createFaultInjector({ seed, rate: RATE, ...(kinds === undefined ? {} : { kinds }) });
    const outcomes: ('identical' | 'partial' | 'error')[] = [];
    for (const [i, { scope, pi }] of SCOPES.entries()) {
      const clock = simulatedTime();
      const client = createJiraClient(injector.wrap(site.transport('alex')), { sleep: clock.sleep, now: clock.now, seed });
      figures.runs += 1;
      try {
        const report = await readScopeReport(client, DEFAULT_SETTINGS, scope, pi, TODAY);
        outcomes.push(expectSameOrPartial(report, baselines.get(i) as ScopeReport));
      } catch (error) {
        if (!isAppError(error)) throw error;
        expect(FAULT_CODES).toContain(error.code);
        expect(error.message.length).toBeGreaterThan(10);
        outcomes.push('error');
      }
      expect(clock.elapsed()).toBeLessThan(FORGE_LIMIT_MS);
      figures.maxSimulatedWaitMs = Math.max(figures.maxSimulatedWaitMs, clock.elapsed());
    }
    tally(injector);
    figures.identical += outcomes.filter((o) => o === 'identical').length;
    figures.errorEnvelopes += outcomes.filter((o) => o === 'error').length;
    return { outcomes, injector };
  };

  it.each(SEEDS)('every fault kind at 20%%, seed %i: the same report or a clear error', async (seed) => {
    await run(seed);
  });

  it('retryable faults alone (429, 5xx, timeouts, a failing page) are absorbed: the report is identical for almost every seed', async () => {
    let identical = 0;
    let runs = 0;
    let injected = 0;
    for (const seed of SEEDS) {
      const { outcomes, injector } = await run(seed + 1, RETRYABLE);
      identical += outcomes.filter((o) => o === 'identical').length;
      runs += outcomes.length;
      injected += injector.totalInjected();
    }
    expect(injected).toBeGreaterThan(runs / 2); // most reports meet at least one fault
    expect(identical / runs).toBeGreaterThanOrEqual(0.97);
  });
});

describe('a paged search with a failing page in the middle', () => {
  it('returns every issue or fails as a whole: never a silently short list', async () => {
    const site = createSampleSite({ today: TODAY });
    const request = { jql: 'project = CLIN ORDER BY key', fields: ['summary'], pageSize: 5 };
    const all = await createJiraClient(site.transport('alex'), { sleep: async () => undefined }).search(request);
    expect(all.length).toBeGreaterThan(10); // at least three pages
    let failedWhole = 0;
    let pageFaults = 0;
    for (const seed of SEEDS) {
      // Every later page fails at 60%: with 4 retries a page is lost only rarely, and then the whole search must fail.
      const faulty = createFaultyTransport(site.transport('alex'), { seed, rate: 0.6, kinds: ['page-failure'] });
      const client = createJiraClient(faulty, { sleep: async () => undefined, maxRetries: 2 });
      try {
        expect(await client.search(request)).toEqual(all);
      } catch (error) {
        if (!isAppError(error)) throw error;
        expect(error.code).toBe('JIRA_UNAVAILABLE');
        expect(error.message).toContain('/rest/api/3/search/jql');
        failedWhole += 1;
      }
      pageFaults += faulty.injected['page-failure'];
    }
    figures.faultsInjected += pageFaults;
    byKind['page-failure'] += pageFaults;
    expect(pageFaults).toBeGreaterThan(SEEDS.length);
    expect(failedWhole).toBeGreaterThan(0); // the scenario does reach the give-up path
  });
});

describe('a truncated body or an HTML error page on a 2xx', () => {
  /** Spoils the first answer to every distinct read: half of them cut in half, the others replaced by an HTML error page. */
  const spoilFirstAnswers = (inner: JiraTransport) => {
    const seen = new Set<string>();
    let spoilt = 0;
    const transport: JiraTransport = async (request) => {
      const response = await inner(request);
      const id = `${request.method} ${request.path} ${JSON.stringify(request.query ?? {})} ${JSON.stringify(request.body ?? null)}`;
      if (seen.has(id) || response.status !== 200) return response;
      seen.add(id);
      spoilt += 1;
      return spoilt % 2 === 0
        ? { ...response, body: response.body.slice(0, Math.floor(response.body.length / 2)) }
        : { status: 200, headers: { 'content-type': 'text/html' }, body: '<html><body><h1>502 Bad Gateway</h1></body></html>' };
    };
    return { transport, spoilt: () => spoilt };
  };

  it('is retried once: every scope report comes out identical to the fault-free one', async () => {
    const site = createSampleSite({ today: TODAY });
    for (const { scope, pi } of SCOPES) {
      const baseline = await readScopeReport(createJiraClient(site.transport('alex'), { sleep: async () => undefined }), DEFAULT_SETTINGS, scope, pi, TODAY);
      const clock = simulatedTime();
      const spoiling = spoilFirstAnswers(site.transport('alex'));
      const report = await readScopeReport(createJiraClient(spoiling.transport, { sleep: clock.sleep, now: clock.now }), DEFAULT_SETTINGS, scope, pi, TODAY);
      expect(report).toEqual(baseline);
      expect(spoiling.spoilt()).toBeGreaterThan(2);
      figures.faultsInjected += spoiling.spoilt();
    }
  });

  it('that stays after the one retry fails with JIRA_BAD_RESPONSE, never a report', async () => {
    const site = createSampleSite({ today: TODAY });
    const html: JiraTransport = async (request) => {
      const response = await site.transport('alex')(request);
      return response.status === 200 ? { status: 200, headers: { 'content-type': 'text/html' }, body: '<html>Log in</html>' } : response;
    };
    const error: unknown = await readScopeReport(createJiraClient(html, { sleep: async () => undefined }), DEFAULT_SETTINGS, { kind: 'project', projectKey: 'CLIN' }, 'next', TODAY).catch(
      (e: unknown) => e,
    );
    expect(isAppError(error) && error.code).toBe('JIRA_BAD_RESPONSE');
    expect(isAppError(error) && error.message).toMatch(/an HTML page instead of JSON/);
  });
});

describe('getScopeReport and getPanel resolvers under injected Jira faults', () => {
  const baselineReports = new Map<number, unknown>();
  const baselinePanels = new Map<string, unknown>();

  beforeAll(async () => {
    const call = resolverHarness().as('alex');
    for (const [i, payload] of SCOPES.entries()) {
      const envelope = await call('getScopeReport', payload);
      expect(envelope.ok).toBe(true);
      baselineReports.set(i, envelope);
    }
    for (const issueKey of PANEL_KEYS) {
      const envelope = await call('getPanel', { issueKey }, { issue: { key: issueKey } });
      expect(envelope.ok).toBe(true);
      baselinePanels.set(issueKey, envelope);
    }
  });

  it.each(SEEDS)('seed %i: every envelope is the fault-free one or a clear Jira error', async (seed) => {
    const injector = createFaultInjector({ seed, rate: RATE });
    const clock = simulatedTime();
    const call: Call = resolverHarness({ wrapTransport: injector.wrap, client: { sleep: clock.sleep, now: clock.now, seed }, sleep: clock.sleep }).as(
      'alex',
    );
    const check = async (envelope: Envelope<unknown>, baseline: unknown) => {
      figures.runs += 1;
      if (envelope.ok) {
        expect(envelope).toEqual(baseline);
        figures.identical += 1;
      } else {
        expectFaultEnvelope(envelope);
        figures.errorEnvelopes += 1;
      }
      // Waits in one invocation are summed even when they ran in parallel: an upper bound of the real wait.
      expect(clock.elapsed()).toBeLessThan(FORGE_LIMIT_MS);
      figures.maxSimulatedWaitMs = Math.max(figures.maxSimulatedWaitMs, clock.elapsed());
      clock.reset();
    };
    for (const [i, payload] of SCOPES.entries()) await check(await call('getScopeReport', payload), baselineReports.get(i));
    for (const issueKey of PANEL_KEYS) {
      await check(await call('getPanel', { issueKey }, { issue: { key: issueKey } }), baselinePanels.get(issueKey));
    }
    tally(injector);
  });
});

describe('bounded waiting', () => {
  it('Jira answering 503 to everything: getScopeReport fails with JIRA_UNAVAILABLE within the simulated 25 s', async () => {
    const clock = simulatedTime();
    const injector = createFaultInjector({ seed: 7, rate: 1, kinds: ['server-error'] });
    const call = resolverHarness({ wrapTransport: injector.wrap, client: { sleep: clock.sleep, now: clock.now } }).as('alex');
    const envelope = await call('getScopeReport', { scope: { kind: 'project', projectKey: 'CLIN' }, pi: 'next' });
    expectFaultEnvelope(envelope);
    if (!envelope.ok) expect(envelope.error.code).toBe('JIRA_UNAVAILABLE');
    expect(injector.requests()).toBeLessThanOrEqual(5); // the first call gives up after at most 4 retries
    expect(clock.elapsed()).toBeLessThan(FORGE_LIMIT_MS);
    figures.worstCaseSimulatedWaitMs = Math.max(figures.worstCaseSimulatedWaitMs, clock.elapsed());
    tally(injector);
  });

  it('a 429 with Retry-After: 10 on the first try of every request: one invocation still stays inside 25 s of waiting', async () => {
    const clock = simulatedTime();
    const seen = new Set<string>();
    const wrap =
      (inner: JiraTransport): JiraTransport =>
      async (request) => {
        const id = `${request.method} ${request.path} ${JSON.stringify(request.query ?? {})} ${JSON.stringify(request.body ?? null)}`;
        if (!seen.has(id)) {
          seen.add(id);
          figures.faultsInjected += 1;
          byKind['rate-limited'] += 1;
          return { status: 429, headers: { 'retry-after': '10' }, body: '' };
        }
        return inner(request);
      };
    const call = resolverHarness({ wrapTransport: wrap, client: { sleep: clock.sleep, now: clock.now } }).as('alex');
    const envelope = await call('getScopeReport', { scope: { kind: 'project', projectKey: 'CLIN' }, pi: 'next' });
    // Either it finished inside the budget, or it said clearly that Jira is not answering; it never waits past Forge's limit.
    if (!envelope.ok) expectFaultEnvelope(envelope);
    expect(clock.elapsed()).toBeLessThan(FORGE_LIMIT_MS);
    figures.worstCaseSimulatedWaitMs = Math.max(figures.worstCaseSimulatedWaitMs, clock.elapsed());
  });

  it('a request that never answers is cut by the client’s timeout and retried, not left hanging', async () => {
    const site = createSampleSite({ today: TODAY });
    let calls = 0;
    const hangOnce: JiraTransport = (request) => {
      calls += 1;
      return calls === 1 ? new Promise(() => undefined) : site.transport('alex')(request);
    };
    const client = createJiraClient(hangOnce, { sleep: async () => undefined, requestTimeoutMs: 50 });
    const versions = await client.projectVersions('CLIN');
    expect(versions.length).toBeGreaterThan(0);
    expect(calls).toBe(2);
    figures.faultsInjected += 1;
    byKind['timeout-hang'] += 1;
  }, 5_000);

  it('every fault kind including requests that never answer, 20 seeds through getScopeReport and getPanel: same answer or a clear error, no hang', async () => {
    const clean = resolverHarness().as('alex');
    const baseline = [
      await clean('getScopeReport', { scope: { kind: 'project', projectKey: 'CLIN' }, pi: 'current' }),
      await clean('getPanel', { issueKey: 'CLIN-13' }),
    ];
    for (const seed of SEEDS.slice(0, 20)) {
      const injector = createFaultInjector({ seed: seed + 3, rate: RATE, kinds: FAULT_KINDS });
      const clock = simulatedTime();
      const call = resolverHarness({
        wrapTransport: injector.wrap,
        client: { sleep: clock.sleep, now: clock.now, seed, requestTimeoutMs: 5 },
      }).as('alex');
      const report = await call('getScopeReport', { scope: { kind: 'project', projectKey: 'CLIN' }, pi: 'current' });
      const panel = await call('getPanel', { issueKey: 'CLIN-13' });
      for (const [i, envelope] of [report, panel].entries()) {
        figures.runs += 1;
        if (envelope.ok) {
          expect(envelope).toEqual(baseline[i]);
          figures.identical += 1;
        }
        else {
          expectFaultEnvelope(envelope);
          figures.errorEnvelopes += 1;
        }
      }
      tally(injector);
    }
    expect(byKind['timeout-hang']).toBeGreaterThan(0);
  }, 10_000);

  it('every request hanging ends in JIRA_UNAVAILABLE (timed out), within bounded attempts', async () => {
    const faulty = createFaultyTransport(createSampleSite({ today: TODAY }).transport('alex'), { seed: 3, rate: 1, kinds: ['timeout-hang'] });
    const client = createJiraClient(faulty, { sleep: async () => undefined, maxRetries: 2, requestTimeoutMs: 20 });
    await expect(client.listProjects()).rejects.toMatchObject({ code: 'JIRA_UNAVAILABLE', message: expect.stringContaining('timed out') });
    expect(faulty.requests()).toBe(3);
    figures.faultsInjected += faulty.totalInjected();
    byKind['timeout-hang'] += faulty.totalInjected();
  }, 5_000);
});

describe('evidence writes under injected Jira faults', () => {
  const WRITE_SEEDS = SEEDS.slice(0, 25);

  const liveSummaries = (site: SampleSite, issueKey: string): string[] =>
    records(site, issueKey)
      .filter((r) => r.removedAt === undefined)
      .map((r) => r.summary);

  it.each(WRITE_SEEDS)('seed %i: six adds never lose a record; each answers ok or a clear error, and the lock is released', async (seed) => {
    const injector = createFaultInjector({ seed, rate: RATE });
    const h = resolverHarness({ wrapTransport: injector.wrap, client: { sleep: async () => undefined, seed } });
    const issueKey = 'CLIN-1';
    const original = liveSummaries(h.site, issueKey);
    expect(original.length).toBeGreaterThan(0);
    const okAdds: string[] = [];
    const failedAdds: string[] = [];
    const failureMessages = new Map<string, string>();
    for (let i = 0; i < 6; i += 1) {
      const summary = `seed ${seed} add ${i}`;
      const envelope = await h.as('priya')('addEvidence', { issueKey, evidence: validEvidence({ summary }) });
      figures.runs += 1;
      if (envelope.ok) {
        okAdds.push(summary);
        figures.writesOk += 1;
      } else {
        figures.writesRefused += 1;
        failureMessages.set(summary, envelope.error.message);
        expect([...FAULT_CODES, 'CONFLICT']).toContain(envelope.error.code);
        expect(envelope.error.message.length).toBeGreaterThan(10);
        failedAdds.push(summary);
      }
    }
    const after = liveSummaries(h.site, issueKey);
    // Nothing that was there is gone; everything answered ok is there; a failed add may have landed, once at most.
    for (const s of original) expect(after).toContain(s);
    for (const s of okAdds) expect(after.filter((x) => x === s)).toHaveLength(1);
    for (const s of after) expect([...original, ...okAdds, ...failedAdds]).toContain(s);
    for (const s of failedAdds) expect(after.filter((x) => x === s).length).toBeLessThanOrEqual(1);
    figures.refusedButStored += failedAdds.filter((s) => after.includes(s)).length;
    // An error after the record landed must say so, or the person adds it again (a duplicate); one before must not claim it.
    for (const s of failedAdds) {
      const message = failureMessages.get(s) ?? '';
      if (after.includes(s)) expect({ s, message, tellsSaved: /\bsaved\b/i.test(message) }).toEqual({ s, message, tellsSaved: true });
      else expect({ s, message, claimsSaved: /\bwas saved\b/i.test(message) }).toEqual({ s, message, claimsSaved: false });
    }
    // The per-issue lock is never left behind by a failure.
    expect(await h.kvs.get(`lock:evidence:${issueKey}`)).toBeUndefined();
    tally(injector);
  });
});

describe('one item Jira answers for in a shape the app cannot read', () => {
  /** Spoils one issue in every search answer: its status (or its evidence property) becomes nonsense. */
  const spoil =
    (key: string, how: 'status' | 'evidence' | 'fixVersions') =>
    (inner: JiraTransport): JiraTransport =>
    async (request) => {
      const response = await inner(request);
      if (request.path !== '/rest/api/3/search/jql' || response.status !== 200) return response;
      const page = JSON.parse(response.body) as { issues?: { key: string; fields?: Record<string, unknown>; properties?: Record<string, unknown> }[] };
      for (const issue of page.issues ?? []) {
        if (issue.key !== key) continue;
        if (how === 'status') issue.fields = { ...issue.fields, status: 42 };
        else if (how === 'fixVersions') issue.fields = { ...issue.fields, fixVersions: 'PI 26.4' };
        else issue.properties = { ...issue.properties, 'factory-gravity.evidence': { schemaVersion: 9, records: 'x' } };
      }
      return { ...response, body: JSON.stringify(page) };
    };

  it.each(['status', 'evidence', 'fixVersions'] as const)(
    'a spoilt %s: the report is partial, names the item as unreadable with a reason, and every other item is unchanged',
    async (how) => {
      const payload = { scope: { kind: 'project', projectKey: 'CLIN' }, pi: 'current' };
      const clean = await resolverHarness().as('alex')('getScopeReport', payload);
      if (!clean.ok) throw new Error(JSON.stringify(clean.error));
      const baseline = clean.data as ScopeReport;
      const victim = baseline.items[0]?.key as string;
      const spoilt = await resolverHarness({ wrapTransport: spoil(victim, how) }).as('alex')('getScopeReport', payload);
      figures.runs += 1;
      // One bad item does not sink the report: it is a partial result, not an error.
      expect(spoilt.ok).toBe(true);
      if (!spoilt.ok) return;
      const report = spoilt.data as ScopeReport;
      expect(report.unreadable.map((u) => u.key)).toEqual([victim]);
      expect(report.unreadable[0]?.reason.length).toBeGreaterThan(5);
      expect(report.items.map((i) => i.key)).toEqual(baseline.items.map((i) => i.key).filter((k) => k !== victim));
      for (const item of report.items) expect(item).toEqual(baseline.items.find((b) => b.key === item.key));
    },
  );
});
