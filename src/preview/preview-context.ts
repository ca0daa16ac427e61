import { z } from 'zod';
import { GadgetIdSchema } from './gadget-config-store';

/** The preview's users: the sample site's three people. */
export const PREVIEW_USERS = ['alex', 'priya', 'sam'] as const;
export type PreviewUser = (typeof PREVIEW_USERS)[number];

export const PREVIEW_THEMES = ['light', 'dark'] as const;
export type PreviewTheme = (typeof PREVIEW_THEMES)[number];

/**
 * What the preview bridge sends as `context`: the page's query parameters
 * (?issueKey=CLIN-12&user=alex&theme=dark&entry=edit&boardId=1&projectKey=CLIN&gadget=clin-next-pi)
 * plus the resource it runs in. Unknown keys are ignored; bad values are refused.
 */
export const PreviewContextSchema = z
  .object({
    user: z.enum(PREVIEW_USERS).default('alex'),
    resource: z.string().max(40).optional(),
    moduleKey: z.string().max(80).optional(),
    issueKey: z.string().regex(/^[A-Z][A-Z0-9_]{0,19}-[1-9]\d{0,9}$/).optional(),
    projectKey: z.string().regex(/^[A-Z][A-Z0-9_]{0,19}$/).optional(),
    boardId: z.union([z.number().int().positive(), z.string().regex(/^[1-9]\d{0,9}$/)]).optional(),
    entry: z.string().max(20).optional(),
    /** The gadget instance (src/preview/gadget-config-store.ts): each has its own saved configuration. */
    gadget: GadgetIdSchema.optional(),
    theme: z.enum(PREVIEW_THEMES).optional(),
  })
  .loose();
export type PreviewContext = z.output<typeof PreviewContextSchema>;

/** The body of POST /api/invoke. */
export const InvokeBodySchema = z
  .object({
    functionKey: z.string().min(1).max(80),
    payload: z.unknown().optional(),
    context: z.unknown().optional(),
  })
  .strict();
