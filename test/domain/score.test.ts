import fc from 'fast-check';
import { deliveryForce, evidenceForce, strategyForce } from '../../src/domain/forces';
import { evidenceViews, summariseEvidence } from '../../src/domain/evidence';
import { objectiveViews } from '../../src/domain/objectives';
import { alignmentScore, deliveryOnlyCeiling, largestRemainder } from '../../src/domain/score';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { TODAY, evidence, objective } from './builders';

const weights = DEFAULT_SETTINGS.weights;
const sum = (l: { strategy: number; evidence: number; delivery: number; carryOver: number }): number => l.strategy + l.evidence + l.delivery + l.carryOver;

describe('forces', () => {
  const objectives = (...c: Parameters<typeof objective>[0][]) => objectiveViews(c.map((o) => objective(o)), DEFAULT_SETTINGS.objectives, TODAY);
  const evidenceOf = (...r: Parameters<typeof evidence>[0][]) => summariseEvidence(evidenceViews(r.map((x) => evidence(x)), DEFAULT_SETTINGS.evidence, TODAY));

  it('strategy: 100 with a live objective, 20 with only dead ones, 0 with none', () => {
    expect(strategyForce(objectives({ key: 'A-1', statusCategory: 'done' }, { key: 'A-2' }))).toBe(100);
    expect(strategyForce(objectives({ key: 'A-1', statusCategory: 'done' }))).toBe(20);
    expect(strategyForce(objectives())).toBe(0);
  });

  it('evidence: by distinct fresh field sources', () => {
    expect(evidenceForce(evidenceOf())).toBe(0);
    expect(evidenceForce(evidenceOf({ source: { name: 'A' } }))).toBe(50);
    expect(evidenceForce(evidenceOf({ source: { name: 'A' } }, { source: { name: 'B' } }))).toBe(80);
    expect(evidenceForce(evidenceOf({ source: { name: 'A' } }, { source: { name: 'B' } }, { source: { name: 'C' } }))).toBe(100);
  });

  it('evidence: 15 for a HIPPO risk, 10 for stale evidence only', () => {
    expect(evidenceForce(evidenceOf({ kind: 'stakeholder-request' }))).toBe(15);
    expect(evidenceForce(evidenceOf({ observedOn: '2020-01-01' }))).toBe(10);
    expect(evidenceForce(evidenceOf({ observedOn: '2020-01-01' }, { kind: 'stakeholder-request' }))).toBe(15);
    expect(evidenceForce(evidenceOf({ kind: 'stakeholder-request', observedOn: '2020-01-01' }))).toBe(0);
  });

  it('delivery: 100 current or next, 50 other, 0 none', () => {
    expect([deliveryForce('current'), deliveryForce('next'), deliveryForce('other'), deliveryForce('none')]).toEqual([100, 100, 50, 0]);
  });
});

describe('alignmentScore', () => {
  it('is 100 with all three forces and no carry-over', () => {
    expect(alignmentScore({ strategy: 100, evidence: 100, delivery: 100 }, weights, 0, 10)).toEqual({
      score: 100,
      losses: { strategy: 0, evidence: 0, delivery: 0, carryOver: 0 },
    });
  });

  it('is 0 with nothing', () => {
    const r = alignmentScore({ strategy: 0, evidence: 0, delivery: 0 }, weights, 0, 10);
    expect(r.score).toBe(0);
    expect(r.losses).toEqual({ strategy: 40, evidence: 40, delivery: 20, carryOver: 0 });
  });

  it('delivery only scores 10 with the default weights, the balance loss split evenly', () => {
    const r = alignmentScore({ strategy: 0, evidence: 0, delivery: 100 }, weights, 0, 10);
    expect(r.score).toBe(10);
    expect(r.losses).toEqual({ strategy: 45, evidence: 45, delivery: 0, carryOver: 0 });
    expect(deliveryOnlyCeiling(weights)).toBe(10);
  });

  it('gives the balance loss to the weaker of strategy and evidence', () => {
    // S=100, E=0, D=100: base 60, balance 30 → score 30; evidence lost 40 + 30.
    const r = alignmentScore({ strategy: 100, evidence: 0, delivery: 100 }, weights, 0, 10);
    expect(r.score).toBe(30);
    expect(r.losses).toEqual({ strategy: 0, evidence: 70, delivery: 0, carryOver: 0 });
  });

  it('takes carry-over points from what is left', () => {
    const r = alignmentScore({ strategy: 100, evidence: 100, delivery: 100 }, weights, 2, 10);
    expect(r.score).toBe(80);
    expect(r.losses.carryOver).toBe(20);
    const floor = alignmentScore({ strategy: 0, evidence: 0, delivery: 100 }, weights, 5, 10);
    expect(floor.score).toBe(0);
    expect(floor.losses.carryOver).toBe(10);
  });

  it('one source with a live objective planned next: 100 − 20 − 20 = 60', () => {
    // E=50: forceLoss_e=20, base=80, balance=80·0.5·0.5=20 → 60.
    expect(alignmentScore({ strategy: 100, evidence: 50, delivery: 100 }, weights, 0, 10).score).toBe(60);
  });

  it('whole lost points always add up to 100 − score (property)', () => {
    const force = fc.constantFrom(0, 10, 15, 20, 50, 80, 100);
    const w = fc.integer({ min: 0, max: 100 });
    fc.assert(
      fc.property(force, force, fc.constantFrom(0, 50, 100), w, w, w, fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 50 }), (s, e, d, ws, we, wd, c, p) => {
        fc.pre(ws + we + wd > 0);
        const r = alignmentScore({ strategy: s, evidence: e, delivery: d }, { strategy: ws, evidence: we, delivery: wd }, c, p);
        return Number.isInteger(r.score) && r.score >= 0 && r.score <= 100 && sum(r.losses) === 100 - r.score && Object.values(r.losses).every((x) => Number.isInteger(x) && x >= 0);
      }),
    );
  });
});

describe('largestRemainder', () => {
  it('gives the leftover points to the largest remainders', () => {
    expect(largestRemainder([33.4, 33.3, 33.3], 100)).toEqual([34, 33, 33]);
    expect(largestRemainder([0.6, 0.6, 0], 1)).toEqual([1, 0, 0]);
  });
  it('never gives a point to a cause worth nothing', () => {
    expect(largestRemainder([0, 2.5, 0, 2.5], 5)).toEqual([0, 3, 0, 2]);
  });
});
