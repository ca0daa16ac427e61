import EmptyState from '@atlaskit/empty-state';
import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { useMemo, useState, type ReactNode } from 'react';
import type { ScopeReport } from '../../../src/shared/report';
import { ForceBars } from '../force-bars';
import { CandidatesList } from './candidates-list';
import { CapacitySummary } from './capacity-summary';
import { swapOptionsByKey } from './capacity-words';
import { ReportFilters } from './report-filters';
import { filterItems, NO_FILTER, type ReportFilter } from './report-rows';
import { DriftLine, PiReviewLink } from './pi-review-link';
import { ReportTable } from './report-table';
import { VerdictDistribution } from './verdict-distribution';
import { PartialReadWarning, UnreadableItems } from '../unreadable-items';

const piWords = (r: ScopeReport): string => (r.pi === null ? `the ${r.piRole} PI` : r.pi.name);

/** The gadget and the board list this many candidates; "and N more" opens the PI review page, which lists them all. */
export const COMPACT_CANDIDATES = 5;

/** The PI report shared by the dashboard gadget and the board action. */
export const ReportView = ({
  report,
  toolbar,
  reviewProjectKey = null,
  candidatesLimit = COMPACT_CANDIDATES,
}: {
  report: ScopeReport;
  toolbar?: ReactNode;
  reviewProjectKey?: string | null;
  candidatesLimit?: number;
}) => {
  const [filter, setFilter] = useState<ReportFilter>(NO_FILTER);
  const shown = useMemo(() => filterItems(report.items, filter), [report.items, filter]);
  const swaps = useMemo(() => swapOptionsByKey(report), [report]);
  const t = report.total;

  return (
    <Stack space="space.200">
      {toolbar}
      <Stack space="space.050">
        <Heading size="medium">
          <span data-testid="headline">{report.headline}</span>
        </Heading>
        <Text as="p" color="color.text.subtle">
          {report.pi === null
            ? `No ${report.piRole} PI found for ${report.scopeLabel}.`
            : `${report.pi.name}: ${report.pi.startDate} to ${report.pi.endDate} · ${report.scopeLabel}`}
        </Text>
        {report.baseline === undefined || report.baseline === null ? null : <DriftLine baseline={report.baseline} projectKey={reviewProjectKey} />}
        {reviewProjectKey === null ? null : (
          <Text as="p">
            <PiReviewLink projectKey={reviewProjectKey} />: decide on items, commit the PI, the not-doing register.
          </Text>
        )}
      </Stack>
      {report.settingsWarning === undefined ? null : (
        <SectionMessage appearance="warning" title="Default settings in use">
          <Text as="p">{report.settingsWarning}</Text>
        </SectionMessage>
      )}
      <PartialReadWarning
        partial={report.partial}
        read="report"
        covers="The counts and the table below cover these items only; the rest of the scope was not assessed."
        testId="deadline-warning"
      />
      <UnreadableItems unreadable={report.unreadable} leftOutOf="the counts below" testId="partial-warning" />
      {t === 0 ? (
        <div data-testid="empty-report">
          <EmptyState
            header={`No work items in ${piWords(report)} for ${report.scopeLabel}`}
            description={`The search found nothing to assess. Check the scope and that items carry the PI (search used: ${report.jql}).`}
            headingLevel={3}
          />
        </div>
      ) : (
        <>
          <Stack space="space.100">
            <Heading size="xsmall" as="h3">
              Verdicts
            </Heading>
            <VerdictDistribution counts={report.counts} total={t} capacity={report.capacity} />
            <CapacitySummary capacity={report.capacity} piName={piWords(report)} />
          </Stack>
          <Stack space="space.100">
            <Heading size="xsmall" as="h3">
              Balance of forces: how many items hold each
            </Heading>
            <ForceBars
              title="Balance of forces"
              values={{
                strategy: { value: report.balance.strategy, unit: `of ${t}`, ratio: report.balance.strategy / t },
                evidence: { value: report.balance.evidence, unit: `of ${t}`, ratio: report.balance.evidence / t },
                delivery: { value: report.balance.delivery, unit: `of ${t}`, ratio: report.balance.delivery / t },
              }}
            />
          </Stack>
          <ReportFilters filter={filter} counts={report.counts} onChange={setFilter} />
          <ReportTable items={shown} caption={`Items in ${piWords(report)}, worst first (${shown.length} of ${t} shown)`} unit={report.capacity.unit} swaps={swaps} />
        </>
      )}
      {report.candidates === undefined ? null : (
        <CandidatesList
          candidates={report.candidates}
          unit={report.capacity.unit}
          piName={piWords(report)}
          limit={candidatesLimit}
          reviewProjectKey={reviewProjectKey}
          layout="list"
        />
      )}
    </Stack>
  );
};
