import type { SwapsAnswer } from '../shared/agent';
import type { Candidate } from '../shared/candidates';
import type { ScopeReport } from '../shared/report';
import type { ActionHandler } from './action-handler';
import { swapsSentence } from './answer-words';
import { readAgentReport } from './read-agent-report';

const candidateLine = (c: Candidate) => ({ key: c.key, summary: c.summary, score: c.score, size: c.size });

/** A scope report's swaps and candidates (src/shared/candidates.ts) as the suggest-swaps action answers them. */
export const swapsAnswerOf = (report: ScopeReport): SwapsAnswer => {
  const candidates = report.candidates ?? [];
  const byKey = new Map(candidates.map((c) => [c.key, c]));
  const items = new Map(report.items.map((a) => [a.key, a]));
  return {
    scope: report.scopeLabel,
    pi: report.pi,
    unit: report.capacity.unit,
    swaps: (report.swaps ?? []).flatMap((s) => {
      const item = items.get(s.key);
      const options = s.candidates.flatMap((k) => {
        const c = byKey.get(k);
        return c === undefined ? [] : [candidateLine(c)];
      });
      return item === undefined || options.length === 0 ? [] : [{ key: s.key, summary: item.summary, size: item.size, candidates: options }];
    }),
    waiting: candidates.map(candidateLine),
  };
};

/** suggest-swaps: the gravity items of a scope's PI with better candidates waiting, read as the person. */
export const suggestSwaps: ActionHandler<'suggest-swaps'> = async (deps, context, input) => {
  const report = await readAgentReport(deps, context, input);
  const data = swapsAnswerOf(report);
  return { summary: swapsSentence(data, report.candidates !== undefined), data };
};
