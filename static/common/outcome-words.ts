import type { ThemeAppearance } from '@atlaskit/lozenge';
import type { OutcomeStatus } from '../../src/shared/outcome';

/**
 * How each outcome status is coloured on every surface (the issue panel, the
 * outcomes list of the gadget and the PI review page; its name is
 * OUTCOME_STATUS_LABELS in src/shared/outcome.ts): pure, so it is unit-tested
 * without the Atlaskit components.
 */

/** Overdue is red (a zombie product candidate), pending in progress, evidenced green, retired and not delivered grey. */
export const OUTCOME_APPEARANCE: Readonly<Record<OutcomeStatus, ThemeAppearance>> = {
  overdue: 'removed',
  pending: 'inprogress',
  evidenced: 'success',
  retired: 'default',
  'not-delivered': 'default',
};

/** Only overdue is bold: the one status that asks for action now. */
export const outcomeIsBold = (status: OutcomeStatus): boolean => status === 'overdue';

/** What each status means, for legends and screen readers. */
export const OUTCOME_MEANING: Readonly<Record<OutcomeStatus, string>> = {
  overdue: 'Delivered, the outcome check is past due and there is no sign of use: a zombie product candidate',
  pending: 'Delivered, adoption or outcome evidence is not due yet',
  evidenced: 'Delivered, and adoption or outcome evidence shows it is used',
  retired: 'Delivered, then retired: no longer maintained',
  'not-delivered': 'Not delivered yet',
};
