import { decisionFor, normaliseName, piNameMapper, type Assessment, type PiCalendar } from '../domain';
import type { IssueEdit, JiraClient } from '../jira/client';
import type { EvidenceCheck } from '../jira/evidence-mac';
import { sprintsOfFieldValue } from '../jira/map-sprint';
import type { Pi } from '../shared/assessment';
import { RETIRE_NO_PI, type DecisionInput, type DecisionRecord, type DecisionView, type Person } from '../shared/decision';
import { AppError, isAppError } from '../shared/result';
import type { PiSource, Settings } from '../shared/settings';
import { appendDecision, type DecisionStoreDeps } from '../storage/decision-store';
import { addRegisterEntry } from '../storage/register-store';
import { readItemPanel } from './read-item-panel';
import { writeAssessmentIfChanged } from './rescore-property';

/**
 * One PI decision on one work item, as the person deciding:
 * 1. Edit issues on the item (one /mypermissions request; NOT_FOUND when they
 *    cannot see it, FORBIDDEN when they may not edit it);
 * 2. the item as the issue panel reads it (its assessment and PI calendar):
 *    the PI decided on must be the item's PI and the current or next one;
 *    a retire is for a Done item only, and for its own PI whichever it is
 *    (RETIRE_NO_PI when it is planned in none): a retire is about the product;
 * 3. kind by kind: a keep's sponsor must be an active person (GET /user), a
 *    re-justification's due date must lie inside the PI;
 * 4. a drop first takes the item out of the PI in Jira (PUT /issue, as the
 *    person): if Jira refuses, nothing else is written;
 * 5. the record is appended (src/storage/decision-store.ts), a drop enters
 *    the not-doing register (src/storage/register-store.ts), and the item's
 *    assessment property is re-scored so `gravityDecision` (and, for a retire,
 *    `gravityOutcome = retired`) is right at once. A retire changes nothing in
 *    Jira and enters no register; retiring again appends a new version.
 * Who decided: the account id of the invocation, the name from GET /user
 * for that id (the same request as the sponsor's; /myself would be one more
 * endpoint for the same answer).
 */

export interface RecordDecisionDeps extends DecisionStoreDeps {
  readonly settings: Settings;
  /** YYYY-MM-DD */
  readonly today: string;
  /** ISO date-time. */
  readonly now: () => string;
  readonly newId: () => string;
  /** The person deciding. */
  readonly accountId: string;
  readonly evidenceCheck: EvidenceCheck;
}

export interface DecisionRequest {
  readonly issueKey: string;
  /** The PI by name, as the calendar names it. */
  readonly pi: string;
  readonly decision: DecisionInput;
}

const notFound = (issueKey: string) => new AppError('NOT_FOUND', `Issue ${issueKey} does not exist or you cannot see it.`);

const requireEdit = async (client: JiraClient, issueKey: string): Promise<void> => {
  let granted: Record<string, boolean>;
  try {
    granted = await client.myPermissions({ issueKey }, ['BROWSE_PROJECTS', 'EDIT_ISSUES']);
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') throw notFound(issueKey);
    throw error;
  }
  if (granted['BROWSE_PROJECTS'] !== true) throw notFound(issueKey);
  if (granted['EDIT_ISSUES'] !== true) {
    throw new AppError(
      'FORBIDDEN',
      `You can see ${issueKey} but may not edit it, so you cannot record a PI decision on it. Ask a project admin for the Edit issues permission.`,
    );
  }
};

const badField = (path: readonly (string | number)[], message: string, summary = message): AppError =>
  new AppError('BAD_PAYLOAD', summary, [{ path: [...path], message }]);

/** The PI decided on: the item's own PI, and the calendar's current or next one. */
export const decidedPi = (assessment: Assessment, calendar: PiCalendar, pi: string): Pi => {
  const wanted = normaliseName(pi);
  const open = [calendar.current, calendar.next].find((p) => p !== null && normaliseName(p.name) === wanted) ?? null;
  if (open === null || assessment.pi === null || normaliseName(assessment.pi) !== wanted) {
    const where = assessment.pi === null ? 'is not planned in a PI' : `is planned in ${assessment.pi}`;
    const openNames = [calendar.current, calendar.next].flatMap((p) => (p === null ? [] : [p.name])).join(' or ') || 'none';
    throw badField(
      ['pi'],
      `${assessment.key} is not planned in ${pi}`,
      `${assessment.key} is not planned in ${pi} (it ${where}; decisions are for the current or next PI: ${openNames}). Reload the page and decide for the PI the item is in.`,
    );
  }
  return open;
};

/**
 * The PI a retire is recorded for: the item must be delivered (status category
 * Done), and `pi` must be the item's own PI, any PI of the calendar or none
 * (RETIRE_NO_PI), so the record reads with the item's other decisions.
 */
export const retiredPi = (assessment: Assessment, pi: string): string => {
  const key = assessment.key;
  if (assessment.statusCategory !== 'done') {
    throw new AppError('BAD_PAYLOAD', `${key} is not done: only a delivered item can be retired. Drop it from its PI instead.`, [
      { path: ['decision', 'kind'], message: `${key} is not done, so it cannot be retired` },
    ]);
  }
  const own = assessment.pi ?? RETIRE_NO_PI;
  if (normaliseName(pi) !== normaliseName(own)) {
    const where = assessment.pi === null ? `is planned in no PI: retire it for “${RETIRE_NO_PI}”` : `was planned in ${assessment.pi}`;
    throw badField(['pi'], `${key} is not planned in ${pi}`, `${key} is not planned in ${pi} (it ${where}). Reload the page and retire it again.`);
  }
  return own;
};

/** The PI a decision is for, by name, and the calendar's PI when it is one the train decides for (keep, re-justify, drop). */
const piOfDecision = (panel: { assessment: Assessment; calendar: PiCalendar }, request: DecisionRequest): { name: string; open: Pi | null } => {
  if (request.decision.kind === 'retire') return { name: retiredPi(panel.assessment, request.pi), open: null };
  const open = decidedPi(panel.assessment, panel.calendar, request.pi);
  return { name: open.name, open };
};

/**
 * The client with `user` remembered for one call: deciding on many items at
 * once looks up the decider and a sponsor once, not once per item. A failed
 * read is not remembered.
 */
export const rememberingUsers = (client: JiraClient): JiraClient => {
  const known = new Map<string, ReturnType<JiraClient['user']>>();
  return {
    ...client,
    user: (accountId) => {
      const read = known.get(accountId) ?? client.user(accountId);
      known.set(accountId, read);
      read.catch(() => known.delete(accountId));
      return read;
    },
  };
};

const personOf = async (client: JiraClient, accountId: string): Promise<Person | null> => {
  const user = await client.user(accountId);
  return user === null ? null : { accountId: user.accountId, displayName: user.displayName };
};

const activeSponsor = async (client: JiraClient, accountId: string): Promise<Person> => {
  const user = await client.user(accountId);
  if (user === null || !user.active || user.accountType !== 'atlassian') {
    throw badField(
      ['decision', 'sponsorAccountId'],
      user === null ? 'No such person: pick the sponsor from the list' : `${user.displayName} cannot sponsor: the account is not an active person`,
    );
  }
  return { accountId: user.accountId, displayName: user.displayName };
};

const insidePi = (pi: Pi, dueDate: string): void => {
  if (dueDate < pi.startDate || dueDate > pi.endDate) {
    throw badField(['decision', 'dueDate'], `Pick a date inside ${pi.name} (${pi.startDate} to ${pi.endDate})`);
  }
};

/** What a drop changes in Jira, and the values it takes off the item (as the record lists them). */
export interface PiRemoval {
  readonly edit: IssueEdit;
  readonly removed: readonly string[];
}

const textValues = (value: unknown): string[] => {
  const one = (v: unknown): string[] => {
    if (typeof v === 'string') return [v];
    if (typeof v === 'object' && v !== null && typeof (v as { value?: unknown }).value === 'string') return [(v as { value: string }).value];
    return [];
  };
  return Array.isArray(value) ? value.flatMap(one) : one(value);
};

/**
 * The edit that takes an item out of `pi`, from its current field values:
 * - fixVersion: remove every fix version whose PI is this PI (update.fixVersions remove by name);
 * - labelPrefix: remove every label naming this PI (update.labels remove);
 * - customField: clear the field (fields[id] = null);
 * - sprint: clear the sprint field (fields[id] = null). Jira's sprint field
 *   holds at most one open (active or future) sprint, set by id or cleared
 *   with null; closed sprints stay on the issue as its history whatever the
 *   edit. So the item leaves the PI when the open sprint it is in belongs to
 *   this PI; when only closed sprints of this PI are on it there is nothing
 *   Jira lets the app remove, and the drop is refused.
 */
export const piRemoval = (source: PiSource, fields: Readonly<Record<string, unknown>>, pi: string): PiRemoval => {
  const toPi = piNameMapper(source);
  const names = (values: readonly string[]) => values.filter((v) => {
    const name = toPi(v);
    return name !== null && normaliseName(name) === normaliseName(pi);
  });
  switch (source.source) {
    case 'fixVersion': {
      const versions = Array.isArray(fields['fixVersions']) ? (fields['fixVersions'] as { name?: unknown }[]).flatMap((v) => (typeof v.name === 'string' ? [v.name] : [])) : [];
      const removed = names(versions);
      return { edit: { update: { fixVersions: removed.map((name) => ({ remove: { name } })) } }, removed };
    }
    case 'labelPrefix': {
      const labels = Array.isArray(fields['labels']) ? (fields['labels'] as unknown[]).filter((l): l is string => typeof l === 'string') : [];
      const removed = names(labels);
      return { edit: { update: { labels: removed.map((label) => ({ remove: label })) } }, removed };
    }
    case 'customField':
      return { edit: { fields: { [source.fieldId]: null } }, removed: names(textValues(fields[source.fieldId])) };
    case 'sprint': {
      const sprints = sprintsOfFieldValue(fields[source.sprintFieldId]);
      const open = sprints.filter((s) => s.state !== 'closed' && names([s.name]).length > 0);
      return { edit: { fields: { [source.sprintFieldId]: null } }, removed: open.map((s) => s.name) };
    }
  }
};

/**
 * Takes the item out of the PI in Jira, as the person; Jira's refusal is passed on with what to do.
 * `fields` are the item's fields as the panel's search just read them: they hold its planning values
 * (workItemFields asks for the PI source's field), so no second read is needed.
 */
const takeOutOfPi = async (client: JiraClient, source: PiSource, issueKey: string, pi: string, fields: Readonly<Record<string, unknown>>): Promise<readonly string[]> => {
  const removal = piRemoval(source, fields, pi);
  if (removal.removed.length === 0) {
    throw new AppError(
      'BAD_PAYLOAD',
      `${issueKey} has no ${source.source === 'sprint' ? 'open sprint' : 'planning value'} of ${pi} that Jira lets the app remove, so it cannot be dropped from it. ` +
        'Nothing was recorded. Move it out of the PI in Jira, or record a keep or a re-justification instead.',
      [{ path: ['pi'], message: `${issueKey} has nothing of ${pi} to remove` }],
    );
  }
  try {
    await client.editIssue(issueKey, removal.edit);
  } catch (error) {
    if (!isAppError(error)) throw error;
    throw new AppError(
      error.code,
      `Jira refused to take ${issueKey} out of ${pi} (${error.message}). Nothing was recorded: no decision and no register entry. ` +
        'Ask a project admin for permission to edit its planning field (it must also be on the edit screen), then drop it again.',
    );
  }
  return removal.removed;
};

const afterDropFailed = (issueKey: string, pi: string, error: unknown): never => {
  if (!isAppError(error)) throw error;
  throw new AppError(
    error.code,
    `${issueKey} was taken out of ${pi} in Jira, but the drop decision was not recorded (${error.message}). Record the drop again: the item stays out of the PI, and the decision and register entry are written then.`,
  );
};

/** Records one decision; answers the decision as every surface now shows it. */
export const recordDecision = async (deps: RecordDecisionDeps, request: DecisionRequest): Promise<DecisionView> => {
  const { client, settings, today } = deps;
  const { issueKey, decision } = request;
  await requireEdit(client, issueKey);
  const panel = await readItemPanel(client, settings, issueKey, today, deps.evidenceCheck);
  const pi = piOfDecision(panel, request);
  const sponsor = decision.kind === 'keep' ? await activeSponsor(client, decision.sponsorAccountId) : undefined;
  if (decision.kind === 'rejustify' && pi.open !== null) insidePi(pi.open, decision.dueDate);
  const decidedBy: Person = (await personOf(client, deps.accountId)) ?? { accountId: deps.accountId, displayName: deps.accountId };

  const removedFromPi = decision.kind === 'drop' ? await takeOutOfPi(client, settings.pi, issueKey, pi.name, panel.fields) : undefined;
  const make = (version: number): DecisionRecord => ({
    id: deps.newId(),
    version,
    pi: pi.name,
    kind: decision.kind,
    rationale: decision.rationale.trim(),
    ...(sponsor === undefined ? {} : { sponsor }),
    ...(decision.kind === 'rejustify' ? { dueDate: decision.dueDate } : {}),
    verdictAtDecision: panel.assessment.verdict,
    decidedBy,
    decidedAt: deps.now(),
    ...(removedFromPi === undefined ? {} : { removedFromPi: [...removedFromPi] }),
  });

  let record: DecisionRecord;
  try {
    record = await appendDecision(deps, issueKey, make);
    if (removedFromPi !== undefined) {
      await addRegisterEntry(deps.kvs, {
        issueKey: panel.assessment.key,
        summary: panel.assessment.summary,
        projectKey: panel.assessment.projectKey,
        pi: record.pi,
        rationale: record.rationale,
        decidedBy: record.decidedBy,
        decidedAt: record.decidedAt,
        version: record.version,
        verdictAtDecision: record.verdictAtDecision,
        removedFromPi: [...removedFromPi],
      });
    }
  } catch (error) {
    if (removedFromPi !== undefined) return afterDropFailed(issueKey, pi.name, error);
    throw error;
  }

  await rescore(deps, issueKey);
  const view = decisionFor([record], record.pi, panel.assessment.verdict, today);
  if (view === null) throw new AppError('JIRA_BAD_RESPONSE', `The decision on ${issueKey} was recorded but could not be shown: reload the page.`);
  return view;
};

/** The item's indexed assessment after the decision; a failure says the decision is stored. */
const rescore = async (deps: RecordDecisionDeps, issueKey: string): Promise<void> => {
  try {
    const after = await readItemPanel(deps.client, deps.settings, issueKey, deps.today, deps.evidenceCheck);
    await writeAssessmentIfChanged(deps.client, after.assessment, deps.today);
  } catch (error) {
    if (!isAppError(error)) throw error;
    throw new AppError(
      error.code,
      `Your decision on ${issueKey} was recorded, but the item's indexed assessment could not be refreshed: reload the page, and do not record it again. (${error.message})`,
    );
  }
};
