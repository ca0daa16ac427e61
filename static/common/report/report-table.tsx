import DynamicTable from '@atlaskit/dynamic-table';
import type { RowType } from '@atlaskit/dynamic-table/types';
import { Text } from '@atlaskit/primitives';
import type { Assessment } from '../../../src/shared/assessment';
import { IssueLink } from '../issue-link';
import { VerdictLozenge } from '../verdict-lozenge';
import { verdictRank } from './report-rows';

const head = {
  cells: [
    { key: 'key', content: 'Key', isSortable: true, width: 11 },
    { key: 'summary', content: 'Summary', isSortable: true, width: 37 },
    { key: 'verdict', content: 'Verdict', isSortable: true, width: 16 },
    { key: 'score', content: 'Score', isSortable: true, width: 8 },
    { key: 'forces', content: 'Forces (S / E / D)', width: 17 },
    { key: 'carried', content: 'Carried over', isSortable: true, width: 11 },
  ],
};

/** Sortable by the issue number, not the key's text (CLIN-9 before CLIN-10). */
const keySortValue = (key: string): string => {
  const [project = '', num = '0'] = key.split('-');
  return `${project}-${num.padStart(10, '0')}`;
};

const row = (a: Assessment, index: number): RowType => ({
  key: a.key,
  testId: `report-row-${a.key}`,
  cells: [
    { key: keySortValue(a.key), content: <IssueLink issueKey={a.key} /> },
    { key: a.summary.toLowerCase(), content: a.summary },
    // Ties keep the report's worst-first order.
    { key: verdictRank(a.verdict) * 10000 + index, content: <VerdictLozenge verdict={a.verdict} /> },
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

/** The PI's items, worst first until a column header is chosen. */
export const ReportTable = ({ items, caption }: { items: readonly Assessment[]; caption: string }) => (
  <div data-testid="report-table">
    <DynamicTable
      caption={caption}
      head={head}
      rows={items.map(row)}
      rowsPerPage={25}
      defaultPage={1}
      emptyView={<Text as="p">No items match the filter.</Text>}
    />
  </div>
);
