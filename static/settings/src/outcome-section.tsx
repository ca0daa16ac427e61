import { Text } from '@atlaskit/primitives';
import type { Settings } from '../../../src/shared/settings';
import { dueExample } from './outcome-example';
import { Section, TextSetting, withDefault, type SectionProps } from './settings-fields';

/**
 * The outcome check after delivery (settings `outcome`): how many weeks after
 * delivery adoption or outcome evidence is due, and how far back the outcomes
 * list looks. Both are whole numbers in the schema's ranges (1–104 weeks,
 * 1–60 months, src/shared/settings-schema.ts); a bad value is refused at its
 * field with the schema's message.
 */
export const OutcomeSection = ({ defaults, text, draft }: SectionProps & { defaults: Settings }) => {
  const example = dueExample(draft.outcomeDueWeeks);
  return (
    <Section title="Outcome check" testId="settings-section-outcome">
      <Text as="p" size="small" color="color.text.subtle">
        Internal products rarely get switched off. Once a work item is Done (the day Jira resolved it, or moved it into its Done status), adoption or outcome evidence is due. Until the due day the item is pending; after it, with no such evidence, it is overdue: a zombie product candidate (finding OUTCOME_OVERDUE, JQL{' '}
        <code>gravityOutcome = overdue</code>) until someone adds the evidence or records a retire decision.
      </Text>
      <TextSetting
        {...text('outcome.dueWeeks', 'outcomeDueWeeks')}
        type="number"
        label="Outcome due after (weeks)"
        help={withDefault(`Whole weeks after the delivery day (1–104), counted in calendar days, so month ends and leap days do not move it.${example === null ? '' : ` ${example}`}`, defaults.outcome.dueWeeks)}
      />
      <TextSetting
        {...text('outcome.lookbackMonths', 'outcomeLookbackMonths')}
        type="number"
        label="Outcomes list looks back (months)"
        help={withDefault('The outcomes list of the gadget and the PI review page shows the items delivered within this many months before today (1–60); the CLI’s outcomes command starts there when --since is not given.', defaults.outcome.lookbackMonths)}
      />
    </Section>
  );
};
