import type { SiteOptions } from '../../../src/shared/payloads';

/**
 * Picker options from the site (getSiteOptions), with the stored values kept:
 * a stored value the site no longer has stays selected, is marked as missing
 * and is listed under its field, so nothing is dropped silently.
 */

export interface Choice {
  readonly value: string;
  readonly label: string;
  /** The value is stored in the settings but the site does not have it. */
  readonly missing: boolean;
}

export type ChoiceKind = 'workItemTypes' | 'objectiveTypes' | 'linkTypes' | 'anyField' | 'dateField' | 'numberField' | 'versions';

/**
 * Custom fields of the number type: the fields that can size work items (capacity.field). The
 * server resolves the setting the same way (src/jira/map-size.ts: schema type "number").
 */
const isNumberField = (f: SiteOptions['fields'][number]): boolean => f.id.startsWith('customfield_') && f.type === 'number';

const byName = (site: readonly { readonly name: string }[]) => new Set(site.map((s) => s.name.trim().toLowerCase()));

/** The options a picker offers, site values first. Issue and link types are matched by name (as the settings store them), fields by id. */
export const siteChoices = (site: SiteOptions, kind: ChoiceKind): Choice[] => {
  switch (kind) {
    case 'workItemTypes':
    case 'objectiveTypes':
      return site.issueTypes.filter((t) => !t.subtask).map((t) => ({ value: t.name, label: t.name, missing: false }));
    case 'linkTypes':
      return site.linkTypes.map((t) => ({ value: t.name, label: `${t.name} (${t.outward} / ${t.inward})`, missing: false }));
    case 'anyField':
      return site.fields.filter((f) => f.id.startsWith('customfield_')).map((f) => ({ value: f.id, label: `${f.name} (${f.id})`, missing: false }));
    case 'dateField':
      return site.fields.filter((f) => f.id === 'duedate' || (f.id.startsWith('customfield_') && (f.type === 'date' || f.type === 'datetime'))).map((f) => ({ value: f.id, label: `${f.name} (${f.id})`, missing: false }));
    case 'numberField':
      return site.fields.filter(isNumberField).map((f) => ({ value: f.id, label: `${f.name} (${f.id})`, missing: false }));
    case 'versions':
      return site.versions.map((v) => ({ value: v.name, label: `${v.name} (${v.startDate ?? 'no start'} – ${v.releaseDate ?? 'no release date'})`, missing: false }));
  }
};

const isKnown = (site: SiteOptions, kind: ChoiceKind, value: string): boolean => {
  switch (kind) {
    case 'workItemTypes':
    case 'objectiveTypes':
      return byName(site.issueTypes).has(value.trim().toLowerCase());
    case 'linkTypes':
      return byName(site.linkTypes).has(value.trim().toLowerCase());
    case 'versions':
      return byName(site.versions).has(value.trim().toLowerCase());
    case 'anyField':
    case 'dateField':
      return site.fields.some((f) => f.id === value);
    case 'numberField':
      return site.fields.some((f) => f.id === value && isNumberField(f));
  }
};

/** The selected values as choices: the site's own label, or the stored value marked missing. */
export const selectedChoices = (site: SiteOptions, kind: ChoiceKind, values: readonly string[]): Choice[] => {
  const options = siteChoices(site, kind);
  return values.map((v) => {
    const known = options.find((o) => o.value.toLowerCase() === v.trim().toLowerCase());
    if (known !== undefined) return known;
    if (isKnown(site, kind, v)) return { value: v, label: v, missing: false };
    const other = kind === 'numberField' ? site.fields.find((f) => f.id === v) : undefined;
    return { value: v, label: other === undefined ? `${v} (not on this site)` : `${other.name} (${v}, not a number field)`, missing: true };
  });
};

/** Every option of a picker: the site's, plus the stored values it lacks (so they stay selectable). */
export const pickerOptions = (site: SiteOptions, kind: ChoiceKind, values: readonly string[]): Choice[] => {
  const options = siteChoices(site, kind);
  const extra = selectedChoices(site, kind, values).filter((c) => !options.some((o) => o.value === c.value));
  return [...options, ...extra];
};

/** "Stored, but this site has no issue type named X, Y; …" under the field, or undefined when all are on the site. */
export const missingNote = (site: SiteOptions, kind: ChoiceKind, values: readonly string[]): string | undefined => {
  const missing = selectedChoices(site, kind, values).filter((c) => c.missing).map((c) => c.value);
  if (missing.length === 0) return undefined;
  if (kind === 'numberField') return numberFieldNote(site, missing);
  const what = kind === 'linkTypes' ? 'link type' : kind === 'anyField' || kind === 'dateField' ? 'field' : kind === 'versions' ? 'version' : 'issue type';
  return `This site has no ${what} ${missing.map((m) => `“${m}”`).join(', ')}. It is kept as stored; remove it or create it in Jira.`;
};

/**
 * A capacity field the site lacks, or has with another type: sizes would be missing, so the note
 * says what happens (items are counted, as the server's capacityFieldFor says too).
 */
const numberFieldNote = (site: SiteOptions, missing: readonly string[]): string =>
  missing
    .map((id) => {
      const field = site.fields.find((f) => f.id === id);
      return field === undefined
        ? `This site has no field “${id}”, or you cannot see it: items are counted until you choose a number field.`
        : `“${field.name}” (${id}) is not a number field${field.type === undefined ? '' : ` (its type is ${field.type})`}: items are counted until you choose a number field.`;
    })
    .join(' ');

/** RE2 and JavaScript share these metacharacters; escaping them makes a name match only itself. */
const escapePattern = (name: string): string => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A fix version pattern matching exactly these version names: ^(?:A|B)$. Empty names give the default-free empty string (the form then says it must not be empty). */
export const patternForVersions = (names: readonly string[]): string =>
  names.length === 0 ? '' : `^(?:${names.map(escapePattern).join('|')})$`;

/** The version names a pattern written by patternForVersions picks (so the picker shows them checked); [] for any other pattern. */
export const versionsInPattern = (pattern: string): string[] => {
  const m = /^\^\(\?:(.*)\)\$$/.exec(pattern);
  if (m === null || m[1] === undefined) return [];
  const names: string[] = [];
  let current = '';
  const inner = m[1];
  for (let i = 0; i < inner.length; i += 1) {
    const c = inner[i] ?? '';
    if (c === '\\') {
      current += inner[i + 1] ?? '';
      i += 1;
    } else if (c === '|') {
      names.push(current);
      current = '';
    } else if ('.*+?^${}()[]'.includes(c)) {
      return [];
    } else current += c;
  }
  names.push(current);
  return patternForVersions(names) === pattern ? names : [];
};
