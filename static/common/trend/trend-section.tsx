import EmptyState from '@atlaskit/empty-state';
import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { events } from '@forge/bridge';
import { useEffect, useId } from 'react';
import type { ScopeSpec } from '../../../src/shared/scope';
import type { ScopeTrend } from '../../../src/shared/trend';
import { call } from '../client';
import { ErrorMessage } from '../error-message';
import { Loading } from '../loading';
import { useLoad } from '../use-load';
import { TrendChart, TrendLegend } from './trend-chart';
import { TrendTable } from './trend-table';
import { shareUnitWords, sourceCounts, trendSummary } from './trend-words';
import { PartialReadWarning, UnreadableItems } from '../unreadable-items';

/**
 * The trend across PIs for a scope: loads getTrend and shows the chart, its
 * legend and the table with every number. Shared by the PI review page and
 * the dashboard gadget's trend view; reloads on the gadget's refresh.
 */
export const TrendSection = ({ scope, headingLevel = 2 }: { scope: ScopeSpec; headingLevel?: 2 | 3 }) => {
  const { state, reload } = useLoad(() => call('getTrend', { scope }), [JSON.stringify(scope)]);
  const headingId = useId();
  useEffect(() => {
    const sub = events.on('JIRA_DASHBOARD_GADGET_REFRESH', reload);
    return () => void sub.then((s) => s.unsubscribe()).catch(() => undefined);
  }, [reload]);

  return (
    <section data-testid="trend-section" aria-labelledby={headingId}>
      <Stack space="space.150">
        <Heading size="small" as={headingLevel === 2 ? 'h2' : 'h3'} id={headingId}>
          Trend across PIs
        </Heading>
        {state.status === 'loading' ? <Loading label="Loading the trend across PIs" /> : null}
        {state.status === 'error' ? <ErrorMessage error={state.error} onRetry={reload} /> : null}
        {state.status === 'ready' ? <TrendView trend={state.data} /> : null}
      </Stack>
    </section>
  );
};

/** The loaded trend: what it says in a sentence, the warnings, the chart and the table. */
export const TrendView = ({ trend }: { trend: ScopeTrend }) => {
  const summary = trendSummary(trend);
  return (
    <Stack space="space.150">
      {trend.points.length === 0 ? null : (
        <Stack space="space.050">
          <Text as="p" weight="bold" testId="trend-summary">
            {summary}
          </Text>
          <Text as="p" color="color.text.subtle">
            {`${trend.scopeLabel} · ${trend.points.length} PIs, shares of capacity in ${shareUnitWords(trend.unit)} · ${sourceCounts(trend.points)} · as of ${trend.today}`}
          </Text>
        </Stack>
      )}
      <PartialReadWarning partial={trend.partial} read="trend" covers="The values below cover these items only; the rest of the scope was not assessed." testId="trend-deadline-warning" />
      <UnreadableItems unreadable={trend.unreadable} leftOutOf="every PI below" testId="trend-unreadable" />
      {trend.points.length === 0 ? (
        <div data-testid="trend-empty">
          <EmptyState
            header={`No PIs to show for ${trend.scopeLabel}`}
            description="The trend needs PIs that ended, a current or a next PI in the scope's PI calendar. Check the PI settings (the notes below say what was found)."
            headingLevel={3}
          />
        </div>
      ) : (
        <>
          <TrendChart trend={trend} summary={summary} />
          <TrendLegend unitWords={shareUnitWords(trend.unit)} />
          <TrendTable trend={trend} />
        </>
      )}
      {trend.notes.length === 0 ? null : (
        <div data-testid="trend-notes">
          <SectionMessage appearance="information" title="About these values">
            <ul>
              {trend.notes.map((n) => (
                <li key={n}>
                  <Text>{n}</Text>
                </li>
              ))}
            </ul>
          </SectionMessage>
        </div>
      )}
    </Stack>
  );
};
