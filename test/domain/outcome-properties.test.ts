import fc from 'fast-check';
import { evidenceViews } from '../../src/domain/evidence';
import { daysBetween, dueDayOf, outcomeOf, type OutcomeFacts } from '../../src/domain/outcome';
import type { StatusCategory } from '../../src/domain/model';
import type { DecisionRecord } from '../../src/shared/decision';
import { EVIDENCE_KINDS, type EvidenceRecord } from '../../src/shared/evidence';
import { OUTCOME_STATUSES, type OutcomeStatus } from '../../src/shared/outcome';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';

/** Properties of the outcome check (src/domain/outcome.ts) over any dates 1970–2100 and any dueWeeks 1–104. */

const DAY_MS = 86_400_000;

/** Any calendar day from 1970 to 2100, as YYYY-MM-DD. */
const dayArb = fc.integer({ min: 0, max: Math.floor(Date.UTC(2100, 11, 31) / DAY_MS) }).map((n) => new Date(n * DAY_MS).toISOString().slice(0, 10));
const weeksArb = fc.integer({ min: 1, max: 104 });

/** A day `offset` days after `day`, by an arithmetic of its own (epoch milliseconds), not the code under test. */
const plusDays = (day: string, offset: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + offset * DAY_MS).toISOString().slice(0, 10);

const recordArb = (id: string, around: string): fc.Arbitrary<EvidenceRecord> =>
  fc
    .record({ kind: fc.constantFrom(...EVIDENCE_KINDS), offset: fc.integer({ min: -400, max: 800 }), removed: fc.boolean() })
    .map(({ kind, offset, removed }) => ({
      id,
      kind,
      source: { name: 'Ward 4B' },
      observedOn: plusDays(around, offset),
      summary: 'Seen in use',
      addedBy: 'u',
      addedAt: '2026-01-01T00:00:00.000Z',
      ...(removed ? { removedAt: '2026-01-02T00:00:00.000Z', removedBy: 'u' } : {}),
    }));

const decisionArb = (version: number): fc.Arbitrary<DecisionRecord> =>
  fc.constantFrom('keep' as const, 'rejustify' as const, 'drop' as const, 'retire' as const).map((kind) => ({
    id: `d-${version}`,
    version,
    pi: 'PI 26.1',
    kind,
    rationale: 'Because.',
    verdictAtDecision: 'delivered',
    decidedBy: { accountId: 'a', displayName: 'A' },
    decidedAt: '2026-01-01T00:00:00.000Z',
  }));

const factsArb: fc.Arbitrary<OutcomeFacts> = fc
  .record({
    statusCategory: fc.constantFrom<StatusCategory>('new', 'indeterminate', 'done'),
    deliveredOn: fc.option(dayArb, { nil: null }),
    todayOffset: fc.integer({ min: -30, max: 1500 }),
    dueWeeks: weeksArb,
    recordCount: fc.integer({ min: 0, max: 4 }),
    decisionCount: fc.integer({ min: 0, max: 3 }),
    seed: fc.integer(),
  })
  .chain((r) => {
    const around = r.deliveredOn ?? '2026-03-03';
    return fc.record({
      records: fc.tuple(...Array.from({ length: r.recordCount }, (_, i) => recordArb(`ev-${i}`, around))),
      decisions: fc.tuple(...Array.from({ length: r.decisionCount }, (_, i) => decisionArb(i + 1))),
      base: fc.constant(r),
    });
  })
  .map(({ records, decisions, base }) => {
    const today = plusDays(base.deliveredOn ?? '2026-03-03', base.todayOffset);
    return {
      statusCategory: base.statusCategory,
      delivery: base.deliveredOn === null ? null : { on: base.deliveredOn, from: 'resolution' as const },
      evidence: evidenceViews(records, DEFAULT_SETTINGS.evidence, today),
      decisions,
      dueWeeks: base.dueWeeks,
      today,
    };
  });

/** How far a status is from "someone showed it is used or decided about it": the worse, the higher. */
const RANK: Readonly<Record<OutcomeStatus, number>> = { overdue: 2, pending: 1, evidenced: 0, retired: 0, 'not-delivered': 0 };

describe('outcome properties', () => {
  it('the status is always one of OUTCOME_STATUSES', () => {
    fc.assert(fc.property(factsArb, (f) => OUTCOME_STATUSES.includes(outcomeOf(f).status)));
  });

  it('not Done ⇔ not-delivered', () => {
    fc.assert(fc.property(factsArb, (f) => (f.statusCategory !== 'done') === (outcomeOf(f).status === 'not-delivered')));
  });

  it('the due day is exactly 7 × dueWeeks calendar days after delivery, for any day 1970–2100 and any dueWeeks 1–104', () => {
    fc.assert(
      fc.property(dayArb, weeksArb, (on, weeks) => {
        const due = dueDayOf(on, weeks);
        expect(due).toBe(plusDays(on, 7 * weeks));
        expect(daysBetween(on, due)).toBe(7 * weeks);
      }),
      { numRuns: 2000 },
    );
  });

  it('overdue ⇒ today > dueOn, and a Done item with a known day past its due day and no retire or evidence is overdue', () => {
    fc.assert(
      fc.property(factsArb, (f) => {
        const o = outcomeOf(f);
        if (o.status === 'overdue') expect(o.dueOn !== null && f.today > o.dueOn).toBe(true);
        if (o.status === 'pending' && o.dueOn !== null) expect(f.today <= o.dueOn).toBe(true);
        if (o.delivery !== null) expect(o.dueOn).toBe(dueDayOf(o.delivery.on, f.dueWeeks));
        if (o.status !== 'not-delivered' && o.dueOn !== null && f.today > o.dueOn && o.retirement === null && o.evidence.length === 0) expect(o.status).toBe('overdue');
      }),
    );
  });

  it('adding adoption evidence observed on or after delivery never makes the status worse (overdue or pending → evidenced)', () => {
    fc.assert(
      fc.property(factsArb, fc.integer({ min: 0, max: 1500 }), (f, after) => {
        const before = outcomeOf(f);
        const observedOn = f.delivery === null ? f.today : plusDays(f.delivery.on, after);
        const added: EvidenceRecord = { id: 'ev-new', kind: 'adoption', source: { name: 'Audit log' }, observedOn, summary: 'Used daily', addedBy: 'u', addedAt: '2026-01-01T00:00:00.000Z', figure: 40, unit: 'users' };
        const views = [...f.evidence, ...evidenceViews([added], DEFAULT_SETTINGS.evidence, f.today)];
        const now = outcomeOf({ ...f, evidence: views });
        expect(RANK[now.status]).toBeLessThanOrEqual(RANK[before.status]);
        if (before.status === 'overdue' || before.status === 'pending') expect(now.status).toBe('evidenced');
        else expect(now.status).toBe(before.status);
      }),
    );
  });
});
