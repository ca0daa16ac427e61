import Lozenge from '@atlaskit/lozenge';
import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import type { ActivityEntry } from '../../../src/shared/activity';
import { InlineIssueLink } from '../../common/report/key-links';
import { OutsideLink } from '../../common/safe-link';
import { KIND_BADGE, linkWords, textParts, type TimelineDay, type TimelineRow } from './timeline';

const listStyle = { listStyle: 'none', margin: 0, padding: 0 } as const;

/** The rail on the left of a day's entries: a border token, so it follows the theme. */
const rail = xcss({
  borderInlineStartWidth: 'border.width.selected',
  borderInlineStartStyle: 'solid',
  borderInlineStartColor: 'color.border',
  paddingInlineStart: 'space.150',
});

const EntryText = ({ entry }: { entry: ActivityEntry }) => (
  <Text>
    <span data-testid="activity-text">
      {textParts(entry).map((p, i) => (p.kind === 'text' ? <span key={i}>{p.text}</span> : <InlineIssueLink key={i} issueKey={p.issueKey} />))}
    </span>
    {entry.ref?.url === undefined ? null : (
      <>
        {' '}
        <span style={{ textDecoration: 'underline' }}>
          <OutsideLink url={entry.ref.url} policy="evidence" testId="activity-link">
            {linkWords(entry.ref.url)}
          </OutsideLink>
        </span>
      </>
    )}
  </Text>
);

const Row = ({ row }: { row: TimelineRow }) => {
  const badge = KIND_BADGE[row.entry.kind];
  return (
    <li data-testid="activity-entry" data-kind={row.entry.kind} data-at={row.entry.at} style={{ margin: 0 }}>
      <Stack space="space.025">
        {/* The lozenge in its own column, so a long entry wraps beside it rather than below it. */}
        <div style={{ display: 'grid', gridTemplateColumns: 'auto minmax(0, 1fr)', columnGap: token('space.100'), alignItems: 'baseline' }}>
          <span data-testid="activity-kind">
            <Lozenge appearance={badge.appearance}>{badge.label}</Lozenge>
          </span>
          <EntryText entry={row.entry} />
        </div>
        {row.byline === null ? null : (
          <span data-testid="activity-byline">
            <Text size="small" color="color.text.subtle">
              {row.byline}
            </Text>
          </span>
        )}
      </Stack>
    </li>
  );
};

/** The timeline: one section per day, newest first, each a list of what changed that day. */
export const TimelineList = ({ days }: { days: readonly TimelineDay[] }) => (
  <ol aria-label="Alignment history" data-testid="activity-days" style={{ ...listStyle, display: 'flex', flexDirection: 'column', gap: token('space.200') }}>
    {days.map((d) => {
      const id = `activity-day-${d.day ?? 'unknown'}`;
      return (
        <li key={id} data-testid="activity-day" data-day={d.day ?? ''} style={{ margin: 0 }}>
          <section aria-labelledby={id}>
            <Stack space="space.100">
              <h3 id={id} data-testid="activity-day-heading" style={{ margin: 0, font: token('font.heading.xxsmall'), color: token('color.text') }}>
                {d.heading}
              </h3>
              <Box xcss={rail}>
                <ol style={{ ...listStyle, display: 'flex', flexDirection: 'column', gap: token('space.150') }}>
                  {d.rows.map((r, i) => (
                    <Row key={`${r.entry.at}-${String(i)}`} row={r} />
                  ))}
                </ol>
              </Box>
            </Stack>
          </section>
        </li>
      );
    })}
  </ol>
);
