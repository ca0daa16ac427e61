import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives';
import type { Assessment } from '../../../src/shared/assessment';
import { DECISION_KIND_LABELS, type DecisionView } from '../../../src/shared/decision';
import { noDecisionWords } from './outcome-view';

/** "2026-11-20" of an ISO date-time (the day it was recorded, UTC). */
const dayOf = (iso: string): string => iso.slice(0, 10);

/** What the decision asks, in one line: who keeps it, by when to re-justify, or that it was dropped. */
const decisionLine = (d: DecisionView): string => {
  switch (d.kind) {
    case 'keep':
      return `Kept in ${d.pi}, sponsored by ${d.sponsor?.displayName.trim() || 'a sponsor'}.`;
    case 'rejustify':
      return `Re-justify by ${d.dueDate ?? '?'}${d.overdue ? ': overdue, the verdict has not changed since' : ''}.`;
    case 'drop':
      return `Dropped from ${d.pi}.`;
    case 'retire':
      return 'Retired: delivered, and no longer maintained.';
  }
};

/**
 * The PI decision that applies to the item (the newest signed record for its
 * PI): kind, PI, sponsor or due date, rationale, who decided and when, version.
 * Decisions are recorded on the PI review page.
 */
export const DecisionSection = ({ assessment }: { assessment: Assessment }) => {
  const d = assessment.decision;
  return (
    <section aria-labelledby="pi-decision-heading" data-testid="pi-decision">
      <Stack space="space.075">
        <Heading size="xsmall" as="h3" id="pi-decision-heading">
          PI decision
        </Heading>
        {d === null ? (
          <Text as="p" color="color.text.subtle">
            {noDecisionWords(assessment)}
          </Text>
        ) : (
          <Stack space="space.050">
            <Text as="p" weight="semibold">
              <span data-testid="pi-decision-kind" data-kind={d.kind}>
                {DECISION_KIND_LABELS[d.kind]}
              </span>{' '}
              · {d.pi} · v{d.version}
            </Text>
            <Text as="p">{decisionLine(d)}</Text>
            <Text as="p">
              <q>{d.rationale}</q>
            </Text>
            <Text as="p" size="small" color="color.text.subtle">
              Decided by {d.decidedBy.displayName.trim() || 'someone'} on {dayOf(d.decidedAt)} (version {d.version}; earlier versions stay in the decision log).
            </Text>
          </Stack>
        )}
      </Stack>
    </section>
  );
};
