import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives';
import { DECISION_KIND_LABELS, type DecisionLogEntry } from '../../../src/shared/decision';
import { IssueLink } from '../../common/issue-link';
import { tableStyle, tdStyle, thStyle, wrapStyle } from './table-style';

const detail = (e: DecisionLogEntry): string =>
  e.record.kind === 'keep' ? `Sponsor: ${e.record.sponsor?.displayName ?? '?'}` : e.record.kind === 'rejustify' ? `Due ${e.record.dueDate ?? '?'}` : `Removed: ${(e.record.removedFromPi ?? []).join(', ') || '—'}`;

/** Every decision of this PI, newest first. */
export const DecisionLog = ({ entries, piName }: { entries: readonly DecisionLogEntry[]; piName: string }) => (
  <Stack space="space.100" testId="decision-log">
    <Heading size="xsmall" as="h3">
      Decision log
    </Heading>
    {entries.length === 0 ? (
      <Text as="p" color="color.text.subtle" testId="decision-log-empty">
        No decisions for {piName} yet. Use Decide on an item above to keep, re-justify or drop it with a reason.
      </Text>
    ) : (
      <div tabIndex={0} role="region" aria-label="Decision log" style={{ overflowX: 'auto', maxWidth: '100%', minWidth: 0, position: 'relative' }}>
        <table style={{ ...tableStyle, minWidth: '40rem' }}>
          <thead>
            <tr>
              {['When', 'Item', 'Summary', 'Decision', 'By', 'Sponsor or due date', 'Rationale', 'Version'].map((h) => (
                <th key={h} style={thStyle} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={`${e.issueKey}#${e.record.version}`} data-testid={`log-row-${e.issueKey}`} data-kind={e.record.kind}>
                <td style={{ ...tdStyle, whiteSpace: 'nowrap' }}>{e.record.decidedAt.slice(0, 16).replace('T', ' ')}</td>
                <td style={tdStyle}>
                  <IssueLink issueKey={e.issueKey} />
                </td>
                <td style={{ ...tdStyle, ...wrapStyle }}>{e.summary}</td>
                <td style={tdStyle}>{DECISION_KIND_LABELS[e.record.kind]}</td>
                <td style={tdStyle}>{e.record.decidedBy.displayName}</td>
                <td style={tdStyle}>{detail(e)}</td>
                <td style={{ ...tdStyle, ...wrapStyle }}>{e.record.rationale}</td>
                <td style={tdStyle}>v{e.record.version}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    )}
  </Stack>
);
