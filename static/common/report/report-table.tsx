import DynamicTable from '@atlaskit/dynamic-table';
import type { RowType } from '@atlaskit/dynamic-table/types';
import Heading from '@atlaskit/heading';
import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import { useId, useRef } from 'react';
import type { Assessment } from '../../../src/shared/assessment';
import { unitWord, type CapacityUnit } from '../../../src/shared/capacity';
import { IssueLink } from '../issue-link';
import { useOverflowsSideways } from '../use-overflows';
import { VerdictLozenge } from '../verdict-lozenge';
import { sizeSortKey, type SwapOption } from './capacity-words';
import { verdictRank } from './report-rows';
import { SizeCell } from './size-cell';
import { SwapHint } from './swap-hint';

/** The Size column only when sizes are summed: counted in items, every item is 1 and the column would say nothing. */
const headFor = (unit: CapacityUnit) => ({
  cells: [
    { key: 'key', content: 'Key', isSortable: true, width: 10 },
    { key: 'summary', content: 'Summary', isSortable: true, width: unit === 'items' ? 34 : 28 },
    { key: 'verdict', content: 'Verdict', isSortable: true, width: 18 },
    ...(unit === 'items' ? [] : [{ key: 'size', content: <span style={{ display: 'block', textAlign: 'right' }}>{`Size (${unitWord(unit)})`}</span>, isSortable: true, width: 8 }]),
    { key: 'score', content: 'Score', isSortable: true, width: 8 },
    { key: 'forces', content: 'Forces (S / E / D)', width: 16 },
    { key: 'carried', content: 'Carried over', isSortable: true, width: 12 },
  ],
});

/** Sortable by the issue number, not the key's text (CLIN-9 before CLIN-10). */
const keySortValue = (key: string): string => {
  const [project = '', num = '0'] = key.split('-');
  return `${project}-${num.padStart(10, '0')}`;
};

/**
 * Summaries wrap between words, and a long unbroken word (a pasted URL) breaks
 * anywhere rather than widening the table; the minimum width keeps the column
 * from being squeezed to a few letters a line by the table's layout.
 */
const SUMMARY_STYLE = { display: 'block', minWidth: '8rem', overflowWrap: 'anywhere' } as const;

const NO_SWAPS: ReadonlyMap<string, readonly SwapOption[]> = new Map();

const row =
  (unit: CapacityUnit, swaps: ReadonlyMap<string, readonly SwapOption[]>) =>
  (a: Assessment, index: number): RowType => ({
    key: a.key,
    testId: `report-row-${a.key}`,
    cells: [
      { key: keySortValue(a.key), content: <IssueLink issueKey={a.key} /> },
      {
        key: a.summary.toLowerCase(),
        content: (
          <span style={SUMMARY_STYLE}>
            {a.summary}
            {a.verdict === 'gravity' ? <SwapHint itemKey={a.key} options={swaps.get(a.key) ?? []} /> : null}
          </span>
        ),
      },
      // Ties keep the report's worst-first order.
      { key: verdictRank(a.verdict) * 10000 + index, content: <VerdictLozenge verdict={a.verdict} decision={a.decision} /> },
      ...(unit === 'items'
        ? []
        : [{ key: sizeSortKey(a.size), content: <span style={{ display: 'block', textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}><SizeCell size={a.size} unit={unit} /></span> }]),
      { key: a.score, content: <span data-testid="row-score">{a.score}</span> },
      {
        key: 'forces',
        content: (
          <span style={{ whiteSpace: 'nowrap' }} title={`Strategy ${a.forces.strategy}, evidence ${a.forces.evidence}, delivery ${a.forces.delivery} (each of 100)`}>
            {a.forces.strategy} / {a.forces.evidence} / {a.forces.delivery}
          </span>
        ),
      },
      { key: a.carriedOver, content: a.carriedOver === 0 ? <Text color="color.text.subtlest">0</Text> : <Text weight="bold">{a.carriedOver}</Text> },
    ],
  });

/**
 * Narrower than this, the columns would squeeze summaries to a word a line
 * and push the table past the gadget's edge; below it the table scrolls
 * sideways inside its own box instead, and the page itself never does.
 */
const TABLE_MIN_WIDTH = '34rem';

// overflowX: auto is the scroll container; minWidth: 0 lets it shrink inside a flex Stack.
const scroller = xcss({ overflowX: 'auto', minWidth: '0', maxWidth: '100%' });

/**
 * The PI's items, worst first until a column header is chosen. The caption is
 * a heading above the scroll box (inside it, it would scroll out of sight at
 * narrow widths) and names both the box and the table. The scroll box is a
 * focusable, labelled region, so a keyboard user can scroll it with the arrow
 * keys (axe rule scrollable-region-focusable; WCAG 2.1.1).
 */
export const ReportTable = ({
  items,
  caption,
  unit = 'items',
  swaps = NO_SWAPS,
}: {
  items: readonly Assessment[];
  caption: string;
  /** The capacity unit: points or hours add a Size column. */
  unit?: CapacityUnit;
  /** Swap options per gravity item (capacity-words swapOptionsByKey). */
  swaps?: ReadonlyMap<string, readonly SwapOption[]>;
}) => {
  const headingId = useId();
  const box = useRef<HTMLDivElement>(null);
  const overflows = useOverflowsSideways(box);
  return (
    <Stack space="space.100">
      <Stack space="space.050">
        <Heading size="xsmall" as="h3" id={headingId}>
          <span data-testid="report-caption">{caption}</span>
        </Heading>
        {/* Touch screens and macOS hide scroll bars until used: say that the columns continue. */}
        {overflows ? (
          <Text size="small" color="color.text.subtle" testId="report-scroll-hint">
            The table is wider than this view: scroll it sideways (or focus it and use the arrow keys) for size, score, forces and carry-over.
          </Text>
        ) : null}
      </Stack>
      <Box ref={box} xcss={scroller} tabIndex={0} role="region" aria-labelledby={headingId} testId="report-table-scroll">
        <div data-testid="report-table" style={{ minWidth: TABLE_MIN_WIDTH }}>
          <DynamicTable
            label={caption}
            head={headFor(unit)}
            rows={items.map(row(unit, swaps))}
            rowsPerPage={25}
            defaultPage={1}
            emptyView={<Text as="p">No items match the filter.</Text>}
          />
        </div>
      </Box>
    </Stack>
  );
};
