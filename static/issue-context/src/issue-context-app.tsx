import { events } from '@forge/bridge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { useEffect } from 'react';
import { call } from '../../common/client';
import { ErrorMessage } from '../../common/error-message';
import { issueContextOf } from '../../common/forge-context';
import { Loading } from '../../common/loading';
import { useExtension } from '../../common/use-extension';
import { useLoad } from '../../common/use-load';
import { VerdictLozenge } from '../../common/verdict-lozenge';

/** Compact view under the issue fields: verdict, score and the headline on one line. */
export const IssueContextApp = () => {
  const { ext, failed } = useExtension();
  const issue = ext === null ? null : issueContextOf(ext);
  const { state, reload } = useLoad(issue === null ? null : () => call('getPanel', { issueKey: issue.issueKey }), [issue?.issueKey]);

  useEffect(() => {
    const sub = events.on('JIRA_ISSUE_CHANGED', reload);
    return () => void sub.then((s) => s.unsubscribe()).catch(() => undefined);
  }, [reload]);

  if (failed || (ext !== null && issue === null)) return <Text as="p">Open an issue to see its alignment.</Text>;
  if (state.status === 'loading') return <Loading label="Loading alignment" />;
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={reload} />;
  const a = state.data.assessment;
  return (
    <Stack space="space.050">
      <Inline space="space.100" alignBlock="center">
        <VerdictLozenge verdict={a.verdict} decision={a.decision} testId="verdict" />
        <span data-testid="score" data-value={a.score}>
          <Text weight="bold">{a.score}</Text> <Text color="color.text.subtle">/ 100 alignment</Text>
        </span>
      </Inline>
      <span data-testid="headline">
        <Text as="p" maxLines={1}>
          {a.headline}
        </Text>
      </span>
    </Stack>
  );
};
