import type { FixKind } from '../../../src/shared/assessment';

/**
 * Which button a finding's fix gets in the issue panel, and what the button's
 * help says: pure, so it is unit-tested without the Atlaskit components
 * (test/static/findings-actions.test.ts).
 */

/** Fix kinds the panel can act on itself; opening the issue covers the ones done in Jira's own fields. */
export type PanelAction = 'add-evidence' | 'add-outcome-evidence' | 'confirm-suggestion' | 'link-objective' | 'open-issue' | 'open-pi-review';

/** What opening the issue is for, per fix that is done in the issue itself. */
export const OPEN_ISSUE_HELP: Partial<Readonly<Record<FixKind, (issueKey: string) => string>>> = {
  'review-planning': (k) => `Opens ${k} in a new tab: check why it is in this PI (its fix version or sprint), or link the objective and evidence that justify it.`,
  'review-carry-over': (k) => `Opens ${k} in a new tab: decide whether to re-plan it, split it or drop it.`,
  'plan-into-pi': (k) => `Opens ${k} in a new tab: set the fix version or sprint of the PI it belongs to.`,
};

/** What opening the PI review page is for: decisions are recorded there, and the page checks who may (Edit issues). */
export const PI_REVIEW_HELP: Partial<Readonly<Record<FixKind, (projectKey: string) => string>>> = {
  'review-decision': (p) => `Opens the PI review page of ${p}: the decision log shows this keep decision; record a new decision there if the item no longer needs keeping.`,
  rejustify: (p) => `Opens the PI review page of ${p}: record a new decision for this item (keep it with a sponsor, re-justify it by a new date, or drop it).`,
};

export const actionOf = (kind: FixKind, canEdit: boolean, hasSuggestion: boolean): PanelAction | null => {
  if (kind === 'link-objective') return 'link-objective';
  if (OPEN_ISSUE_HELP[kind] !== undefined) return 'open-issue';
  // Everyone may open the page; it says there whether the person may decide.
  if (PI_REVIEW_HELP[kind] !== undefined) return 'open-pi-review';
  if (!canEdit) return null;
  if (kind === 'add-evidence' || kind === 'refresh-evidence') return 'add-evidence';
  if (kind === 'confirm-suggestion') return hasSuggestion ? 'confirm-suggestion' : 'add-evidence';
  // OUTCOME_DUE and OUTCOME_OVERDUE: the evidence form opens with the kind adoption preset (retiring is in the outcome section above).
  if (kind === 'check-outcome') return 'add-outcome-evidence';
  return null;
};
