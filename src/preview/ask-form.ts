import { z } from 'zod';
import { AGENT_ACTIONS, AgentInputSchemas, type AgentAction } from '../shared/agent';
import type { AskAction } from './ask-actions';
import { PREVIEW_THEMES, PREVIEW_USERS, type PreviewTheme, type PreviewUser } from './preview-context';

/**
 * The Ask page's form (application/x-www-form-urlencoded, no script): which
 * action, as whom, in which theme, and the action's inputs by their manifest
 * names. An empty text field is an input not given; an unticked checkbox
 * (the browser sends nothing for it) is false, as a boolean input Rovo left
 * at no is.
 */

/** Form fields that are not inputs of an action. */
const RESERVED = new Set(['action', 'user', 'theme']);

export interface AskRequest {
  readonly action: AgentAction;
  readonly user: PreviewUser;
  readonly theme: PreviewTheme;
  /** The fields as typed, to fill the form in again. */
  readonly values: Readonly<Record<string, string>>;
  /** The action's payload inputs, typed as the manifest declares them. */
  readonly inputs: Readonly<Record<string, unknown>>;
}

const AskFormSchema = z.object({
  action: z.enum(AGENT_ACTIONS, { error: `Pick one of the actions: ${AGENT_ACTIONS.join(', ')}` }),
  user: z.enum(PREVIEW_USERS, { error: `Run as one of ${PREVIEW_USERS.join(', ')}` }),
  theme: z.enum(PREVIEW_THEMES).catch('light'),
});

const typed = (type: AskAction['inputs'][number]['type'], text: string): unknown => {
  if (type === 'boolean') return text === 'true';
  if (type === 'integer' || type === 'number') return /^-?\d+(\.\d+)?$/.test(text.trim()) ? Number(text) : text;
  return text;
};

/** The request a submitted form makes, or the reason it cannot run. */
export const parseAskForm = (body: string, actions: readonly AskAction[]): { ok: true; request: AskRequest } | { ok: false; message: string } => {
  const form = new URLSearchParams(body);
  const head = AskFormSchema.safeParse({ action: form.get('action'), user: form.get('user'), theme: form.get('theme') ?? undefined });
  if (!head.success) return { ok: false, message: head.error.issues[0]?.message ?? 'The form is not valid' };
  const action = actions.find((a) => a.action === head.data.action);
  if (action === undefined) return { ok: false, message: `manifest.yml has no action ${head.data.action}` };
  const values: Record<string, string> = {};
  const inputs: Record<string, unknown> = {};
  for (const input of action.inputs) {
    if (RESERVED.has(input.name)) continue;
    const text = form.get(input.name) ?? '';
    values[input.name] = text;
    if (input.type === 'boolean') inputs[input.name] = typed('boolean', text);
    else if (text.trim() !== '') inputs[input.name] = typed(input.type, text);
  }
  return { ok: true, request: { action: head.data.action, user: head.data.user, theme: head.data.theme, values, inputs } };
};

/** The choices of an input whose schema is an enum (record-decision's kind), else null. */
export const inputChoices = (action: AgentAction, name: string): readonly string[] | null => {
  const shape = (AgentInputSchemas[action] as unknown as z.ZodObject).shape as Readonly<Record<string, z.ZodType | undefined>>;
  const field = shape[name];
  const inner = field instanceof z.ZodOptional ? field.unwrap() : field;
  return inner instanceof z.ZodEnum ? (inner.options as readonly string[]) : null;
};
