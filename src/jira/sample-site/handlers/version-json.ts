import type { SiteVersion } from '../model';

/** A version as Jira embeds it in an issue's fixVersions (and in editmeta's allowed values). */
export const versionJson = (base: string, v: SiteVersion): Record<string, unknown> => ({
  self: `${base}/rest/api/3/version/${v.id}`,
  id: v.id,
  description: v.description ?? '',
  name: v.name,
  archived: v.archived,
  released: v.released,
  ...(v.releaseDate !== undefined ? { releaseDate: v.releaseDate } : {}),
});
