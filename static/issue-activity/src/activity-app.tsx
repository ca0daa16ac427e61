import { events } from '@forge/bridge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { useEffect, useMemo, useState } from 'react';
import type { ItemActivity } from '../../../src/shared/activity';
import { call } from '../../common/client';
import { ErrorMessage } from '../../common/error-message';
import { issueContextOf } from '../../common/forge-context';
import { Loading } from '../../common/loading';
import { NativeSelect } from '../../common/native-select';
import { useLoad } from '../../common/use-load';
import { countWords, EMPTY_WORDS, filterEntries, filteredEmptyWords, filterOptions, groupByDay, needsFilter, todayIn, type ActivityFilter } from './timeline';
import { TimelineList } from './timeline-list';
import { useHostContext } from './use-host-context';

const Notes = ({ notes }: { notes: readonly string[] }) =>
  notes.length === 0 ? null : (
    <ul data-testid="activity-notes" aria-label="What this history cannot show" style={{ margin: 0, paddingInlineStart: '1.25em' }}>
      {notes.map((n) => (
        <li key={n}>
          <Text size="small" color="color.text.subtle">
            {n}
          </Text>
        </li>
      ))}
    </ul>
  );

/** The history once loaded: the kind filter and count, the days, the notes. */
export const ActivityView = ({ activity, timeZone, today }: { activity: ItemActivity; timeZone: string | undefined; today: string }) => {
  const [filter, setFilter] = useState<ActivityFilter>('all');
  const shown = useMemo(() => filterEntries(activity.entries, filter), [activity.entries, filter]);
  const days = useMemo(() => groupByDay(shown, timeZone, today), [shown, timeZone, today]);

  if (activity.entries.length === 0) {
    return (
      <Stack space="space.150">
        <span data-testid="activity-empty">
          <Text as="p">{EMPTY_WORDS}</Text>
        </span>
        <Notes notes={activity.notes} />
      </Stack>
    );
  }
  return (
    <Stack space="space.200">
      <Inline space="space.100" alignBlock="center" shouldWrap spread="space-between">
        {needsFilter(activity.entries) ? (
          <Inline space="space.100" alignBlock="center">
            <label htmlFor="activity-filter">
              <Text weight="medium">Show</Text>
            </label>
            <NativeSelect id="activity-filter" testId="activity-filter" value={filter} options={filterOptions(activity.entries, filter)} onChange={setFilter} />
          </Inline>
        ) : (
          <span />
        )}
        <span data-testid="activity-count" aria-live="polite">
          <Text size="small" color="color.text.subtle">
            {countWords(shown.length, activity.entries.length)}
          </Text>
        </span>
      </Inline>
      {shown.length === 0 ? (
        <span data-testid="activity-filtered-empty">
          <Text as="p">{filteredEmptyWords(filter)}</Text>
        </span>
      ) : (
        <TimelineList days={days} />
      )}
      <Notes notes={activity.notes} />
    </Stack>
  );
};

/** jira:issueActivity "Alignment history": what changed this item's standing, newest first. */
export const ActivityApp = () => {
  const { ext, timeZone, failed } = useHostContext();
  const issue = ext === null ? null : issueContextOf(ext);
  const { state, reload } = useLoad(issue === null ? null : () => call('getActivity', { issueKey: issue.issueKey }), [issue?.issueKey]);

  // Issue-view modules hear JIRA_ISSUE_CHANGED (jira-issue-activity module docs, "Events").
  useEffect(() => {
    const sub = events.on('JIRA_ISSUE_CHANGED', reload);
    return () => void sub.then((s) => s.unsubscribe()).catch(() => undefined);
  }, [reload]);

  if (failed || (ext !== null && issue === null)) return <Text as="p">Open a work item to see its alignment history.</Text>;
  if (state.status === 'loading') return <Loading label="Loading the alignment history" />;
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={reload} />;
  return <ActivityView activity={state.data} timeZone={timeZone} today={todayIn(new Date(), timeZone)} />;
};
