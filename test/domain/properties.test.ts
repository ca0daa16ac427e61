import fc from 'fast-check';
import { scoreWorkItem } from '../../src/domain/score-work-item';
import { deliveryOnlyCeiling } from '../../src/domain/score';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { TODAY, calendar, evidence, objective, workItem } from './builders';
import { calendarOf } from '../../src/domain/pi-calendar';
import { containsDay } from '../../src/domain/planning';
import { dayArb, overlappingPisArb, settingsArb, shuffled, weightsArb, workItemArb } from './arbitraries';

const cal = calendar();
const NUM_RUNS = 300;

describe('scoreWorkItem properties', () => {
  it('the score is an integer in 0..100 and the findings explain every lost point', () => {
    fc.assert(
      fc.property(workItemArb, settingsArb, (item, settings) => {
        const a = scoreWorkItem(item, cal, settings, TODAY);
        expect(Number.isInteger(a.score)).toBe(true);
        expect(a.score).toBeGreaterThanOrEqual(0);
        expect(a.score).toBeLessThanOrEqual(100);
        expect(a.findings.reduce((n, f) => n + f.points, 0)).toBe(100 - a.score);
        for (const f of a.findings) expect(Number.isInteger(f.points) && f.points >= 0).toBe(true);
        for (const v of Object.values(a.forces)) expect(Number.isInteger(v) && v >= 0 && v <= 100).toBe(true);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('adding a fresh field evidence record never lowers the score', () => {
    const fresh = fc.record({
      kind: fc.constantFrom('interview' as const, 'observation' as const, 'survey' as const, 'analytics' as const, 'support' as const, 'win-loss' as const),
      name: fc.constantFrom('Ward 4B nurses', 'Pharmacy', 'New clinic', 'Dr. Osei'),
    });
    fc.assert(
      fc.property(workItemArb, settingsArb, fresh, (item, settings, r) => {
        const before = scoreWorkItem(item, cal, settings, TODAY).score;
        const added = evidence({ id: 'added', kind: r.kind, source: { name: r.name }, observedOn: TODAY });
        const after = scoreWorkItem({ ...item, evidence: [...item.evidence, added] }, cal, settings, TODAY).score;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('adding a live objective never lowers the score', () => {
    fc.assert(
      fc.property(workItemArb, settingsArb, (item, settings) => {
        const before = scoreWorkItem(item, cal, settings, TODAY).score;
        const live = objective({ key: 'STRAT-999', statusCategory: 'indeterminate', targetDate: null });
        const after = scoreWorkItem({ ...item, objectiveCandidates: [...item.objectiveCandidates, live] }, cal, settings, TODAY).score;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('delivery pull alone never scores above deliveryOnlyCeiling, whatever the weights', () => {
    fc.assert(
      fc.property(weightsArb, fc.constantFrom('PI 26.3', 'PI 27.1'), (weights, pi) => {
        const settings = { ...DEFAULT_SETTINGS, weights };
        const a = scoreWorkItem(workItem({ fixVersions: [pi] }), cal, settings, TODAY);
        expect(a.score).toBeLessThanOrEqual(deliveryOnlyCeiling(weights));
        expect(deliveryOnlyCeiling(weights)).toBeLessThanOrEqual(Math.round((50 * weights.delivery) / (weights.strategy + weights.evidence + weights.delivery)));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('does not depend on the order of objectives, evidence or web links', () => {
    const withShuffles = workItemArb.chain((item) =>
      fc.tuple(
        fc.constant(item),
        shuffled(item.objectiveCandidates),
        shuffled(item.evidence),
        item.webLinks === null ? fc.constant(null) : shuffled(item.webLinks),
      ),
    );
    fc.assert(
      fc.property(withShuffles, settingsArb, ([item, objectives, records, links], settings) => {
        const a = scoreWorkItem(item, cal, settings, TODAY);
        const b = scoreWorkItem({ ...item, objectiveCandidates: objectives, evidence: records, webLinks: links }, cal, settings, TODAY);
        expect(b).toEqual(a);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('an item with any PI containing today is current, never unplanned, whatever PIs overlap it', () => {
    const itemAndCalendar = fc
      .tuple(overlappingPisArb, dayArb)
      .chain(([pis, today]) =>
        fc.tuple(fc.constant(pis), fc.constant(today), fc.subarray(pis.map((p) => p.name), { minLength: 1 }), workItemArb, settingsArb),
      );
    fc.assert(
      fc.property(itemAndCalendar, ([pis, today, names, item, settings]) => {
        const running = pis.filter((p) => names.includes(p.name) && containsDay(p, today));
        fc.pre(running.length > 0);
        const a = scoreWorkItem({ ...item, statusCategory: 'new', fixVersions: names }, calendarOf(pis, today), { ...settings, pi: { source: 'fixVersion', namePattern: '^T\\d$' } }, today);
        expect(a.planning).toBe('current');
        expect(a.verdict).not.toBe('unplanned');
        expect(running.map((p) => p.name)).toContain(a.pi);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('a Done item is delivered, with no finding that asks for planning or calls it a zombie', () => {
    fc.assert(
      fc.property(workItemArb, settingsArb, (item, settings) => {
        const a = scoreWorkItem({ ...item, statusCategory: 'done' }, cal, settings, TODAY);
        expect(a.verdict).toBe('delivered');
        expect(a.forces.delivery).toBe(100);
        const codes = a.findings.map((f) => f.code);
        for (const code of ['ONLY_FITS', 'NOT_PLANNED', 'ZOMBIE'] as const) expect(codes).not.toContain(code);
        expect(a.findings.filter((f) => f.force === 'delivery').every((f) => f.severity === 'info')).toBe(true);
        expect(a.findings.every((f) => f.severity !== 'error')).toBe(true);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
