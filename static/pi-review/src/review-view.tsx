import EmptyState from '@atlaskit/empty-state';
import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { useMemo, useState } from 'react';
import type { PiReview } from '../../../src/shared/payloads';
import { CandidatesList } from '../../common/report/candidates-list';
import { CapacitySummary } from '../../common/report/capacity-summary';
import { swapOptionsByKey } from '../../common/report/capacity-words';
import { VerdictDistribution } from '../../common/report/verdict-distribution';
import { BaselineExport } from './baseline-export-buttons';
import { DecideDialog } from './decide-dialog';
import { DecideTable } from './decide-table';
import { DecisionLog } from './decision-log';
import { DriftPanel } from './drift-panel';
import { RegisterTable } from './register-table';

export const ReviewView = ({ review, piSelector, scopeProjectKey, onChanged }: { review: PiReview; piSelector: 'current' | 'next'; scopeProjectKey: string; onChanged: () => void }) => {
  const { report } = review;
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [deciding, setDeciding] = useState<readonly string[] | null>(null);
  const pi = report.pi;
  const swaps = useMemo(() => swapOptionsByKey(report), [report]);
  const registerProjects = [...new Set(review.register.map((e) => e.projectKey).concat(review.projectKey ?? scopeProjectKey))];

  if (pi === null)
    return (
      <div data-testid="no-pi">
        <EmptyState
          header={`No ${report.piRole} PI for ${report.scopeLabel}`}
          description="Check the PI settings (Project settings, Factory Gravity): the PI calendar comes from fix versions, sprints, a label or a field."
          headingLevel={2}
        />
      </div>
    );
  return (
    <Stack space="space.400">
      <Stack space="space.100">
        <Heading size="medium" as="h2">
          <span data-testid="headline">{report.headline}</span>
        </Heading>
        <Text as="p" color="color.text.subtle">
          {pi.name}: {pi.startDate} to {pi.endDate} · {report.scopeLabel}
        </Text>
        {report.settingsWarning === undefined ? null : (
          <SectionMessage appearance="warning" title="Default settings in use">
            <Text as="p">{report.settingsWarning}</Text>
          </SectionMessage>
        )}
        {report.partial === undefined ? null : (
          <SectionMessage appearance="warning" title="Partial report">
            <Text as="p">{report.partial.message}</Text>
          </SectionMessage>
        )}
        {report.total === 0 ? null : (
          <>
            <CapacitySummary capacity={report.capacity} piName={pi.name} />
            <VerdictDistribution counts={report.counts} total={report.total} capacity={report.capacity} />
          </>
        )}
      </Stack>
      <DriftPanel
        baseline={report.baseline}
        piName={pi.name}
        projectKey={review.projectKey}
        piSelector={piSelector}
        canCommit={review.canCommit}
        onCommitted={onChanged}
      />
      {review.projectKey === null ? null : <BaselineExport projectKey={review.projectKey} piName={pi.name} hasBaseline={review.baselineVersions.length > 0} />}
      {report.total === 0 ? (
        <div data-testid="empty-report">
          <EmptyState header={`No work items in ${pi.name} for ${report.scopeLabel}`} description={`Plan items into ${pi.name} (search used: ${report.jql}).`} headingLevel={3} />
        </div>
      ) : (
        <DecideTable
          items={report.items}
          selected={selected}
          onSelect={setSelected}
          onDecide={setDeciding}
          canDecide={review.canDecide}
          noDecideReason={`You can view this PI but may not decide: ask for Edit issues in ${review.projectKey ?? scopeProjectKey}.`}
          unit={report.capacity.unit}
          swaps={swaps}
        />
      )}
      {report.candidates === undefined ? null : <CandidatesList candidates={report.candidates} unit={report.capacity.unit} piName={pi.name} />}
      <DecisionLog entries={review.decisionLog} piName={pi.name} />
      <RegisterTable entries={review.register} projectKeys={registerProjects} />
      {deciding === null ? null : (
        <DecideDialog
          issueKeys={deciding}
          pi={pi}
          onClose={(changed) => {
            setDeciding(null);
            if (changed) {
              setSelected(new Set());
              onChanged();
            }
          }}
        />
      )}
    </Stack>
  );
};
