import { makeResolver } from '@forge/resolver';
import type { ResolverDefs } from '../shared/payloads';
import type { AppDeps } from './app-deps';
import { addEvidence, confirmSuggestion, editEvidence, removeEvidence, restoreEvidence } from './evidence-handlers';
import { getPanel } from './panel-handlers';
import { getScopeOptions, getScopeReport } from './scope-handlers';
import { getSettings, saveSettings } from './settings-handlers';
import { wrap } from './resolver-wrapper';

/**
 * Every resolver key of src/shared/payloads.ts, one line each, through the
 * one wrapper. The result is the function Forge calls:
 * handler({ call: { functionKey, payload }, context }, backendRuntimePayload).
 */
export const createResolver = (deps: AppDeps) =>
  makeResolver<ResolverDefs>({
    getPanel: wrap(deps, 'getPanel', getPanel),
    addEvidence: wrap(deps, 'addEvidence', addEvidence),
    editEvidence: wrap(deps, 'editEvidence', editEvidence),
    removeEvidence: wrap(deps, 'removeEvidence', removeEvidence),
    restoreEvidence: wrap(deps, 'restoreEvidence', restoreEvidence),
    confirmSuggestion: wrap(deps, 'confirmSuggestion', confirmSuggestion),
    getScopeReport: wrap(deps, 'getScopeReport', getScopeReport),
    getScopeOptions: wrap(deps, 'getScopeOptions', getScopeOptions),
    getSettings: wrap(deps, 'getSettings', getSettings),
    saveSettings: wrap(deps, 'saveSettings', saveSettings),
  });
