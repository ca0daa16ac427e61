import { events } from '@forge/bridge';
import { useEffect, type ReactNode } from 'react';
import type { PiSelector, ScopeSpec } from '../../../src/shared/scope';
import { ErrorMessage } from '../error-message';
import { Loading } from '../loading';
import { ReportView } from './report-view';
import { useScopeReport } from './use-scope-report';

/** Loads and shows the report for a scope and PI; reloads when the host asks (gadget refresh). */
/** reviewProjectKey: the project whose PI review page the report links to (default: the scope's project for a project scope). */
export const ReportScreen = ({
  scope,
  pi,
  toolbar,
  reviewProjectKey = scope.kind === 'project' ? scope.projectKey : null,
}: {
  scope: ScopeSpec;
  pi: PiSelector;
  toolbar?: ReactNode;
  reviewProjectKey?: string | null;
}) => {
  const { state, reload } = useScopeReport(scope, pi);
  useEffect(() => {
    const sub = events.on('JIRA_DASHBOARD_GADGET_REFRESH', reload);
    return () => void sub.then((s) => s.unsubscribe()).catch(() => undefined);
  }, [reload]);

  if (state.status === 'loading')
    return (
      <>
        {toolbar}
        <Loading label="Loading the PI report" />
      </>
    );
  if (state.status === 'error')
    return (
      <>
        {toolbar}
        <ErrorMessage error={state.error} onRetry={reload} />
      </>
    );
  return <ReportView report={state.data} toolbar={toolbar} reviewProjectKey={reviewProjectKey} />;
};
