import type { ThemeAppearance } from '@atlaskit/lozenge';
import type { StatusCategory, Verdict } from '../../src/shared/assessment';

/** How each verdict is named and coloured on every surface. */
export const VERDICT_LABEL: Readonly<Record<Verdict, string>> = {
  gravity: 'Factory gravity',
  zombie: 'Zombie',
  ungrounded: 'Ungrounded',
  unanchored: 'Unanchored',
  aligned: 'Aligned',
  delivered: 'Delivered',
  unplanned: 'Not in a PI',
};

/** The headline from the product brief, used where the assessment's own headline is not at hand (legends). */
export const VERDICT_MEANING: Readonly<Record<Verdict, string>> = {
  gravity: 'Only here to fit the next PI',
  zombie: 'Carried over two or more times',
  ungrounded: 'Strategy without field evidence',
  unanchored: 'Evidence without a strategic objective',
  aligned: 'All three forces present',
  delivered: 'Delivered: the outcome check comes later',
  unplanned: 'Not in a PI',
};

export const VERDICT_APPEARANCE: Readonly<Record<Verdict, ThemeAppearance>> = {
  gravity: 'removed',
  zombie: 'moved',
  ungrounded: 'new',
  unanchored: 'inprogress',
  aligned: 'success',
  // Jira shows Done statuses green (STATUS_APPEARANCE below); the label tells it from Aligned.
  delivered: 'success',
  unplanned: 'default',
};

export const STATUS_APPEARANCE: Readonly<Record<StatusCategory, ThemeAppearance>> = {
  new: 'default',
  indeterminate: 'inprogress',
  done: 'success',
};
