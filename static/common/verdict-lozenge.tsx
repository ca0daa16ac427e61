import Lozenge from '@atlaskit/lozenge';
import type { Verdict } from '../../src/shared/assessment';
import { VERDICT_APPEARANCE, VERDICT_LABEL } from './verdict';

export const VerdictLozenge = ({ verdict, testId }: { verdict: Verdict; testId?: string }) => (
  <span data-testid={testId} data-verdict={verdict}>
    <Lozenge appearance={VERDICT_APPEARANCE[verdict]} isBold={verdict === 'gravity' || verdict === 'zombie'}>
      {VERDICT_LABEL[verdict]}
    </Lozenge>
  </span>
);
