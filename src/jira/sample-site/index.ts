/**
 * The embedded sample Jira site: an in-memory Jira Cloud answering the REST
 * v3 / Agile 1.0 endpoints the app reads, as a JiraTransport. Used by the
 * local preview, the CLI (--sample), the tests and the benchmarks.
 */
import { isIsoDate } from './dates';
import { buildRiversideHealth } from './data/riverside-health';
import { buildLargeSite } from './data/large-site';
import { manifestPropertyAliases, type PropertyAlias } from './jql/property-aliases';
import { createSiteFromStore, type SampleSite } from './sample-site';

export type { SampleSite, LoggedRequest } from './sample-site';
export { SAMPLE_USERS, LEADERSHIP_ONLY, type SampleUser, type SampleUserId, type SamplePermission } from './users';
export { INTENDED_VERDICTS, INTENDED_OUTCOMES, INTENDED_DELIVERY_SOURCES } from './data/riverside-health';
export { PI_EPOCH, PI_LENGTH_DAYS, piContaining, piByIndex, piIndexOf, type SamplePi } from './pi-calendar';
export { SEARCH_DEFAULT_MAX_RESULTS, SEARCH_MAX_RESULTS_CAP } from './handlers/search';
export { PROPERTY_VALUE_LIMIT } from './handlers/issue-resources';
export { propertyAliasesOf, manifestPropertyAliases, type PropertyAlias } from './jql/property-aliases';

/**
 * The JQL names the site answers over issue properties: by default the
 * jira:entityProperty aliases of the repository's manifest.yml, so the
 * site searches exactly what the deployed app makes searchable.
 */
export interface SiteAliasOption {
  readonly propertyAliases?: readonly PropertyAlias[];
}

const checkToday = (today: string): void => {
  if (!isIsoDate(today)) throw new Error(`today must be a date like 2026-03-31, got '${today}'`);
};

/** The Riverside Health demo site, built around `today` (there is always a current and a next PI). */
export const createSampleSite = (options: { readonly today: string; readonly latencyMs?: number } & SiteAliasOption): SampleSite => {
  checkToday(options.today);
  return createSiteFromStore(buildRiversideHealth(options.today), options.latencyMs ?? 0, options.propertyAliases ?? manifestPropertyAliases());
};

/** A deterministic, seeded site with `epics` epics (up to 100,000) for benchmarks; objectives live in project OBJ. */
export const generateLargeSite = (
  options: { readonly today: string; readonly epics: number; readonly seed: number; readonly latencyMs?: number } & SiteAliasOption,
): SampleSite => {
  checkToday(options.today);
  if (!Number.isInteger(options.epics) || options.epics < 0 || options.epics > 100_000) {
    throw new Error(`epics must be a whole number from 0 to 100000, got ${options.epics}`);
  }
  return createSiteFromStore(buildLargeSite(options.today, options.epics, options.seed), options.latencyMs ?? 0, options.propertyAliases ?? manifestPropertyAliases());
};
