import { token } from '@atlaskit/tokens';
import type { Force, Verdict } from '../../src/shared/assessment';

/** Fills for the small charts; design tokens so light and dark follow Jira. */
export const VERDICT_FILL: Readonly<Record<Verdict, string>> = {
  gravity: token('color.background.danger.bold'),
  zombie: token('color.background.warning.bold'),
  ungrounded: token('color.background.discovery.bold'),
  unanchored: token('color.background.information.bold'),
  aligned: token('color.background.success.bold'),
  delivered: token('color.background.accent.teal.bolder'),
  unplanned: token('color.background.neutral.bold'),
};

export const FORCE_FILL: Readonly<Record<Force, string>> = {
  strategy: token('color.background.discovery.bold'),
  evidence: token('color.background.information.bold'),
  delivery: token('color.background.accent.orange.bolder'),
};

export const TRACK_FILL = token('color.background.neutral');
