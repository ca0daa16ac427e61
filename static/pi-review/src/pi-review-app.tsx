import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import { useState } from 'react';
import type { ScopeSpec } from '../../../src/shared/scope';
import { call } from '../../common/client';
import { ErrorMessage } from '../../common/error-message';
import { projectKeyFromExtension } from '../../common/forge-context';
import { Loading } from '../../common/loading';
import { NativeSelect } from '../../common/native-select';
import { useExtension } from '../../common/use-extension';
import { useLoad } from '../../common/use-load';
import { OutcomesSection } from '../../common/outcomes/outcomes-section';
import { TrendSection } from '../../common/trend/trend-section';
import { ReviewView } from './review-view';

type PiChoice = 'current' | 'next';

const labelStyle = { font: token('font.body.small'), fontWeight: token('font.weight.bold'), color: token('color.text.subtle') };

/** The PI review page (jira:projectPage): the project's or one of its boards' PI, decided on and committed. */
export const PiReviewApp = () => {
  const { ext, failed } = useExtension();
  const projectKey = ext === null ? null : projectKeyFromExtension(ext);
  if (ext === null && !failed) return <Loading label="Loading the project" />;
  if (projectKey === null) return <Text as="p">Open this from a project: the PI review covers the project's work items.</Text>;
  return <Review projectKey={projectKey} />;
};

const Review = ({ projectKey }: { projectKey: string }) => {
  const [scopeValue, setScopeValue] = useState('project');
  const [pi, setPi] = useState<PiChoice>('current');
  const options = useLoad(() => call('getScopeOptions', {}), []);
  const boards = options.state.status === 'ready' ? options.state.data.boards.filter((b) => b.projectKey === projectKey) : [];
  const scope: ScopeSpec = scopeValue === 'project' ? { kind: 'project', projectKey } : { kind: 'board', boardId: Number(scopeValue.slice('board:'.length)) };
  const review = useLoad(() => call('getPiReview', { scope, pi }), [JSON.stringify(scope), pi]);

  const header = (
    <Inline space="space.200" alignBlock="end" shouldWrap>
      <Heading size="large" as="h1">
        PI review
      </Heading>
      <div>
        <label htmlFor="scope-select" style={labelStyle}>
          Scope
        </label>
        <div>
          <NativeSelect
            id="scope-select"
            testId="scope-select"
            value={scopeValue}
            options={[{ value: 'project', label: `Project ${projectKey}` }, ...boards.map((b) => ({ value: `board:${b.id}`, label: `Board: ${b.name}` }))]}
            onChange={setScopeValue}
          />
        </div>
      </div>
      <div>
        <label htmlFor="pi-select" style={labelStyle}>
          PI
        </label>
        <div>
          <NativeSelect
            id="pi-select"
            testId="pi-select"
            value={pi}
            options={[
              { value: 'current', label: 'Current PI' },
              { value: 'next', label: 'Next PI' },
            ]}
            onChange={setPi}
          />
        </div>
      </div>
    </Inline>
  );

  return (
    <Stack space="space.300">
      {header}
      {review.state.status === 'loading' ? (
        <Loading label="Loading the PI review" />
      ) : review.state.status === 'error' ? (
        <ErrorMessage error={review.state.error} onRetry={review.reload} />
      ) : (
        <div aria-busy={review.state.reloading} style={{ opacity: review.state.reloading ? 0.6 : 1, minWidth: 0 }}>
          <ReviewView review={review.state.data} piSelector={pi} scopeProjectKey={projectKey} onChanged={review.reload} />
        </div>
      )}
      {/* Across PIs, so it loads once per scope (not again when the PI picked or a decision changes) and sits last: loading it moves nothing above it. */}
      <TrendSection scope={scope} headingLevel={2} />
      {/* After delivery, whatever the PI: the scope's delivered items by outcome status, overdue (zombie product candidates) first. */}
      <OutcomesSection scope={scope} headingLevel={2} />
    </Stack>
  );
};
