import type { AgentInput } from '../shared/agent';
import type { DecisionView } from '../shared/decision';

/**
 * The words of the record-decision action: what the agent must restate and
 * have confirmed before anything is written, and the one sentence that says
 * what was recorded. Every value comes from the input or the recorded decision.
 */

type DecisionAsked = AgentInput<'record-decision'>;

/** "keep CLIN-11 in PI 26.4, sponsored by Dana Whitfield, because “…”" */
export const decisionAsked = (input: DecisionAsked): string => {
  const pi = input.pi ?? 'the PI it is planned in';
  const what =
    input.kind === 'keep'
      ? `keep ${input.issueKey} in ${pi}, sponsored by ${input.sponsor ?? '(no sponsor given)'}`
      : input.kind === 'rejustify'
        ? `re-justify ${input.issueKey} in ${pi} by ${input.dueDate ?? '(no due date given)'}`
        : `drop ${input.issueKey} from ${pi}, which also takes it out of that PI in Jira`;
  return `${what}, because “${input.rationale}”`;
};

export const notConfirmedMessage = (input: DecisionAsked): string =>
  `Not recorded: confirm the decision first. Restate it to the person in full (${decisionAsked(input)}), ` +
  'and call record-decision again with confirmed: true only after they say yes. Nothing was read or written.';

/** What a kind needs beside the rationale, when it is missing: the input's name and what to ask. */
export const missingInput = (input: DecisionAsked): { readonly path: string; readonly message: string } | null => {
  if (input.kind === 'keep' && input.sponsor === undefined) {
    return { path: 'sponsor', message: `Not recorded: a keep needs a sponsor. Ask who answers for keeping ${input.issueKey} in the PI (a name or an account id).` };
  }
  if (input.kind === 'rejustify' && input.dueDate === undefined) {
    return { path: 'dueDate', message: `Not recorded: a re-justification needs a due date inside the PI (YYYY-MM-DD). Ask by when ${input.issueKey} must be justified again.` };
  }
  return null;
};

/** "Recorded: keep CLIN-11 in PI 26.4, sponsored by Dana Whitfield (version 1)." */
export const recordedSummary = (issueKey: string, decision: DecisionView): string => {
  const version = `(version ${decision.version})`;
  switch (decision.kind) {
    case 'keep':
      return `Recorded: keep ${issueKey} in ${decision.pi}, sponsored by ${decision.sponsor?.displayName ?? 'no one named'} ${version}.`;
    case 'rejustify':
      return `Recorded: re-justify ${issueKey} in ${decision.pi} by ${decision.dueDate ?? 'no date'} ${version}.`;
    case 'drop':
      return `Recorded: drop ${issueKey} from ${decision.pi}; it was taken out of the PI in Jira ${version}.`;
    case 'retire':
      return `Recorded: retire ${issueKey} (${decision.pi}) ${version}.`;
  }
};
