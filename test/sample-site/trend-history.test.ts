import { RIVERSIDE_EPICS } from '../../src/jira/sample-site/data/riverside-epics';
import { buildRiversideHealth } from '../../src/jira/sample-site/data/riverside-health';
import type { Verdict } from '../../src/shared/assessment';
import { TODAY } from './helpers';
import { PAST_OFFSETS, pastPi, pastPis } from './history';

/**
 * The sample site's history makes the trend readable: over the last six PIs,
 * as each stood at its start, the share of CLIN's points that only fit falls
 * and PAT's rises. And each epic's reconstructed verdict per past PI is the
 * one its spec states (riverside-epics.ts `trend`, explained in its `why`).
 */

const keyed = RIVERSIDE_EPICS.map((spec, i) => {
  const n = RIVERSIDE_EPICS.slice(0, i + 1).filter((e) => e.project === spec.project).length;
  return { key: `${spec.project}-${n}`, spec };
});

describe('the trend history of the sample site', () => {
  it('states a reconstructed verdict for every past PI an epic held, and nothing else', () => {
    for (const { key, spec } of keyed) {
      const past = spec.plan.filter((offset) => offset < 0);
      expect([key, spec.trend?.length ?? 0]).toEqual([key, past.length]);
    }
  });

  it(`reconstructs each epic's stated verdict in each past PI on ${TODAY}`, () => {
    const store = buildRiversideHealth(TODAY);
    const computed: Record<string, Verdict> = {};
    for (const project of ['CLIN', 'PAT']) {
      for (const offset of PAST_OFFSETS) for (const item of pastPi(store, project, offset).items) computed[`${item.key}@${offset}`] = item.verdict;
    }
    const stated: Record<string, Verdict> = {};
    for (const { key, spec } of keyed) {
      const past = spec.plan.filter((offset) => offset < 0);
      past.forEach((offset, i) => {
        const verdict = spec.trend?.[i];
        if (verdict !== undefined) stated[`${key}@${offset}`] = verdict;
      });
    }
    expect(computed).toEqual(stated);
  });

  it(`puts CLIN's gravity share on a fall and PAT's on a rise on ${TODAY}`, () => {
    expect(pastPis(TODAY, 'CLIN').map((p) => p.gravityShare)).toEqual([62, 50, 42, 29, 19, 16]);
    expect(pastPis(TODAY, 'PAT').map((p) => p.gravityShare)).toEqual([10, 19, 31, 38, 44, 54]);
  });

  it.each(['2026-01-01', '2027-06-15', '2026-10-12', '2027-01-03'])('keeps the fall and the rise on %s (first and last day of a PI included)', (today) => {
    const clin = pastPis(today, 'CLIN').map((p) => p.gravityShare);
    const pat = pastPis(today, 'PAT').map((p) => p.gravityShare);
    for (let i = 1; i < PAST_OFFSETS.length; i += 1) {
      expect(clin[i]).toBeLessThan(clin[i - 1] ?? 0);
      expect(pat[i]).toBeGreaterThan(pat[i - 1] ?? 100);
    }
  });

  it('holds every kind of history the reconstruction must read: carry-overs, a zombie, evidence added late, a target date passed since', () => {
    const store = buildRiversideHealth(TODAY);
    const at = (project: string, offset: number, key: string) => pastPi(store, project, offset).items.find((i) => i.key === key)?.verdict;
    expect(at('PAT', -4, 'PAT-21')).toBe('zombie'); // carried over twice before PI -4 started
    expect(at('CLIN', -5, 'CLIN-27')).toBe('gravity'); // carried over once, still only fits
    expect(at('CLIN', -2, 'CLIN-36')).toBe('gravity'); // its observation predates the PI, but was added while it ran
    expect(at('CLIN', -4, 'CLIN-32')).toBe('aligned'); // its objective's target date passed since, not by the PI's start
    expect(at('CLIN', -3, 'CLIN-34')).toBe('gravity'); // its only objective is Done today
  });
});
