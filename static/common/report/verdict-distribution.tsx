import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import { VERDICTS, type Verdict } from '../../../src/shared/assessment';
import type { Capacity } from '../../../src/shared/capacity';
import { TRACK_FILL, VERDICT_FILL } from '../colors';
import { PlainList } from '../plain-list';
import { VERDICT_LABEL, VERDICT_MEANING } from '../verdict';
import { isSized, verdictCapacity } from './capacity-words';

const barStyle = xcss({ display: 'flex', height: '0.75rem', borderRadius: 'radius.small', overflow: 'hidden' });
const swatch = xcss({ width: '0.75rem', height: '0.75rem', borderRadius: 'radius.small', flexShrink: 0 });

/**
 * The verdicts of a PI as one stacked bar (decoration) and a legend with the
 * counts (the content). With a sized capacity (points or hours) the bar is
 * drawn by size, since an RTE plans capacity, not items, and each legend entry
 * adds its size and share ("21 points, 24%"); counted in items, it stays as counts.
 */
export const VerdictDistribution = ({ counts, total, capacity }: { counts: Readonly<Record<Verdict, number>>; total: number; capacity?: Capacity }) => {
  const sized = capacity !== undefined && isSized(capacity) && capacity.total > 0;
  const weight = (v: Verdict): number => (sized ? capacity.byVerdict[v] : counts[v]);
  return (
    <Stack space="space.100">
      <Box xcss={barStyle} aria-hidden="true" style={{ backgroundColor: TRACK_FILL }} testId="verdict-bar">
        {VERDICTS.filter((v) => weight(v) > 0).map((v) => (
          <div key={v} data-verdict={v} style={{ flexGrow: weight(v), flexBasis: 0, backgroundColor: VERDICT_FILL[v] }} title={`${VERDICT_LABEL[v]}: ${weight(v)}`} />
        ))}
      </Box>
      <PlainList row label={`Verdicts of ${total} items`}>
        {VERDICTS.map((v) => {
          const part = capacity === undefined ? null : verdictCapacity(capacity, v);
          return (
            // margin 0: css-reset's `li + li { margin-top }` would push every entry after the first down.
            <li key={v} data-testid={`verdict-count-${v}`} data-value={counts[v]} data-capacity={part?.size} title={VERDICT_MEANING[v]} style={{ margin: 0 }}>
              <Inline space="space.050" alignBlock="center">
                <Box xcss={swatch} style={{ backgroundColor: VERDICT_FILL[v] }} />
                <Text>
                  {VERDICT_LABEL[v]} <Text weight="bold">{counts[v]}</Text>
                  {part === null || counts[v] === 0 ? null : <Text color="color.text.subtle"> · {part.words}</Text>}
                </Text>
              </Inline>
            </li>
          );
        })}
      </PlainList>
    </Stack>
  );
};
