import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { Pi } from '../../../src/shared/assessment';
import type { PanelData } from '../../../src/shared/payloads';
import { ForceBars, itemForceValues } from '../../common/force-bars';
import { panelSizeWords } from '../../common/report/capacity-words';
import { VerdictLozenge } from '../../common/verdict-lozenge';

const planningWords = (d: PanelData): string => {
  const a = d.assessment;
  // The item's own PI: with overlapping PIs it may be another running (or upcoming) PI than the calendar's current (next) one.
  const name = (fallback: Pi | null) => (a.pi !== null ? ` (${a.pi})` : fallback === null ? '' : ` (${fallback.name})`);
  switch (a.planning) {
    case 'current':
      return `Planned into the current PI${name(d.current)}`;
    case 'next':
      return `Planned into the next PI${name(d.next)}`;
    case 'other':
      return a.pi === null ? 'Planned into a PI that is neither current nor next' : `Planned into ${a.pi}, neither the current nor the next PI`;
    case 'none':
      return 'Not planned into any PI';
  }
};

/**
 * The item's size beside the verdict ("8 points"), or "Unsized" (what to set
 * is said in the line under the headline, so the top row stays short);
 * nothing when items are counted (no field sizes work items): a size of 1
 * item would say nothing.
 */
const SizeTag = ({ words, size }: { words: NonNullable<ReturnType<typeof panelSizeWords>>; size: number | null }) => (
  <span data-testid="item-size" data-value={size ?? ''}>
    <Text weight={words.hint === null ? 'bold' : 'medium'} color={words.hint === null ? 'color.text' : 'color.text.subtle'}>
      {words.label}
    </Text>
  </span>
);

/**
 * Verdict, size, headline, alignment score and the three forces at a glance.
 * On a Done item the outcome leads the panel (./outcome-section.tsx) and this
 * header follows it, smaller: "Planning verdict: Delivered" and the planning
 * headline, the score and the forces.
 */
export const PanelHeader = ({ data, secondary = false }: { data: PanelData; secondary?: boolean }) => {
  const a = data.assessment;
  const size = panelSizeWords(a.size, data.capacityField);
  const headline = <span data-testid="headline">{a.headline}</span>;
  return (
    <Stack space="space.150">
      <Inline space="space.150" alignBlock="center" spread="space-between" shouldWrap>
        <Stack space="space.050">
          <Inline space="space.100" alignBlock="center" shouldWrap>
            {secondary ? (
              <Text size="small" weight="bold" color="color.text.subtle" testId="planning-verdict-label">
                Planning verdict:
              </Text>
            ) : null}
            <VerdictLozenge verdict={a.verdict} decision={a.decision} testId="verdict" />
            {size === null ? null : <SizeTag words={size} size={a.size} />}
            {secondary ? (
              <Text size="small">{headline}</Text>
            ) : (
              <Heading size="small" as="h2">
                {headline}
              </Heading>
            )}
          </Inline>
          <Text size="small" color="color.text.subtle">
            {planningWords(data)}
            {a.carriedOver > 0 ? ` · carried over ${a.carriedOver} time${a.carriedOver === 1 ? '' : 's'}` : ''}
            {size === null || size.hint === null ? null : <span data-testid="item-size-hint"> · {size.label}: {size.hint}</span>}
          </Text>
        </Stack>
        <span data-testid="score" data-value={a.score} aria-label={`Alignment score ${a.score} out of 100`}>
          <Text size={secondary ? 'medium' : 'large'} weight="bold">
            {a.score}
          </Text>
          <Text {...(secondary ? { size: 'small' as const } : {})} color="color.text.subtle"> / 100 alignment</Text>
        </span>
      </Inline>
      <ForceBars title="The three forces on this item" values={itemForceValues(a.forces)} />
    </Stack>
  );
};
