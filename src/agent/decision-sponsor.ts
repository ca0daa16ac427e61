import { normaliseName } from '../domain';
import type { JiraClient } from '../jira/client';
import { AppError } from '../shared/result';

/**
 * The sponsor of a keep, as the person asking named them: an Atlassian
 * account id as it is, or a name looked up with Jira's user search as the
 * person (GET /rest/api/3/user/search, the client's searchUsers: the same
 * search the PI review page's sponsor picker runs through the searchUsers
 * resolver; it keeps only active people, no apps or customers). The name must
 * find exactly one person, or exactly one whose full name it is; otherwise
 * BAD_PAYLOAD listing the people found. An account id is checked by the
 * decision service like the UI's pick (active person, GET /user).
 */

/** Shown in a refusal: at most this many of the people a name found. */
export const SPONSOR_MATCHES_SHOWN = 5;

/**
 * Account ids as Jira issues them: "<number>:<id>" (557058:f581..., 712020:...)
 * or the older 24-character form. A person's name has a space or is not in these shapes.
 */
export const looksLikeAccountId = (s: string): boolean => /^\d+:[A-Za-z0-9-]{8,}$/.test(s) || /^[0-9a-f]{24}$/i.test(s);

const badSponsor = (message: string): AppError => new AppError('BAD_PAYLOAD', message, [{ path: ['sponsor'], message }]);

/** The sponsor's account id, or BAD_PAYLOAD saying whom the name found. */
export const sponsorAccountId = async (client: JiraClient, sponsor: string): Promise<string> => {
  const given = sponsor.trim();
  if (looksLikeAccountId(given)) return given;
  const found = await client.searchUsers(given);
  const exact = found.filter((p) => normaliseName(p.displayName) === normaliseName(given));
  const [only] = found.length === 1 ? found : exact.length === 1 ? exact : [];
  if (only !== undefined) return only.accountId;
  if (found.length === 0) {
    throw badSponsor(`No active person in Jira matches “${given}”. Not recorded: ask for the sponsor's full name (or account id) and try again.`);
  }
  const names = found.slice(0, SPONSOR_MATCHES_SHOWN).map((p) => p.displayName);
  const more = found.length > SPONSOR_MATCHES_SHOWN ? ` and ${found.length - SPONSOR_MATCHES_SHOWN} more` : '';
  throw badSponsor(`“${given}” matches ${found.length} people: ${names.join(', ')}${more}. Not recorded: ask which one sponsors it and give the full name.`);
};
