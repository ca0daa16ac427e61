import { DECISION_LIMITS, DecisionInputSchema, type DecisionInput, type Person } from '../../../src/shared/decision';
import type { Pi } from '../../../src/shared/assessment';

/**
 * The decide dialog's draft: what the person has typed so far, turned into a
 * DecisionInput by the SAME zod schema the resolver parses with, plus the
 * page-side check that a due date lies inside the PI (the server checks it again).
 */

/**
 * The kinds this page decides: for items in the current or next PI. A retire is
 * not among them: it is for a delivered (Done) item, from its issue panel.
 */
export const PI_DECISION_KINDS = ['keep', 'rejustify', 'drop'] as const;
export type PiDecisionKind = (typeof PI_DECISION_KINDS)[number];

export interface DecisionDraft {
  readonly kind: PiDecisionKind;
  readonly rationale: string;
  readonly sponsor: Person | null;
  readonly dueDate: string;
}

export const EMPTY_DRAFT: DecisionDraft = { kind: 'keep', rationale: '', sponsor: null, dueDate: '' };

/** One line per kind, saying what it does. */
export const kindHelp = (kind: PiDecisionKind, piName: string): string =>
  kind === 'keep'
    ? `Keep it in ${piName} with a named sponsor who answers for it; the verdict stays, "Kept by" shows beside it.`
    : kind === 'rejustify'
      ? `Ask for a new justification by a date inside ${piName}; after it, an unchanged verdict is an error.`
      : `Drop takes it out of ${piName} in Jira and adds it to the not-doing register.`;

/** "12 / 1,000" and whether the length is inside the limits. */
export const rationaleCounter = (rationale: string): { text: string; ok: boolean } => {
  const n = rationale.trim().length;
  return {
    text: `${n.toLocaleString('en-US')} / ${DECISION_LIMITS.rationaleMax.toLocaleString('en-US')}`,
    ok: n >= DECISION_LIMITS.rationaleMin && rationale.length <= DECISION_LIMITS.rationaleMax,
  };
};

export type DraftCheck = { readonly ok: true; readonly input: DecisionInput } | { readonly ok: false; readonly problems: Readonly<Record<string, string>> };

const candidate = (d: DecisionDraft): unknown =>
  d.kind === 'keep'
    ? { kind: 'keep', rationale: d.rationale, sponsorAccountId: d.sponsor?.accountId ?? '' }
    : d.kind === 'rejustify'
      ? { kind: 'rejustify', rationale: d.rationale, dueDate: d.dueDate }
      : { kind: 'drop', rationale: d.rationale };

/** The draft as a payload, or a message per field (rationale, sponsorAccountId, dueDate). */
export const checkDraft = (draft: DecisionDraft, pi: Pick<Pi, 'startDate' | 'endDate' | 'name'> | null): DraftCheck => {
  const problems: Record<string, string> = {};
  const parsed = DecisionInputSchema.safeParse(candidate(draft));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'form');
      problems[field] ??= field === 'sponsorAccountId' ? 'Pick the sponsor who answers for keeping it' : issue.message;
    }
  }
  if (draft.kind === 'rejustify' && pi !== null && draft.dueDate !== '' && (draft.dueDate < pi.startDate || draft.dueDate > pi.endDate)) {
    problems['dueDate'] ??= `Pick a date inside ${pi.name} (${pi.startDate} to ${pi.endDate})`;
  }
  if (Object.keys(problems).length > 0 || !parsed.success) return { ok: false, problems };
  return { ok: true, input: parsed.data };
};
