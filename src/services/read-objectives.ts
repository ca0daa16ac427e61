import type { JiraClient, RawIssue } from '../jira/client';
import { keysJql } from '../jira/jql';
import { objectiveDetailFields, objectiveKeysNeeded, toObjectiveDetails, MAX_PARENT_DEPTH, type ObjectiveDetails } from '../jira/map-objectives';
import { isAppError } from '../shared/result';
import type { Settings } from '../shared/settings';

const KEYS_PER_SEARCH = 100;

/**
 * One `key in (...)` search. Jira refuses the whole query (400) when one key
 * does not exist or is not visible, naming it: such keys are recorded as
 * null and the search is repeated without them (at most once per key).
 */
const searchKeys = async (
  client: JiraClient,
  settings: Settings,
  keys: readonly string[],
  details: Map<string, ObjectiveDetails | null>,
): Promise<RawIssue[]> => {
  let remaining = [...keys];
  while (remaining.length > 0) {
    try {
      return await client.search({ jql: keysJql(remaining), fields: objectiveDetailFields(settings), pageSize: KEYS_PER_SEARCH });
    } catch (error) {
      if (!isAppError(error) || error.code !== 'JIRA_BAD_REQUEST') throw error;
      const refused = remaining.filter((key) => new RegExp(`['"]${key}['"]`).test(error.message));
      if (refused.length === 0) throw error;
      for (const key of refused) details.set(key, null);
      remaining = remaining.filter((key) => !refused.includes(key));
    }
  }
  return [];
};

/**
 * Details (summary, status, target date, parent) of every objective the
 * items may reach, one search per 100 keys, level by level up the parent
 * chain for keys not yet known. Keys that did not come back (not visible)
 * are recorded as null. `known` seeds details already read (the panel's first search).
 */
export const readObjectiveDetails = async (
  client: JiraClient,
  settings: Settings,
  items: readonly RawIssue[],
  known: ReadonlyMap<string, ObjectiveDetails | null> = new Map(),
): Promise<Map<string, ObjectiveDetails | null>> => {
  const details = new Map(known);
  for (let level = 0; level <= MAX_PARENT_DEPTH; level += 1) {
    const keys = objectiveKeysNeeded(items, settings, details);
    if (keys.length === 0) break;
    for (let i = 0; i < keys.length; i += KEYS_PER_SEARCH) {
      const batch = keys.slice(i, i + KEYS_PER_SEARCH);
      for (const raw of await searchKeys(client, settings, batch, details)) details.set(raw.key, toObjectiveDetails(raw, settings));
      for (const key of batch) if (!details.has(key)) details.set(key, null);
    }
  }
  return details;
};
