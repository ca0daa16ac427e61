import fc from 'fast-check';
import { decisionFor, shortRationale } from '../../src/domain/decisions';
import { scoreWorkItem } from '../../src/domain/score-work-item';
import type { Assessment, FindingCode, WorkItem } from '../../src/domain/model';
import type { DecisionRecord } from '../../src/shared/decision';
import { TODAY, calendar, evidence, objective, settings, workItem } from './builders';
import { PI_NAMES, settingsArb, workItemArb } from './arbitraries';

const cal = calendar(); // PI 26.3 current on TODAY (2026-11-26), PI 27.1 next
const assess = (item: WorkItem, today = TODAY): Assessment => scoreWorkItem(item, cal, settings(), today);
const codes = (a: Assessment): FindingCode[] => a.findings.map((f) => f.code);

const DANA = { accountId: 'acc-dana', displayName: 'Dana Whitfield' };
const PRIYA = { accountId: 'acc-priya', displayName: 'Priya Raman' };

const record = (overrides: Partial<DecisionRecord> = {}): DecisionRecord => ({
  id: `d-${overrides.version ?? 1}`,
  version: 1,
  pi: 'PI 26.3',
  kind: 'keep',
  rationale: 'Regulator audit in January needs this whatever the evidence says.',
  sponsor: DANA,
  verdictAtDecision: 'gravity',
  decidedBy: PRIYA,
  decidedAt: '2026-11-20T09:30:00.000Z',
  ...overrides,
});

const rejustify = (overrides: Partial<DecisionRecord> = {}): DecisionRecord => {
  const { sponsor: _sponsor, ...rest } = record({ kind: 'rejustify', dueDate: '2026-11-25', ...overrides });
  return rest;
};

/** Gravity in the current PI (PI 26.3). */
const gravityItem = (decisions: readonly DecisionRecord[]): WorkItem => workItem({ fixVersions: ['PI 26.3'], decisions });

describe('decisionFor', () => {
  it('the newest version for the item’s PI wins, whatever the order of the records', () => {
    const records = [record({ version: 3, kind: 'drop' }), record({ version: 1 }), record({ version: 2, kind: 'keep' })];
    expect(decisionFor(records, 'PI 26.3', 'gravity', TODAY)?.version).toBe(3);
    expect(decisionFor(records, 'PI 26.3', 'gravity', TODAY)?.kind).toBe('drop');
  });

  it('PI names compare as the domain normalises them (case, white space)', () => {
    expect(decisionFor([record({ pi: '  pi  26.3 ' })], 'PI 26.3', 'gravity', TODAY)?.kind).toBe('keep');
  });

  it('a decision for another PI does not apply, nor any when the item is in no PI', () => {
    expect(decisionFor([record({ pi: 'PI 26.2', version: 5 })], 'PI 26.3', 'gravity', TODAY)).toBeNull();
    expect(decisionFor([record()], null, 'unplanned', TODAY)).toBeNull();
  });

  it('only a newer record for the SAME PI replaces a decision', () => {
    const records = [record({ version: 1 }), record({ version: 2, pi: 'PI 27.1', kind: 'drop' })];
    expect(decisionFor(records, 'PI 26.3', 'gravity', TODAY)?.version).toBe(1);
  });

  it('a rejustify is overdue only after the due date and while the verdict is unchanged', () => {
    const r = [rejustify({ dueDate: '2026-11-25' })];
    expect(decisionFor(r, 'PI 26.3', 'gravity', '2026-11-25')?.overdue).toBe(false);
    expect(decisionFor(r, 'PI 26.3', 'gravity', '2026-11-26')?.overdue).toBe(true);
    expect(decisionFor(r, 'PI 26.3', 'ungrounded', '2026-11-26')?.overdue).toBe(false);
    expect(decisionFor(r, 'PI 26.3', 'delivered', '2026-11-26')?.overdue).toBe(false);
  });

  it('a keep has its sponsor and no due date; a drop neither', () => {
    expect(decisionFor([record()], 'PI 26.3', 'gravity', TODAY)).toMatchObject({ sponsor: DANA, dueDate: null, overdue: false });
    const { sponsor: _s, ...drop } = record({ kind: 'drop' });
    expect(decisionFor([drop], 'PI 26.3', 'gravity', TODAY)).toMatchObject({ kind: 'drop', sponsor: null, dueDate: null });
  });
});

describe('shortRationale', () => {
  it('keeps a short rationale and cuts a long one to 120 characters with an ellipsis', () => {
    expect(shortRationale('  Needed  for the audit. ')).toBe('Needed for the audit.');
    const long = shortRationale('x'.repeat(500));
    expect(Array.from(long)).toHaveLength(120);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('decision findings', () => {
  it('a keep adds KEPT_BY_DECISION (info, 0 points) naming sponsor, rationale and date; verdict and score unchanged', () => {
    const without = assess(gravityItem([]));
    const kept = assess(gravityItem([record()]));
    expect(kept.verdict).toBe('gravity');
    expect(kept.verdict).toBe(without.verdict);
    expect(kept.score).toBe(without.score);
    expect(kept.forces).toEqual(without.forces);
    const f = kept.findings.find((x) => x.code === 'KEPT_BY_DECISION');
    expect(f).toMatchObject({ severity: 'info', force: 'delivery', points: 0, fix: { kind: 'review-decision', label: 'Review the decision' } });
    expect(f?.message).toContain('Dana Whitfield');
    expect(f?.message).toContain('“Regulator audit in January needs this whatever the evidence says.”');
    expect(f?.message).toContain('2026-11-20');
    expect(kept.decision).toMatchObject({ kind: 'keep', pi: 'PI 26.3', version: 1, sponsor: DANA, decidedBy: PRIYA });
    expect(without.decision).toBeNull();
  });

  it('REJUSTIFY_OVERDUE (error, 0 points) after the due date while the verdict is still the one decided on', () => {
    const a = assess(gravityItem([rejustify({ dueDate: '2026-11-20' })]));
    const f = a.findings.find((x) => x.code === 'REJUSTIFY_OVERDUE');
    expect(f).toMatchObject({ severity: 'error', force: 'delivery', points: 0, fix: { kind: 'rejustify' } });
    expect(f?.message).toContain('2026-11-20');
    expect(f?.message).toContain('Priya Raman');
    expect(f?.message).toContain('still gravity');
    expect(a.decision?.overdue).toBe(true);
    expect(a.score).toBe(assess(gravityItem([])).score);
  });

  it('no REJUSTIFY_OVERDUE on or before the due date', () => {
    expect(codes(assess(gravityItem([rejustify({ dueDate: TODAY })])))).not.toContain('REJUSTIFY_OVERDUE');
    expect(codes(assess(gravityItem([rejustify({ dueDate: '2026-12-15' })])))).not.toContain('REJUSTIFY_OVERDUE');
  });

  it('no REJUSTIFY_OVERDUE once the verdict changed (evidence arrived)', () => {
    const item = workItem({ fixVersions: ['PI 26.3'], objectiveCandidates: [objective()], decisions: [rejustify({ dueDate: '2026-11-20' })] });
    const a = assess(item);
    expect(a.verdict).toBe('ungrounded');
    expect(codes(a)).not.toContain('REJUSTIFY_OVERDUE');
  });

  it('no REJUSTIFY_OVERDUE for a done item, even decided while delivered', () => {
    const a = assess(workItem({ fixVersions: ['PI 26.3'], statusCategory: 'done', status: 'Done', decisions: [rejustify({ dueDate: '2026-11-20', verdictAtDecision: 'delivered' })] }));
    expect(a.verdict).toBe('delivered');
    expect(codes(a)).not.toContain('REJUSTIFY_OVERDUE');
  });

  it('a drop for the current PI adds no finding but is the decision shown', () => {
    const { sponsor: _s, ...drop } = record({ kind: 'drop' });
    const a = assess(gravityItem([drop]));
    expect(codes(a)).not.toContain('KEPT_BY_DECISION');
    expect(codes(a)).not.toContain('REJUSTIFY_OVERDUE');
    expect(a.decision?.kind).toBe('drop');
  });

  it('the newest version decides the finding: a keep replaced by a drop shows no keep', () => {
    const { sponsor: _s, ...drop } = record({ kind: 'drop', version: 2 });
    expect(codes(assess(gravityItem([record({ version: 1 }), drop])))).not.toContain('KEPT_BY_DECISION');
  });

  it('a keep for another PI does not apply to the item', () => {
    const a = assess(gravityItem([record({ pi: 'PI 27.1' })]));
    expect(a.decision).toBeNull();
    expect(codes(a)).not.toContain('KEPT_BY_DECISION');
  });

  it('decision findings sort after the others of their severity', () => {
    const a = assess(workItem({ fixVersions: ['PI 26.3'], evidence: [evidence({ observedOn: '2026-11-01' })], decisions: [record()] }));
    expect(codes(a).at(-1)).toBe('KEPT_BY_DECISION');
  });
});

const decisionArb: fc.Arbitrary<DecisionRecord> = fc
  .record({
    version: fc.integer({ min: 1, max: 9 }),
    pi: fc.constantFrom(...PI_NAMES),
    kind: fc.constantFrom('keep' as const, 'rejustify' as const, 'drop' as const),
    dueDate: fc.constantFrom('2026-10-15', '2026-11-25', '2026-11-26', '2026-12-20'),
    verdictAtDecision: fc.constantFrom('gravity' as const, 'zombie' as const, 'ungrounded' as const, 'aligned' as const, 'delivered' as const),
  })
  .map(({ version, pi, kind, dueDate, verdictAtDecision }) => {
    const base = record({ id: `d-${version}`, version, pi, kind, verdictAtDecision });
    if (kind === 'keep') return base;
    const { sponsor: _s, ...rest } = base;
    return kind === 'rejustify' ? { ...rest, dueDate } : rest;
  });

describe('decision properties', () => {
  it('adding any decisions never changes verdict, score, forces or the points findings explain', () => {
    fc.assert(
      fc.property(workItemArb, settingsArb, fc.array(decisionArb, { maxLength: 4 }), (item, s, decisions) => {
        const before = scoreWorkItem(item, cal, s, TODAY);
        const after = scoreWorkItem({ ...item, decisions }, cal, s, TODAY);
        expect(after.verdict).toBe(before.verdict);
        expect(after.score).toBe(before.score);
        expect(after.forces).toEqual(before.forces);
        expect(after.findings.reduce((n, f) => n + f.points, 0)).toBe(100 - after.score);
        const added = after.findings.filter((f) => f.code === 'KEPT_BY_DECISION' || f.code === 'REJUSTIFY_OVERDUE');
        expect(after.findings.length - added.length).toBe(before.findings.length);
        for (const f of added) expect(f.points).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});
