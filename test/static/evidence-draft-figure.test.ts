import fc from 'fast-check';
import { EvidenceInputSchema, evidenceFigureProblem, LIMITS, type EvidenceRecord } from '../../src/shared/evidence';
import {
  draftFromRecord,
  draftIssues,
  draftPhiWarnings,
  draftToInput,
  emptyDraft,
  FIGURE_NOT_A_NUMBER,
  figureOfRecord,
  parseFigure,
  withKind,
  type EvidenceDraft,
} from '../../static/issue-panel/src/evidence-draft';

/** The evidence form's Figure and Unit: shown for adoption and outcome evidence, parsed as the person types, dropped for other kinds. */

const draft = (over: Partial<EvidenceDraft>): EvidenceDraft => ({
  ...emptyDraft('adoption'),
  sourceName: 'Bed board analytics',
  observedOn: '2026-11-20',
  summary: 'Opened by ward staff every weekday.',
  ...over,
});

describe('the Figure field', () => {
  it.each([
    ['212', 212],
    ['-18', -18],
    ['3.5', 3.5],
    [' 1,200 ', 1200],
    ['\u221218', -18],
    ['+4', 4],
    ['.5', 0.5],
    ['0', 0],
    ['1e-7', 1e-7],
  ])('reads %p as %p', (text, value) => {
    expect(parseFigure(text)).toEqual({ kind: 'number', value });
  });

  it.each(['12 users', '12%', '3,5', '1,20', 'twelve', '--1', '1.2.3', '0x10', 'Infinity', '1e999'])('refuses %p, saying to put words in Unit', (text) => {
    expect(parseFigure(text)).toEqual({ kind: 'invalid', message: FIGURE_NOT_A_NUMBER });
    expect(draftIssues(draft({ figure: text }))).toEqual([{ path: ['figure'], message: FIGURE_NOT_A_NUMBER }]);
  });

  it('is blank when empty or spaces: the figure is optional', () => {
    expect(parseFigure('')).toEqual({ kind: 'blank' });
    expect(parseFigure('   ')).toEqual({ kind: 'blank' });
    expect(draftIssues(draft({}))).toEqual([]);
  });

  it('round-trips every stored figure through the form unchanged', () => {
    fc.assert(
      fc.property(fc.double({ min: -LIMITS.figure, max: LIMITS.figure, noNaN: true }), (figure) => {
        const record: EvidenceRecord = {
          id: 'a',
          kind: 'outcome',
          source: { name: 'Readmissions report' },
          observedOn: '2026-11-01',
          summary: 'Readmissions within 30 days',
          figure,
          addedBy: 'acct-priya',
          addedAt: '2026-11-02T00:00:00.000Z',
        };
        const sent = draftToInput(draftFromRecord(record), true)['figure'];
        // -0 is sent as 0: the same figure to a reader.
        expect(sent === figure).toBe(true);
      }),
    );
  });
});

describe('the draft with Figure and Unit', () => {
  it('sends the figure as a number and the unit as typed, for adoption and outcome evidence', () => {
    const input = draftToInput(draft({ figure: '212', unit: 'weekly active users' }), true);
    expect(input).toMatchObject({ kind: 'adoption', figure: 212, unit: 'weekly active users' });
    const parsed = EvidenceInputSchema.parse(input);
    expect(evidenceFigureProblem(parsed)).toBeNull();
    expect(draftToInput(draft({ kind: 'outcome', figure: '-18', unit: '% readmissions' }), true)).toMatchObject({ figure: -18, unit: '% readmissions' });
  });

  it('leaves out a blank figure and a blank unit', () => {
    const input = draftToInput(draft({ figure: ' ', unit: '  ' }), true);
    expect(input).not.toHaveProperty('figure');
    expect(input).not.toHaveProperty('unit');
  });

  it('asks for the figure when only a unit is given', () => {
    expect(draftIssues(draft({ unit: 'weekly active users' }))).toEqual([{ path: ['figure'], message: 'Enter the figure the unit belongs to' }]);
    expect(draftIssues(draft({ figure: '212' }))).toEqual([]);
  });

  it('switching to another kind drops Figure and Unit; between adoption and outcome they stay', () => {
    const typed = draft({ figure: '212', unit: 'weekly active users' });
    expect(withKind(typed, 'outcome')).toMatchObject({ kind: 'outcome', figure: '212', unit: 'weekly active users' });
    const interview = withKind(typed, 'interview');
    expect(interview).toMatchObject({ kind: 'interview', figure: '', unit: '' });
    expect(draftToInput(interview, true)).not.toHaveProperty('figure');
    expect(draftIssues(interview)).toEqual([]);
    // Back to adoption: what was dropped stays dropped.
    expect(withKind(interview, 'adoption')).toMatchObject({ figure: '', unit: '' });
  });

  it('never sends a figure or unit for other kinds, even when the draft holds one', () => {
    const input = draftToInput({ ...draft({ figure: '3', unit: 'sheets' }), kind: 'survey' }, true);
    expect(input).not.toHaveProperty('figure');
    expect(input).not.toHaveProperty('unit');
  });

  it('opens empty on the kind asked for, and edits a record with its figure and unit', () => {
    expect(emptyDraft().kind).toBe('interview');
    expect(emptyDraft('adoption')).toMatchObject({ kind: 'adoption', figure: '', unit: '' });
    const record: EvidenceRecord = {
      id: 'a',
      kind: 'adoption',
      source: { name: 'Usage logs' },
      observedOn: '2026-11-01',
      summary: 'Used daily',
      figure: 3.5,
      unit: 'logins per user',
      addedBy: 'u',
      addedAt: '2026-11-02T00:00:00.000Z',
    };
    expect(draftFromRecord(record)).toMatchObject({ figure: '3.5', unit: 'logins per user' });
    expect(draftFromRecord({ ...record, kind: 'interview', figure: undefined, unit: undefined })).toMatchObject({ figure: '', unit: '' });
  });

  it('checks the unit for patient data, when the unit is shown', () => {
    expect(Object.keys(draftPhiWarnings(draft({ figure: '1', unit: 'call 07700 900123' }), true))).toEqual(['unit']);
    expect(draftPhiWarnings({ ...draft({ unit: 'call 07700 900123' }), kind: 'interview' }, true)).toEqual({});
  });
});

describe('the figure in the evidence list', () => {
  it.each([
    [212, 'weekly active users', '212 weekly active users'],
    [-18, '% readmissions', '-18% readmissions'],
    [1200, undefined, '1,200'],
    [3.5, '', '3.5'],
    [1234567.891, ' logins ', '1,234,567.891 logins'],
  ] as const)('shows %p with unit %p as %p', (figure, unit, words) => {
    expect(figureOfRecord(figure, unit)).toBe(words);
  });

  it('shows nothing without a figure', () => {
    expect(figureOfRecord(undefined, undefined)).toBeNull();
    expect(figureOfRecord(undefined, 'users')).toBeNull();
  });
});
