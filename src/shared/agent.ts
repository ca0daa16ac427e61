import { z } from 'zod';
import type { Pi, Verdict } from './assessment';
import type { CapacityUnit } from './capacity';
import { calendarDate } from './calendar-date';
import type { DecisionView } from './decision';
import { DECISION_LIMITS } from './decision';
import type { OutcomeStatus } from './outcome';

/**
 * The Rovo agent's actions ("PI alignment coach", manifest.yml rovo:agent and
 * action modules): what each takes (zod, parsed on the server from the
 * action's payload) and what it answers. Every figure in an answer comes
 * from the app's own data; `summary` is one factual sentence built from it,
 * so the agent has words to quote and nothing to invent. Actions run as the
 * person asking: Jira decides what they may see.
 */

export const AGENT_ACTIONS = ['explain-item', 'pi-report', 'suggest-swaps', 'record-decision'] as const;
export type AgentAction = (typeof AGENT_ACTIONS)[number];

const issueKey = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .pipe(z.string().regex(/^[A-Z][A-Z0-9_]{0,19}-[1-9]\d{0,9}$/, 'Give an issue key like CLIN-7'));
const projectKey = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .pipe(z.string().regex(/^[A-Z][A-Z0-9_]{0,19}$/, 'Give a project key like CLIN'));
/** "current", "next" or a PI's name as the calendar names it ("PI 27.1"); default next. */
const piWords = z.string().trim().min(1).max(200);

/**
 * A scope: one of a project key, a board id or a JQL query. With none, the
 * Jira project the person is in when they ask (the action's context), else
 * BAD_PAYLOAD saying which to give.
 */
const scopeInputs = {
  projectKey: projectKey.optional(),
  boardId: z.coerce.number().int().positive().optional(),
  jql: z.string().trim().min(1).max(2000).optional(),
  pi: piWords.optional(),
};

export const AgentInputSchemas = {
  'explain-item': z.object({ issueKey }).strip(),
  'pi-report': z
    .object({
      ...scopeInputs,
      /** Only items with these verdicts (comma-separated words, e.g. "gravity, zombie"); default all. */
      verdicts: z.string().trim().max(200).optional(),
      /** How many items the answer lists at most (worst first); default 20. */
      limit: z.coerce.number().int().min(1).max(100).optional(),
    })
    .strip(),
  'suggest-swaps': z.object(scopeInputs).strip(),
  'record-decision': z
    .object({
      issueKey,
      /** The PI decided for; default the item's own PI. */
      pi: piWords.optional(),
      kind: z.enum(['keep', 'rejustify', 'drop']),
      rationale: z.string().trim().min(DECISION_LIMITS.rationaleMin).max(DECISION_LIMITS.rationaleMax),
      /** keep: the sponsor, by account id or by a name Jira's user search finds exactly one person for. */
      sponsor: z.string().trim().min(1).max(255).optional(),
      /** rejustify: YYYY-MM-DD inside the PI. */
      dueDate: calendarDate().optional(),
      /** Only true after the person said yes to the decision as the agent restated it: nothing is written otherwise. */
      confirmed: z.union([z.boolean(), z.enum(['true', 'false']).transform((s) => s === 'true')]),
    })
    .strip(),
} as const satisfies Record<AgentAction, z.ZodType>;

export type AgentInput<A extends AgentAction> = z.output<(typeof AgentInputSchemas)[A]>;

/** Where the person asked from (the action payload's `context`), as far as the app uses it. */
export interface AgentContext {
  readonly accountId: string | null;
  readonly projectKey: string | null;
  readonly issueKey: string | null;
}

export interface AgentFinding {
  readonly code: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
}

/** explain-item */
export interface ItemExplanation {
  readonly key: string;
  readonly summary: string;
  readonly status: string;
  readonly verdict: Verdict;
  readonly headline: string;
  readonly score: number;
  readonly forces: { readonly strategy: number; readonly evidence: number; readonly delivery: number };
  readonly pi: string | null;
  readonly planning: 'current' | 'next' | 'other' | 'none';
  readonly size: number | null;
  readonly findings: readonly AgentFinding[];
  readonly objectives: readonly { readonly key: string; readonly summary: string; readonly live: boolean; readonly status: string; readonly targetDate: string | null }[];
  /** Live, counted evidence, newest first, with its age in days on the answer's day. */
  readonly evidence: readonly { readonly kind: string; readonly summary: string; readonly source: string; readonly observedOn: string; readonly ageDays: number; readonly fresh: boolean }[];
  readonly carriedOver: number;
  readonly decision: DecisionView | null;
  /** null when not delivered. */
  readonly outcome: { readonly status: OutcomeStatus; readonly deliveredOn: string | null; readonly dueOn: string | null } | null;
}

export interface ReportLine {
  readonly key: string;
  readonly summary: string;
  readonly verdict: Verdict;
  readonly score: number;
  readonly size: number | null;
  readonly decision: DecisionView['kind'] | null;
}

/** pi-report */
export interface PiReportAnswer {
  readonly scope: string;
  readonly pi: Pi | null;
  readonly total: number;
  readonly counts: Readonly<Record<Verdict, number>>;
  readonly capacity: { readonly unit: CapacityUnit; readonly total: number; readonly byVerdict: Readonly<Partial<Record<Verdict, number>>>; readonly unsized: number };
  readonly headline: string;
  /** Worst first (the report's order), at most `limit`. */
  readonly items: readonly ReportLine[];
  /** Items of the report not listed (the limit, or the verdicts filter). */
  readonly notListed: number;
  readonly partial: boolean;
}

/** suggest-swaps */
export interface SwapsAnswer {
  readonly scope: string;
  readonly pi: Pi | null;
  /** The unit of every size below (the report's capacity unit): "8" reads "8 points" only with it. */
  readonly unit: CapacityUnit;
  readonly swaps: readonly {
    readonly key: string;
    readonly summary: string;
    readonly size: number | null;
    readonly candidates: readonly { readonly key: string; readonly summary: string; readonly score: number; readonly size: number | null }[];
  }[];
  /** Candidates waiting outside the PI, best first (the report's list). */
  readonly waiting: readonly { readonly key: string; readonly summary: string; readonly score: number; readonly size: number | null }[];
}

/** record-decision */
export interface DecisionAnswer {
  readonly issueKey: string;
  readonly decision: DecisionView;
}

export interface AgentAnswers {
  'explain-item': ItemExplanation;
  'pi-report': PiReportAnswer;
  'suggest-swaps': SwapsAnswer;
  'record-decision': DecisionAnswer;
}

/** What an action returns to Rovo: the data and one factual sentence, or an error a person can act on. */
export type AgentResult<A extends AgentAction> =
  | { readonly ok: true; readonly summary: string; readonly data: AgentAnswers[A] }
  | { readonly ok: false; readonly error: { readonly code: string; readonly message: string } };
