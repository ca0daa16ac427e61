import type { z } from 'zod';
import type { VersionRef } from '../domain/model';
import type { AgileVersionSchema, PlatformVersionSchema } from './schemas';
import { dayOf } from './map-dates';

/** A platform (string id) or agile (numeric id, date-time) version → VersionRef. */
export const toVersionRef = (
  version: z.infer<typeof PlatformVersionSchema> | z.infer<typeof AgileVersionSchema>,
): VersionRef => {
  const startDate = dayOf(version.startDate);
  const releaseDate = dayOf(version.releaseDate);
  return {
    id: String(version.id),
    name: version.name,
    ...(startDate === undefined ? {} : { startDate }),
    ...(releaseDate === undefined ? {} : { releaseDate }),
    released: version.released === true,
    archived: version.archived === true,
  };
};

/** Versions of several projects → one list, same-named versions merged (earliest start, latest release). */
export const mergeVersionsByName = (versions: readonly VersionRef[]): VersionRef[] => {
  const byName = new Map<string, VersionRef>();
  for (const v of versions) {
    const seen = byName.get(v.name);
    if (seen === undefined) {
      byName.set(v.name, v);
      continue;
    }
    const starts = [seen.startDate, v.startDate].filter((d): d is string => d !== undefined).sort();
    const releases = [seen.releaseDate, v.releaseDate].filter((d): d is string => d !== undefined).sort();
    const startDate = starts[0];
    const releaseDate = releases[releases.length - 1];
    byName.set(v.name, {
      id: seen.id,
      name: v.name,
      ...(startDate === undefined ? {} : { startDate }),
      ...(releaseDate === undefined ? {} : { releaseDate }),
      released: seen.released && v.released,
      archived: seen.archived && v.archived,
    });
  }
  return [...byName.values()];
};
