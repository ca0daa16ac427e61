import type { JiraClient, SiteFieldRef } from '../jira/client';
import { capacityFieldFor, needsSiteFields, type CapacityFieldChoice } from '../jira/map-size';
import { isAppError } from '../shared/result';
import type { Settings } from '../shared/settings';

/**
 * The capacity field of some settings, resolved against the site (one
 * GET /rest/api/3/field per client, remembered for that client only: each
 * Forge invocation, CLI run and test builds its own client).
 */

const siteFieldsByClient = new WeakMap<JiraClient, Promise<SiteFieldRef[]>>();

const siteFieldsOnce = (client: JiraClient): Promise<SiteFieldRef[]> => {
  const known = siteFieldsByClient.get(client);
  if (known !== undefined) return known;
  const reading = client.fields();
  siteFieldsByClient.set(client, reading);
  // A failed read is not remembered: the next caller asks again.
  reading.catch(() => siteFieldsByClient.delete(client));
  return reading;
};

/** Refusals that leave the rest of a report readable: sizes then are what is missing, said in a warning. */
const SIZE_ONLY_FAILURES = new Set(['JIRA_FORBIDDEN', 'NOT_FOUND']);

/**
 * The settings' capacity field. When Jira refuses the site's fields (403,
 * 404), items are counted and the report says why: a permission on the field
 * list never stops a report. Jira being down, an answer the app cannot read,
 * a login that fails and the deadline are not swallowed: they fail the report
 * as any of its own reads would (test/reliability/faults.test.ts).
 */
export const readCapacityField = async (client: JiraClient, settings: Settings): Promise<CapacityFieldChoice> => {
  const setting = settings.capacity.field;
  if (!needsSiteFields(setting)) return capacityFieldFor(setting, []);
  try {
    return capacityFieldFor(setting, await siteFieldsOnce(client));
  } catch (error) {
    if (!isAppError(error) || !SIZE_ONLY_FAILURES.has(error.code)) throw error;
    return { ok: false, field: null, warning: `The site's fields could not be read (${error.message}), so items are counted instead of sized.` };
  }
};
