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
  /** What the gadget shows: the PI report, or the trend across PIs (which the PI choice does not apply to). */
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

/** The candidate config for GadgetConfigSchema, plus the problems only the form can name ("Choose a board"). */
export const draftToCandidate = (d: EditDraft): { candidate: unknown; local: FieldIssue[] } => {
  const local: FieldIssue[] = [];
  if (d.scopeKind === 'project' && d.projectKey === '') local.push({ path: ['scope', 'projectKey'], message: 'Choose a project' });
  if (d.scopeKind === 'board' && d.boardId === null) local.push({ path: ['scope', 'boardId'], message: 'Choose a board' });
  const scope =
    d.scopeKind === 'project' ? { kind: 'project', projectKey: d.projectKey } : d.scopeKind === 'board' ? { kind: 'board', boardId: d.boardId } : { kind: 'jql', jql: d.jql };
  // The trend ignores the PI, and its picker is hidden: a blank PI name the person cannot see must not block the save.
  const pi = d.piKind !== 'named' ? d.piKind : d.view === 'trend' && d.piName.trim() === '' ? 'next' : { name: d.piName };
  return { candidate: { scope, pi, view: d.view }, local };
};

export const EDIT_FIELDS = ['scope.projectKey', 'scope.boardId', 'scope.jql', 'scope', 'pi.name', 'pi'] as const;
