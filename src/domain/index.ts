/** The pure core: scoring, verdicts, findings and PI resolution. No I/O, no clock: today is a parameter. */
export * from './model';
export { piCalendarFromVersions, piCalendarFromSprints, piCalendarFromEntries, piCalendarFor, calendarOf, findPi } from './pi-calendar';
export { piNamesOf, planningValuesOf, piNameMapper } from './pi-names';
export { planningOf, type PlanningPlace } from './planning';
export { carryOverCount, carriedOverPis } from './carry-over';
export { objectiveViews, isLive, countsAsObjective } from './objectives';
export { evidenceViews, summariseEvidence, suggestedEvidence, type EvidenceSummary } from './evidence';
export { strategyForce, evidenceForce, deliveryForce } from './forces';
export { alignmentScore, deliveryOnlyCeiling, type Weights, type ForceScores, type Losses, type ScoreBreakdown } from './score';
export { verdictOf, headlineOf, isPlanned } from './verdict';
export { findingsOf, compareFindings, FIX_LABELS } from './findings';
export { decisionFor, decisionFindings, shortRationale, type DecisionFacts } from './decisions';
export { scoreWorkItem } from './score-work-item';
export { compareWorstFirst, summariseScope, scopeHeadline, noPiHeadline, type ScopeSummary, type PiRole, type PiAbsence } from './scope-summary';
export { dateOf, freshnessCutoff } from './dates';
export { piLabel, normaliseName, compareText } from './text';
export { waitingPlace, ifPlanned, rankCandidates, compareCandidates, similarSize, swapsFor, SWAPS_PER_ITEM, type WaitingPlace, type WaitingItem, type CandidatePlanning } from './candidates';
export { trendPis, planningTimeline, membershipOf, evidenceAsOf, itemAsOf, carriedOutOf, carriedOutByPi, reconstructedPoint, committedPoint, type TrendPi, type Membership, type PlanningTimeline } from './trend';
