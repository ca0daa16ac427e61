import { daysBetween } from '../domain';
import { readItemPanel } from '../services/read-item-panel';
import { projectKeyOf } from '../resolvers/access';
import type { Assessment } from '../shared/assessment';
import type { ItemExplanation } from '../shared/agent';
import { readEvidenceSigner } from '../storage/evidence-signature';
import { readSettings } from '../storage/settings-store';
import type { ActionHandler } from './action-handler';
import { resolverContextOf } from './agent-context';
import { explanationSentence } from './answer-words';

/**
 * The item's standing as the explain-item action answers it, from the
 * assessment the issue panel shows (no figure of its own): evidence newest
 * first with its age in days on `today`, an outcome only once delivered.
 */
export const explanationOf = (a: Assessment, today: string): ItemExplanation => ({
  key: a.key,
  summary: a.summary,
  status: a.status,
  verdict: a.verdict,
  headline: a.headline,
  score: a.score,
  forces: a.forces,
  pi: a.pi,
  planning: a.planning,
  size: a.size,
  findings: a.findings.map((f) => ({ code: f.code, severity: f.severity, message: f.message })),
  objectives: a.objectives.map((o) => ({ key: o.key, summary: o.summary, live: o.live, status: o.status, targetDate: o.targetDate })),
  evidence: [...a.evidence]
    .sort((x, y) => (x.observedOn < y.observedOn ? 1 : x.observedOn > y.observedOn ? -1 : 0))
    .map((e) => ({
      kind: e.kind,
      summary: e.summary,
      source: e.source.name,
      observedOn: e.observedOn,
      ageDays: daysBetween(e.observedOn, today),
      fresh: e.fresh,
    })),
  carriedOver: a.carriedOver,
  decision: a.decision,
  outcome:
    a.outcome.status === 'not-delivered' ? null : { status: a.outcome.status, deliveredOn: a.outcome.delivery?.on ?? null, dueOn: a.outcome.dueOn },
});

/**
 * explain-item: one work item read as the person, exactly as the issue panel
 * reads it (src/resolvers/panel-data.ts: its project's settings, the
 * evidence signature check). An item they cannot see answers NOT_FOUND,
 * worded like a missing one.
 */
export const explainItem: ActionHandler<'explain-item'> = async (deps, context, { issueKey }) => {
  const client = deps.jiraAsUser(resolverContextOf(context));
  const { settings } = await readSettings(deps.kvs, projectKeyOf(issueKey));
  const signer = await readEvidenceSigner(deps.kvs);
  const today = deps.today();
  const panel = await readItemPanel(client, settings, issueKey, today, signer.check);
  const data = explanationOf(panel.assessment, today);
  return { summary: explanationSentence(data), data };
};
