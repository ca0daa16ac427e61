import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import { useState, type ReactNode } from 'react';
import type { BaselineDrift } from '../../../src/shared/baseline';
import { openIssue } from '../../common/issue-link';
import { VERDICT_LABEL } from '../../common/verdict';
import { call, type UiError } from '../../common/client';
import { driftLine, sinceCommitWords } from '../../common/report/drift-words';

/** An issue link inside a sentence: underlined, so it is not told apart by colour alone (axe link-in-text-block). */
const KeyLink = ({ issueKey }: { issueKey: string }) => (
  <a
    href={`/browse/${encodeURIComponent(issueKey)}`}
    data-issue-key={issueKey}
    style={{ whiteSpace: 'nowrap', textDecoration: 'underline' }}
    onClick={(e) => {
      e.preventDefault();
      openIssue(issueKey);
    }}
  >
    {issueKey}
  </a>
);

const List = ({ title, testId, children, count }: { title: string; testId: string; count: number; children: ReactNode }) => (
  <section data-testid={testId} aria-label={title}>
    <Heading size="xxsmall" as="h4">
      {title} ({count})
    </Heading>
    {count === 0 ? (
      <Text as="p" color="color.text.subtlest">
        None
      </Text>
    ) : (
      <ul style={{ margin: 0, paddingLeft: token('space.200') }}>{children}</ul>
    )}
  </section>
);

/** Drift since the newest baseline, or how to commit one. */
export const DriftPanel = ({
  baseline,
  piName,
  projectKey,
  piSelector,
  canCommit,
  onCommitted,
}: {
  baseline: BaselineDrift | null | undefined;
  piName: string;
  projectKey: string | null;
  piSelector: 'current' | 'next';
  canCommit: boolean;
  onCommitted: () => void;
}) => {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<UiError | null>(null);
  const commit = async () => {
    if (projectKey === null) return;
    setBusy(true);
    setError(null);
    const o = await call('commitBaseline', { projectKey, pi: piSelector });
    setBusy(false);
    setConfirming(false);
    if (o.ok) onCommitted();
    else setError(o.error);
  };
  const commitReason =
    projectKey === null
      ? 'Baselines belong to a project: switch the scope to the project to commit.'
      : `Only project admins commit a PI: ask for Administer projects in ${projectKey}.`;
  const commitControls = (
    <Stack space="space.100">
      {confirming ? (
        <div role="alertdialog" aria-label="Confirm commit" data-testid="commit-confirm">
          <SectionMessage appearance="warning" title={`Commit ${piName}?`}>
            <Stack space="space.100">
              <Text as="p">
                A baseline is permanent: it freezes every item's verdict, score, forces, findings, evidence and decision as they stand now. Committing again later makes a new version and keeps this one.
              </Text>
              <div style={{ display: 'flex', gap: token('space.100') }}>
                <Button appearance="primary" onClick={() => void commit()} isLoading={busy} testId="commit-confirm-yes">
                  Commit {piName}
                </Button>
                <Button onClick={() => setConfirming(false)} testId="commit-confirm-no">
                  Cancel
                </Button>
              </div>
            </Stack>
          </SectionMessage>
        </div>
      ) : (
        <div>
          <Button isDisabled={!canCommit} onClick={() => setConfirming(true)} testId="commit-button">
            {baseline === null || baseline === undefined ? `Commit ${piName}` : `Commit ${piName} again (new version)`}
          </Button>
          {canCommit ? null : (
            <Text as="p" color="color.text.subtle" testId="commit-disabled-reason">
              {commitReason}
            </Text>
          )}
        </div>
      )}
      {error === null ? null : (
        <SectionMessage appearance="error" title="Not committed">
          <Text as="p">{error.message}</Text>
        </SectionMessage>
      )}
    </Stack>
  );

  if (baseline === null || baseline === undefined)
    return (
      <Stack space="space.100" testId="drift-panel">
        <Heading size="xsmall" as="h3">
          Baseline
        </Heading>
        <Text as="p" testId="no-baseline">
          No baseline for {piName} yet. Commit the PI when the train has agreed on it.
        </Text>
        {commitControls}
      </Stack>
    );
  const d = baseline.drift;
  return (
    <Stack space="space.150" testId="drift-panel">
      <Heading size="xsmall" as="h3">
        <span data-testid="drift-title">{sinceCommitWords(baseline)}</span>
      </Heading>
      <Text as="p" color="color.text.subtle" testId="drift-line">
        {driftLine(d)}
      </Text>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(12rem, 1fr))', gap: token('space.200') }}>
        <List title="Added after commit" testId="drift-added" count={d.added.length}>
          {d.added.map((i) => (
            <li key={i.key}>
              <KeyLink issueKey={i.key} /> {i.summary} ({VERDICT_LABEL[i.verdict]})
            </li>
          ))}
        </List>
        <List title="Removed" testId="drift-removed" count={d.removed.length}>
          {d.removed.map((i) => (
            <li key={i.key}>
              <KeyLink issueKey={i.key} /> {i.summary}
            </li>
          ))}
        </List>
        <List title="Worsened" testId="drift-worsened" count={d.worsened.length}>
          {d.worsened.map((i) => (
            <li key={i.key}>
              <KeyLink issueKey={i.key} /> {i.summary}: {VERDICT_LABEL[i.from]} → {VERDICT_LABEL[i.to]}
            </li>
          ))}
        </List>
        <List title="Evidence expired" testId="drift-expired" count={d.evidenceExpired.length}>
          {d.evidenceExpired.map((i) => (
            <li key={i.key}>
              <KeyLink issueKey={i.key} /> {i.summary}: {i.freshAtCommit} → {i.freshNow} fresh
            </li>
          ))}
        </List>
      </div>
      {commitControls}
    </Stack>
  );
};
