import { GadgetConfigSchema } from '../../src/shared/scope';
import { draftFromConfig, draftToCandidate, piApplies, piNote } from '../../static/gadget-edit/src/edit-draft';

/** The gadget edit form's draft (static/gadget-edit/src/edit-draft.ts): what it saves, the view (report, trend or outcomes) included. */

const saved = (d: ReturnType<typeof draftFromConfig>) => GadgetConfigSchema.safeParse(draftToCandidate(d).candidate);

describe('the gadget edit draft', () => {
  it('starts a new gadget on the PI report of the next PI', () => {
    expect(draftFromConfig(null)).toMatchObject({ scopeKind: 'project', piKind: 'next', view: 'report' });
  });

  it('keeps the view through a round trip', () => {
    for (const view of ['report', 'trend', 'outcomes'] as const) {
      const config = { scope: { kind: 'project' as const, projectKey: 'CLIN' }, pi: 'current' as const, view };
      const parsed = saved(draftFromConfig(config));
      expect(parsed.success && parsed.data).toEqual(config);
    }
  });

  it('saves the trend even when a hidden PI name is blank', () => {
    const d = { ...draftFromConfig(null), projectKey: 'CLIN', piKind: 'named' as const, piName: ' ', view: 'trend' as const };
    const parsed = saved(d);
    expect(parsed.success && parsed.data).toEqual({ scope: { kind: 'project', projectKey: 'CLIN' }, pi: 'next', view: 'trend' });
  });

  it('still asks for the PI name on the report view, and keeps a named PI on the trend view', () => {
    const d = { ...draftFromConfig(null), projectKey: 'CLIN', piKind: 'named' as const, piName: '', view: 'report' as const };
    expect(saved(d).success).toBe(false);
    const named = saved({ ...d, piName: 'PI 26.3', view: 'trend' });
    expect(named.success && named.data.pi).toEqual({ name: 'PI 26.3' });
  });

  it('saves the outcomes view even when a hidden PI name is blank', () => {
    const d = { ...draftFromConfig(null), projectKey: 'CLIN', piKind: 'named' as const, piName: '', view: 'outcomes' as const };
    const parsed = saved(d);
    expect(parsed.success && parsed.data).toEqual({ scope: { kind: 'project', projectKey: 'CLIN' }, pi: 'next', view: 'outcomes' });
  });

  it('keeps a JQL or board scope with the outcomes view', () => {
    const jql = saved({ ...draftFromConfig(null), scopeKind: 'jql', jql: 'gravityOutcome = overdue', view: 'outcomes' });
    expect(jql.success && jql.data).toEqual({ scope: { kind: 'jql', jql: 'gravityOutcome = overdue' }, pi: 'next', view: 'outcomes' });
    const board = saved({ ...draftFromConfig(null), scopeKind: 'board', boardId: 7, view: 'outcomes' });
    expect(board.success && board.data.scope).toEqual({ kind: 'board', boardId: 7 });
  });

  it('shows the PI picker for the report only, and says why it is hidden for the trend and the outcomes', () => {
    expect(piApplies('report')).toBe(true);
    expect(piNote('report')).toBeNull();
    for (const view of ['trend', 'outcomes'] as const) {
      expect(piApplies(view)).toBe(false);
      expect(piNote(view)).toContain('no PI to choose');
    }
    expect(piNote('outcomes')).toContain('outcome.lookbackMonths');
    expect(piNote('trend')).toContain('trend.pis');
  });
});
