import fc from 'fast-check';
import { agoWords, longDay, spanWords } from '../../src/shared/outcome-words';

/** The words of the outcome check (src/shared/outcome-words.ts): days and spans as findings, panel, list and CLI say them. */

describe('longDay', () => {
  it.each([
    ['2026-03-03', '2026-11-26', '3 March'],
    ['2026-12-31', '2026-01-01', '31 December'],
    ['2025-03-03', '2026-11-26', '3 March 2025'],
    ['2027-01-07', '2026-11-26', '7 January 2027'],
    ['2028-02-29', '2028-03-01', '29 February'],
  ])('says %s as %j on %s', (date, today, words) => {
    expect(longDay(date, today)).toBe(words);
  });
});

describe('spanWords', () => {
  it.each([
    [0, 'today'],
    [0.9, 'today'],
    [-3, 'today'],
    [1, '1 day'],
    [2, '2 days'],
    [13, '13 days'],
    [14, '2 weeks'],
    [20, '2 weeks'],
    [21, '3 weeks'],
    [62, '8 weeks'],
    [63, '2 months'],
    [84, '2 months'],
    [92, '3 months'],
    [364, '11 months'],
    [365, '12 months'],
    [729, '23 months'],
    [730, '2 years'],
    [1094, '2 years'],
    [1095, '3 years'],
    [3653, '10 years'],
  ])('says %d days as %j', (days, words) => {
    expect(spanWords(days)).toBe(words);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('says %d as no time rather than "NaN years"', (days) => {
    expect(spanWords(days)).toBe('today');
    expect(agoWords(days)).toBe('today');
  });

  it('never says less for a longer span (days, weeks, months, years in order)', () => {
    const UNIT = { day: 1, week: 7, month: 30, year: 365 } as const;
    const size = (words: string): number => {
      if (words === 'today') return 0;
      const [count, unit] = words.split(' ');
      return Number(count) * UNIT[(unit ?? '').replace(/s$/, '') as keyof typeof UNIT];
    };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), (n) => {
        expect(size(spanWords(n + 1))).toBeGreaterThanOrEqual(size(spanWords(n)));
        // Never more than the span itself (a span of 364 days is not "12 months").
        expect(size(spanWords(n))).toBeLessThanOrEqual(n + 1);
      }),
    );
  });
});

describe('agoWords', () => {
  it.each([
    [0, 'today'],
    [-2, 'today'],
    [1, '1 day ago'],
    [35, '5 weeks ago'],
    [400, '13 months ago'],
    [800, '2 years ago'],
  ])('says %d days before today as %j', (days, words) => {
    expect(agoWords(days)).toBe(words);
  });
});
