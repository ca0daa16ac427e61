import fc from 'fast-check';
import type { EvidenceRecord } from '../../src/shared/evidence';
import { EVIDENCE_KINDS, isOutcomeEvidence } from '../../src/shared/evidence';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';
import type { ObjectiveCandidate, Pi, WebLink, WorkItem } from '../../src/domain/model';
import { workItem } from './builders';

/** fast-check arbitraries for work items around TODAY (2026-11-26) and the builders' calendar. */

export const PI_NAMES = ['PI 26.2', 'PI 26.3', 'PI 27.1', 'PI 27.2', 'PI 30.1', 'Release 9'];
const DATES = ['2020-01-01', '2024-06-30', '2025-05-25', '2025-05-26', '2026-01-31', '2026-09-15', '2026-11-26', '2027-02-01'];
const SOURCES = ['Ward 4B nurses', 'ward 4b  nurses', 'Pharmacy', 'Dr. Osei', 'Ward 2 doctors', 'Clinic C'];

export const objectiveGroupArb: fc.Arbitrary<ObjectiveCandidate[]> = fc
  .record({
    key: fc.integer({ min: 1, max: 30 }).map((n) => `STRAT-${n}`),
    issueType: fc.constantFrom('Objective', 'strategic theme', 'Story', 'Initiative'),
    statusCategory: fc.constantFrom('new' as const, 'indeterminate' as const, 'done' as const),
    targetDate: fc.option(fc.constantFrom(...DATES), { nil: null }),
    vias: fc.uniqueArray(fc.constantFrom('link' as const, 'parent' as const, 'field' as const), { minLength: 1, maxLength: 3 }),
  })
  .map(({ key, issueType, statusCategory, targetDate, vias }) =>
    vias.map(
      (via): ObjectiveCandidate => ({
        key,
        summary: `Objective ${key}`,
        issueType,
        status: statusCategory === 'done' ? 'Done' : 'Open',
        statusCategory,
        targetDate,
        via,
        ...(via === 'link' ? { linkType: 'Relates' } : {}),
        ...(via === 'parent' ? { depth: 1 } : {}),
      }),
    ),
  );

export const objectivesArb: fc.Arbitrary<ObjectiveCandidate[]> = fc
  .uniqueArray(objectiveGroupArb, { maxLength: 4, selector: (g) => g[0]?.key })
  .map((groups) => groups.flat());

export const evidenceRecordArb = (id: string): fc.Arbitrary<EvidenceRecord> =>
  fc
    .record({
      kind: fc.constantFrom(...EVIDENCE_KINDS),
      source: fc.constantFrom(...SOURCES),
      observedOn: fc.constantFrom(...DATES),
      removed: fc.boolean(),
      url: fc.option(fc.constantFrom('https://research.example.org/1', 'https://wiki.example.org/2'), { nil: undefined }),
      fromLinkId: fc.option(fc.constantFrom('l1', 'l2'), { nil: undefined }),
      // Adoption and outcome records may carry a figure, and with it a unit (evidenceFigureProblem).
      figure: fc.option(fc.constantFrom(212, -18, 3.5, 0), { nil: undefined }),
      unit: fc.option(fc.constantFrom('weekly active users', '% readmissions'), { nil: undefined }),
    })
    .map((r) => ({
      id,
      kind: r.kind,
      source: { name: r.source },
      observedOn: r.observedOn,
      summary: 'Seen on the ward',
      addedBy: 'u',
      addedAt: '2026-01-01T00:00:00Z',
      ...(r.url === undefined ? {} : { url: r.url }),
      ...(r.fromLinkId === undefined ? {} : { fromLinkId: r.fromLinkId }),
      ...(isOutcomeEvidence(r.kind) && r.figure !== undefined ? { figure: r.figure, ...(r.unit === undefined ? {} : { unit: r.unit }) } : {}),
      ...(r.removed ? { removedAt: '2026-10-01T00:00:00Z' } : {}),
    }));

export const evidenceListArb: fc.Arbitrary<EvidenceRecord[]> = fc
  .integer({ min: 0, max: 6 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => evidenceRecordArb(`ev-${i}`))))
  .map((t) => [...t]);

export const webLinksArb: fc.Arbitrary<WebLink[] | null> = fc.option(
  fc
    .uniqueArray(fc.constantFrom('l1', 'l2', 'l3', 'l4'), { maxLength: 4 })
    .chain((ids) =>
      fc.tuple(
        ...ids.map((id) =>
          fc.record({
            id: fc.constant(id),
            url: fc.constantFrom('https://research.example.org/1', 'https://wiki.example.org/2', `https://x.example.org/${id}`),
            title: fc.constantFrom('Interview notes', 'Runbook', 'Survey results', 'Design'),
          }),
        ),
      ),
    )
    .map((t) => [...t]),
  { nil: null },
);

const stampArb = fc.constantFrom('2026-03-01', '2026-07-15', '2026-09-25', '2026-10-02', '2026-11-20');

export const workItemArb: fc.Arbitrary<WorkItem> = fc
  .record({
    key: fc.integer({ min: 1, max: 999 }).map((n) => `CLIN-${n}`),
    statusCategory: fc.constantFrom('new' as const, 'indeterminate' as const, 'done' as const),
    fixVersions: fc.uniqueArray(fc.constantFrom(...PI_NAMES), { maxLength: 2 }),
    objectiveCandidates: objectivesArb,
    evidence: evidenceListArb,
    webLinks: webLinksArb,
    history: fc.array(
      fc.record({
        day: stampArb,
        from: fc.uniqueArray(fc.constantFrom(...PI_NAMES), { maxLength: 2 }),
        to: fc.uniqueArray(fc.constantFrom(...PI_NAMES), { maxLength: 2 }),
      }),
      { maxLength: 4 },
    ),
  })
  .map(({ history, ...rest }) =>
    workItem({
      ...rest,
      planningHistory: [...history]
        .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))
        .map((c, i) => ({ at: `${c.day}T10:00:0${i}Z`, from: c.from, to: c.to })),
    }),
  );

const weightArb = fc.integer({ min: 0, max: 100 });

export const weightsArb: fc.Arbitrary<Settings['weights']> = fc
  .record({ strategy: weightArb, evidence: weightArb, delivery: weightArb })
  .filter((w) => w.strategy + w.evidence + w.delivery > 0);

export const settingsArb: fc.Arbitrary<Settings> = fc
  .record({
    weights: weightsArb,
    warnAt: fc.integer({ min: 1, max: 3 }),
    extra: fc.integer({ min: 0, max: 2 }),
    penalty: fc.integer({ min: 0, max: 50 }),
    months: fc.integer({ min: 1, max: 36 }),
  })
  .map(({ weights, warnAt, extra, penalty, months }) => ({
    ...DEFAULT_SETTINGS,
    weights,
    carryOver: { warnAt, zombieAt: warnAt + extra, penaltyPerCarryOver: penalty },
    evidence: { ...DEFAULT_SETTINGS.evidence, freshnessMonths: months },
  }));

/** A permutation of a list, driven by fast-check so failures shrink and replay. */
export const shuffled = <T>(items: readonly T[]): fc.Arbitrary<T[]> =>
  fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: items.length, maxLength: items.length }).map((keys) =>
    items
      .map((item, i) => ({ item, k: keys[i] ?? 0 }))
      .sort((a, b) => a.k - b.k)
      .map((x) => x.item),
  );

/** A day of 2026–2027 as YYYY-MM-DD (the 28th at most, so every month has it). */
export const dayArb: fc.Arbitrary<string> = fc
  .record({ year: fc.constantFrom(2026, 2027), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
  .map(({ year, month, day }) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);

/** 1 to 6 PIs named "T1".."T6" with any dates: overlapping, nested, touching or apart. */
export const overlappingPisArb: fc.Arbitrary<Pi[]> = fc
  .array(fc.tuple(dayArb, dayArb), { minLength: 1, maxLength: 6 })
  .map((spans) => spans.map(([a, b], i) => ({ name: `T${i + 1}`, startDate: a < b ? a : b, endDate: a < b ? b : a })));
