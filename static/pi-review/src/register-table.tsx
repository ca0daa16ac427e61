import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import { useMemo, useState } from 'react';
import type { RegisterEntry } from '../../../src/shared/decision';
import { IssueLink } from '../../common/issue-link';
import { downloadText } from './download';
import { countWords, filterRegister, registerCsv, registerFileName, registerMarkdown } from './review-logic';
import { tableStyle, tdStyle, thStyle, wrapStyle } from './table-style';

/** The train's not-doing register (every PI), filterable by text and exportable. */
export const RegisterTable = ({ entries, projectKeys }: { entries: readonly RegisterEntry[]; projectKeys: readonly string[] }) => {
  const [text, setText] = useState('');
  const shown = useMemo(() => filterRegister(entries, text), [entries, text]);
  const title = `Not-doing register of ${projectKeys.join(', ') || 'the train'}`;
  return (
    <Stack space="space.100" testId="register">
      <Heading size="xsmall" as="h3">
        Not-doing register
      </Heading>
      <Inline space="space.100" alignBlock="end" shouldWrap>
        <div>
          <label htmlFor="register-filter" style={{ display: 'block', font: token('font.body.small'), fontWeight: token('font.weight.bold'), color: token('color.text.subtle') }}>
            Filter
          </label>
          <input
            id="register-filter"
            type="search"
            data-testid="register-filter"
            placeholder="Key, summary, rationale or who"
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            style={{ padding: token('space.075'), font: token('font.body'), color: token('color.text'), background: token('color.background.input'), border: `1px solid ${token('color.border.input')}`, borderRadius: token('radius.small') }}
          />
        </div>
        <Text testId="register-count" color="color.text.subtle">
          {countWords(shown.length, entries.length)}
        </Text>
        <Button spacing="compact" isDisabled={entries.length === 0} onClick={() => downloadText(registerFileName(projectKeys, 'csv'), registerCsv(shown), 'text/csv')} testId="register-export-csv">
          Export CSV
        </Button>
        <Button spacing="compact" isDisabled={entries.length === 0} onClick={() => downloadText(registerFileName(projectKeys, 'markdown'), registerMarkdown(shown, title), 'text/markdown')} testId="register-export-markdown">
          Export Markdown
        </Button>
      </Inline>
      {entries.length === 0 ? (
        <Text as="p" color="color.text.subtle" testId="register-empty">
          Nothing dropped yet. When the train drops an item (Decide, then Drop), it lands here with the reason, who and when.
        </Text>
      ) : (
        <div tabIndex={0} role="region" aria-label="Not-doing register" style={{ overflowX: 'auto', maxWidth: '100%', minWidth: 0, position: 'relative' }}>
          <table style={{ ...tableStyle, minWidth: '40rem' }}>
            <thead>
              <tr>
                {['Item', 'Summary', 'PI', 'Rationale', 'Dropped by', 'When', 'Removed from PI'].map((h) => (
                  <th key={h} style={thStyle} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((e) => (
                <tr key={`${e.issueKey}#${e.version}`} data-testid={`register-row-${e.issueKey}`}>
                  <td style={tdStyle}>
                    <IssueLink issueKey={e.issueKey} />
                  </td>
                  <td style={{ ...tdStyle, ...wrapStyle }}>{e.summary}</td>
                  <td style={tdStyle}>{e.pi}</td>
                  <td style={{ ...tdStyle, ...wrapStyle }}>{e.rationale}</td>
                  <td style={tdStyle}>{e.decidedBy.displayName}</td>
                  <td style={{ ...tdStyle, whiteSpace: 'nowrap' }}>{e.decidedAt.slice(0, 10)}</td>
                  <td style={tdStyle}>{e.removedFromPi.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Stack>
  );
};
