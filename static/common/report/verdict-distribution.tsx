import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import { VERDICTS, type Verdict } from '../../../src/shared/assessment';
import { TRACK_FILL, VERDICT_FILL } from '../colors';
import { PlainList } from '../plain-list';
import { VERDICT_LABEL, VERDICT_MEANING } from '../verdict';

const barStyle = xcss({ display: 'flex', height: '0.75rem', borderRadius: 'radius.small', overflow: 'hidden' });
const swatch = xcss({ width: '0.75rem', height: '0.75rem', borderRadius: 'radius.small', flexShrink: 0 });

/** The verdicts of a PI as one stacked bar (decoration) and a legend with the counts (the content). */
export const VerdictDistribution = ({ counts, total }: { counts: Readonly<Record<Verdict, number>>; total: number }) => (
  <Stack space="space.100">
    <Box xcss={barStyle} aria-hidden="true" style={{ backgroundColor: TRACK_FILL }}>
      {VERDICTS.filter((v) => counts[v] > 0).map((v) => (
        <div key={v} style={{ flexGrow: counts[v], flexBasis: 0, backgroundColor: VERDICT_FILL[v] }} title={`${VERDICT_LABEL[v]}: ${counts[v]}`} />
      ))}
    </Box>
    <PlainList row label={`Verdicts of ${total} items`}>
      {VERDICTS.map((v) => (
          // margin 0: css-reset's `li + li { margin-top }` would push every entry after the first down.
          <li key={v} data-testid={`verdict-count-${v}`} data-value={counts[v]} title={VERDICT_MEANING[v]} style={{ margin: 0 }}>
            <Inline space="space.050" alignBlock="center">
              <Box xcss={swatch} style={{ backgroundColor: VERDICT_FILL[v] }} />
              <Text>
                {VERDICT_LABEL[v]} <Text weight="bold">{counts[v]}</Text>
              </Text>
            </Inline>
          </li>
      ))}
    </PlainList>
  </Stack>
);
