import { VERDICTS, type Verdict } from '../shared/assessment';
import type { AgentContext, AgentInput } from '../shared/agent';
import { AppError } from '../shared/result';
import { namedScope, PiSelectorSchema, ScopeSpecSchema, type PiSelector, type ScopeSpec } from '../shared/scope';

/**
 * The scope, PI and verdicts an agent question names, in the words Rovo
 * passes (src/shared/agent.ts): one of projectKey, boardId or jql, else the
 * Jira project the person asked from; "current", "next" or a PI's name,
 * default next. Pure: every refusal is a BAD_PAYLOAD naming its input.
 */

type ScopeInputs = Pick<AgentInput<'pi-report'>, 'projectKey' | 'boardId' | 'jql'>;

export const agentScopeOf = (input: ScopeInputs, context: Pick<AgentContext, 'projectKey'>): ScopeSpec => {
  const { given, spec: named } = namedScope(input);
  if (given.length > 1) {
    throw new AppError('BAD_PAYLOAD', `Give one scope, not ${given.join(' and ')}: a projectKey, a boardId or a jql query.`, given.map((k) => ({ path: [k], message: 'Give only one scope' })));
  }
  const spec: unknown = named ?? (context.projectKey !== null ? { kind: 'project', projectKey: context.projectKey } : null);
  if (spec === null) {
    throw new AppError('BAD_PAYLOAD', 'Say which project or board to report on: give a projectKey (like CLIN), a boardId or a jql query.', [{ path: ['projectKey'], message: 'Required here' }]);
  }
  const parsed = ScopeSpecSchema.safeParse(spec);
  if (!parsed.success) {
    const input = given[0] ?? 'projectKey';
    const problem = (parsed.error.issues[0]?.message ?? 'check it').replace(/\.+$/, '');
    throw new AppError('BAD_PAYLOAD', `The input ${input} is not valid: ${problem}.`, [{ path: [input], message: problem }]);
  }
  return parsed.data;
};

/** "current", "next" (any case, "the next PI" too) or a PI's name; default next. */
export const agentPiOf = (pi: string | undefined): PiSelector => {
  if (pi === undefined) return 'next';
  const words = pi.trim().toLowerCase().replace(/^the\s+/, '').replace(/\s+(pi|program increment)$/, '');
  if (words === 'current' || words === 'next') return words;
  return PiSelectorSchema.parse({ name: pi.trim() });
};

/** The words a person may use for each verdict in the verdicts input (the verdict's key, and its label). */
const VERDICT_SYNONYMS: Readonly<Record<string, Verdict>> = {
  'factory gravity': 'gravity',
  'not in a pi': 'unplanned',
  zombies: 'zombie',
};

/**
 * "gravity, ungrounded" → ['gravity', 'ungrounded']; null when none was
 * asked for (all verdicts). An unknown word is BAD_PAYLOAD naming the known ones.
 */
export const agentVerdictsOf = (verdicts: string | undefined): ReadonlySet<Verdict> | null => {
  if (verdicts === undefined) return null;
  const words = verdicts
    .split(/[,;]|\band\b|\bor\b/)
    .map((w) => w.trim().toLowerCase())
    .filter((w) => w !== '');
  if (words.length === 0) return null;
  const known = new Set<string>(VERDICTS);
  const picked = new Set<Verdict>();
  for (const word of words) {
    const verdict = known.has(word) ? (word as Verdict) : VERDICT_SYNONYMS[word];
    if (verdict === undefined) {
      throw new AppError('BAD_PAYLOAD', `The input verdicts names "${word.slice(0, 40)}", which is not a verdict. Use any of: ${VERDICTS.join(', ')}.`, [
        { path: ['verdicts'], message: `Unknown verdict "${word.slice(0, 40)}"` },
      ]);
    }
    picked.add(verdict);
  }
  return picked;
};
