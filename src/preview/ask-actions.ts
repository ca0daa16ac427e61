import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { AGENT_ACTIONS, type AgentAction } from '../shared/agent';
import { MANIFEST_PATH } from './manifest-modules';

/**
 * The agent's actions as Rovo sees them: name, description and inputs of
 * each `action` module in manifest.yml (factory-gravity-<action>), so the
 * Ask page offers exactly the inputs the agent can fill in. Parsed with the
 * input shape of @forge/manifest's schema (ActionInput: title, description,
 * type boolean | integer | number | string, and required).
 */

export interface AskInput {
  readonly name: string;
  readonly title: string;
  readonly type: 'boolean' | 'integer' | 'number' | 'string';
  readonly required: boolean;
  readonly description: string;
}

export interface AskAction {
  readonly action: AgentAction;
  readonly moduleKey: string;
  readonly name: string;
  readonly description: string;
  readonly inputs: readonly AskInput[];
}

const ActionInputSchema = z
  .object({ title: z.string(), type: z.enum(['boolean', 'integer', 'number', 'string']), required: z.boolean().default(false), description: z.string().default('') })
  .loose();
const ActionModuleSchema = z
  .object({ key: z.string(), name: z.string().default(''), description: z.string().default(''), inputs: z.record(z.string(), ActionInputSchema).default({}) })
  .loose();
const ManifestSchema = z.object({ modules: z.object({ action: z.array(ActionModuleSchema).default([]) }).loose() }).loose();

export const moduleKeyOf = (action: AgentAction): string => `factory-gravity-${action}`;

/** Every agent action, in AGENT_ACTIONS order; throws naming the action manifest.yml lacks. */
export const askActionsOf = (manifestText: string): readonly AskAction[] => {
  const modules = ManifestSchema.parse(parse(manifestText)).modules.action;
  return AGENT_ACTIONS.map((action) => {
    const found = modules.find((m) => m.key === moduleKeyOf(action));
    if (found === undefined) throw new Error(`manifest.yml has no action module ${moduleKeyOf(action)}`);
    return {
      action,
      moduleKey: found.key,
      name: found.name,
      description: found.description.trim(),
      inputs: Object.entries(found.inputs).map(([name, i]) => ({ name, title: i.title, type: i.type, required: i.required, description: i.description.trim() })),
    };
  });
};

/** The repository's manifest.yml, read on each call: the page shows the inputs as they are now. */
export const askActions = (): readonly AskAction[] => askActionsOf(readFileSync(MANIFEST_PATH, 'utf8'));
