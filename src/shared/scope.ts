import { z } from 'zod';

/** What a scope report covers: a project, a board (its filter) or a JQL query. */
export const ScopeSpecSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('project'), projectKey: z.string().regex(/^[A-Z][A-Z0-9_]{0,19}$/, 'Use a project key like CLIN') }).strict(),
  z.object({ kind: z.literal('board'), boardId: z.number().int().positive() }).strict(),
  z.object({ kind: z.literal('jql'), jql: z.string().trim().min(1, 'Enter a JQL query').max(2000, 'At most 2000 characters') }).strict(),
]);
export type ScopeSpec = z.infer<typeof ScopeSpecSchema>;

/** Which PI: the one containing today, the first one after it, or one by name. */
export const PiSelectorSchema = z.union([
  z.literal('current'),
  z.literal('next'),
  z.object({ name: z.string().trim().min(1, 'Enter a PI name').max(200) }).strict(),
]);
export type PiSelector = z.infer<typeof PiSelectorSchema>;

/** What the dashboard gadget's edit view saves with view.submit(). */
export const GadgetConfigSchema = z
  .object({
    scope: ScopeSpecSchema,
    pi: PiSelectorSchema.default('next'),
  })
  .strict();
export type GadgetConfig = z.infer<typeof GadgetConfigSchema>;
