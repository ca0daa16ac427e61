import {
  carriedOutMark,
  carriedOutWords,
  pointWords,
  roleMark,
  roleWords,
  shareUnitWords,
  shareWords,
  sourceCounts,
  sourceWords,
  trendSummary,
} from '../../static/common/trend/trend-words';
import { aPoint, aTrend } from './trend-fixture';

/** The trend's words (static/common/trend/trend-words.ts). */

describe('trend words', () => {
  it('names the unit of the shares', () => {
    expect(shareUnitWords('points')).toBe('% of points');
    expect(shareUnitWords('hours')).toBe('% of hours');
    expect(shareUnitWords('items')).toBe('% of items');
  });

  it('shows a PI that held nothing as no share, never 0%', () => {
    expect(shareWords(null)).toBe('–');
    expect(shareWords(0)).toBe('0%');
    expect(shareWords(42)).toBe('42%');
  });

  it('marks the current and the next PI', () => {
    expect([roleWords('past'), roleWords('current'), roleWords('next')]).toEqual(['', 'Current PI', 'Next PI']);
    expect([roleMark('past'), roleMark('current'), roleMark('next')]).toEqual(['', 'now', 'next']);
  });

  it('says where the values come from', () => {
    expect(sourceWords({ source: 'committed', baselineVersion: 2 })).toBe('Committed (baseline v2)');
    expect(sourceWords({ source: 'committed', baselineVersion: null })).toBe('Committed');
    expect(sourceWords({ source: 'reconstructed', baselineVersion: null })).toBe('Reconstructed');
    expect(sourceCounts(aTrend().points)).toBe('3 committed, 3 reconstructed');
  });

  it('counts carry-overs, and says a PI not started has none to count', () => {
    expect(carriedOutWords({ carriedOut: 3, role: 'past' })).toBe('3 carried out');
    expect(carriedOutWords({ carriedOut: 0, role: 'current' })).toBe('none carried out');
    expect(carriedOutWords({ carriedOut: 0, role: 'next' })).toBe('not started');
    expect([carriedOutMark({ carriedOut: 2, role: 'past' }), carriedOutMark({ carriedOut: 0, role: 'next' })]).toEqual(['2', '–']);
  });

  it('puts one PI in a sentence', () => {
    expect(pointWords(aPoint('PI 27.1', { role: 'current', gravity: 2, aligned: 5, carriedOut: 0 }), 'points')).toBe(
      'PI 27.1 (current PI); gravity 20%, aligned 50% of points; 10 items; none carried out; committed (baseline v1) as of 2026-01-05',
    );
  });
});

describe('trendSummary', () => {
  it('says where each share went over the past PIs, then where the current and the next PI stand', () => {
    expect(trendSummary(aTrend())).toBe(
      'Over the past PIs, gravity share fell from 60% (PI 26.1) to 30% (PI 26.4) of points; aligned share rose from 10% (PI 26.1) to 40% (PI 26.4). PI 27.1 (now): gravity 20%, aligned 50%; PI 27.2 (next): gravity 11%, aligned 56%.',
    );
  });

  it('does not hide a next PI that falls back inside a first-to-last comparison', () => {
    const points = [
      aPoint('A', { gravityShare: 60, alignedShare: 10 }),
      aPoint('B', { gravityShare: 15, alignedShare: 50 }),
      aPoint('N', { role: 'next', gravityShare: 57, alignedShare: 20 }),
    ];
    expect(trendSummary({ points, unit: 'points' })).toBe(
      'Over the past PIs, gravity share fell from 60% (A) to 15% (B) of points; aligned share rose from 10% (A) to 50% (B). N (next): gravity 57%, aligned 20%.',
    );
  });

  it('without two past PIs, says where each share went across the trend', () => {
    const points = [aPoint('A', { gravityShare: 60, alignedShare: 10 }), aPoint('N', { role: 'next', gravityShare: 20, alignedShare: 40 })];
    expect(trendSummary({ points, unit: 'points' })).toBe('Gravity share fell from 60% (A) to 20% (N) of points; aligned share rose from 10% (A) to 40% (N).');
  });

  it('says a share held', () => {
    const points = [aPoint('A', { gravityShare: 30, alignedShare: 10 }), aPoint('B', { gravityShare: 30, alignedShare: 20 })];
    expect(trendSummary({ points, unit: 'items' })).toBe('Over the past PIs, gravity share held at 30% from A to B of items; aligned share rose from 10% (A) to 20% (B).');
  });

  it('skips PIs that held nothing', () => {
    const empty = aPoint('B', { gravityShare: null, alignedShare: null, total: 0 });
    const points = [aPoint('A', { gravityShare: 50, alignedShare: 10 }), empty, aPoint('C', { gravityShare: 40, alignedShare: 30 })];
    expect(trendSummary({ points, unit: 'points' })).toBe('Over the past PIs, gravity share fell from 50% (A) to 40% (C) of points; aligned share rose from 10% (A) to 30% (C).');
  });

  it('names the one PI with items, or says none held any', () => {
    const empty = aPoint('B', { gravityShare: null, alignedShare: null, total: 0 });
    expect(trendSummary({ points: [empty, aPoint('C', { gravityShare: 40, alignedShare: 30 })], unit: 'points' })).toBe(
      'Only C held work items: gravity 40%, aligned 30% of points.',
    );
    expect(trendSummary({ points: [empty], unit: 'points' })).toBe('No PI of the trend held any work items.');
    expect(trendSummary({ points: [], unit: 'points' })).toBe('No PI of the trend held any work items.');
  });
});
