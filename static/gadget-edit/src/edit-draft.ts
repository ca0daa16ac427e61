import type { FieldIssue } from '../../../src/shared/result';
import type { GadgetConfig } from '../../../src/shared/scope';

export type ScopeKind = 'project' | 'board' | 'jql';
export type PiKind = 'current' | 'next' | 'named';
export type ViewKind = GadgetConfig['view'];

/** The edit form's state: every choice kept, so switching scope kind loses nothing. */
export interface EditDraft {
  readonly scopeKind: ScopeKind;
  readonly projectKey: string;
  readonly boardId: number | null;
  readonly jql: string;
  readonly piKind: PiKind;
  readonly piName: string;
  /** What the gadget shows: the PI report, the trend across PIs or the delivered items' outcomes (the PI choice applies to neither of the last two). */
  readonly view: ViewKind;
}

export const draftFromConfig = (c: GadgetConfig | null): EditDraft => ({
  scopeKind: c?.scope.kind ?? 'project',
  projectKey: c?.scope.kind === 'project' ? c.scope.projectKey : '',
  boardId: c?.scope.kind === 'board' ? c.scope.boardId : null,
  jql: c?.scope.kind === 'jql' ? c.scope.jql : '',
  piKind: c === null ? 'next' : typeof c.pi === 'string' ? c.pi : 'named',
  piName: c !== null && typeof c.pi === 'object' ? c.pi.name : '',
  view: c?.view ?? 'report',
});

/** Whether the PI choice applies to what the gadget shows: only the PI report is of one PI. */
export const piApplies = (view: ViewKind): boolean => view === 'report';

/** Why the PI picker is hidden for a view, or null when it is shown. */
export const piNote = (view: ViewKind): string | null => {
  switch (view) {
    case 'report':
      return null;
    case 'trend':
      return 'The trend shows the last PIs (settings trend.pis), the current and the next PI, so there is no PI to choose.';
    case 'outcomes':
      return 'The outcomes list shows the items delivered since the lookback (settings outcome.lookbackMonths), whatever their PI, so there is no PI to choose.';
  }
};

/** The candidate config for GadgetConfigSchema, plus the problems only the form can name ("Choose a board"). */
export const draftToCandidate = (d: EditDraft): { candidate: unknown; local: FieldIssue[] } => {
  const local: FieldIssue[] = [];
  if (d.scopeKind === 'project' && d.projectKey === '') local.push({ path: ['scope', 'projectKey'], message: 'Choose a project' });
  if (d.scopeKind === 'board' && d.boardId === null) local.push({ path: ['scope', 'boardId'], message: 'Choose a board' });
  const scope =
    d.scopeKind === 'project' ? { kind: 'project', projectKey: d.projectKey } : d.scopeKind === 'board' ? { kind: 'board', boardId: d.boardId } : { kind: 'jql', jql: d.jql };
  // The trend and the outcomes ignore the PI, and its picker is hidden: a blank PI name the person cannot see must not block the save.
  const pi = d.piKind !== 'named' ? d.piKind : !piApplies(d.view) && d.piName.trim() === '' ? 'next' : { name: d.piName };
  return { candidate: { scope, pi, view: d.view }, local };
};

export const EDIT_FIELDS = ['scope.projectKey', 'scope.boardId', 'scope.jql', 'scope', 'pi.name', 'pi'] as const;
