import { z } from 'zod';
import { jqlBalanceProblem } from './jql-balance';

/**
 * A person's JQL (gadget scope, CLI --jql, a snapshot's scope): trimmed, 1 to
 * 2000 characters, with balanced parentheses and closed quotes, because the
 * app wraps it in parentheses before adding its own filters (src/shared/jql-balance.ts).
 */
export const userJqlSchema = (emptyMessage: string) =>
  z
    .string()
    .trim()
    .min(1, emptyMessage)
    .max(2000, 'At most 2000 characters')
    .superRefine((jql, ctx) => {
      const problem = jqlBalanceProblem(jql);
      if (problem !== null) ctx.addIssue({ code: 'custom', message: problem.message });
    });

/** What a scope report covers: a project, a board (its filter) or a JQL query. */
export const ScopeSpecSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('project'), projectKey: z.string().regex(/^[A-Z][A-Z0-9_]{0,19}$/, 'Use a project key like CLIN') }).strict(),
  z.object({ kind: z.literal('board'), boardId: z.number().int().positive() }).strict(),
  z.object({ kind: z.literal('jql'), jql: userJqlSchema('Enter a JQL query') }).strict(),
]);
export type ScopeSpec = z.infer<typeof ScopeSpecSchema>;

/** The three ways to name a scope, as the CLI's flags and the agent's inputs spell them. */
export const SCOPE_NAMES = ['projectKey', 'boardId', 'jql'] as const;
export type ScopeName = (typeof SCOPE_NAMES)[number];

/**
 * The scope named by at most one of a project key, a board id or a JQL query (the CLI's --project,
 * --board, --jql; the agent's inputs): which were given, and the spec when exactly one was (null when
 * none or several were: the caller words the refusal). Not yet parsed: ScopeSpecSchema checks the values.
 */
export const namedScope = (named: { readonly projectKey?: string | undefined; readonly boardId?: number | undefined; readonly jql?: string | undefined }): { given: ScopeName[]; spec: ScopeSpec | null } => {
  const given = SCOPE_NAMES.filter((k) => named[k] !== undefined);
  if (given.length !== 1) return { given, spec: null };
  const spec: ScopeSpec =
    named.projectKey !== undefined
      ? { kind: 'project', projectKey: named.projectKey }
      : named.boardId !== undefined
        ? { kind: 'board', boardId: named.boardId }
        : { kind: 'jql', jql: named.jql ?? '' };
  return { given, spec };
};

/** Which PI: the one containing today, the first one after it, or one by name. */
export const PiSelectorSchema = z.union([
  z.literal('current'),
  z.literal('next'),
  z.object({ name: z.string().trim().min(1, 'Enter a PI name').max(200) }).strict(),
]);
export type PiSelector = z.infer<typeof PiSelectorSchema>;

export const GADGET_VIEWS = ['report', 'trend', 'outcomes'] as const;
export type GadgetView = (typeof GADGET_VIEWS)[number];

/** What the dashboard gadget's edit view saves with view.submit(). */
export const GadgetConfigSchema = z
  .object({
    scope: ScopeSpecSchema,
    pi: PiSelectorSchema.default('next'),
    /** What the gadget shows: the PI report (with the candidates waiting), the trend across PIs, or the delivered items' outcomes. */
    view: z.enum(GADGET_VIEWS).default('report'),
  })
  .strict();
export type GadgetConfig = z.infer<typeof GadgetConfigSchema>;
