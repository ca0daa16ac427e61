import { z } from 'zod';
import type { JiraClient } from '../jira/client';
import { readItemPanel } from '../services/read-item-panel';
import type { Assessment } from '../shared/assessment';
import type { Deadline } from '../shared/deadline';
import { budgetWords } from '../shared/deadline';
import type { GateMode, Settings } from '../shared/settings';
import { piKeySegment } from '../storage/baseline-store';
import { readEvidenceSigner } from '../storage/evidence-signature';
import type { KeyValueStore } from '../storage/key-value-store';
import { readSettings } from '../storage/settings-store';

/**
 * The PI admission gate: the function of the jira:workflowValidator
 * "Factory Gravity PI admission gate". Jira calls it on every transition the
 * validator is attached to, with `{issue: {key}, transition: {from: {id}, to:
 * {id}}, ...}`, and takes `{result, errorMessage}` back (Forge docs,
 * manifest-reference/modules/jira-workflow-validator, "Validating with lambda
 * functions"). Nobody can be asked anything during a transition, so every read
 * is made as the app.
 *
 * The rule, with the item's project settings (`gate`):
 * - mode off: pass;
 * - toStatuses named and the target status not among them: pass;
 * - the item's verdict is gravity and no keep decision applies to it for its
 *   PI: block refuses the transition with what is missing and the fix; warn
 *   lets it pass and adds one comment saying the same;
 * - anything else: pass.
 * When the check cannot run (Jira or storage unreachable, the deadline spent),
 * block fails CLOSED, with a message saying so, and warn passes: a gate that
 * opens whenever Jira is slow would not be a gate, and a warning is not worth
 * stopping work for. Settings that cannot be read leave the mode unknown, so
 * that also fails closed (the validator is only attached where an admin wants
 * a gate). A payload without an issue key names no project, hence no mode:
 * it passes.
 */

export interface GateDeps {
  /** Jira as the app, bound to `deadline`. */
  readonly jira: JiraClient;
  readonly kvs: KeyValueStore;
  /** DEADLINES.validator from src/shared/deadline.ts. */
  readonly deadline: Deadline;
  /** YYYY-MM-DD */
  today(): string;
}

/** What Jira reads back from a function validator. */
export interface GateAnswer {
  readonly result: boolean;
  readonly errorMessage?: string;
}

/** Jira shows at most this much; the messages are built to fit. */
export const GATE_MESSAGE_MAX = 1000;

const statusId = z.union([z.string().min(1), z.number().int().nonnegative()]).transform(String);

/** The parts of the validator's argument the gate reads; every other key (configuration, modifiedFields...) passes through. */
const GateEventSchema = z
  .object({
    issue: z.object({ key: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*-\d+$/) }).loose(),
    transition: z
      .object({ to: z.object({ id: statusId }).loose(), from: z.object({ id: statusId }).loose().optional() })
      .loose()
      .optional(),
  })
  .loose();

const PASS: GateAnswer = { result: true };

const FIX = 'Link a live objective and add field evidence, or record a keep decision with a sponsor on the PI review page.';

/** Cuts `text` to `max` characters with an ellipsis. */
const cut = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

/** What block shows and warn comments: the item, the PI, what is missing and the fix (at most GATE_MESSAGE_MAX characters). */
export const gravityMessage = (a: Assessment): string => {
  const pi = a.pi ?? 'its PI';
  const decided = a.decision === null ? `no keep decision for ${pi}` : `its decision for ${pi} is "${a.decision.kind}", not a keep`;
  const rest = ` is a gravity item in ${pi}: it has no live objective and no fresh field evidence, and ${decided}. ${FIX}`;
  const summary = cut(a.summary, Math.max(20, GATE_MESSAGE_MAX - rest.length - a.key.length - 4));
  return cut(`${a.key} "${summary}"${rest}`, GATE_MESSAGE_MAX);
};

/** Block mode's message when the check could not run. */
export const cannotCheckMessage = (issueKey: string, why: string): string =>
  cut(
    `Factory Gravity could not check ${issueKey} against the PI admission gate (${why}), so the transition was stopped. Try again in a moment; if it keeps failing, ask a Jira admin to set the gate to warn in the project's Factory Gravity settings.`,
    GATE_MESSAGE_MAX,
  );

const whyOf = (error: unknown): string => {
  const message = error instanceof Error ? error.message : String(error);
  return cut(message.replace(/\s+/g, ' '), 300);
};

/** Rejects once the deadline is spent, so the validator answers in time even when a read hangs. */
const beforeDeadline = <T>(deadline: Deadline, work: Promise<T>): Promise<T> => {
  const remaining = deadline.remainingMs();
  if (!Number.isFinite(remaining)) return work;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the ${budgetWords(deadline)} time limit ran out`)), remaining);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
};

/** True when the gate checks transitions into `statusName` under these settings. */
export const gateChecksStatus = (toStatuses: readonly string[], statusName: string): boolean =>
  toStatuses.length === 0 || toStatuses.some((s) => s.trim().toLowerCase() === statusName.trim().toLowerCase());

type Verdict = { readonly kind: 'pass' } | { readonly kind: 'gravity'; readonly message: string; readonly pi: string | null };

/** The item's standing under the gate, read as the app: gravity without a keep decision, or pass. */
const judge = async (deps: GateDeps, settings: Settings, issueKey: string, toStatusId: string | undefined): Promise<Verdict> => {
  if (settings.gate.toStatuses.length > 0) {
    // Without a target status there is nothing to compare: a filtered gate checks only what it names.
    if (toStatusId === undefined) return { kind: 'pass' };
    const status = await deps.jira.status(toStatusId);
    if (!gateChecksStatus(settings.gate.toStatuses, status.name)) return { kind: 'pass' };
  }
  const signer = await readEvidenceSigner(deps.kvs);
  const { assessment } = await readItemPanel(deps.jira, settings, issueKey, deps.today(), signer.check);
  if (assessment.verdict === 'gravity' && assessment.decision?.kind !== 'keep') return { kind: 'gravity', message: gravityMessage(assessment), pi: assessment.pi };
  return { kind: 'pass' };
};

const warnComment = (message: string): string => `Factory Gravity PI admission gate (warn): ${message}`;

/**
 * The app storage key that says the gate has warned about an item in a PI
 * (`gate-warned:<ISSUE>:<pi>`, the PI written as baseline keys write it). Warn
 * comments once per item and PI: a gravity item moved back and forth across a
 * board would otherwise collect a comment on every transition.
 */
export const gateWarnedKey = (issueKey: string, pi: string | null): string => `gate-warned:${issueKey}:${pi === null ? '-' : piKeySegment(pi)}`;

/** Comments once per item and PI: the key is claimed first (of two transitions at once one comments); a comment Jira refuses frees it for the next transition. */
const warnOnce = async (deps: GateDeps, issueKey: string, verdict: { readonly message: string; readonly pi: string | null }): Promise<void> => {
  const key = gateWarnedKey(issueKey, verdict.pi);
  if (!(await deps.kvs.createIfAbsent(key, { warnedOn: deps.today() }))) return;
  try {
    await beforeDeadline(deps.deadline, deps.jira.addComment(issueKey, warnComment(verdict.message)));
  } catch {
    await deps.kvs.delete(key).catch(() => undefined);
  }
};

export const admissionGate = async (deps: GateDeps, event: unknown): Promise<GateAnswer> => {
  const parsed = GateEventSchema.safeParse(event);
  if (!parsed.success) return PASS;
  const issueKey = parsed.data.issue.key.toUpperCase();
  const projectKey = issueKey.slice(0, issueKey.lastIndexOf('-'));
  let mode: GateMode = 'block';
  try {
    const { settings } = await beforeDeadline(deps.deadline, readSettings(deps.kvs, projectKey));
    mode = settings.gate.mode;
    if (mode === 'off') return PASS;
    const verdict = await beforeDeadline(deps.deadline, judge(deps, settings, issueKey, parsed.data.transition?.to.id));
    if (verdict.kind === 'pass') return PASS;
    if (mode === 'block') return { result: false, errorMessage: verdict.message };
    // warn: one comment per item and PI (warnOnce); a comment Jira refuses, or storage that fails, does not stop the work.
    await warnOnce(deps, issueKey, verdict).catch(() => undefined);
    return PASS;
  } catch (error) {
    return mode === 'block' ? { result: false, errorMessage: cannotCheckMessage(issueKey, whyOf(error)) } : PASS;
  }
};
