import { makeResolver } from '@forge/resolver';
import type { ResolverDefs } from '../shared/payloads';
import { fail, type Envelope } from '../shared/result';
import type { AppDeps } from './app-deps';
import { commitBaseline, getBaseline } from './baseline-handlers';
import { recordDecisions, searchUsers } from './decision-handlers';
import { addEvidence, confirmEvidence, confirmSuggestion, editEvidence, removeEvidence, restoreEvidence } from './evidence-handlers';
import { getPanel } from './panel-handlers';
import { getPiReview } from './pi-review-handlers';
import { getScopeOptions, getScopeReport } from './scope-handlers';
import { getSettings, saveSettings } from './settings-handlers';
import { checkSettings, getSiteOptions } from './site-options-handlers';
import { getTrend } from './trend-handlers';
import { getOutcomes } from './outcome-handlers';
import { getActivity } from './activity-handlers';
import { wrap } from './resolver-wrapper';

/** What Forge calls: handler({ call: { functionKey, payload }, context }, backendRuntimePayload). */
export type ForgeResolverHandler = ReturnType<typeof makeResolver>;

/** The longest function key quoted back in the error (a key can be any string the front end sends). */
const QUOTED_KEY_CHARS = 60;

const functionKeyOf = (request: unknown): unknown =>
  typeof request === 'object' && request !== null ? (request as { call?: { functionKey?: unknown } }).call?.functionKey : undefined;

export const unknownFunction = (key: unknown): Envelope<never> => {
  const shown = typeof key === 'string' ? JSON.stringify(key.slice(0, QUOTED_KEY_CHARS)) : 'missing';
  return fail('BAD_PAYLOAD', `There is no Factory Gravity resolver function named ${shown}; nothing was changed. Reload the page to get the current app.`);
};

/**
 * Only the app's own function keys reach @forge/resolver. Its lookup is
 * `functionKey in this.functions` on a plain object
 * (node_modules/@forge/resolver/out/index.js, Resolver.getFunction), so
 * `constructor` would run Object() and echo the request and context back, and
 * `hasOwnProperty`, `toString` and the other Object.prototype names would
 * throw a 500. An own-property check answers every other key with BAD_PAYLOAD.
 */
export const onlyOwnFunctionKeys =
  (handlers: object, forge: ForgeResolverHandler): ForgeResolverHandler =>
  async (request, backendRuntimePayload) => {
    const key = functionKeyOf(request);
    if (typeof key !== 'string' || !Object.prototype.hasOwnProperty.call(handlers, key)) return unknownFunction(key);
    return forge(request, backendRuntimePayload);
  };

/**
 * Every resolver key of src/shared/payloads.ts, one line each, through the
 * one wrapper.
 */
export const createResolver = (deps: AppDeps): ForgeResolverHandler => {
  const handlers = {
    getPanel: wrap(deps, 'getPanel', getPanel),
    addEvidence: wrap(deps, 'addEvidence', addEvidence),
    editEvidence: wrap(deps, 'editEvidence', editEvidence),
    removeEvidence: wrap(deps, 'removeEvidence', removeEvidence),
    restoreEvidence: wrap(deps, 'restoreEvidence', restoreEvidence),
    confirmSuggestion: wrap(deps, 'confirmSuggestion', confirmSuggestion),
    confirmEvidence: wrap(deps, 'confirmEvidence', confirmEvidence),
    getScopeReport: wrap(deps, 'getScopeReport', getScopeReport),
    getScopeOptions: wrap(deps, 'getScopeOptions', getScopeOptions),
    getSettings: wrap(deps, 'getSettings', getSettings),
    saveSettings: wrap(deps, 'saveSettings', saveSettings),
    getSiteOptions: wrap(deps, 'getSiteOptions', getSiteOptions),
    checkSettings: wrap(deps, 'checkSettings', checkSettings),
    getPiReview: wrap(deps, 'getPiReview', getPiReview),
    recordDecisions: wrap(deps, 'recordDecisions', recordDecisions),
    searchUsers: wrap(deps, 'searchUsers', searchUsers),
    commitBaseline: wrap(deps, 'commitBaseline', commitBaseline),
    getBaseline: wrap(deps, 'getBaseline', getBaseline),
    getTrend: wrap(deps, 'getTrend', getTrend),
    getOutcomes: wrap(deps, 'getOutcomes', getOutcomes),
    getActivity: wrap(deps, 'getActivity', getActivity),
  };
  return onlyOwnFunctionKeys(handlers, makeResolver<ResolverDefs>(handlers));
};
