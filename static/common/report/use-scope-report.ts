import type { PiSelector, ScopeSpec } from '../../../src/shared/scope';
import { call } from '../client';
import { useLoad } from '../use-load';

/** Loads a PI report for a scope; null scope = not configured yet. */
export const useScopeReport = (scope: ScopeSpec | null, pi: PiSelector) =>
  useLoad(scope === null ? null : () => call('getScopeReport', { scope, pi }), [JSON.stringify(scope), JSON.stringify(pi)]);
