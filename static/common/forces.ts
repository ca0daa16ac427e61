import type { Force } from '../../src/shared/assessment';

export const FORCES: readonly Force[] = ['strategy', 'evidence', 'delivery'];

export const FORCE_LABEL: Readonly<Record<Force, string>> = {
  strategy: 'Strategy',
  evidence: 'Evidence',
  delivery: 'Delivery',
};

export const FORCE_QUESTION: Readonly<Record<Force, string>> = {
  strategy: 'Does it serve a live strategic objective?',
  evidence: 'Has someone in the field shown the problem?',
  delivery: 'Is it planned into the current or next PI?',
};
