import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { AgentInputSchemas, type AgentAction } from '../../src/shared/agent';

/**
 * The agent as manifest.yml declares it, against the code: every input an
 * action's schema reads is declared (with the type Rovo is told to send)
 * and nothing else; the prompt names every action and the rules it answers by.
 */

interface ActionModule {
  key: string;
  function: string;
  actionVerb: string;
  description: string;
  inputs: Record<string, { title: string; type: string; required: boolean; description: string }>;
}
interface AgentModule {
  key: string;
  name: string;
  prompt: string;
  conversationStarters: string[];
  actions: string[];
}

const manifest = parse(readFileSync(join(__dirname, '..', '..', 'manifest.yml'), 'utf8')) as { modules: { action: ActionModule[]; 'rovo:agent': AgentModule[] } };
const agent = manifest.modules['rovo:agent'][0];
const actionOf = (action: AgentAction) => manifest.modules.action.find((a) => a.key === `factory-gravity-${action}`);

const READING: readonly AgentAction[] = ['explain-item', 'pi-report', 'suggest-swaps'];

describe('the PI alignment coach in manifest.yml', () => {
  it('offers every action, with starters Rovo accepts (85 characters at most)', () => {
    expect(agent?.name).toBe('PI alignment coach');
    expect(agent?.actions).toEqual(['explain-item', 'pi-report', 'suggest-swaps', 'record-decision'].map((a) => `factory-gravity-${a}`));
    expect(agent?.conversationStarters).toEqual(expect.arrayContaining(['Why is CLIN-7 in the next PI?', 'What in the next PI has no evidence?', 'What could we drop to make room for CLIN-39?']));
    for (const starter of agent?.conversationStarters ?? []) expect(starter.length).toBeLessThanOrEqual(85);
  });

  it('prompts it to answer only from the actions, quote their figures, never guess a verdict, ask when unclear, and confirm decisions', () => {
    const prompt = agent?.prompt ?? '';
    for (const action of ['explain-item', 'pi-report', 'suggest-swaps', 'record-decision']) expect(prompt).toContain(action);
    expect(prompt).toMatch(/answer only from the data of your four actions/);
    expect(prompt).toMatch(/Every figure you give .* is one the\s+action returned/);
    expect(prompt).toMatch(/Never guess a verdict/);
    expect(prompt).toMatch(/ask\s+which one/);
    expect(prompt).toMatch(/verdicts "gravity, ungrounded"/);
    expect(prompt.replace(/\s+/g, ' ')).toMatch(/explicit yes\. Call record-decision with confirmed true only after the person answers yes/);
  });

  it.each(READING)('declares %s as a GET action whose inputs are exactly what its schema reads', (action) => {
    const module = actionOf(action);
    expect(module).toMatchObject({ function: `agent-${action}`, actionVerb: 'GET' });
    expect(module?.description.length).toBeLessThanOrEqual(255);
    const schemaKeys = Object.keys(AgentInputSchemas[action].shape).sort();
    expect(Object.keys(module?.inputs ?? {}).sort()).toEqual(schemaKeys);
    for (const [name, input] of Object.entries(module?.inputs ?? {})) {
      expect({ name, type: input.type }).toEqual({ name, type: name === 'boardId' || name === 'limit' ? 'integer' : 'string' });
      expect({ name, required: input.required }).toEqual({ name, required: name === 'issueKey' });
      expect(input.description.length).toBeGreaterThan(10);
    }
  });
});
