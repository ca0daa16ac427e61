import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import { forwardRef, type ReactNode } from 'react';
import { OutcomeLozenge } from '../../common/outcome-lozenge';
import { OUTCOME_MEANING } from '../../common/outcome-words';
import { retireLabel, type OutcomeWords } from './outcome-view';

/**
 * What leads the panel on a Done item: the outcome status and its headline
 * ("Delivered on 17 July, no sign of use since: a zombie product candidate"),
 * the delivery day and where it comes from, the due day, the time since
 * delivery, and the actions of a person who may edit the item (add adoption
 * evidence, retire). The words come from ./outcome-view.ts.
 */

const facts = xcss({ margin: 'space.0', padding: 'space.0', display: 'grid', gap: 'space.050' });
const fact = xcss({ display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: 'space.100' });
const term = xcss({ font: 'font.body.small', fontWeight: 'font.weight.bold', color: 'color.text.subtle', minWidth: '7.5rem' });
const detail = xcss({ margin: 'space.0', font: 'font.body' });

export interface OutcomeSectionProps {
  readonly words: OutcomeWords;
  readonly canEdit: boolean;
  /** Whether the retire dialog is open (it is rendered by the caller under the actions). */
  readonly retiring: boolean;
  readonly onAddEvidence: () => void;
  readonly onRetire: () => void;
  readonly children?: ReactNode;
}

export const OutcomeSection = forwardRef<HTMLButtonElement, OutcomeSectionProps>(({ words, canEdit, retiring, onAddEvidence, onRetire, children }, retireButton) => (
  <section aria-labelledby="outcome-headline" data-testid="outcome-section" data-status={words.status}>
    <Stack space="space.150">
      <Stack space="space.075">
        <Inline space="space.100" alignBlock="center" shouldWrap>
          <span title={OUTCOME_MEANING[words.status]}>
            <OutcomeLozenge status={words.status} testId="outcome-status" />
          </span>
          <Heading size="small" as="h2" id="outcome-headline">
            <span data-testid="outcome-headline">{words.headline}</span>
          </Heading>
        </Inline>
      </Stack>
      <Box as="dl" xcss={facts} testId="outcome-facts">
        {words.facts.map((f) => (
          <Box key={f.id} xcss={fact} testId={`outcome-fact-${f.id}`}>
            <Box as="dt" xcss={term}>
              {f.label}
            </Box>
            <Box as="dd" xcss={detail}>
              {f.value}
            </Box>
          </Box>
        ))}
      </Box>
      {words.actions.length === 0 ? (
        canEdit ? null : (
          <Text as="p" size="small" color="color.text.subtle" testId="outcome-read-only">
            Only people who may edit this item can add adoption evidence or retire it.
          </Text>
        )
      ) : (
        <Inline space="space.100" shouldWrap>
          {words.actions.includes('add-adoption-evidence') ? (
            <Button appearance={words.status === 'overdue' ? 'primary' : 'default'} onClick={onAddEvidence} testId="outcome-add-evidence">
              Add adoption evidence
            </Button>
          ) : null}
          {words.actions.includes('retire') ? (
            <Button ref={retireButton} onClick={onRetire} testId="outcome-retire" aria-expanded={retiring}>
              {retireLabel(words.status)}
            </Button>
          ) : null}
        </Inline>
      )}
      {children}
    </Stack>
  </section>
));
OutcomeSection.displayName = 'OutcomeSection';
