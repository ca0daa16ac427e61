import Lozenge from '@atlaskit/lozenge';
import type { Verdict } from '../../src/shared/assessment';
import type { DecisionView } from '../../src/shared/decision';
import { keptByLabel } from '../../src/shared/decision-words';
import { VERDICT_APPEARANCE, VERDICT_LABEL } from './verdict';

type LozengeAppearance = 'default' | 'success' | 'removed' | 'inprogress' | 'new' | 'moved';

/** The words and colour of a PI decision beside the verdict: "Kept by Dana Whitfield", "Re-justify by 2026-12-15" (red when overdue), "Dropped". */
export const decisionBadge = (decision: DecisionView): { label: string; appearance: LozengeAppearance } => {
  switch (decision.kind) {
    case 'keep':
      return { label: keptByLabel(decision.sponsor), appearance: 'new' };
    case 'rejustify':
      return decision.overdue
        ? { label: `Re-justify by ${decision.dueDate ?? '?'}: overdue`, appearance: 'removed' }
        : { label: `Re-justify by ${decision.dueDate ?? '?'}`, appearance: 'moved' };
    case 'drop':
      return { label: 'Dropped', appearance: 'default' };
    case 'retire':
      return { label: 'Retired', appearance: 'default' };
  }
};

/**
 * The verdict lozenge and, when a PI decision applies, a second subtle one beside it. Both are
 * text in one element, so a screen reader reads "Gravity, Kept by Dana Whitfield" as one name.
 */
export const VerdictLozenge = ({ verdict, decision, testId }: { verdict: Verdict; decision?: DecisionView | null; testId?: string }) => {
  const badge = decision === undefined || decision === null ? null : decisionBadge(decision);
  return (
    <span
      data-testid={testId}
      data-verdict={verdict}
      {...(badge === null ? {} : { 'data-decision': decision?.kind, role: 'group', 'aria-label': `${VERDICT_LABEL[verdict]}, ${badge.label}` })}
      style={badge === null ? undefined : { display: 'inline-flex', flexWrap: 'wrap', gap: 'var(--ds-space-050, 4px)', alignItems: 'center' }}
    >
      <Lozenge appearance={VERDICT_APPEARANCE[verdict]} isBold={verdict === 'gravity' || verdict === 'zombie'}>
        {VERDICT_LABEL[verdict]}
      </Lozenge>
      {badge === null ? null : (
        <span data-testid={testId === undefined ? undefined : `${testId}-decision`}>
          <Lozenge appearance={badge.appearance} isBold={decision?.kind === 'rejustify' && decision.overdue}>
            {badge.label}
          </Lozenge>
        </span>
      )}
    </span>
  );
};
