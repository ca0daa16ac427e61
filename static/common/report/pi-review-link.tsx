import { router } from '@forge/bridge';
import { Inline, Text } from '@atlaskit/primitives';
import type { MouseEvent } from 'react';
import type { ScopeReport } from '../../../src/shared/report';
import { driftLine, sinceCommitWords } from './drift-words';

/** The PI review page's module key (manifest.yml, jira:projectPage). */
export const PI_REVIEW_MODULE = 'factory-gravity-pi-review';

/**
 * Opens the app's PI review page of a project through the host: a Custom UI
 * iframe cannot follow Jira links itself. @forge/bridge router.navigate with
 * NavigationTarget.Module {moduleKey, projectKey}
 * (node_modules/@forge/bridge/out/router/types.d.ts).
 */
export const openPiReview = (projectKey: string): void => {
  void router.navigate({ target: 'module', moduleKey: PI_REVIEW_MODULE, projectKey }).catch(() => undefined);
};

export const PiReviewLink = ({ projectKey, text = 'Open PI review' }: { projectKey: string; text?: string }) => (
  <a
    href="#pi-review"
    data-testid="open-pi-review"
    // Underlined: inside a sentence a link must not be told apart by colour alone (axe link-in-text-block).
    style={{ textDecoration: 'underline' }}
    onClick={(e: MouseEvent<HTMLAnchorElement>) => {
      e.preventDefault();
      openPiReview(projectKey);
    }}
  >
    {text}
  </a>
);

/** One line under the headline: "Since commit on 2026-11-02 by Alex Rivera (v1): 2 added, 1 worsened", with the link. */
export const DriftLine = ({ baseline, projectKey }: { baseline: NonNullable<ScopeReport['baseline']>; projectKey: string | null }) => (
  <Inline space="space.100" alignBlock="center" shouldWrap testId="drift-line">
    <Text as="p">
      {sinceCommitWords(baseline)}: {driftLine(baseline.drift)}
    </Text>
    {projectKey === null ? null : <PiReviewLink projectKey={projectKey} text="See the drift in the PI review" />}
  </Inline>
);
