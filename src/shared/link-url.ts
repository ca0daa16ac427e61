/**
 * The one rule for links to outside the app: which URLs become a clickable
 * link (front ends) or may be stored as evidence (schemas). Anything the rule
 * refuses is shown as plain text, never as a link.
 *
 * - 'evidence' (what people type): https only.
 * - 'jira-link' (web links Jira gives us, suggested evidence): https or http.
 *
 * A URL passes when, in the raw input:
 * - it starts with the scheme and '//' ("https://", any case), so no leading
 *   space, control character or relative form ("//host", "host/path");
 * - it holds no control (Cc), format (Cf: zero-width, bidi), white-space,
 *   quote, backtick, angle-bracket or backslash character anywhere: browsers
 *   strip tabs and newlines and trim spaces before parsing ("java\tscript:"),
 *   and quotes or brackets are how a link breaks out of an attribute;
 * - its authority (what follows "//" up to the first / ? or #) has no '@':
 *   user info, even empty. The WHATWG parser gives `username === ''` for
 *   "https://@host", so the raw text is checked as well as the parsed URL;
 * and the WHATWG URL parser (`new URL`) reads it as that scheme with a
 * non-empty host and no username or password.
 */

export type LinkPolicy = 'evidence' | 'jira-link';

const SCHEMES: Record<LinkPolicy, readonly string[]> = {
  evidence: ['https:'],
  'jira-link': ['https:', 'http:'],
};

/** Characters never allowed anywhere in a link's raw text. */
const FORBIDDEN = /[\p{Cc}\p{Cf}\p{White_Space}"'`<>\\]/u;

/** Scheme and '//' at the very start, then the authority up to the first / ? # (no '@' allowed in it). */
const SCHEME_AND_AUTHORITY = /^([a-z][a-z0-9+.-]*:)\/\/([^/?#]*)/i;

/**
 * Links that certainly parse as https URLs with a host and no credentials, once FORBIDDEN
 * found nothing: a host of letter-digit-hyphen labels (no "--", so no punycode to decode)
 * whose last label starts with a letter (never an IPv4 address), an optional short port,
 * then a path, query or fragment. Spares the URL parser for the common case.
 */
const PLAIN_HTTPS_URL = /^https:\/\/(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)*[a-z](?:[a-z0-9-]*[a-z0-9])?(?::\d{1,4})?(?:[/?#].*)?$/i;

const parsedUrlPasses = (raw: string, schemes: readonly string[]): boolean => {
  try {
    const u = new URL(raw);
    return schemes.includes(u.protocol) && u.hostname.length > 0 && u.username === '' && u.password === '';
  } catch {
    return false;
  }
};

/** Whether `raw` is a link the policy lets through (see the module comment). */
export const isSafeLinkUrl = (raw: string, policy: LinkPolicy): boolean => {
  if (FORBIDDEN.test(raw)) return false;
  const head = SCHEME_AND_AUTHORITY.exec(raw);
  if (head === null) return false;
  const schemes = SCHEMES[policy];
  if (!schemes.includes((head[1] ?? '').toLowerCase())) return false;
  if ((head[2] ?? '').includes('@')) return false;
  if (PLAIN_HTTPS_URL.test(raw) && !(head[2] ?? '').includes('--')) return true;
  return parsedUrlPasses(raw, schemes);
};

/** The href to render for `raw`, or null when it must be shown as text. */
export const safeHref = (raw: string | undefined, policy: LinkPolicy): string | null =>
  raw !== undefined && isSafeLinkUrl(raw, policy) ? raw : null;
