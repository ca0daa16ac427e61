import { isCalendarDate } from '../../shared/calendar-date';
import { EVIDENCE_KINDS, LIMITS, isHttpsUrl, type EvidenceRecord } from '../../shared/evidence';
import { hasVisibleText } from '../../shared/visible-text';

/**
 * EvidenceRecordSchema without zod for well-formed stored records: the same
 * checks (strict keys, trimmed visible text within its limits, https link, real date,
 * a figure within ±LIMITS.figure),
 * and the same output (trimmed text, keys in the schema's order). Returns null
 * for anything it is not sure about; the caller then asks the schema, which
 * decides and words the problem.
 */

type Json = Readonly<Record<string, unknown>>;

const RECORD_KEYS: ReadonlySet<string> = new Set([
  'kind',
  'url',
  'source',
  'observedOn',
  'summary',
  'figure',
  'unit',
  'id',
  'addedBy',
  'addedAt',
  'fromLinkId',
  'removedAt',
  'removedBy',
]);
const SOURCE_KEYS: ReadonlySet<string> = new Set(['name', 'role', 'site']);
const KINDS: ReadonlySet<string> = new Set(EVIDENCE_KINDS);

/** A plain object (as JSON.parse makes them) whose own keys are all in `keys`. */
const isPlainWithin = (v: unknown, keys: ReadonlySet<string>): v is Json => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return false;
  for (const key of Object.keys(v)) if (!keys.has(key)) return false;
  return true;
};

/** The trimmed text when it is a string of min..max characters once trimmed; null otherwise. */
const trimmed = (v: unknown, min: number, max: number): string | null => {
  if (typeof v !== 'string') return null;
  const t = v.trim();
  return t.length >= min && t.length <= max ? t : null;
};

/** Trimmed people's text as visibleText/optionalVisibleText read it: empty (when min is 0) or with a visible character. */
const readable = (v: unknown, min: number, max: number): string | null => {
  const t = trimmed(v, min, max);
  return t === null || (t !== '' && !hasVisibleText(t)) ? null : t;
};

const plain = (v: unknown, min: number, max: number): v is string => typeof v === 'string' && v.length >= min && v.length <= max;

/** A figure as the schema reads it: a finite number within ±LIMITS.figure. */
const isFigure = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= LIMITS.figure;

type Source = EvidenceRecord['source'];

const sourceOf = (v: unknown): Source | null => {
  if (!isPlainWithin(v, SOURCE_KEYS)) return null;
  const name = readable(v.name, 1, LIMITS.sourceName);
  if (name === null) return null;
  const source: { name: string; role?: string; site?: string } = { name };
  if ('role' in v) {
    const role = readable(v.role, 0, LIMITS.sourceRole);
    if (role === null) return null;
    source.role = role;
  }
  if ('site' in v) {
    const site = readable(v.site, 0, LIMITS.sourceSite);
    if (site === null) return null;
    source.site = site;
  }
  return source;
};

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Optional plain strings of the stored record, in the schema's order, with their limits. */
const OPTIONAL_TAIL: readonly (readonly ['fromLinkId' | 'removedAt' | 'removedBy', number])[] = [
  ['fromLinkId', 64],
  ['removedAt', 40],
  ['removedBy', 128],
];

/** The figure and unit of v as the schema reads them (absent keys stay absent), or null when either is off. */
const measureOf = (v: Json): { figure?: number; unit?: string } | null => {
  const measure: { figure?: number; unit?: string } = {};
  if ('figure' in v) {
    const figure = v.figure;
    if (!isFigure(figure)) return null;
    measure.figure = figure;
  }
  if ('unit' in v) {
    const unit = readable(v.unit, 0, LIMITS.unit);
    if (unit === null) return null;
    measure.unit = unit;
  }
  return measure;
};

/** The record EvidenceRecordSchema would read from v, or null when a check fails or is not certain. */
export const readEvidenceRecordFast = (v: unknown): EvidenceRecord | null => {
  if (!isPlainWithin(v, RECORD_KEYS)) return null;
  const kind = v.kind;
  if (typeof kind !== 'string' || !KINDS.has(kind)) return null;
  let url: string | undefined;
  if ('url' in v) {
    const t = trimmed(v.url, 0, LIMITS.url);
    if (t === null || !isHttpsUrl(t)) return null;
    url = t;
  }
  const source = sourceOf(v.source);
  if (source === null) return null;
  const { observedOn, id, addedBy, addedAt } = v;
  if (typeof observedOn !== 'string' || !isCalendarDate(observedOn)) return null;
  const summary = readable(v.summary, 1, LIMITS.summary);
  if (summary === null || !plain(id, 1, 64) || !plain(addedBy, 0, 128) || !plain(addedAt, 0, 40)) return null;
  const k = kind as EvidenceRecord['kind'];
  let record: Mutable<EvidenceRecord>;
  if (!('figure' in v) && !('unit' in v)) {
    // The common case (every record but adoption and outcome ones), without spreading.
    record = url === undefined ? { kind: k, source, observedOn, summary, id, addedBy, addedAt } : { kind: k, url, source, observedOn, summary, id, addedBy, addedAt };
  } else {
    const measure = measureOf(v);
    if (measure === null) return null;
    // The schema's key order: kind, url, source, observedOn, summary, figure, unit, id, addedBy, addedAt, then the tail.
    record = { kind: k, ...(url === undefined ? {} : { url }), source, observedOn, summary, ...measure, id, addedBy, addedAt };
  }
  for (const [key, max] of OPTIONAL_TAIL) {
    if (!(key in v)) continue;
    const value = v[key];
    if (!plain(value, 0, max)) return null;
    record[key] = value;
  }
  return record;
};
