import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import type { Force } from '../../src/shared/assessment';
import { FORCE_FILL, TRACK_FILL } from './colors';
import { FORCE_LABEL, FORCE_QUESTION, FORCES } from './forces';

const labelStyle = xcss({ width: '5.5rem', flexShrink: 0 });
const valueStyle = xcss({ minWidth: '4.5rem', flexShrink: 0, textAlign: 'end', whiteSpace: 'nowrap' });
const trackStyle = xcss({ flexGrow: 1, minWidth: '3rem', height: '0.5rem', borderRadius: 'radius.small', overflow: 'hidden' });

export interface ForceValue {
  readonly value: number;
  /** What the number counts: "/ 100" for an item's force score, "of 47 items" for a PI's balance. */
  readonly unit: string;
  /** 0..1, the bar's fill. */
  readonly ratio: number;
}

/**
 * The three forces as three bars. The bars are decoration (aria-hidden); the
 * numbers beside them carry the meaning for screen readers and tests.
 */
export const ForceBars = ({ values, title }: { values: Readonly<Record<Force, ForceValue>>; title: string }) => (
  <Stack space="space.075" role="group" aria-label={title}>
    {FORCES.map((force: Force) => {
      const v = values[force];
      const pct = Math.round(Math.max(0, Math.min(1, v.ratio)) * 100);
      return (
        <div key={force} data-testid={`force-${force}`} data-value={v.value} title={FORCE_QUESTION[force]}>
          <Inline space="space.100" alignBlock="center">
            <Box xcss={labelStyle}>
              <Text weight="medium">{FORCE_LABEL[force]}</Text>
            </Box>
            <Box xcss={trackStyle} aria-hidden="true" style={{ backgroundColor: TRACK_FILL }}>
              <div style={{ width: `${pct}%`, height: '100%', backgroundColor: FORCE_FILL[force], borderRadius: token('radius.small') }} />
            </Box>
            <Box xcss={valueStyle}>
              <Text size="small">
                {v.value} {v.unit}
              </Text>
            </Box>
          </Inline>
        </div>
      );
    })}
  </Stack>
);

export const itemForceValues = (forces: Readonly<Record<Force, number>>): Record<Force, ForceValue> => ({
  strategy: { value: forces.strategy, unit: '/ 100', ratio: forces.strategy / 100 },
  evidence: { value: forces.evidence, unit: '/ 100', ratio: forces.evidence / 100 },
  delivery: { value: forces.delivery, unit: '/ 100', ratio: forces.delivery / 100 },
});
