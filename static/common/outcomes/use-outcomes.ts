import { events } from '@forge/bridge';
import { useEffect } from 'react';
import type { ScopeSpec } from '../../../src/shared/scope';
import { call } from '../client';
import { useLoad } from '../use-load';

/**
 * Loads the outcomes list of a scope (getOutcomes: its delivered items by
 * outcome status, since the scope's setting outcome.lookbackMonths) and
 * loads it again when the dashboard asks the gadget to refresh.
 */
export const useOutcomes = (scope: ScopeSpec) => {
  const loaded = useLoad(() => call('getOutcomes', { scope }), [JSON.stringify(scope)]);
  const { reload } = loaded;
  useEffect(() => {
    const sub = events.on('JIRA_DASHBOARD_GADGET_REFRESH', reload);
    return () => void sub.then((s) => s.unsubscribe()).catch(() => undefined);
  }, [reload]);
  return loaded;
};
