import type { GadgetConfig, PiSelector, ScopeSpec } from '../../src/shared/scope';

/**
 * Reads the saved gadget configuration far enough to know whether the gadget
 * is configured. The edit view saved it through GadgetConfigSchema and the
 * getScopeReport resolver parses scope and PI again with zod, so the gadget
 * view does not ship zod just to re-check it (bundle budget).
 */
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

const readScope = (v: unknown): ScopeSpec | null => {
  if (!isRecord(v)) return null;
  if (v['kind'] === 'project' && typeof v['projectKey'] === 'string' && v['projectKey'] !== '') return { kind: 'project', projectKey: v['projectKey'] };
  if (v['kind'] === 'board' && typeof v['boardId'] === 'number') return { kind: 'board', boardId: v['boardId'] };
  if (v['kind'] === 'jql' && typeof v['jql'] === 'string' && v['jql'].trim() !== '') return { kind: 'jql', jql: v['jql'] };
  return null;
};

const readPi = (v: unknown): PiSelector => {
  if (v === 'current' || v === 'next') return v;
  if (isRecord(v) && typeof v['name'] === 'string' && v['name'].trim() !== '') return { name: v['name'] };
  return 'next';
};

export const readGadgetConfig = (raw: unknown): GadgetConfig | null => {
  if (!isRecord(raw)) return null;
  const scope = readScope(raw['scope']);
  return scope === null ? null : { scope, pi: readPi(raw['pi']), view: raw['view'] === 'trend' || raw['view'] === 'outcomes' ? raw['view'] : 'report' };
};
