import { normaliseName } from '../domain';
import type { JiraClient } from '../jira/client';
import { issueAccess, projectKeyOf } from '../resolvers/access';
import { readItemPanel } from '../services/read-item-panel';
import { recordDecision as recordOneDecision, rememberingUsers, type RecordDecisionDeps } from '../services/record-decision';
import type { AgentInput } from '../shared/agent';
import { DecisionInputSchema, type DecisionInput } from '../shared/decision';
import { AppError } from '../shared/result';
import type { ActionHandler } from './action-handler';
import { resolverContextOf } from './agent-context';
import { decisionDeps } from '../resolvers/decision-handlers';
import { sponsorAccountId } from './decision-sponsor';
import { missingInput, notConfirmedMessage, recordedSummary } from './decision-words';

/**
 * The `record-decision` action: one PI decision (keep, re-justify, drop; a
 * retire is not offered to the agent) on one work item, as the person asking.
 * 1. Nothing is read or written unless `confirmed` is true: the agent must
 *    restate the decision and have the person say yes (BAD_PAYLOAD otherwise,
 *    saying what to restate). A keep without a sponsor or a re-justification
 *    without a due date is refused the same way, before anything is read.
 * 2. Edit issues on the item first (one /mypermissions request): NOT_FOUND for
 *    an item the person cannot see, worded as for one that does not exist,
 *    FORBIDDEN for one they may only view; so nothing else is looked up.
 * 3. The PI: as given by name, or "current"/"next" of the item's calendar, or
 *    none (the item's own PI): the last two read the item as its panel does.
 * 4. A sponsor given by name is found with Jira's user search as the person
 *    (./decision-sponsor.ts).
 * 5. The decision service of the PI review page (src/services/record-decision.ts)
 *    does the rest with the same checks as the UI: Edit issues again, the PI
 *    must be the item's and the current or next one, an active sponsor, a due
 *    date inside the PI, a drop's Jira edit first; then the signed record, the
 *    not-doing register for a drop, and the re-score.
 */

const issue = (path: string, message: string): AppError => new AppError('BAD_PAYLOAD', message, [{ path: [path], message }]);

const requireDecisionAccess = async (client: JiraClient, issueKey: string): Promise<void> => {
  const { canEdit } = await issueAccess(client, issueKey);
  if (!canEdit) {
    throw new AppError(
      'FORBIDDEN',
      `Not recorded: you can see ${issueKey} but may not edit it, so you cannot record a PI decision on it. Ask a project admin for the Edit issues permission.`,
    );
  }
};

/** The PI's name for the service: as given, or the item's current / next / own PI read from its panel. */
const piName = async (deps: RecordDecisionDeps, input: AgentInput<'record-decision'>): Promise<string> => {
  const word = input.pi === undefined ? 'own' : normaliseName(input.pi);
  if (input.pi !== undefined && word !== 'current' && word !== 'next') return input.pi;
  const panel = await readItemPanel(deps.client, deps.settings, input.issueKey, deps.today, deps.evidenceCheck);
  const pi = word === 'own' ? panel.assessment.pi : word === 'current' ? (panel.calendar.current?.name ?? null) : (panel.calendar.next?.name ?? null);
  if (pi !== null) return pi;
  throw issue(
    'pi',
    word === 'own'
      ? `Not recorded: ${input.issueKey} is not planned in a PI, so there is no PI decision to record. Plan it in the current or next PI first.`
      : `Not recorded: the calendar of ${input.issueKey} has no ${word} PI. Ask which PI the decision is for.`,
  );
};

/** The decision as the PI review page submits it, checked with its schema (the rationale's visible text among it). */
const decisionInput = async (client: JiraClient, input: AgentInput<'record-decision'>): Promise<DecisionInput> => {
  const base = { kind: input.kind, rationale: input.rationale };
  const raw =
    input.kind === 'keep'
      ? { ...base, sponsorAccountId: await sponsorAccountId(client, input.sponsor ?? '') }
      : input.kind === 'rejustify'
        ? { ...base, dueDate: input.dueDate }
        : base;
  const parsed = DecisionInputSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0];
  const field = first?.path[0] === 'sponsorAccountId' ? 'sponsor' : String(first?.path[0] ?? 'rationale');
  throw issue(field, `Not recorded: ${field}: ${first?.message ?? 'not valid'}.`);
};

export const recordDecision: ActionHandler<'record-decision'> = async (deps, context, input) => {
  const missing = missingInput(input);
  if (missing !== null) throw issue(missing.path, missing.message);
  // Only the boolean true confirms: the handler is exported and is the last line of defence for a write.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-boolean-literal-compare
  if (input.confirmed !== true) throw issue('confirmed', notConfirmedMessage(input));

  const asPerson = resolverContextOf(context);
  // One client for the call: the sponsor's and the decider's GET /user are asked once.
  const client = rememberingUsers(deps.jiraAsUser(asPerson));
  await requireDecisionAccess(client, input.issueKey);
  const serviceDeps = await decisionDeps(deps, asPerson, client, projectKeyOf(input.issueKey));
  const pi = await piName(serviceDeps, input);
  const decision = await decisionInput(client, input);
  const view = await recordOneDecision(serviceDeps, { issueKey: input.issueKey, pi, decision });
  return { summary: recordedSummary(input.issueKey, view), data: { issueKey: input.issueKey, decision: view } };
};
