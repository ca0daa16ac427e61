import { VERDICTS } from '../shared/assessment';
import type { PiReportAnswer } from '../shared/agent';
import type { ScopeReport } from '../shared/report';
import type { Verdict } from '../shared/assessment';
import type { ActionHandler } from './action-handler';
import { reportSentence } from './answer-words';
import { readAgentReport } from './read-agent-report';
import { agentVerdictsOf } from './resolve-agent-scope';

export const DEFAULT_REPORT_LIMIT = 20;

/** A scope report as the pi-report action answers it: worst first (the report's order), only `verdicts` when given, at most `limit`. */
export const piReportAnswerOf = (report: ScopeReport, verdicts: ReadonlySet<Verdict> | null, limit: number): PiReportAnswer => {
  const matching = verdicts === null ? report.items : report.items.filter((a) => verdicts.has(a.verdict));
  const items = matching.slice(0, limit).map((a) => ({
    key: a.key,
    summary: a.summary,
    verdict: a.verdict,
    score: a.score,
    size: a.size,
    decision: a.decision?.kind ?? null,
  }));
  const byVerdict = Object.fromEntries(VERDICTS.filter((v) => report.capacity.byVerdict[v] > 0).map((v) => [v, report.capacity.byVerdict[v]]));
  return {
    scope: report.scopeLabel,
    pi: report.pi,
    total: report.total,
    counts: report.counts,
    capacity: { unit: report.capacity.unit, total: report.capacity.total, byVerdict, unsized: report.capacity.unsized.length },
    headline: report.headline,
    items,
    notListed: report.total - items.length,
    partial: report.partial !== undefined || report.unreadable.length > 0,
  };
};

/** pi-report: a scope's PI report, read as the person (src/agent/read-agent-report.ts). */
export const piReport: ActionHandler<'pi-report'> = async (deps, context, input) => {
  // The verdicts are checked before anything is read: a wrong word costs no Jira request.
  const verdicts = agentVerdictsOf(input.verdicts);
  const report = await readAgentReport(deps, context, input);
  const data = piReportAnswerOf(report, verdicts, input.limit ?? DEFAULT_REPORT_LIMIT);
  return { summary: reportSentence(data, verdicts !== null), data };
};
