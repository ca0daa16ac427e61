import DynamicTable from '@atlaskit/dynamic-table';
import type { RowType } from '@atlaskit/dynamic-table/types';
import Heading from '@atlaskit/heading';
import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import { useId, useRef } from 'react';
import type { Assessment } from '../../../src/shared/assessment';
import { IssueLink } from '../issue-link';
import { useOverflowsSideways } from '../use-overflows';
import { VerdictLozenge } from '../verdict-lozenge';
import { verdictRank } from './report-rows';

const head = {
  cells: [
    { key: 'key', content: 'Key', isSortable: true, width: 10 },
    { key: 'summary', content: 'Summary', isSortable: true, width: 34 },
    { key: 'verdict', content: 'Verdict', isSortable: true, width: 18 },
    { key: 'score', content: 'Score', isSortable: true, width: 8 },
    { key: 'forces', content: 'Forces (S / E / D)', width: 18 },
    { key: 'carried', content: 'Carried over', isSortable: true, width: 12 },
  ],
};

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

const row = (a: Assessment, index: number): RowType => ({
  key: a.key,
  testId: `report-row-${a.key}`,
  cells: [
    { key: keySortValue(a.key), content: <IssueLink issueKey={a.key} /> },
    { key: a.summary.toLowerCase(), content: <span style={SUMMARY_STYLE}>{a.summary}</span> },
    // Ties keep the report's worst-first order.
    { key: verdictRank(a.verdict) * 10000 + index, content: <VerdictLozenge verdict={a.verdict} decision={a.decision} /> },
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
export const ReportTable = ({ items, caption }: { items: readonly Assessment[]; caption: string }) => {
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
            The table is wider than this view: scroll it sideways (or focus it and use the arrow keys) for score, forces and carry-over.
          </Text>
        ) : null}
      </Stack>
      <Box ref={box} xcss={scroller} tabIndex={0} role="region" aria-labelledby={headingId} testId="report-table-scroll">
        <div data-testid="report-table" style={{ minWidth: TABLE_MIN_WIDTH }}>
          <DynamicTable
            label={caption}
            head={head}
            rows={items.map(row)}
            rowsPerPage={25}
            defaultPage={1}
            emptyView={<Text as="p">No items match the filter.</Text>}
          />
        </div>
      </Box>
    </Stack>
  );
};
