import { calendarOf } from '../../src/domain/pi-calendar';
import { scoreWorkItem } from '../../src/domain/score-work-item';
import type { Assessment, FindingCode, WorkItem } from '../../src/domain/model';
import { PI_26_2, PI_27_2, TODAY, calendar, change, evidence, objective, settings, webLink, workItem } from './builders';

const cal = calendar(); // PI 26.2 past, PI 26.3 current, PI 27.1 next, PI 27.2 later
const assess = (item: WorkItem, s = settings()): Assessment => scoreWorkItem(item, cal, s, TODAY);
const codes = (a: Assessment): FindingCode[] => a.findings.map((f) => f.code);
const findingOf = (a: Assessment, code: FindingCode) => {
  const f = a.findings.find((x) => x.code === code);
  if (f === undefined) throw new Error(`no ${code} in ${codes(a).join(', ')}`);
  return f;
};
const pointsAddUp = (a: Assessment): void => {
  expect(a.findings.reduce((n, f) => n + f.points, 0)).toBe(100 - a.score);
};

const liveObjective = objective({ key: 'STRAT-7' });
const threeSources = [
  evidence({ source: { name: 'Ward 4B nurses' } }),
  evidence({ source: { name: 'Pharmacy' }, kind: 'observation' }),
  evidence({ source: { name: 'Ward 2 doctors' }, kind: 'survey' }),
];
/** Two PIs carried over: PI 26.2 → PI 26.3 → PI 27.1. */
const twoCarryOvers = [change('2026-09-25T10:00:00Z', ['PI 26.2'], ['PI 26.3']), change('2026-11-20T10:00:00Z', ['PI 26.3'], ['PI 27.1'])];

describe('verdicts', () => {
  it('gravity: planned next, no live objective, no fresh field evidence', () => {
    const a = assess(workItem({ fixVersions: ['PI 27.1'] }));
    expect(a.verdict).toBe('gravity');
    expect(a.headline).toBe('Only here to fit the next PI');
    expect(a.planning).toBe('next');
    expect(a.pi).toBe('PI 27.1');
    expect(a.score).toBe(10);
  });

  it('gravity in the current PI says so', () => {
    const a = assess(workItem({ fixVersions: ['PI 26.3'] }));
    expect(a.verdict).toBe('gravity');
    expect(a.headline).toBe('Only here to fit the current PI');
  });

  it('gravity wins over zombie', () => {
    const a = assess(workItem({ fixVersions: ['PI 27.1'], planningHistory: twoCarryOvers }));
    expect(a.carriedOver).toBe(2);
    expect(a.verdict).toBe('gravity');
    expect(codes(a)).toContain('ZOMBIE');
  });

  it('zombie: carried over twice, even with all forces present', () => {
    const a = assess(workItem({ fixVersions: ['PI 27.1'], planningHistory: twoCarryOvers, objectiveCandidates: [liveObjective], evidence: threeSources }));
    expect(a.verdict).toBe('zombie');
    expect(a.headline).toBe('Carried over 2 times');
    expect(a.score).toBe(80);
  });

  it('ungrounded: planned, live objective, no fresh field evidence', () => {
    const a = assess(workItem({ fixVersions: ['PI 27.1'], objectiveCandidates: [liveObjective] }));
    expect(a.verdict).toBe('ungrounded');
    expect(a.headline).toBe('Strategy without field evidence');
  });

  it('unanchored: planned, fresh field evidence, no live objective', () => {
    const a = assess(workItem({ fixVersions: ['PI 27.1'], evidence: threeSources }));
    expect(a.verdict).toBe('unanchored');
    expect(a.headline).toBe('Evidence without a strategic objective');
  });

  it('aligned: all three forces present scores 100 with no findings', () => {
    const a = assess(workItem({ fixVersions: ['PI 27.1'], objectiveCandidates: [liveObjective], evidence: threeSources }));
    expect(a.verdict).toBe('aligned');
    expect(a.headline).toBe('All three forces present');
    expect(a.score).toBe(100);
    expect(a.findings).toEqual([]);
    expect(a.counts).toEqual({ liveObjectives: 1, freshEvidence: 3, distinctSources: 3 });
  });

  it('unplanned: in no PI', () => {
    const a = assess(workItem({ objectiveCandidates: [liveObjective], evidence: threeSources }));
    expect(a.verdict).toBe('unplanned');
    expect(a.headline).toBe('Not in a PI');
    expect(a.planning).toBe('none');
    expect(a.pi).toBeNull();
  });

  it('unplanned: only in a PI that is neither current nor next', () => {
    const a = assess(workItem({ fixVersions: [PI_27_2.name] }));
    expect(a.verdict).toBe('unplanned');
    expect(a.planning).toBe('other');
    expect(a.forces.delivery).toBe(50);
  });

  it('the archive case: only in the earlier of two overlapping PIs that contain today → current, not unplanned', () => {
    const earlier = { name: 'PI 26.3', startDate: '2026-10-01', endDate: '2026-12-31' };
    const laterStarted = { name: 'PI 26.3 Ortho', startDate: '2026-11-02', endDate: '2027-01-29' };
    const overlapping = calendarOf([earlier, laterStarted], TODAY);
    expect(overlapping.current?.name).toBe('PI 26.3 Ortho');
    const a = scoreWorkItem(workItem({ fixVersions: ['PI 26.3'] }), overlapping, settings(), TODAY);
    expect(a).toMatchObject({ planning: 'current', pi: 'PI 26.3', verdict: 'gravity', headline: 'Only here to fit the current PI' });
    expect(a.forces.delivery).toBe(100);
    expect(a.findings.map((f) => f.code)).not.toContain('NOT_PLANNED');
  });

  describe('delivered: the status category is Done', () => {
    const done = { status: 'Done', statusCategory: 'done' as const };

    it('in the next PI with no objective and no evidence: delivered, not gravity', () => {
      const a = assess(workItem({ ...done, fixVersions: ['PI 27.1'] }));
      expect(a.verdict).toBe('delivered');
      expect(a.headline).toBe('Delivered: the outcome check comes later');
      expect(a.planning).toBe('next');
      const codes = a.findings.map((f) => f.code);
      expect(codes).not.toContain('ONLY_FITS');
      expect(codes).not.toContain('NOT_PLANNED');
      expect(a.findings.every((f) => f.severity !== 'error')).toBe(true);
      expect(a.findings.reduce((n, f) => n + f.points, 0)).toBe(100 - a.score);
    });

    it('with a live objective but no evidence, or evidence but no objective: delivered', () => {
      expect(assess(workItem({ ...done, fixVersions: ['PI 26.3'], objectiveCandidates: [liveObjective] })).verdict).toBe('delivered');
      expect(assess(workItem({ ...done, fixVersions: ['PI 26.3'], evidence: threeSources })).verdict).toBe('delivered');
    });

    it('in no PI: delivered, its delivery force full, nothing asks to plan it', () => {
      const a = assess(workItem({ ...done }));
      expect(a).toMatchObject({ verdict: 'delivered', planning: 'none' });
      expect(a.forces.delivery).toBe(100);
      expect(a.findings.map((f) => f.code)).not.toContain('NOT_PLANNED');
    });

    it('carried over twice: delivered, not zombie; the carry-over is an info looking back that keeps its points', () => {
      const a = assess(workItem({ ...done, fixVersions: ['PI 27.1'], planningHistory: twoCarryOvers }));
      expect(a.verdict).toBe('delivered');
      expect(a.carriedOver).toBe(2);
      const f = findingOf(a, 'CARRIED_OVER');
      expect(f).toMatchObject({ severity: 'info', fix: { kind: 'review-carry-over', label: 'Look back at the carry-over' } });
      expect(f.message).toBe('Carried over twice before it was done: it left PI 26.2 and PI 26.3 unfinished for a later PI.');
      expect(f.points).toBeGreaterThan(0);
      expect(a.findings.map((x) => x.code)).not.toContain('ZOMBIE');
    });

    it('a status in progress is not Done', () => {
      expect(assess(workItem({ status: 'In Review', statusCategory: 'indeterminate', fixVersions: ['PI 27.1'] })).verdict).toBe('gravity');
    });
  });

  it('a stakeholder request alone does not save an item from gravity', () => {
    expect(assess(workItem({ fixVersions: ['PI 27.1'], evidence: [evidence({ kind: 'stakeholder-request' })] })).verdict).toBe('gravity');
  });

  it('a dead objective does not save an item from gravity', () => {
    expect(assess(workItem({ fixVersions: ['PI 27.1'], objectiveCandidates: [objective({ targetDate: '2026-01-31' })] })).verdict).toBe('gravity');
  });
});

describe('findings', () => {
  it('NO_OBJECTIVE: error when planned, warning otherwise; carries the strategy loss', () => {
    const planned = assess(workItem({ fixVersions: ['PI 27.1'], evidence: threeSources }));
    const f = findingOf(planned, 'NO_OBJECTIVE');
    expect(f).toMatchObject({ severity: 'error', force: 'strategy', fix: { kind: 'link-objective', label: 'Link a strategic objective' } });
    expect(f.message).toContain('PI 27.1');
    expect(f.points).toBe(100 - planned.score);
    expect(findingOf(assess(workItem({ evidence: threeSources })), 'NO_OBJECTIVE').severity).toBe('warning');
  });

  it('OBJECTIVE_NOT_LIVE names the done objective and the one past its target date', () => {
    const a = assess(
      workItem({
        fixVersions: ['PI 27.1'],
        evidence: threeSources,
        objectiveCandidates: [objective({ key: 'STRAT-1', statusCategory: 'done' }), objective({ key: 'STRAT-2', targetDate: '2026-03-31' })],
      }),
    );
    const f = findingOf(a, 'OBJECTIVE_NOT_LIVE');
    expect(f).toMatchObject({ severity: 'warning', force: 'strategy', fix: { kind: 'link-objective' } });
    expect(f.message).toContain('STRAT-1 is done');
    expect(f.message).toContain('STRAT-2');
    expect(f.message).toContain('2026-03-31');
    expect(codes(a)).not.toContain('NO_OBJECTIVE');
    expect(a.forces.strategy).toBe(20);
  });

  it('NO_EVIDENCE: error when planned, warning otherwise', () => {
    const a = assess(workItem({ fixVersions: ['PI 26.3'], objectiveCandidates: [liveObjective] }));
    expect(findingOf(a, 'NO_EVIDENCE')).toMatchObject({ severity: 'error', force: 'evidence', fix: { kind: 'add-evidence' }, points: 100 - a.score });
    expect(findingOf(assess(workItem({ objectiveCandidates: [liveObjective] })), 'NO_EVIDENCE').severity).toBe('warning');
  });

  it('STALE_EVIDENCE: all field evidence older than the window, naming the newest date', () => {
    const a = assess(
      workItem({
        fixVersions: ['PI 27.1'],
        objectiveCandidates: [liveObjective],
        evidence: [evidence({ observedOn: '2024-03-01' }), evidence({ observedOn: '2024-06-30' })],
      }),
    );
    const f = findingOf(a, 'STALE_EVIDENCE');
    expect(f).toMatchObject({ severity: 'warning', force: 'evidence', fix: { kind: 'refresh-evidence' } });
    expect(f.message).toContain('2024-06-30');
    expect(f.message).toContain('18 months');
    expect(codes(a)).not.toContain('NO_EVIDENCE');
    expect(a.forces.evidence).toBe(10);
  });

  it('HIPPO_RISK: only stakeholder requests, naming who asked', () => {
    const a = assess(
      workItem({ fixVersions: ['PI 27.1'], objectiveCandidates: [liveObjective], evidence: [evidence({ kind: 'stakeholder-request', source: { name: 'Chief Medical Officer' } })] }),
    );
    const f = findingOf(a, 'HIPPO_RISK');
    expect(f).toMatchObject({ severity: 'warning', force: 'evidence', fix: { kind: 'add-evidence' } });
    expect(f.message).toContain('Chief Medical Officer');
    expect(codes(a)).not.toContain('NO_EVIDENCE');
    expect(a.verdict).toBe('ungrounded');
  });

  it('SINGLE_SOURCE holds when one source is entered three times with zero-width characters', () => {
    const lookalikes = ['Ward 4B nurses', 'Ward\u200B 4B nurses', 'Ward 4B\u200B\u200B nurses'].map((name, i) =>
      evidence({ id: `z${i}`, source: { name }, kind: i === 0 ? 'interview' : i === 1 ? 'observation' : 'survey' }),
    );
    const a = assess(workItem({ fixVersions: ['PI 27.1'], objectiveCandidates: [liveObjective], evidence: lookalikes }));
    expect(codes(a)).toContain('SINGLE_SOURCE');
    expect(a.score).toBeLessThan(100);
    expect(a.score).toBeLessThan(assess(workItem({ fixVersions: ['PI 27.1'], objectiveCandidates: [liveObjective], evidence: threeSources })).score);
  });

  it('SINGLE_SOURCE: fresh field evidence from one source is a warning naming it', () => {
    const a = assess(
      workItem({ fixVersions: ['PI 27.1'], objectiveCandidates: [liveObjective], evidence: [evidence({ source: { name: 'Ward 4B nurses' } }), evidence({ source: { name: 'ward 4b  Nurses' } })] }),
    );
    const f = findingOf(a, 'SINGLE_SOURCE');
    expect(f).toMatchObject({ severity: 'warning', force: 'evidence', fix: { kind: 'add-evidence' } });
    expect(f.message).toContain('Ward 4B nurses');
    expect(f.points).toBe(100 - a.score);
    expect(a.verdict).toBe('aligned');
  });

  it('SINGLE_SOURCE as info with two sources (the evidence force is 80, not full)', () => {
    const a = assess(workItem({ fixVersions: ['PI 27.1'], objectiveCandidates: [liveObjective], evidence: threeSources.slice(0, 2) }));
    expect(findingOf(a, 'SINGLE_SOURCE').severity).toBe('info');
    expect(a.score).toBeLessThan(100);
    pointsAddUp(a);
  });

  it('SUGGESTED_EVIDENCE: counts research-like web links, 0 points', () => {
    const a = assess(
      workItem({
        fixVersions: ['PI 27.1'],
        objectiveCandidates: [liveObjective],
        webLinks: [webLink({ title: 'Interview notes' }), webLink({ title: 'Survey 2026' }), webLink({ title: 'Runbook' })],
      }),
    );
    const f = findingOf(a, 'SUGGESTED_EVIDENCE');
    expect(f).toMatchObject({ severity: 'info', force: 'evidence', fix: { kind: 'confirm-suggestion' }, points: 0 });
    expect(f.message).toContain('2 web links');
    expect(a.suggestions).toHaveLength(2);
  });

  it('no SUGGESTED_EVIDENCE finding when the evidence force is full', () => {
    const a = assess(workItem({ fixVersions: ['PI 27.1'], objectiveCandidates: [liveObjective], evidence: threeSources, webLinks: [webLink({ title: 'Interview notes' })] }));
    expect(a.findings).toEqual([]);
    expect(a.suggestions).toHaveLength(1);
  });

  it('CARRIED_OVER: one carry-over is a warning naming the PI, costing the penalty', () => {
    const a = assess(
      workItem({ fixVersions: ['PI 26.3'], objectiveCandidates: [liveObjective], evidence: threeSources, planningHistory: [change('2026-09-25T10:00:00Z', ['PI 26.2'], ['PI 26.3'])] }),
    );
    expect(a.carriedOver).toBe(1);
    const f = findingOf(a, 'CARRIED_OVER');
    expect(f).toMatchObject({ severity: 'warning', force: 'delivery', fix: { kind: 'review-carry-over' }, points: 10 });
    expect(f.message).toContain(PI_26_2.name);
    expect(a.score).toBe(90);
    expect(a.verdict).toBe('aligned');
  });

  it('ZOMBIE: carried over zombieAt times is an error', () => {
    const a = assess(workItem({ fixVersions: ['PI 27.1'], objectiveCandidates: [liveObjective], evidence: threeSources, planningHistory: twoCarryOvers }));
    expect(findingOf(a, 'ZOMBIE')).toMatchObject({ severity: 'error', force: 'delivery', fix: { kind: 'review-carry-over' }, points: 20 });
    expect(codes(a)).not.toContain('CARRIED_OVER');
  });

  it('follows the configured carry-over thresholds', () => {
    const s = settings({ carryOver: { warnAt: 2, zombieAt: 3, penaltyPerCarryOver: 5 } });
    const a = assess(workItem({ fixVersions: ['PI 27.1'], objectiveCandidates: [liveObjective], evidence: threeSources, planningHistory: twoCarryOvers }), s);
    expect(a.verdict).toBe('aligned');
    expect(findingOf(a, 'CARRIED_OVER')).toMatchObject({ severity: 'warning', points: 10 });
    const once = assess(
      workItem({ fixVersions: ['PI 26.3'], objectiveCandidates: [liveObjective], evidence: threeSources, planningHistory: [change('2026-09-25T10:00:00Z', ['PI 26.2'], ['PI 26.3'])] }),
      s,
    );
    expect(findingOf(once, 'CARRIED_OVER')).toMatchObject({ severity: 'info', points: 5 });
  });

  it('ONLY_FITS: the gravity case, an error with review-planning', () => {
    const a = assess(workItem({ fixVersions: ['PI 27.1'] }));
    const f = findingOf(a, 'ONLY_FITS');
    expect(f).toMatchObject({ severity: 'error', force: 'delivery', fix: { kind: 'review-planning', label: 'Review why this is in the PI' }, points: 0 });
    expect(f.message).toContain('PI 27.1 (the next PI)');
    expect(codes(assess(workItem({ fixVersions: ['PI 27.1'], objectiveCandidates: [liveObjective] })))).not.toContain('ONLY_FITS');
    expect(codes(assess(workItem({ fixVersions: ['PI 27.1'], evidence: threeSources })))).not.toContain('ONLY_FITS');
    expect(codes(assess(workItem()))).not.toContain('ONLY_FITS');
  });

  it('NOT_PLANNED carries the delivery loss', () => {
    const none = assess(workItem({ objectiveCandidates: [liveObjective], evidence: threeSources }));
    expect(none.score).toBe(80);
    expect(none.findings).toEqual([expect.objectContaining({ code: 'NOT_PLANNED', severity: 'info', force: 'delivery', fix: expect.objectContaining({ kind: 'plan-into-pi' }), points: 20 })]);
    const other = assess(workItem({ fixVersions: [PI_27_2.name], objectiveCandidates: [liveObjective], evidence: threeSources }));
    expect(other.score).toBe(90);
    expect(findingOf(other, 'NOT_PLANNED').message).toContain('PI 27.2');
  });

  it('sorts findings by severity, then force', () => {
    const a = assess(
      workItem({
        fixVersions: ['PI 27.1'],
        planningHistory: [change('2026-11-20T10:00:00Z', ['PI 26.3'], ['PI 27.1'])],
        evidence: [evidence({ observedOn: '2020-01-01' })],
        webLinks: [webLink({ title: 'Survey' })],
      }),
    );
    expect(codes(a)).toEqual(['NO_OBJECTIVE', 'ONLY_FITS', 'STALE_EVIDENCE', 'CARRIED_OVER', 'SUGGESTED_EVIDENCE']);
    pointsAddUp(a);
  });

  it('the gravity item: every lost point explained', () => {
    const a = assess(workItem({ fixVersions: ['PI 27.1'] }));
    expect(a.findings.map((f) => [f.code, f.points])).toEqual([
      ['NO_OBJECTIVE', 45],
      ['NO_EVIDENCE', 45],
      ['ONLY_FITS', 0],
    ]);
  });
});

describe('assessment fields', () => {
  it('copies the item, lists non-removed evidence and the objectives with liveness', () => {
    const a = assess(
      workItem({
        key: 'CLIN-42',
        summary: 'Discharge letters',
        issueType: 'Feature',
        status: 'In Progress',
        statusCategory: 'indeterminate',
        projectKey: 'CLIN',
        objectiveCandidates: [liveObjective, objective({ key: 'STRAT-1', statusCategory: 'done' })],
        evidence: [evidence({ id: 'keep' }), evidence({ id: 'gone', removedAt: '2026-10-01T00:00:00Z' })],
      }),
    );
    expect(a).toMatchObject({ key: 'CLIN-42', summary: 'Discharge letters', issueType: 'Feature', status: 'In Progress', statusCategory: 'indeterminate', projectKey: 'CLIN' });
    expect(a.evidence.map((e) => e.id)).toEqual(['keep']);
    expect(a.objectives.map((o) => [o.key, o.live])).toEqual([
      ['STRAT-1', false],
      ['STRAT-7', true],
    ]);
  });

  it('refuses a malformed today', () => {
    expect(() => scoreWorkItem(workItem(), cal, settings(), '26/11/2026')).toThrow(/today/);
  });
});
