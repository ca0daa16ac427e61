import { badRequest } from './responses';

/**
 * Opaque, stable continuation tokens: the offset and a fingerprint of the
 * query they belong to, base64url-encoded. A token from another query is refused.
 */

const fingerprint = (scope: string): string => {
  let h = 0x811c9dc5;
  for (let i = 0; i < scope.length; i++) {
    h ^= scope.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
};

export const encodePageToken = (scope: string, offset: number): string =>
  Buffer.from(`fg1:${fingerprint(scope)}:${offset}`, 'utf8').toString('base64url');

export const decodePageToken = (scope: string, token: string | undefined): number => {
  if (token === undefined || token === '') return 0;
  const text = Buffer.from(token, 'base64url').toString('utf8');
  const match = /^fg1:([0-9a-z]+):(\d+)$/.exec(text);
  if (match === null || match[1] !== fingerprint(scope)) throw badRequest('The nextPageToken is invalid or belongs to another query.');
  return Number(match[2]);
};
