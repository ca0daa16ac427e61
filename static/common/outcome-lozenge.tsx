import Lozenge from '@atlaskit/lozenge';
import { OUTCOME_STATUS_LABELS, type OutcomeStatus } from '../../src/shared/outcome';
import { OUTCOME_APPEARANCE, outcomeIsBold } from './outcome-words';

/** The outcome status of a delivered item as a lozenge ("Outcome overdue" in bold red, "Outcome evidenced" in green). */
export const OutcomeLozenge = ({ status, testId }: { status: OutcomeStatus; testId?: string }) => (
  <span data-testid={testId} data-outcome={status}>
    <Lozenge appearance={OUTCOME_APPEARANCE[status]} isBold={outcomeIsBold(status)}>
      {OUTCOME_STATUS_LABELS[status]}
    </Lozenge>
  </span>
);
