import type { CapacityField } from '../shared/capacity';
import type { Settings } from '../shared/settings';
import type { SiteFieldRef } from './client';

/**
 * Which field sizes work items, and an item's size from its fields.
 * `auto` looks for Jira's story points field by the names Jira Cloud gives
 * it: "Story Points" (company-managed projects) and "Story point estimate"
 * (the field team-managed projects and newer sites use,
 * com.pyxis.greenhopper.jira:jsw-story-points), in that order, among the
 * site's number fields (GET /rest/api/3/field). Original estimates come in
 * seconds (`timeoriginalestimate`, OAS IssueBean fields) and are shown in hours.
 */

export const STORY_POINT_FIELD_NAMES = ['story points', 'story point estimate'] as const;

export const ORIGINAL_ESTIMATE: CapacityField = { id: 'timeoriginalestimate', name: 'Original estimate', unit: 'hours' };

export type CapacityFieldChoice =
  | { readonly ok: true; readonly field: CapacityField | null }
  | { readonly ok: false; readonly field: null; readonly warning: string };

const isNumberField = (f: SiteFieldRef): boolean => f.type === 'number';

/** Whether the setting can be resolved without the site's field list. */
export const needsSiteFields = (setting: Settings['capacity']['field']): boolean => setting === 'auto' || setting.startsWith('customfield_');

/** The capacity setting, resolved against the site's fields (needed only for `auto` and custom field ids). */
export const capacityFieldFor = (setting: Settings['capacity']['field'], siteFields: readonly SiteFieldRef[]): CapacityFieldChoice => {
  if (setting === 'none') return { ok: true, field: null };
  if (setting === 'timeoriginalestimate') return { ok: true, field: ORIGINAL_ESTIMATE };
  if (setting === 'auto') {
    for (const name of STORY_POINT_FIELD_NAMES) {
      const found = siteFields.find((f) => f.custom && isNumberField(f) && f.name.trim().toLowerCase() === name);
      if (found !== undefined) return { ok: true, field: { id: found.id, name: found.name, unit: 'points' } };
    }
    return { ok: true, field: null };
  }
  const found = siteFields.find((f) => f.id === setting);
  if (found === undefined) {
    return { ok: false, field: null, warning: `The capacity field ${setting} is not on this site or you cannot see it: items are counted instead of sized.` };
  }
  if (!isNumberField(found)) {
    return { ok: false, field: null, warning: `The capacity field ${setting} (${found.name}) is not a number field: items are counted instead of sized.` };
  }
  return { ok: true, field: { id: found.id, name: found.name, unit: 'points' } };
};

/** Hours to one decimal (estimates are kept in seconds). */
const hoursOf = (seconds: number): number => Math.round((seconds / 3600) * 10) / 10;

/**
 * The item's size: a finite number at or above 0 in the capacity field (hours
 * for an original estimate), else null (no value, text, a negative number):
 * an unsized item is never given a guessed size.
 */
export const sizeOf = (fields: Readonly<Record<string, unknown>>, field: CapacityField | null): number | null => {
  if (field === null) return null;
  const value = fields[field.id];
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return null;
  return field.unit === 'hours' ? hoursOf(value) : value;
};
