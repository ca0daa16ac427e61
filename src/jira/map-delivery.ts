import { z } from 'zod';
import { dateOf, parseInstant } from '../domain/dates';
import type { StatusCategory } from '../shared/assessment';
import type { Delivery } from '../shared/outcome';
import type { RawHistory } from './client';

/**
 * The day a Done work item was delivered:
 * 1. `resolutiondate` (OAS IssueBean fields; Jira sets it when a transition sets a
 *    resolution and clears it when the issue is reopened), else
 * 2. the newest changelog entry that moved the status into the item's current
 *    status (a status item: `to` is the status id, `toString` its name; the
 *    history is asked for with fieldIds status: src/services/assess-raw-items.ts),
 * else unknown (null). An item not Done has no delivery day. Dates are the
 * calendar day as the site's zone wrote it (dateOf).
 */

export const RESOLUTION_DATE_FIELD = 'resolutiondate';
/** The changelog field id of status changes (bulkfetch fieldIds). */
export const STATUS_FIELD_ID = 'status';

const DeliveryFieldsSchema = z
  .object({
    resolutiondate: z.string().nullable().optional().catch(undefined),
    status: z
      .object({ id: z.string().optional().catch(undefined), name: z.string().optional().catch(undefined) })
      .loose()
      .nullable()
      .optional()
      .catch(undefined),
  })
  .loose();

type HistoryItem = RawHistory['items'][number];

const isStatusItem = (item: HistoryItem): boolean =>
  item.fieldId !== undefined ? item.fieldId === STATUS_FIELD_ID : typeof item.field === 'string' && item.field.toLowerCase() === STATUS_FIELD_ID;

const known = (s: string | null | undefined): s is string => typeof s === 'string' && s.trim() !== '';

const sameName = (a: unknown, b: string | undefined): boolean =>
  typeof a === 'string' && known(b) && a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Whether a status item moved into `status`: by id when both the item's `to` and the
 * status id are known (a status of another workflow may share the name), else by name
 * (any case), e.g. for an entry written without `to` (null or empty).
 */
const movesInto = (item: HistoryItem, status: { readonly id?: string | undefined; readonly name?: string | undefined }): boolean =>
  known(item.to) && known(status.id) ? item.to === status.id : sameName(item.toString, status.name);

/** The delivery of an item whose fields and histories were read, or null when not Done or the day is unknown. */
export const deliveryOf = (
  fields: Readonly<Record<string, unknown>>,
  statusCategory: StatusCategory,
  histories: readonly RawHistory[],
): Delivery | null => {
  if (statusCategory !== 'done') return null;
  const parsed = DeliveryFieldsSchema.safeParse(fields);
  const read = parsed.success ? parsed.data : {};
  const resolved = dateOf(read.resolutiondate ?? undefined);
  if (resolved !== null) return { on: resolved, from: 'resolution' };
  const status = read.status ?? null;
  if (status === null) return null;
  let newest: { at: number; day: string } | null = null;
  for (const h of histories) {
    if (!h.items.some((i) => isStatusItem(i) && movesInto(i, status))) continue;
    const day = dateOf(h.created);
    const at = parseInstant(h.created);
    if (day !== null && !Number.isNaN(at) && (newest === null || at > newest.at)) newest = { at, day };
  }
  return newest === null ? null : { on: newest.day, from: 'changelog' };
};
