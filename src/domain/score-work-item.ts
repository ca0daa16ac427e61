import type { Settings } from '../shared/settings';
import { carriedOverPis } from './carry-over';
import { assertIsoDate } from './dates';
import { decisionFor } from './decisions';
import { evidenceViews, suggestedEvidence, summariseEvidence } from './evidence';
import { findingsOf } from './findings';
import { deliveryForce, evidenceForce, strategyForce } from './forces';
import type { Assessment, PiCalendar, WorkItem } from './model';
import { objectiveViews } from './objectives';
import { outcomeOf } from './outcome';
import { piNameMapper, piNamesOf, planningValuesOf } from './pi-names';
import { planningOf } from './planning';
import { alignmentScore } from './score';
import { headlineOf, verdictOf } from './verdict';

/** Everything the app says about one work item, computed from what was read, the PI calendar, settings and today. */
export const scoreWorkItem = (item: WorkItem, calendar: PiCalendar, settings: Settings, today: string): Assessment => {
  assertIsoDate(today);
  const objectives = objectiveViews(item.objectiveCandidates, settings.objectives, today);
  const evidence = evidenceViews(item.evidence, settings.evidence, today);
  const summary = summariseEvidence(evidence);
  const suggestions = suggestedEvidence(item.webLinks, item.evidence, settings.evidence);
  const { planning, pi } = planningOf(piNamesOf(item, settings.pi, calendar), calendar, today);
  const done = item.statusCategory === 'done';
  const carriedOverFrom = carriedOverPis(item.planningHistory, planningValuesOf(item, settings.pi), piNameMapper(settings.pi), calendar);
  const carriedOver = carriedOverFrom.length;

  const forces = { strategy: strategyForce(objectives), evidence: evidenceForce(summary), delivery: deliveryForce(planning, done) };
  const { score, losses } = alignmentScore(forces, settings.weights, carriedOver, settings.carryOver.penaltyPerCarryOver);
  const liveObjectives = objectives.filter((o) => o.live).length;
  const facts = {
    planning,
    done,
    liveObjectives,
    freshFieldEvidence: summary.freshField.length,
    carriedOver,
    zombieAt: settings.carryOver.zombieAt,
  };
  const verdict = verdictOf(facts);
  // A decision is read after the verdict and never feeds back into it or the score.
  const decision = decisionFor(item.decisions, pi, verdict, today);
  const outcome = outcomeOf({
    statusCategory: item.statusCategory,
    delivery: item.delivery,
    evidence,
    decisions: item.decisions,
    dueWeeks: settings.outcome.dueWeeks,
    today,
  });
  const findings = findingsOf({
    planning,
    done,
    pi,
    forces,
    losses,
    objectives,
    objectiveTypes: settings.objectives.issueTypes,
    evidence: summary,
    freshnessMonths: settings.evidence.freshnessMonths,
    suggestions,
    carriedOverFrom,
    warnAt: settings.carryOver.warnAt,
    zombieAt: settings.carryOver.zombieAt,
    verdict,
    decision,
    outcome,
    today,
  });

  return {
    key: item.key,
    summary: item.summary,
    issueType: item.issueType,
    status: item.status,
    statusCategory: item.statusCategory,
    projectKey: item.projectKey,
    verdict,
    headline: headlineOf(verdict, facts),
    score,
    forces,
    findings,
    carriedOver,
    pi,
    planning,
    objectives,
    evidence,
    suggestions,
    counts: { liveObjectives, freshEvidence: summary.freshField.length, distinctSources: summary.sources.length },
    decision,
    size: item.size,
    outcome,
  };
};
