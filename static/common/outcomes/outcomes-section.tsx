import Button from '@atlaskit/button/new';
import EmptyState from '@atlaskit/empty-state';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { useId, useMemo, useState } from 'react';
import type { OutcomeReport } from '../../../src/shared/outcome';
import type { ScopeSpec } from '../../../src/shared/scope';
import { ErrorMessage } from '../error-message';
import { Loading } from '../loading';
import { PartialReadWarning, UnreadableItems } from '../unreadable-items';
import { captionWords, countsLine, emptyWords, filteredEmptyWords, filterLabel, filterOutcomeRows, OUTCOME_FILTERS, type OutcomeFilter } from './outcome-rows';
import { OutcomesTable } from './outcomes-table';
import { useOutcomes } from './use-outcomes';

/**
 * The outcome check after delivery for a scope: its delivered items by
 * outcome status, overdue (zombie product candidates) first. Shared by the
 * dashboard gadget's outcomes view and the PI review page; reloads on the
 * gadget's refresh.
 */
export const OutcomesSection = ({ scope, headingLevel = 2 }: { scope: ScopeSpec; headingLevel?: 2 | 3 }) => {
  const { state, reload } = useOutcomes(scope);
  const headingId = useId();
  return (
    <section data-testid="outcomes-section" aria-labelledby={headingId}>
      <Stack space="space.150">
        <Heading size="small" as={headingLevel === 2 ? 'h2' : 'h3'} id={headingId}>
          Outcomes of delivered work
        </Heading>
        {state.status === 'loading' ? <Loading label="Loading the outcomes of delivered work" /> : null}
        {state.status === 'error' ? <ErrorMessage error={state.error} onRetry={reload} /> : null}
        {state.status === 'ready' ? (
          <div aria-busy={state.reloading} style={{ opacity: state.reloading ? 0.6 : 1, minWidth: 0 }}>
            <OutcomesView report={state.data} />
          </div>
        ) : null}
      </Stack>
    </section>
  );
};

/** The status filter: one status or all, each with its count; the pressed one is shown. */
const OutcomeFilters = ({ filter, report, onChange }: { filter: OutcomeFilter; report: OutcomeReport; onChange: (f: OutcomeFilter) => void }) => {
  const labelId = useId();
  return (
    <Stack space="space.050">
      <span id={labelId}>
        <Text size="small" weight="bold" color="color.text.subtle">
          Show outcomes
        </Text>
      </span>
      <div role="group" aria-labelledby={labelId} data-testid="outcome-filter">
        <Inline space="space.050" shouldWrap>
          {OUTCOME_FILTERS.map((f) => (
            <Button
              key={f}
              spacing="compact"
              appearance={filter === f ? 'primary' : 'default'}
              aria-pressed={filter === f}
              onClick={() => onChange(f)}
              testId={`outcome-filter-${f}`}
            >
              {filterLabel(f, report.counts)}
            </Button>
          ))}
        </Inline>
      </div>
    </Stack>
  );
};

/** The loaded list: the headline, the counts, the warnings, the filter and the table, or what to do when it is empty. */
export const OutcomesView = ({ report }: { report: OutcomeReport }) => {
  const [filter, setFilter] = useState<OutcomeFilter>('all');
  const shown = useMemo(() => filterOutcomeRows(report.items, filter), [report.items, filter]);
  const empty = emptyWords(report);
  return (
    <Stack space="space.150">
      {/* An empty list says it once, in the empty state below, with what to do. */}
      {report.items.length === 0 ? null : (
        <Stack space="space.050">
          <Text as="p" weight="bold" testId="outcomes-headline">
            {report.headline}
          </Text>
          <Text as="p" color="color.text.subtle" testId="outcomes-counts">
            {`${countsLine(report)} · ${report.scopeLabel} · as of ${report.today}`}
          </Text>
        </Stack>
      )}
      {report.settingsWarning === undefined ? null : (
        <SectionMessage appearance="warning" title="Default settings in use">
          <Text as="p">{report.settingsWarning}</Text>
        </SectionMessage>
      )}
      <PartialReadWarning partial={report.partial} read="list" covers="The list below covers these items only; the rest of the scope was not checked." testId="outcomes-deadline-warning" />
      <UnreadableItems unreadable={report.unreadable} leftOutOf="the list below" testId="outcomes-unreadable" />
      {report.items.length === 0 ? (
        <div data-testid="outcomes-empty">
          <EmptyState header={empty.header} description={empty.description} headingLevel={3} />
        </div>
      ) : (
        <>
          <OutcomeFilters filter={filter} report={report} onChange={setFilter} />
          {shown.length === 0 ? (
            <Text as="p" testId="outcomes-filtered-empty">
              {filteredEmptyWords(filter)}
            </Text>
          ) : (
            <OutcomesTable rows={shown} today={report.today} caption={captionWords(report, shown.length)} />
          )}
        </>
      )}
    </Stack>
  );
};
