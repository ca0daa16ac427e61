import type { Assessment } from '../../../src/shared/assessment';
import { DECISION_LIMITS, DecisionInputSchema, RETIRE_NO_PI, type DecisionInput } from '../../../src/shared/decision';
import type { DecisionResult, PayloadOf } from '../../../src/shared/payloads';
import type { UiError } from '../../common/client';

/**
 * The retire dialog's logic (static/issue-panel/src/retire-dialog.tsx): the
 * rationale checked by the SAME zod schema the resolver parses with, the
 * payload (the item's own PI, or RETIRE_NO_PI), the words that say what
 * retiring means, and the one result read back. Pure, unit-tested in
 * test/static/retire-draft.test.ts.
 */

export type RetireCheck = { readonly ok: true; readonly input: Extract<DecisionInput, { kind: 'retire' }> } | { readonly ok: false; readonly problem: string };

/** The rationale as a retire decision, or the message to show under the field. */
export const checkRetire = (rationale: string): RetireCheck => {
  const parsed = DecisionInputSchema.safeParse({ kind: 'retire', rationale });
  if (parsed.success && parsed.data.kind === 'retire') return { ok: true, input: parsed.data };
  return { ok: false, problem: parsed.success ? 'Write why the item is retired' : (parsed.error.issues[0]?.message ?? 'Write why the item is retired') };
};

/** "12 / 1,000" and whether the length is inside the limits. */
export const retireCounter = (rationale: string): { text: string; ok: boolean } => {
  const n = rationale.trim().length;
  return {
    text: `${n.toLocaleString('en-US')} / ${DECISION_LIMITS.rationaleMax.toLocaleString('en-US')}`,
    ok: n >= DECISION_LIMITS.rationaleMin && rationale.length <= DECISION_LIMITS.rationaleMax,
  };
};

/** The PI the retire is recorded for: the item's own PI, whichever it is, or RETIRE_NO_PI. */
export const retirePiOf = (a: Pick<Assessment, 'pi'>): string => a.pi ?? RETIRE_NO_PI;

export const retirePayload = (a: Pick<Assessment, 'key' | 'pi'>, input: Extract<DecisionInput, { kind: 'retire' }>): PayloadOf<'recordDecisions'> => ({
  issueKeys: [a.key],
  pi: retirePiOf(a),
  decision: input,
});

/** What retiring means, said before the person confirms it. */
export const retireMeaning = (a: Pick<Assessment, 'key' | 'pi'>): readonly string[] => [
  `Retiring ${a.key} records the train’s decision to stop maintaining it: a delivered product is switched off or left to lapse, not kept alive by default.`,
  'Its outcome then shows Retired instead of pending or overdue, here, in the outcomes list and in JQL (gravityOutcome = retired).',
  `Nothing changes in Jira: the item stays Done. The decision is signed with your name and kept in the decision log${a.pi === null ? '' : ` of ${a.pi}`}; retiring again records a new version.`,
];

/** The one result of a retire, as the dialog shows it: null when it was recorded, else the error to show. */
export const retireFailure = (results: readonly DecisionResult[], issueKey: string): UiError | null => {
  const mine = results.find((r) => r.issueKey === issueKey);
  if (mine === undefined) return { code: 'UNEXPECTED', message: `The app answered without a result for ${issueKey}. Reload the panel to see whether it was retired.` };
  return mine.ok ? null : mine.error;
};
