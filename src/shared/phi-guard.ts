/**
 * The patient-data guard: finds text in evidence that looks like a patient
 * identifier, so a person confirms it is not patient data before it is saved.
 * A safety net for slips (a pasted MRN, a date of birth), not a
 * de-identification tool: names alone, free-text clinical detail and
 * identifiers in other formats pass (README, "Patient data").
 *
 * Used by the back end (src/resolvers/evidence-handlers.ts, which refuses such
 * text without `notPatientData: true`) and the evidence form (warnings as the
 * person types). Findings carry where and what kind, never the matched text:
 * messages and logs must not repeat a patient identifier.
 *
 * The built-in detectors are plain RegExp, safe by construction: every repeat
 * is bounded ({m,n}) and none is nested inside another repeat, so no text can
 * make them backtrack for long. Checks a regular expression cannot express
 * (the NHS mod-11 check digit, SSN ranges, phone digit counts) are code.
 * Patterns from settings (evidence.phi.extraPatterns) are compiled by the
 * caller with the linear-time engine (src/shared/user-pattern.ts) and passed
 * in as `extra`, so this module, and the front ends using it, never load it.
 */

/** The evidence fields the guard reads (zod paths inside EvidenceInput, joined by dots): every free text a person types, the unit of a figure included. */
export const PHI_FIELDS = ['summary', 'source.name', 'source.role', 'source.site', 'unit'] as const;
export type PhiField = (typeof PHI_FIELDS)[number];

export type PhiKind = 'mrn' | 'date-of-birth' | 'nhs-number' | 'ssn' | 'insurance-id' | 'phone' | 'email' | 'settings-pattern';

export const PHI_LABELS: Readonly<Record<PhiKind, string>> = {
  mrn: 'looks like a medical record number',
  'date-of-birth': 'looks like a date of birth',
  'nhs-number': 'looks like an NHS number',
  ssn: 'looks like a US social security number',
  'insurance-id': 'looks like an insurance or Medicare member id',
  phone: 'looks like a phone number',
  email: 'looks like an e-mail address',
  'settings-pattern': "matches a patient-data pattern in this project's settings",
};

/** One place in one field that looks like a patient identifier: [start, end) in that field's text. */
export interface PhiFinding {
  readonly field: PhiField;
  readonly kind: PhiKind;
  readonly label: string;
  readonly start: number;
  readonly end: number;
}

/** A compiled settings pattern (UserPattern from src/shared/user-pattern.ts has this shape; so has RegExp). */
export interface PhiPattern {
  exec(text: string): readonly (string | undefined)[] | null;
}

interface Span {
  readonly kind: PhiKind;
  readonly start: number;
  readonly end: number;
}

interface Detector {
  readonly kind: PhiKind;
  /** Global, bounded repeats only. */
  readonly candidates: RegExp;
  /** Code checks on the candidate (check digits, ranges); all candidates pass when absent. */
  readonly accept?: (match: string) => boolean;
}

const digitsOf = (s: string): string => s.replace(/\D/g, '');

/** NHS number: 10 digits, weights 10..2 on the first nine, 11 − (sum mod 11) is the tenth (11 → 0, 10 never issued). */
export const isNhsNumber = (candidate: string): boolean => {
  const d = digitsOf(candidate);
  if (d.length !== 10) return false;
  let sum = 0;
  for (let i = 0; i < 9; i += 1) sum += Number(d[i]) * (10 - i);
  const check = 11 - (sum % 11);
  const expected = check === 11 ? 0 : check;
  return expected !== 10 && expected === Number(d[9]);
};

/** US SSN: area not 000, 666 or 900-999; group not 00; serial not 0000 (SSA's never-issued ranges). */
export const isPlausibleSsn = (candidate: string): boolean => {
  const d = digitsOf(candidate);
  if (d.length !== 9) return false;
  const area = Number(d.slice(0, 3));
  return area !== 0 && area !== 666 && area < 900 && d.slice(3, 5) !== '00' && d.slice(5) !== '0000';
};

/**
 * Phone numbers, 9 to 15 digits (E.164's maximum) in one of three shapes:
 * international (+44 20 7946 0958), national with a trunk 0 and spaces or
 * hyphens (020 7946 0958, 07700 900123), or North American ((555) 123-4567,
 * 555-123-4567, 555.123.4567). Bare digit runs and dotted numbers that do not
 * start with + are not phones ("26.4 26.5 26.6", "0.5 0.25 0.125").
 */
export const isPhoneShape = (candidate: string): boolean => {
  const n = digitsOf(candidate).length;
  if (n < 9 || n > 15) return false;
  if (candidate.startsWith('+')) return true;
  if (/^\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}$/.test(candidate)) return n === 10;
  return /^\(?0/.test(candidate) && !candidate.includes('.') && /[ ()-]/.test(candidate);
};

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\\.?';
const DATE = `(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{1,2}(?:st|nd|rd|th)?[ ]${MONTH},?[ ]\\d{4}|${MONTH}[ ]\\d{1,2}(?:st|nd|rd|th)?,?[ ]\\d{4})`;
/** MBI characters: letters without S, L, O, I, B, Z (CMS, "Understanding the Medicare Beneficiary Identifier format"). */
const MBI_A = '[AC-HJKMNP-RT-Y]';
const MBI_AN = '[AC-HJKMNP-RT-Y0-9]';

const DETECTORS: readonly Detector[] = [
  {
    kind: 'mrn',
    // "MRN 1234567", "MRN: 00123456", "MRN#A123456", "medical record number 1234567", "med rec no. 123456"
    candidates: /\b(?:MRN|medical[ ]record[ ](?:number|no\.?|num\.?|#)|med\.?[ ]rec(?:ord)?\.?[ ](?:number|no\.?|#))[ \t]{0,3}[:#.]?[ \t]{0,3}[A-Z]{0,2}\d{4,12}\b/gi,
  },
  {
    kind: 'date-of-birth',
    // "DOB 1984-03-02", "D.O.B.: 2/3/1984", "born 02/03/1984", "date of birth 2 March 1984", "birthdate March 2, 1984"
    candidates: new RegExp(
      `(?:\\bDOB|\\bD\\.O\\.B\\.?|\\bdate[ ]of[ ]birth|\\bbirth[ -]?date|\\bborn(?:[ ]on)?)[ \\t]{0,3}[:=-]?[ \\t]{0,3}${DATE}`,
      'gi',
    ),
  },
  {
    kind: 'nhs-number',
    // 943 476 5919, 943-476-5919, 9434765919 with the mod-11 check digit
    candidates: /(?<![\w-])\d{3}([ -]?)\d{3}\1\d{4}(?![\w-])/g,
    accept: isNhsNumber,
  },
  {
    kind: 'ssn',
    // 123-45-6789, 123 45 6789
    candidates: /(?<![\w-])\d{3}([ -])\d{2}\1\d{4}(?![\w-])/g,
    accept: isPlausibleSsn,
  },
  {
    kind: 'insurance-id',
    // Medicare Beneficiary Identifier (1EG4-TE5-MK73, 1EG4TE5MK73), uppercase as CMS issues it
    candidates: new RegExp(`\\b[1-9]${MBI_A}${MBI_AN}\\d-?${MBI_A}${MBI_AN}\\d-?${MBI_A}{2}\\d{2}\\b`, 'g'),
  },
  {
    kind: 'insurance-id',
    // "member id W123456789", "policy number: ABC-1234567", "Medicaid # 12345678", "insurance no 1234567"
    candidates:
      /\b(?:member|subscriber|policy|insurance|insurer|medicaid|medicare|health[ ]card|health[ ]insurance)[ ](?:id|number|no\.?|num\.?|#)[ \t]{0,3}[:#.]?[ \t]{0,3}[A-Z]{0,4}-?\d{5,14}\b/gi,
  },
  {
    kind: 'phone',
    candidates: /(?<![\w.+-])(?:\+|\()?\d[\d ().-]{7,22}\d(?![\w-])/g,
    accept: isPhoneShape,
  },
  {
    kind: 'email',
    candidates: /(?<![\w.%+-])[\w.%+-]{1,64}@[A-Za-z0-9-]{1,63}\.[A-Za-z0-9.-]{0,190}[A-Za-z]{2,24}\b/g,
  },
];

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Spans in one text; a span inside one already found (a phone inside an MRN) is left out. */
export const findPhiSpans = (text: string, extra: readonly PhiPattern[] = []): Span[] => {
  const found: Span[] = [];
  const add = (span: Span) => {
    if (span.end > span.start && !found.some((f) => overlaps(f, span))) found.push(span);
  };
  for (const d of DETECTORS) {
    for (const m of text.matchAll(d.candidates)) {
      if (d.accept === undefined || d.accept(m[0])) add({ kind: d.kind, start: m.index, end: m.index + m[0].length });
    }
  }
  for (const p of extra) {
    const m = p.exec(text)?.[0];
    if (m === undefined || m === '') continue;
    const start = text.indexOf(m);
    if (start >= 0) add({ kind: 'settings-pattern', start, end: start + m.length });
  }
  return found.sort((a, b) => a.start - b.start);
};

/** The evidence text the guard reads, by field (absent optional fields are skipped). */
export type PhiTexts = Readonly<Partial<Record<PhiField, string>>>;

/** Every finding in every field, in field order, then position. */
export const findPhi = (texts: PhiTexts, extra: readonly PhiPattern[] = []): PhiFinding[] =>
  PHI_FIELDS.flatMap((field) => {
    const text = texts[field];
    if (text === undefined || text === '') return [];
    return findPhiSpans(text, extra).map((s) => ({ field, kind: s.kind, label: PHI_LABELS[s.kind], start: s.start, end: s.end }));
  });

/** The texts of an evidence input ({ summary, source: { name, role?, site? }, unit? }). */
export const phiTextsOf = (e: {
  readonly summary: string;
  readonly source: { readonly name: string; readonly role?: string | undefined; readonly site?: string | undefined };
  readonly unit?: string | undefined;
}): PhiTexts => ({
  summary: e.summary,
  'source.name': e.source.name,
  ...(e.source.role === undefined ? {} : { 'source.role': e.source.role }),
  ...(e.source.site === undefined ? {} : { 'source.site': e.source.site }),
  ...(e.unit === undefined ? {} : { unit: e.unit }),
});

/** What each kind is, as a noun phrase for the warning sentence. */
const PHI_NOUNS: Readonly<Record<PhiKind, string>> = {
  mrn: 'a medical record number',
  'date-of-birth': 'a date of birth',
  'nhs-number': 'an NHS number',
  ssn: 'a US social security number',
  'insurance-id': 'an insurance or Medicare member id',
  phone: 'a phone number',
  email: 'an e-mail address',
  'settings-pattern': "text matching a patient-data pattern in this project's settings",
};

/** One sentence per field naming what its text may hold ("a phone number and an e-mail address"), never the text itself. */
export const phiWarnings = (findings: readonly PhiFinding[]): Partial<Record<PhiField, string>> => {
  const out: Partial<Record<PhiField, string>> = {};
  for (const field of PHI_FIELDS) {
    const nouns = [...new Set(findings.filter((f) => f.field === field).map((f) => PHI_NOUNS[f.kind]))];
    const last = nouns[nouns.length - 1];
    if (last === undefined) continue;
    const list = nouns.length === 1 ? last : `${nouns.slice(0, -1).join(', ')} and ${last}`;
    out[field] = `Possible patient data: ${list}. Remove it, or confirm below that it is not patient data.`;
  }
  return out;
};
