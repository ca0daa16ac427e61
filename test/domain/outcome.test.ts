import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { evidenceViews } from '../../src/domain/evidence';
import type { Assessment, FindingCode, WorkItem } from '../../src/domain/model';
import { daysBetween, dueDayOf, outcomeFindings, outcomeOf, type OutcomeFacts } from '../../src/domain/outcome';
import { scoreWorkItem } from '../../src/domain/score-work-item';
import type { DecisionRecord } from '../../src/shared/decision';
import type { EvidenceRecord } from '../../src/shared/evidence';
import type { Delivery, OutcomeStatus, OutcomeView } from '../../src/shared/outcome';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { TODAY, calendar, evidence, settings, workItem } from './builders';

/**
 * The outcome check after delivery (src/domain/outcome.ts): the status of a
 * delivered item, its due day, and the findings it adds (never points).
 */

const DELIVERED: Delivery = { on: '2026-03-03', from: 'resolution' };
/** DELIVERED + 12 weeks. */
const DUE = '2026-05-26';

const PRIYA = { accountId: 'acc-priya', displayName: 'Priya Raman' };

const retire = (overrides: Partial<DecisionRecord> = {}): DecisionRecord => ({
  id: `d-${overrides.version ?? 1}`,
  version: 1,
  pi: 'PI 26.1',
  kind: 'retire',
  rationale: 'Nobody opens the ward dashboard; the board report replaced it.',
  verdictAtDecision: 'delivered',
  decidedBy: PRIYA,
  decidedAt: '2026-11-20T09:30:00.000Z',
  ...overrides,
});

const keep = (version: number): DecisionRecord => ({ ...retire({ version }), kind: 'keep', sponsor: PRIYA, verdictAtDecision: 'gravity' });

const adoption = (observedOn: string, overrides: Partial<EvidenceRecord> = {}): EvidenceRecord =>
  evidence({ kind: 'adoption', observedOn, source: { name: 'Ward 4B audit log' }, summary: 'Weekly active users of the dashboard', figure: 212, unit: 'weekly active users', ...overrides });

/** The facts of a Done item delivered on DELIVERED, seen on `today`, with the given records. */
const facts = (overrides: Partial<Omit<OutcomeFacts, 'evidence'>> & { records?: readonly EvidenceRecord[] } = {}): OutcomeFacts => {
  const { records = [], ...rest } = overrides;
  const today = rest.today ?? TODAY;
  return {
    statusCategory: 'done',
    delivery: DELIVERED,
    decisions: [],
    dueWeeks: 12,
    today,
    ...rest,
    evidence: evidenceViews(records, DEFAULT_SETTINGS.evidence, today),
  };
};

const statusOf = (overrides: Parameters<typeof facts>[0] = {}): OutcomeStatus => outcomeOf(facts(overrides)).status;

const FIX = { due: 'Add adoption or outcome evidence', overdue: 'Add outcome evidence or retire it' };

describe('the outcome status', () => {
  it('is not-delivered for an item not Done, with nothing else known', () => {
    expect(outcomeOf(facts({ statusCategory: 'indeterminate', delivery: null }))).toEqual({
      status: 'not-delivered',
      delivery: null,
      dueOn: null,
      daysSinceDelivery: null,
      evidence: [],
      retirement: null,
    });
    expect(statusOf({ statusCategory: 'new', delivery: null })).toBe('not-delivered');
  });

  it('goes not-delivered → pending on the delivery day → pending on the due day → overdue the day after', () => {
    expect(statusOf({ statusCategory: 'indeterminate', delivery: null, today: '2026-03-02' })).toBe('not-delivered');
    const onTheDay = outcomeOf(facts({ today: '2026-03-03' }));
    expect(onTheDay).toMatchObject({ status: 'pending', delivery: DELIVERED, dueOn: DUE, daysSinceDelivery: 0 });
    expect(outcomeOf(facts({ today: DUE }))).toMatchObject({ status: 'pending', dueOn: DUE, daysSinceDelivery: 84 });
    expect(outcomeOf(facts({ today: '2026-05-27' }))).toMatchObject({ status: 'overdue', dueOn: DUE, daysSinceDelivery: 85 });
    expect(outcomeOf(facts({ today: TODAY }))).toMatchObject({ status: 'overdue', daysSinceDelivery: daysBetween('2026-03-03', TODAY) });
  });

  it('goes pending → evidenced with adoption evidence observed on the delivery day or after', () => {
    expect(statusOf({ today: '2026-04-01', records: [adoption('2026-03-03')] })).toBe('evidenced');
    expect(statusOf({ today: '2026-04-01', records: [adoption('2026-03-20')] })).toBe('evidenced');
    expect(statusOf({ today: '2026-04-01', records: [evidence({ kind: 'outcome', observedOn: '2026-03-25', figure: -18, unit: '% readmissions' })] })).toBe('evidenced');
  });

  it('does not count adoption evidence observed before the delivery day (a pilot, the old system)', () => {
    expect(statusOf({ today: '2026-04-01', records: [adoption('2026-03-02')] })).toBe('pending');
    expect(statusOf({ today: TODAY, records: [adoption('2026-03-02')] })).toBe('overdue');
  });

  it('does not count removed evidence (evidenceViews leaves it out)', () => {
    const removed = adoption('2026-04-10', { removedAt: '2026-04-12T08:00:00.000Z', removedBy: 'acc-priya' });
    expect(statusOf({ today: '2026-04-20', records: [removed] })).toBe('pending');
    expect(statusOf({ today: TODAY, records: [removed] })).toBe('overdue');
  });

  it('does not count field evidence of the planning kinds, however new', () => {
    const kinds = ['interview', 'observation', 'survey', 'analytics', 'support', 'win-loss', 'stakeholder-request'] as const;
    expect(statusOf({ today: TODAY, records: kinds.map((kind) => evidence({ kind, observedOn: '2026-10-01' })) })).toBe('overdue');
  });

  it('goes overdue → evidenced when evidence of use arrives after the due day', () => {
    expect(statusOf({ today: '2026-06-10' })).toBe('overdue');
    expect(statusOf({ today: '2026-06-10', records: [adoption('2026-06-09')] })).toBe('evidenced');
  });

  it('lists the adoption and outcome records since delivery, newest first, with figure, unit and source', () => {
    const records = [
      adoption('2026-04-01', { id: 'ev-old' }),
      evidence({ id: 'ev-interview', kind: 'interview', observedOn: '2026-09-01' }),
      evidence({ id: 'ev-outcome', kind: 'outcome', observedOn: '2026-09-20', source: { name: 'Quality team' }, summary: 'Readmissions down', figure: -18, unit: '% readmissions' }),
      adoption('2026-02-01', { id: 'ev-before' }),
      evidence({ id: 'ev-nofigure', kind: 'adoption', observedOn: '2026-09-20', source: { name: 'Ward 2' }, summary: 'Used on every round' }),
    ];
    const o = outcomeOf(facts({ records }));
    expect(o.status).toBe('evidenced');
    expect(o.evidence).toEqual([
      { id: 'ev-nofigure', kind: 'adoption', summary: 'Used on every round', observedOn: '2026-09-20', figure: null, unit: null, sourceName: 'Ward 2' },
      { id: 'ev-outcome', kind: 'outcome', summary: 'Readmissions down', observedOn: '2026-09-20', figure: -18, unit: '% readmissions', sourceName: 'Quality team' },
      { id: 'ev-old', kind: 'adoption', summary: 'Weekly active users of the dashboard', observedOn: '2026-04-01', figure: 212, unit: 'weekly active users', sourceName: 'Ward 4B audit log' },
    ]);
    // The same list whatever order the views come in.
    const shuffled = { ...facts({ records }), evidence: [...facts({ records }).evidence].reverse() };
    expect(outcomeOf(shuffled).evidence.map((e) => e.id)).toEqual(['ev-nofigure', 'ev-outcome', 'ev-old']);
  });

  it.each([
    ['pending', { today: '2026-04-01' }],
    ['overdue', { today: TODAY }],
    ['evidenced', { today: TODAY, records: [adoption('2026-04-01')] }],
  ] as const)('goes %s → retired with a retire decision, whatever its PI', (before, overrides) => {
    expect(statusOf(overrides)).toBe(before);
    const o = outcomeOf(facts({ ...overrides, decisions: [retire({ pi: 'No PI' })] }));
    expect(o.status).toBe('retired');
    expect(o.retirement).toEqual({ rationale: retire().rationale, decidedBy: PRIYA, decidedAt: '2026-11-20T09:30:00.000Z', version: 1 });
    // Only an evidenced outcome lists its evidence.
    expect(o.evidence).toEqual([]);
    expect(o.dueOn).toBe(DUE);
  });

  it('takes the newest retire record, whatever the order of the records, and ignores other kinds', () => {
    const decisions = [retire({ version: 3, rationale: 'Replaced by the board report.' }), keep(4), retire({ version: 1 }), keep(2)];
    expect(outcomeOf(facts({ decisions })).retirement).toMatchObject({ version: 3, rationale: 'Replaced by the board report.' });
    expect(outcomeOf(facts({ decisions: [...decisions].reverse() })).retirement).toMatchObject({ version: 3 });
    expect(statusOf({ decisions: [keep(1), keep(2)] })).toBe('overdue');
  });

  it('is not-delivered for a reopened item (not Done), even with a retire record and evidence of use', () => {
    const o = outcomeOf(facts({ statusCategory: 'indeterminate', delivery: null, decisions: [retire()], records: [adoption('2026-04-01')] }));
    expect(o).toEqual({ status: 'not-delivered', delivery: null, dueOn: null, daysSinceDelivery: null, evidence: [], retirement: null });
    // A delivery left over from before the reopening changes nothing.
    expect(statusOf({ statusCategory: 'indeterminate', decisions: [retire()] })).toBe('not-delivered');
  });

  describe('with a delivery day Jira does not tell (no resolution date, no transition in the history)', () => {
    it('is pending, with no due day and no days since, and never overdue', () => {
      expect(outcomeOf(facts({ delivery: null }))).toEqual({ status: 'pending', delivery: null, dueOn: null, daysSinceDelivery: null, evidence: [], retirement: null });
      expect(statusOf({ delivery: null, today: '2036-01-01' })).toBe('pending');
    });

    it('is evidenced by any adoption or outcome evidence, however old', () => {
      expect(statusOf({ delivery: null, records: [adoption('2019-01-01')] })).toBe('evidenced');
      expect(statusOf({ delivery: null, records: [evidence({ kind: 'survey', observedOn: '2026-11-01' })] })).toBe('pending');
    });

    it('is retired by a retire record', () => {
      expect(statusOf({ delivery: null, decisions: [retire()] })).toBe('retired');
    });
  });

  it('follows the project’s dueWeeks', () => {
    expect(outcomeOf(facts({ dueWeeks: 1, today: '2026-03-10' }))).toMatchObject({ status: 'pending', dueOn: '2026-03-10' });
    expect(statusOf({ dueWeeks: 1, today: '2026-03-11' })).toBe('overdue');
    expect(outcomeOf(facts({ dueWeeks: 52 }))).toMatchObject({ status: 'pending', dueOn: '2027-03-02' });
  });

  it('counts no negative days when today is before the delivery day (a clock behind the site’s)', () => {
    expect(outcomeOf(facts({ today: '2026-03-01' }))).toMatchObject({ status: 'pending', daysSinceDelivery: 0 });
  });
});

describe('the due day: whole weeks of calendar days after delivery', () => {
  it.each([
    ['2026-03-03', 12, '2026-05-26'],
    // Month ends: 31 January + 4 weeks is 28 February (29 in a leap year), never 3 March.
    ['2026-01-31', 4, '2026-02-28'],
    ['2028-01-31', 4, '2028-02-28'],
    ['2028-02-01', 4, '2028-02-29'],
    ['2026-01-31', 12, '2026-04-25'],
    ['2026-08-31', 12, '2026-11-23'],
    // Leap days: 52 weeks are 364 days, so a year after 29 February 2028 is 27 February 2029.
    ['2028-02-29', 52, '2029-02-27'],
    ['2028-02-29', 104, '2030-02-26'],
    ['2027-12-07', 12, '2028-02-29'],
    ['2028-02-29', 1, '2028-03-07'],
    ['2100-02-22', 1, '2100-03-01'],
    ['2000-02-22', 1, '2000-02-29'],
    // Year ends.
    ['2026-12-10', 4, '2027-01-07'],
    ['2026-10-08', 12, '2026-12-31'],
    ['2026-12-31', 1, '2027-01-07'],
    ['2027-12-31', 9, '2028-03-03'],
  ])('%s + %d weeks = %s', (on, weeks, due) => {
    expect(dueDayOf(on, weeks)).toBe(due);
    expect(daysBetween(on, due)).toBe(7 * weeks);
  });

  it('is the same whatever time zone the process runs in (the CLI runs in its user’s zone)', () => {
    // Jest gives each test file its own copy of process.env, so the zones are set in a child process of their own.
    const script = [
      `const { daysBetween, dueDayOf } = require(${JSON.stringify(join(__dirname, '../../src/domain/outcome'))});`,
      'const out = {};',
      "for (const zone of ['Pacific/Apia', 'America/Sao_Paulo', 'Australia/Lord_Howe', 'UTC']) {",
      '  process.env.TZ = zone;',
      "  out[zone] = [dueDayOf('2011-12-30', 1), daysBetween('2011-12-29', '2011-12-31'), dueDayOf('2018-10-28', 1), dueDayOf('2018-11-04', 1), daysBetween('2018-11-03', '2018-11-05')];",
      '}',
      'console.log(JSON.stringify(out));',
    ].join('\n');
    const run = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { encoding: 'utf8', timeout: 20_000 });
    expect(run.stderr).toBe('');
    // Pacific/Apia skipped 30 December 2011; São Paulo moved its clocks at midnight on 4 November 2018.
    const expected = ['2012-01-06', 2, '2018-11-04', '2018-11-11', 2];
    expect(JSON.parse(run.stdout)).toEqual({ 'Pacific/Apia': expected, 'America/Sao_Paulo': expected, 'Australia/Lord_Howe': expected, UTC: expected });
  });

  it('refuses a day that is not YYYY-MM-DD (a caller bug, never user input)', () => {
    expect(() => dueDayOf('3 March 2026', 12)).toThrow(RangeError);
    expect(() => dueDayOf('2026-02-30', 12)).toThrow(RangeError);
  });
});

describe('daysBetween', () => {
  it.each([
    ['2026-03-03', '2026-03-03', 0],
    ['2026-03-03', '2026-03-04', 1],
    ['2026-02-28', '2026-03-01', 1],
    ['2028-02-28', '2028-03-01', 2],
    ['2026-12-31', '2027-01-01', 1],
    ['2026-03-03', '2027-03-03', 365],
    ['2028-01-01', '2029-01-01', 366],
    ['2026-03-29', '2026-03-30', 1],
    ['2026-03-04', '2026-03-03', 0],
  ])('%s → %s is %d days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });
});

describe('the outcome findings', () => {
  const pending = outcomeOf(facts({ today: '2026-04-01' }));
  const overdue = outcomeOf(facts({ today: TODAY }));

  it('says OUTCOME_DUE (info, 0 points, check-outcome) while pending, with the delivery and due days', () => {
    expect(outcomeFindings(pending, '2026-04-01', FIX)).toEqual([
      {
        code: 'OUTCOME_DUE',
        severity: 'info',
        force: 'evidence',
        message: 'Delivered on 3 March: adoption or outcome evidence is due by 26 May.',
        fix: { kind: 'check-outcome', label: 'Add adoption or outcome evidence' },
        points: 0,
      },
    ]);
  });

  it('says OUTCOME_DUE without days when Jira tells no delivery day', () => {
    const [finding] = outcomeFindings(outcomeOf(facts({ delivery: null })), TODAY, FIX);
    expect(finding).toMatchObject({ code: 'OUTCOME_DUE', severity: 'info', points: 0, fix: { kind: 'check-outcome' } });
    expect(finding?.message).toMatch(/^Done, but Jira tells no delivery day/);
  });

  it('says OUTCOME_OVERDUE (error, 0 points) in the issue’s words once the due day passed', () => {
    expect(outcomeFindings(overdue, TODAY, FIX)).toEqual([
      {
        code: 'OUTCOME_OVERDUE',
        severity: 'error',
        force: 'evidence',
        message: 'Delivered on 3 March, no sign of use since: a zombie product candidate. Adoption or outcome evidence was due by 26 May.',
        fix: { kind: 'check-outcome', label: 'Add outcome evidence or retire it' },
        points: 0,
      },
    ]);
  });

  it('names the year of a day outside today’s year', () => {
    const o = outcomeOf(facts({ delivery: { on: '2025-11-20', from: 'changelog' }, today: '2026-03-01' }));
    expect(outcomeFindings(o, '2026-03-01', FIX)[0]?.message).toBe(
      'Delivered on 20 November 2025, no sign of use since: a zombie product candidate. Adoption or outcome evidence was due by 12 February.',
    );
  });

  it.each([
    ['evidenced', outcomeOf(facts({ records: [adoption('2026-04-01')] }))],
    ['retired', outcomeOf(facts({ decisions: [retire()] }))],
    ['not-delivered', outcomeOf(facts({ statusCategory: 'indeterminate', delivery: null }))],
  ] as const)('says nothing when %s', (status, o: OutcomeView) => {
    expect(o.status).toBe(status);
    expect(outcomeFindings(o, TODAY, FIX)).toEqual([]);
  });
});

describe('the outcome check in a Done item’s assessment', () => {
  const cal = calendar();
  const assess = (item: WorkItem, today = TODAY): Assessment => scoreWorkItem(item, cal, settings(), today);
  const codes = (a: Assessment): FindingCode[] => a.findings.map((f) => f.code);
  const done = (overrides: Partial<WorkItem> = {}): WorkItem =>
    workItem({ status: 'Done', statusCategory: 'done', fixVersions: ['PI 26.2'], delivery: DELIVERED, evidence: [evidence({ observedOn: '2026-01-15' })], ...overrides });

  it('adds OUTCOME_OVERDUE with the fix “Add outcome evidence or retire it”, and the outcome to the assessment', () => {
    const a = assess(done());
    expect(a.verdict).toBe('delivered');
    expect(a.outcome).toMatchObject({ status: 'overdue', dueOn: DUE });
    expect(a.findings.find((f) => f.code === 'OUTCOME_OVERDUE')).toMatchObject({ severity: 'error', points: 0, fix: { kind: 'check-outcome', label: 'Add outcome evidence or retire it' } });
  });

  it('leaves the score, the forces and the other findings as they are, whatever the outcome', () => {
    const items: Record<string, WorkItem> = {
      overdue: done(),
      pending: done({ delivery: { on: '2026-11-01', from: 'changelog' } }),
      unknownDay: done({ delivery: null }),
      retired: done({ decisions: [retire()] }),
    };
    const assessed = Object.fromEntries(Object.entries(items).map(([name, item]) => [name, assess(item)]));
    expect(Object.fromEntries(Object.entries(assessed).map(([name, a]) => [name, a.outcome.status]))).toEqual({
      overdue: 'overdue',
      pending: 'pending',
      unknownDay: 'pending',
      retired: 'retired',
    });
    const withoutOutcome = (a: Assessment) => ({
      score: a.score,
      forces: a.forces,
      verdict: a.verdict,
      findings: a.findings.filter((f) => f.code !== 'OUTCOME_DUE' && f.code !== 'OUTCOME_OVERDUE'),
    });
    const overdue = withoutOutcome(assessed['overdue'] as Assessment);
    for (const a of Object.values(assessed)) expect(withoutOutcome(a)).toEqual(overdue);
    expect(codes(assessed['overdue'] as Assessment)).toContain('OUTCOME_OVERDUE');
    expect(codes(assessed['pending'] as Assessment)).toContain('OUTCOME_DUE');
    expect(codes(assessed['retired'] as Assessment).filter((c) => c.startsWith('OUTCOME_'))).toEqual([]);
  });

  it('counts adoption evidence as field evidence for the evidence force too', () => {
    const without = assess(done({ evidence: [] }));
    const withAdoption = assess(done({ evidence: [adoption('2026-10-01')] }));
    expect(withAdoption.outcome.status).toBe('evidenced');
    expect(withAdoption.counts.freshEvidence).toBe(1);
    expect(withAdoption.forces.evidence).toBeGreaterThan(without.forces.evidence);
  });

  it('is not-delivered for an item not Done, with no outcome finding', () => {
    const a = assess(workItem({ fixVersions: ['PI 26.3'], delivery: null }));
    expect(a.outcome.status).toBe('not-delivered');
    expect(codes(a).filter((c) => c.startsWith('OUTCOME_'))).toEqual([]);
  });
});
