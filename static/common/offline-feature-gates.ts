/**
 * Build-time stand-in for @atlaskit/feature-gate-js-client (see
 * vite.config.shared.ts). Atlaskit components ask it for feature gates; in a
 * Forge Custom UI iframe nobody initialises Atlassian's Statsig client, so
 * the real client answers every gate with its default (false) after a
 * console warning. This answers the same without the ~55 KB gzipped client.
 */
interface ExperimentLike {
  get: <T>(_parameter: string, defaultValue: T) => T;
}

const FeatureGates = {
  initializeCompleted: (): boolean => false,
  checkGate: (_gate: string): boolean => false,
  getExperimentValue: <T>(_experiment: string, _parameter: string, defaultValue: T): T => defaultValue,
  getExperiment: (_experiment: string): ExperimentLike => ({ get: <T>(_p: string, d: T): T => d }),
  manuallyLogGateExposure: (_gate: string): void => undefined,
  manuallyLogExperimentExposure: (_experiment: string): void => undefined,
  onGateUpdated: (): (() => void) => () => undefined,
  onAnyUpdated: (): (() => void) => () => undefined,
  isGateExists: (_gate: string): boolean => false,
};

export default FeatureGates;
