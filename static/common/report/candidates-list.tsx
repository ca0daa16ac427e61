import Heading from '@atlaskit/heading';
import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import { useId } from 'react';
import { unitWord, type CapacityUnit } from '../../../src/shared/capacity';
import type { Candidate } from '../../../src/shared/candidates';
import { IssueLink } from '../issue-link';
import { PlainList } from '../plain-list';
import { candidatePlaceWords, compactList, isSized, sizeWords } from './capacity-words';
import { InlineIssueLink, KeyLinks } from './key-links';
import { PiReviewLink } from './pi-review-link';
import { numberStyle, tableStyle, tdStyle, thStyle, wrapStyle } from './plain-table-style';
import { SizeCell } from './size-cell';

// overflowX: auto is the scroll container; minWidth: 0 lets it shrink inside a flex Stack.
const scroller = xcss({ overflowX: 'auto', minWidth: '0', maxWidth: '100%' });

export const NO_CANDIDATES = 'No aligned work is waiting: link objectives and evidence to backlog items to see them here.';

/**
 * One candidate as two wrapping lines (the gadget and the board): a gadget can
 * be 360 px wide, where seven columns would need a sideways scroll.
 */
const CandidateEntry = ({ c, unit }: { c: Candidate; unit: CapacityUnit }) => (
  // margin 0: css-reset's `li + li { margin-top }` would add to the list's gap.
  <li data-testid={`candidate-row-${c.key}`} style={{ margin: 0 }}>
    <Text as="p">
      {/* Underlined: in a line of text a link must not be told apart by colour alone (axe link-in-text-block). */}
      <InlineIssueLink issueKey={c.key} /> {c.summary}
    </Text>
    <Text as="p" size="small" color="color.text.subtle">
      Score <span data-testid="candidate-score">{c.score}</span> if planned
      {isSized({ unit }) ? ` · ${sizeWords(c.size, unit) ?? 'unsized'}` : ''} · live objectives{' '}
      {c.objectives.length === 0 ? 'none' : <KeyLinks keys={c.objectives.map((key) => ({ key }))} />} · {c.freshEvidence} fresh evidence ·{' '}
      <span data-testid="candidate-place">{candidatePlaceWords(c.plannedIn)}</span>
    </Text>
  </li>
);

/** Every column (the PI review page), in a focusable scroll box labelled by the section's heading. */
const CandidatesTable = ({ candidates, unit, labelledBy }: { candidates: readonly Candidate[]; unit: CapacityUnit; labelledBy: string }) => {
  const sized = isSized({ unit });
  return (
    <Box xcss={scroller} tabIndex={0} role="region" aria-labelledby={labelledBy} testId="candidates-scroll">
      <table style={{ ...tableStyle, minWidth: '34rem' }} data-testid="candidates-table">
        <thead>
          <tr>
            <th style={thStyle} scope="col">Key</th>
            <th style={thStyle} scope="col">Summary</th>
            <th style={{ ...thStyle, ...numberStyle }} scope="col">Score if planned</th>
            {sized ? (
              <th style={{ ...thStyle, ...numberStyle }} scope="col">
                Size ({unitWord(unit)})
              </th>
            ) : null}
            <th style={thStyle} scope="col">Live objectives</th>
            <th style={{ ...thStyle, ...numberStyle }} scope="col">Fresh evidence</th>
            <th style={thStyle} scope="col">Where</th>
          </tr>
        </thead>
        <tbody>
          {candidates.map((c) => (
            <tr key={c.key} data-testid={`candidate-row-${c.key}`}>
              <td style={tdStyle}>
                <IssueLink issueKey={c.key} />
              </td>
              <td style={{ ...tdStyle, ...wrapStyle }}>{c.summary}</td>
              <td style={{ ...tdStyle, ...numberStyle }} data-testid="candidate-score">
                {c.score}
              </td>
              {sized ? (
                <td style={{ ...tdStyle, ...numberStyle }}>
                  <SizeCell size={c.size} unit={unit} />
                </td>
              ) : null}
              <td style={tdStyle}>{c.objectives.length === 0 ? '—' : <KeyLinks keys={c.objectives.map((key) => ({ key }))} />}</td>
              <td style={{ ...tdStyle, ...numberStyle }}>{c.freshEvidence}</td>
              <td style={{ ...tdStyle, whiteSpace: 'nowrap' }} data-testid="candidate-place">
                {candidatePlaceWords(c.plannedIn)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Box>
  );
};

/**
 * "Waiting outside the PI": work of the same scope in no PI (or only in a
 * later one) that would be aligned if planned, best first as the server
 * ranked it. The PI review page shows a table; the gadget and the board a
 * compact list of the first `limit`, with "and N more" opening the PI review
 * page, which lists them all.
 */
export const CandidatesList = ({
  candidates,
  unit,
  piName,
  limit,
  reviewProjectKey = null,
  headingLevel = 'h3',
  layout = 'table',
}: {
  candidates: readonly Candidate[];
  unit: CapacityUnit;
  piName: string;
  limit?: number;
  reviewProjectKey?: string | null;
  headingLevel?: 'h2' | 'h3';
  layout?: 'table' | 'list';
}) => {
  const headingId = useId();
  const { shown, more } = compactList(candidates, limit ?? candidates.length);
  return (
    <Stack space="space.100" testId="candidates">
      <Stack space="space.050">
        <Heading size={headingLevel === 'h2' ? 'small' : 'xsmall'} as={headingLevel} id={headingId}>
          Waiting outside the PI
        </Heading>
        <Text as="p" color="color.text.subtle">
          Aligned work of this scope in no PI or only in a later one, best first: it has a live objective and fresh field evidence, and would be aligned planned into{' '}
          {piName}.
        </Text>
      </Stack>
      {candidates.length === 0 ? (
        <Text as="p" testId="candidates-empty">
          {NO_CANDIDATES}
        </Text>
      ) : layout === 'list' ? (
        <div data-testid="candidates-table">
          <PlainList label={`Waiting outside ${piName}`}>
            {shown.map((c) => (
              <CandidateEntry key={c.key} c={c} unit={unit} />
            ))}
          </PlainList>
        </div>
      ) : (
        <CandidatesTable candidates={shown} unit={unit} labelledBy={headingId} />
      )}
      {more === 0 ? null : (
        <Text as="p" testId="candidates-more">
          and {more} more{' '}
          {reviewProjectKey === null ? 'in the PI review page of the project' : <PiReviewLink projectKey={reviewProjectKey} text="in the PI review" />}
        </Text>
      )}
    </Stack>
  );
};
