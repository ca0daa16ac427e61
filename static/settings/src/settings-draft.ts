import type { FieldIssue } from '../../../src/shared/result';
import type { GateMode, PiSource, Settings } from '../../../src/shared/settings';

export type PiSourceKind = PiSource['source'];

export interface CalendarRowDraft {
  readonly name: string;
  readonly startDate: string;
  readonly endDate: string;
}

/** The settings form's state: what a person types, all as text; converted to a candidate for SettingsSchema on save. */
export interface SettingsDraft {
  readonly workItemTypes: string;
  readonly objectiveTypes: string;
  readonly linkTypes: string;
  readonly viaParent: boolean;
  readonly objectivesFieldId: string;
  readonly targetDateField: string;
  readonly freshnessMonths: string;
  readonly researchPatterns: string;
  /** The patient-data guard (evidence.phi): on or off, and the project's extra patterns, one per line. */
  readonly phiEnabled: boolean;
  readonly phiPatterns: string;
  /**
   * Evidence settings this form has no field for, carried through unchanged so
   * that Save and an import keep them instead of resetting them to their defaults.
   */
  readonly evidenceKept: Readonly<Record<string, unknown>>;
  readonly piSource: PiSourceKind;
  readonly fixVersionPattern: string;
  readonly sprintPattern: string;
  readonly sprintFieldId: string;
  readonly piFieldId: string;
  readonly labelPrefix: string;
  readonly calendar: readonly CalendarRowDraft[];
  readonly warnAt: string;
  readonly zombieAt: string;
  readonly penaltyPerCarryOver: string;
  readonly weightStrategy: string;
  readonly weightEvidence: string;
  readonly weightDelivery: string;
  /** The PI admission gate: its mode, and the status names it checks, one per line (none: every transition it is attached to). */
  readonly gateMode: GateMode;
  readonly gateStatuses: string;
  /**
   * What sizes work items (capacity.field): the choice of the radio group, and the number custom
   * field's id, kept while another choice is picked so switching back does not lose it.
   */
  readonly capacityChoice: CapacityChoice;
  readonly capacityFieldId: string;
  /** How many PIs before the current one the trend shows (trend.pis). */
  readonly trendPis: string;
  /** Better candidates: the size ratio a swap may span, and how many candidates a report lists. */
  readonly swapRatio: string;
  readonly candidateLimit: string;
  /** The outcome check after delivery: weeks until adoption or outcome evidence is due, and how far back the outcomes list looks. */
  readonly outcomeDueWeeks: string;
  readonly outcomeLookbackMonths: string;
}

/** capacity.field as the form offers it: the three fixed values, or a number custom field named by its id. */
export type CapacityChoice = 'auto' | 'timeoriginalestimate' | 'customField' | 'none';

/** The radio choice a stored capacity.field stands for. */
export const capacityChoiceOf = (field: Settings['capacity']['field']): CapacityChoice =>
  field === 'auto' || field === 'none' || field === 'timeoriginalestimate' ? field : 'customField';

const PI_DEFAULTS = { fixVersionPattern: '\\bPI\\b', sprintPattern: '^(PI\\s*\\d+\\.\\d+)', sprintFieldId: 'customfield_10020', labelPrefix: 'PI-' } as const;

export const lines = (s: string): string[] =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

const evidenceKeptOf = (evidence: Settings['evidence']): Record<string, unknown> => {
  const { freshnessMonths: _f, researchPatterns: _r, phi: _p, ...kept } = evidence;
  return kept;
};

export const draftFromSettings = (s: Settings): SettingsDraft => ({
  workItemTypes: s.workItemTypes.join('\n'),
  objectiveTypes: s.objectives.issueTypes.join('\n'),
  linkTypes: s.objectives.linkTypes.join('\n'),
  viaParent: s.objectives.viaParent,
  objectivesFieldId: s.objectives.fieldId ?? '',
  targetDateField: s.objectives.targetDateField,
  freshnessMonths: String(s.evidence.freshnessMonths),
  researchPatterns: s.evidence.researchPatterns.join('\n'),
  phiEnabled: s.evidence.phi.enabled,
  phiPatterns: s.evidence.phi.extraPatterns.join('\n'),
  evidenceKept: evidenceKeptOf(s.evidence),
  piSource: s.pi.source,
  fixVersionPattern: s.pi.source === 'fixVersion' ? s.pi.namePattern : PI_DEFAULTS.fixVersionPattern,
  sprintPattern: s.pi.source === 'sprint' ? s.pi.namePattern : PI_DEFAULTS.sprintPattern,
  sprintFieldId: s.pi.source === 'sprint' ? s.pi.sprintFieldId : PI_DEFAULTS.sprintFieldId,
  piFieldId: s.pi.source === 'customField' ? s.pi.fieldId : '',
  labelPrefix: s.pi.source === 'labelPrefix' ? s.pi.prefix : PI_DEFAULTS.labelPrefix,
  calendar: s.pi.source === 'customField' || s.pi.source === 'labelPrefix' ? s.pi.calendar.map((e) => ({ ...e })) : [],
  warnAt: String(s.carryOver.warnAt),
  zombieAt: String(s.carryOver.zombieAt),
  penaltyPerCarryOver: String(s.carryOver.penaltyPerCarryOver),
  weightStrategy: String(s.weights.strategy),
  weightEvidence: String(s.weights.evidence),
  weightDelivery: String(s.weights.delivery),
  gateMode: s.gate.mode,
  gateStatuses: s.gate.toStatuses.join('\n'),
  capacityChoice: capacityChoiceOf(s.capacity.field),
  capacityFieldId: capacityChoiceOf(s.capacity.field) === 'customField' ? s.capacity.field : '',
  trendPis: String(s.trend.pis),
  swapRatio: String(s.candidates.swapRatio),
  candidateLimit: String(s.candidates.limit),
  outcomeDueWeeks: String(s.outcome.dueWeeks),
  outcomeLookbackMonths: String(s.outcome.lookbackMonths),
});

/** Whole numbers as numbers; anything else is reported by the form, not guessed. */
const wholeNumber = (raw: string, path: readonly (string | number)[], local: FieldIssue[]): number | string => {
  const t = raw.trim();
  if (/^-?\d+$/.test(t)) return Number(t);
  local.push({ path, message: t === '' ? 'Enter a whole number' : 'Use a whole number' });
  return t;
};

/** Decimal numbers ("1.5", "2") as numbers, for the one setting that need not be whole (candidates.swapRatio). */
const decimalNumber = (raw: string, path: readonly (string | number)[], local: FieldIssue[]): number | string => {
  const t = raw.trim();
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  local.push({ path, message: t === '' ? 'Enter a number' : 'Use a number like 1.5' });
  return t;
};

/** capacity.field from the draft: the id (trimmed) when a custom field is chosen; the schema checks its shape. */
export const capacityFieldOf = (d: Pick<SettingsDraft, 'capacityChoice' | 'capacityFieldId'>): string =>
  d.capacityChoice === 'customField' ? d.capacityFieldId.trim() : d.capacityChoice;

const piCandidate = (d: SettingsDraft): Record<string, unknown> => {
  const calendar = d.calendar.map((r) => ({ name: r.name, startDate: r.startDate, endDate: r.endDate }));
  switch (d.piSource) {
    case 'fixVersion':
      return { source: 'fixVersion', namePattern: d.fixVersionPattern };
    case 'sprint':
      return { source: 'sprint', namePattern: d.sprintPattern, sprintFieldId: d.sprintFieldId.trim() };
    case 'customField':
      return { source: 'customField', fieldId: d.piFieldId.trim(), calendar };
    case 'labelPrefix':
      return { source: 'labelPrefix', prefix: d.labelPrefix, calendar };
  }
};

/** The candidate for SettingsSchema and the issues only the form can see (numbers that are not numbers). */
export const draftToCandidate = (d: SettingsDraft): { candidate: Record<string, unknown>; local: FieldIssue[] } => {
  const local: FieldIssue[] = [];
  const candidate = {
    workItemTypes: lines(d.workItemTypes),
    objectives: {
      issueTypes: lines(d.objectiveTypes),
      linkTypes: lines(d.linkTypes),
      viaParent: d.viaParent,
      fieldId: d.objectivesFieldId.trim() === '' ? null : d.objectivesFieldId.trim(),
      targetDateField: d.targetDateField.trim(),
    },
    evidence: {
      ...d.evidenceKept,
      freshnessMonths: wholeNumber(d.freshnessMonths, ['evidence', 'freshnessMonths'], local),
      researchPatterns: lines(d.researchPatterns),
      phi: { enabled: d.phiEnabled, extraPatterns: lines(d.phiPatterns) },
    },
    pi: piCandidate(d),
    carryOver: {
      warnAt: wholeNumber(d.warnAt, ['carryOver', 'warnAt'], local),
      zombieAt: wholeNumber(d.zombieAt, ['carryOver', 'zombieAt'], local),
      penaltyPerCarryOver: wholeNumber(d.penaltyPerCarryOver, ['carryOver', 'penaltyPerCarryOver'], local),
    },
    weights: {
      strategy: wholeNumber(d.weightStrategy, ['weights', 'strategy'], local),
      evidence: wholeNumber(d.weightEvidence, ['weights', 'evidence'], local),
      delivery: wholeNumber(d.weightDelivery, ['weights', 'delivery'], local),
    },
    capacity: { field: capacityFieldOf(d) },
    trend: { pis: wholeNumber(d.trendPis, ['trend', 'pis'], local) },
    candidates: {
      swapRatio: decimalNumber(d.swapRatio, ['candidates', 'swapRatio'], local),
      limit: wholeNumber(d.candidateLimit, ['candidates', 'limit'], local),
    },
    outcome: {
      dueWeeks: wholeNumber(d.outcomeDueWeeks, ['outcome', 'dueWeeks'], local),
      lookbackMonths: wholeNumber(d.outcomeLookbackMonths, ['outcome', 'lookbackMonths'], local),
    },
    gate: { mode: d.gateMode, toStatuses: lines(d.gateStatuses) },
  };
  return { candidate, local };
};

export const SETTINGS_FIELDS: readonly string[] = [
  'workItemTypes',
  'objectives.issueTypes',
  'objectives.linkTypes',
  'objectives.viaParent',
  'objectives.fieldId',
  'objectives.targetDateField',
  'evidence.freshnessMonths',
  'evidence.researchPatterns',
  'evidence.phi.enabled',
  'evidence.phi.extraPatterns',
  'pi.source',
  'pi.namePattern',
  'pi.sprintFieldId',
  'pi.fieldId',
  'pi.prefix',
  'pi.calendar',
  'carryOver.warnAt',
  'carryOver.zombieAt',
  'carryOver.penaltyPerCarryOver',
  'weights.strategy',
  'weights.evidence',
  'weights.delivery',
  'capacity.field',
  'trend.pis',
  'candidates.swapRatio',
  'candidates.limit',
  'outcome.dueWeeks',
  'outcome.lookbackMonths',
  'gate.mode',
  'gate.toStatuses',
];

export const calendarFields = (rows: number): string[] =>
  Array.from({ length: rows }, (_, i) => [`pi.calendar.${i}.name`, `pi.calendar.${i}.startDate`, `pi.calendar.${i}.endDate`]).flat();
