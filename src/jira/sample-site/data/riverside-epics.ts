import type { Verdict } from '../../../shared/assessment';
import type { EvidenceKind } from '../../../shared/evidence';
import type { OutcomeStatus } from '../../../shared/outcome';

/**
 * Riverside Health, Clinical Apps ART: the epics of the demo site. Each
 * epic says which verdict it is meant to produce (`intended`) and why, under
 * the default settings (PI = fixVersion "PI YY.N", any link type, parent
 * chain on, 18-month freshness, zombie at 2 carry-overs).
 *
 * `plan` lists the PIs the epic held, oldest first, as offsets from the PI
 * containing today (0 = current, 1 = next, -1 = the one before...). The last
 * one is its fixVersion now. Moving out of a PI that had started is a
 * carry-over. Ages are days before today: fresh evidence is under ~13
 * months old, stale evidence over ~23 months.
 *
 * `points` is the epic's story points (null: unsized, counted and named in
 * the capacity, never guessed). The epics planned only in past PIs (offsets
 * -6..-1, appended last) give the trend a history: their `why` says the
 * verdict the trend reconstructs for each PI they held, as the PI stood at its
 * start (evidence observed and added by then and fresh then; objectives as
 * they are today, target dates compared with that day; not done then;
 * carry-overs before then). Their evidence is dated before the PI's start
 * with room for any day of the current PI: ages of 88 + 84·|offset| days or
 * more (the PI started at most 83 + 84·|offset| days ago, the record was added
 * up to 5 days after its observation).
 *
 * Every Done epic states its `outcome`: the outcome check after delivery
 * (evidenced, pending, overdue or retired) and why, with adoption or outcome
 * evidence dated from its delivery day, so it never predates delivery and the
 * trend (which reads evidence added before each PI started) stays as it was.
 */

/** Story points as the teams size epics (a Fibonacci-like scale). */
export type StoryPoints = 1 | 2 | 3 | 5 | 8 | 13 | 20;

export type ObjectiveRef = 'transitions' | 'handover' | 'referral' | 'selfservice' | 'bedblock' | 'paging';

export interface EvidenceSpec {
  readonly kind: EvidenceKind;
  readonly who: string;
  readonly role?: string;
  readonly site?: string;
  readonly ageDays: number;
  readonly summary: string;
  readonly url?: string;
  readonly addedBy?: 'priya' | 'alex';
  /** Added to the item this many days before today (default: 5 days after the observation, or today if sooner). */
  readonly addedAgeDays?: number;
  /** Soft-deleted record: never counts. */
  readonly removed?: true;
  /** Confirmed from the epic's web link with this index. */
  readonly fromWebLink?: number;
}

/** The older stored format (version 1, no schemaVersion). */
export interface LegacyEvidenceSpec {
  readonly type: string;
  readonly link: string;
  readonly who: string;
  readonly ageDays: number;
  readonly note: string;
}

export interface WebLinkSpec {
  readonly title: string;
  readonly url: string;
  readonly summary?: string;
}

/**
 * Adoption or outcome evidence on a delivered epic (src/shared/outcome.ts), dated from its
 * delivery day rather than from today, so it is observed after delivery on every day the
 * site is built for (never after today).
 */
export interface OutcomeEvidenceSpec {
  readonly kind: 'adoption' | 'outcome';
  readonly who: string;
  readonly role?: string;
  readonly site?: string;
  /** Observed this many days after the delivery day (today at the latest); added 2 days later (today at the latest). */
  readonly daysAfterDelivery: number;
  readonly summary: string;
  readonly figure: number;
  readonly unit: string;
  readonly url?: string;
}

/**
 * The outcome check of a Done epic (src/domain/outcome.ts) under the default settings
 * (outcome.dueWeeks 12): every Done epic states one, checked by
 * test/sample-site/outcomes-data.test.ts.
 */
export interface OutcomeSpec {
  /** The status on the tests' default day (2026-11-26); `why` says on which other days it holds. */
  readonly intended: Exclude<OutcomeStatus, 'not-delivered'>;
  readonly why: string;
  /**
   * Where the delivery day comes from. Default `resolution`: Jira's resolutiondate, set
   * at the transition into Done. `changelog`: no resolution date (a workflow whose Done
   * transition sets none), so the app reads the day of that transition from the history.
   */
  readonly deliveredFrom?: 'changelog';
  readonly evidence?: readonly OutcomeEvidenceSpec[];
  /** A retire decision (data/governance.ts) this many days after delivery (today at the latest). */
  readonly retire?: { readonly by: 'alex' | 'priya'; readonly daysAfterDelivery: number; readonly rationale: string };
}

export interface EpicSpec {
  readonly project: 'CLIN' | 'PAT';
  readonly summary: string;
  readonly status: 'Funnel' | 'Analyzing' | 'Implementing' | 'Done';
  readonly plan: readonly number[];
  /** Story points (customfield_10016), or null for an unsized epic. */
  readonly points: StoryPoints | null;
  /** Also in the non-PI version "Release <this year>.1" (proves the PI name pattern matters). */
  readonly inRelease?: true;
  readonly objectives?: readonly { readonly to: ObjectiveRef; readonly via: 'supports' | 'relates' | 'parent' }[];
  readonly evidence?: readonly EvidenceSpec[];
  readonly legacyEvidence?: readonly LegacyEvidenceSpec[];
  readonly webLinks?: readonly WebLinkSpec[];
  readonly labels?: readonly string[];
  /** Security level "Leadership only": Sam cannot see it. */
  readonly leadershipOnly?: true;
  /** Planned into the last PI of `plan`, then dropped from it by a drop decision (src/jira/sample-site/data/governance.ts): the fix version is gone. */
  readonly dropped?: true;
  readonly intended: Verdict;
  readonly why: string;
  /**
   * The verdict the trend reconstructs in each past PI of `plan` (offsets below 0, in plan order), as the PI
   * stood at its start, on the tests' default day (2026-11-26); checked by test/sample-site/trend-history.test.ts.
   */
  readonly trend?: readonly Verdict[];
  /** Done epics only (and every one of them): the outcome check after delivery. */
  readonly outcome?: OutcomeSpec;
}

const WARD_4B = { who: 'Ward 4B nurses', role: 'Registered nurses, night shift', site: 'Riverside General, Ward 4B' } as const;
const OSEI = { who: 'Dr. Amara Osei', role: 'Consultant cardiologist', site: 'Riverside General, Cardiology' } as const;
const DOVETAIL = 'https://riverside-health.dovetail.example/projects/discharge/synthesis';
const VENDOR_DOCS: WebLinkSpec = { title: 'Vendor API docs', url: 'https://developer.clinicore.example/api/v4/reference' };

export const RIVERSIDE_EPICS: readonly EpicSpec[] = [
  // ---- aligned: planned, live objective, fresh field evidence -------------
  {
    project: 'CLIN', summary: 'Nurse handover: structured SBAR template', status: 'Implementing', plan: [0], points: 8,
    objectives: [{ to: 'handover', via: 'parent' }],
    evidence: [
      { kind: 'interview', ...WARD_4B, ageDays: 60, summary: 'Night-shift nurses lose 20 minutes per handover re-reading free-text notes; SBAR layout asked for by 7 of 9.', url: 'https://riverside-health.dovetail.example/projects/handover/interviews-4b' },
      { kind: 'observation', who: 'Ward 6A charge nurse', role: 'Charge nurse', site: 'Riverside General, Ward 6A', ageDays: 45, summary: 'Shadowed two handovers: medication changes were missed in both when notes were unstructured.' },
    ],
    intended: 'aligned', why: 'In the current PI, parent initiative is live, two fresh field sources.',
  },
  {
    project: 'CLIN', summary: 'Cardiology referral workflow: e-referral intake', status: 'Implementing', plan: [0], points: 8,
    objectives: [{ to: 'referral', via: 'supports' }],
    evidence: [
      { kind: 'observation', ...OSEI, ageDays: 90, summary: 'Observed referral intake for a week: faxed referrals wait 3.5 days on average before triage.', url: 'https://riverside-health.sharepoint.example/sites/cardiology/referral-observation' },
      { kind: 'analytics', who: 'Referral turnaround dashboard', role: 'Data set', site: 'Riverside Health BI', ageDays: 30, summary: 'Median referral-to-triage time 6.2 days over the last quarter; 38% of referrals re-keyed.', url: 'https://bi.riverside-health.example/reports/referral-turnaround' },
    ],
    webLinks: [VENDOR_DOCS],
    intended: 'aligned', why: 'Current PI, supports the live referral objective, fresh observation (Dr. Osei) and analytics.',
  },
  {
    project: 'CLIN', summary: 'Discharge summary: auto-populate discharge medications', status: 'Analyzing', plan: [1], points: 13,
    objectives: [{ to: 'transitions', via: 'supports' }],
    webLinks: [{ title: 'Discharge interviews – synthesis (Dovetail)', url: DOVETAIL, summary: 'Synthesis of 12 discharge interviews' }],
    evidence: [
      { kind: 'interview', who: 'Discharge coordinators', role: 'Discharge coordinators', site: 'Riverside General', ageDays: 120, summary: 'Coordinators re-type the medication list from the chart into the summary for every discharge.', url: DOVETAIL, fromWebLink: 0 },
      { kind: 'support', who: 'Service desk: discharge category', role: 'Support tickets', ageDays: 75, summary: '41 tickets in 6 months about wrong or missing medications on discharge summaries.', url: 'https://servicedesk.riverside-health.example/queues/discharge' },
    ],
    intended: 'aligned', why: 'Next PI, supports a live theme, fresh interviews (confirmed from a web link) and support tickets.',
  },
  {
    project: 'PAT', summary: 'Patient portal: appointment self check-in', status: 'Implementing', plan: [0], points: 8,
    objectives: [{ to: 'selfservice', via: 'parent' }],
    evidence: [
      { kind: 'survey', who: 'Outpatient experience survey 2026', role: 'Survey, 1,240 responses', site: 'Riverside outpatient clinics', ageDays: 150, summary: '62% would check in on their phone; queue at the desk is the top complaint.', url: 'https://forms.riverside-health.example/results/outpatient-2026' },
      { kind: 'support', who: 'Front desk incident log', role: 'Support tickets', site: 'Outpatients', ageDays: 40, summary: 'Average 14 minutes queueing at peak; 23 complaints logged last month.' },
    ],
    intended: 'aligned', why: 'Current PI, parent initiative live, fresh survey and support evidence.',
  },
  {
    project: 'PAT', summary: 'Referral status tracker for patients', status: 'Funnel', plan: [1], points: null,
    objectives: [{ to: 'referral', via: 'relates' }],
    evidence: [
      { kind: 'win-loss', who: 'Regional referral network review', role: 'Win/loss review', ageDays: 200, summary: 'Two GP practices moved referrals to St. Anne’s citing no visibility of referral status.' },
      { kind: 'interview', who: 'Regional referral network review', role: 'Win/loss review', ageDays: 190, summary: 'Follow-up call: practices want a patient-facing status page.' },
    ],
    intended: 'aligned', why: 'Next PI, relates to the live referral objective, fresh evidence but from a single source (vocal-minority risk).',
  },
  {
    project: 'CLIN', summary: 'Agency staffing cost dashboard', status: 'Analyzing', plan: [0], points: 3, leadershipOnly: true,
    objectives: [{ to: 'transitions', via: 'supports' }],
    evidence: [
      { kind: 'analytics', who: 'Workforce cost report', role: 'Data set', site: 'Riverside Health Finance', ageDays: 25, summary: 'Agency spend up 31% year on year, concentrated on Wards 4B and 6A.' },
    ],
    intended: 'aligned', why: 'Leadership only (Sam cannot see it). Current PI, live theme, fresh analytics.',
  },
  {
    project: 'CLIN', summary: 'Medication reconciliation: discharge pharmacist review', status: 'Implementing', plan: [-1, 0], points: 5,
    objectives: [{ to: 'transitions', via: 'supports' }],
    evidence: [
      { kind: 'interview', who: 'Ward pharmacists', role: 'Clinical pharmacists', site: 'Riverside General', ageDays: 100, summary: 'Pharmacists review 30% of discharges today; they want the reconciliation list pre-built.' },
    ],
    intended: 'aligned', why: 'Current PI after one carry-over (a warning, not a zombie); live theme; fresh interview. Trend: ungrounded in PI -1 (its interview was observed after that PI started; aligned on a day early in the current PI, when the PI before started later than the interview).',
    trend: ['ungrounded'],
  },
  {
    project: 'PAT', summary: 'Telehealth waiting room', status: 'Funnel', plan: [1], points: 5,
    objectives: [{ to: 'selfservice', via: 'relates' }],
    legacyEvidence: [
      { type: 'interview', link: 'https://riverside-health.dovetail.example/projects/telehealth/waiting-room', who: 'Virtual clinic patients', ageDays: 80, note: 'Patients leave video calls that start late because nobody tells them they are queued.' },
      { type: 'survey', link: 'https://forms.riverside-health.example/results/telehealth-pulse', who: 'Telehealth pulse survey', ageDays: 70, note: '48% dropped at least one video appointment while waiting.' },
    ],
    intended: 'ungrounded', why: 'Evidence stored in the OLDER format (version 1): read, but written before signing, so it does not count until a person confirms it (then aligned). Next PI, live initiative.',
  },
  {
    project: 'CLIN', summary: 'Bed management: discharge-ready flag', status: 'Funnel', plan: [1], points: 5,
    objectives: [{ to: 'bedblock', via: 'relates' }, { to: 'transitions', via: 'supports' }],
    evidence: [
      { kind: 'analytics', who: 'Bed occupancy data set', role: 'Data set', site: 'Riverside General', ageDays: 35, summary: 'Patients medically fit for discharge occupy 11% of bed-days.' },
    ],
    intended: 'aligned', why: 'Next PI; one objective is past its target date but the theme is live; fresh analytics.',
  },

  // ---- gravity: planned, no live objective, no fresh field evidence --------
  {
    project: 'CLIN', summary: 'Bedside barcode scanner refresh', status: 'Funnel', plan: [1], points: 13, labels: ['capacity-fill'],
    intended: 'gravity', why: 'Only there to fill the next PI: no objective, no evidence.',
  },
  {
    project: 'CLIN', summary: 'Migrate order sets to the new template engine', status: 'Funnel', plan: [1], points: 20,
    intended: 'gravity', why: 'Next PI filler: no objective, no evidence.',
  },
  {
    project: 'PAT', summary: 'Patient portal theme refresh', status: 'Funnel', plan: [1], points: 13, labels: ['capacity-fill'],
    intended: 'gravity', why: 'Next PI filler: no objective, no evidence.',
  },
  {
    project: 'CLIN', summary: 'Executive dashboard for length of stay', status: 'Implementing', plan: [0], points: 5,
    evidence: [
      { kind: 'stakeholder-request', who: 'Chief Operating Officer', role: 'COO', site: 'Riverside Health', ageDays: 20, summary: 'Asked for a length-of-stay dashboard in the monthly operations review.', addedBy: 'alex' },
    ],
    intended: 'gravity', why: 'HIPPO: backed only by a stakeholder request, which is not field evidence; no objective.',
  },
  {
    project: 'PAT', summary: 'Appointment reminder SMS templates v2', status: 'Analyzing', plan: [0], points: 3,
    objectives: [{ to: 'paging', via: 'relates' }],
    evidence: [
      { kind: 'interview', who: 'Outpatient booking team', role: 'Booking clerks', site: 'Riverside outpatients', ageDays: 760, summary: 'Clerks said patients ignore the current reminder wording.' },
    ],
    intended: 'gravity', why: 'Only objective is Done and the only evidence is stale (over 2 years old).',
  },
  {
    project: 'CLIN', summary: 'Bed management board: colour rules', status: 'Funnel', plan: [1], points: 5,
    objectives: [{ to: 'bedblock', via: 'relates' }],
    webLinks: [{ title: 'Survey results: bed board usability', url: 'https://forms.riverside-health.example/results/bed-board-usability' }],
    intended: 'gravity', why: 'Objective past its target date; a research-looking web link is not yet confirmed as evidence.',
  },
  {
    project: 'PAT', summary: 'Car park payment integration', status: 'Funnel', plan: [1], points: 8, labels: ['capacity-fill'],
    intended: 'gravity', why: 'Next PI filler: no objective, no evidence.',
  },
  {
    project: 'CLIN', summary: 'Theatre scheduling vendor exit', status: 'Analyzing', plan: [0], points: 8, leadershipOnly: true,
    intended: 'gravity', why: 'Leadership only (Sam cannot see it). Current PI, no objective, no evidence.',
  },
  {
    project: 'CLIN', summary: 'Discharge summary PDF restyle', status: 'Analyzing', plan: [0], points: null,
    webLinks: [{ title: 'Discharge interviews – synthesis (Dovetail)', url: DOVETAIL }, VENDOR_DOCS],
    intended: 'gravity', why: 'Current PI; a Dovetail link looks like research but is unconfirmed; no objective.',
  },
  {
    project: 'PAT', summary: 'Kiosk check-in hardware pilot', status: 'Implementing', plan: [-2, -1, 0], points: 8,
    intended: 'gravity', why: 'Carried over twice, but gravity is checked first: no objective, no evidence. Trend: gravity in PI -2 and PI -1.',
    trend: ['gravity', 'gravity'],
  },
  {
    project: 'PAT', summary: 'Migrate SMS gateway to the new telecom vendor', status: 'Analyzing', plan: [0], points: 5,
    evidence: [
      { kind: 'stakeholder-request', who: 'Head of IT Operations', role: 'IT leadership', ageDays: 50, summary: 'Wants the gateway moved before the contract renewal.', addedBy: 'alex' },
      { kind: 'survey', who: 'Patient communications survey 2023', role: 'Survey', ageDays: 820, summary: 'Patients preferred SMS to letters.' },
    ],
    intended: 'gravity', why: 'A stakeholder request plus stale survey: no fresh field evidence; no objective.',
  },

  // ---- zombie: carried over two or more times (with a live objective or fresh evidence) ----
  {
    project: 'CLIN', summary: 'Medication reconciliation at admission', status: 'Implementing', plan: [-3, -2, -1, 0], points: 8,
    objectives: [{ to: 'transitions', via: 'supports' }],
    evidence: [
      { kind: 'interview', who: 'Admissions pharmacists', role: 'Clinical pharmacists', site: 'Riverside General, Admissions', ageDays: 140, summary: 'Half of admissions arrive without a complete medication history.' },
    ],
    intended: 'zombie', why: 'Carried over three times (planned into four PIs). Trend: ungrounded in PI -3 and PI -2 (its interview came later), zombie in PI -1 (two carry-overs before it started).',
    trend: ['ungrounded', 'ungrounded', 'zombie'],
  },
  {
    project: 'PAT', summary: 'Patient portal: proxy access for carers', status: 'Implementing', plan: [-2, -1, 0], points: 5,
    objectives: [{ to: 'selfservice', via: 'relates' }],
    intended: 'zombie', why: 'Carried over twice; live initiative, no evidence. Trend: ungrounded in PI -2 and PI -1.',
    trend: ['ungrounded', 'ungrounded'],
  },
  {
    project: 'CLIN', summary: 'Nurse handover: shift summary print view', status: 'Analyzing', plan: [-1, 0, 1], points: 3,
    objectives: [{ to: 'handover', via: 'parent' }],
    intended: 'zombie', why: 'Carried over twice (last PI into this one, then mid-PI into the next one). Trend: ungrounded in PI -1.',
    trend: ['ungrounded'],
  },

  // ---- ungrounded: planned, live objective, no fresh field evidence -------
  {
    project: 'CLIN', summary: 'Cardiology referral triage queue', status: 'Funnel', plan: [1], points: 5,
    objectives: [{ to: 'referral', via: 'supports' }],
    evidence: [
      { kind: 'stakeholder-request', who: 'Head of Cardiology', role: 'Clinical director', site: 'Riverside General, Cardiology', ageDays: 30, summary: 'Requested a triage queue at the directorate meeting.', addedBy: 'alex' },
    ],
    intended: 'ungrounded', why: 'Live objective; only a stakeholder request (HIPPO risk).',
  },
  {
    project: 'PAT', summary: 'Self-service appointment rescheduling', status: 'Implementing', plan: [0], points: 5,
    objectives: [{ to: 'selfservice', via: 'parent' }],
    intended: 'ungrounded', why: 'Current PI, parent initiative live, no evidence at all.',
  },
  {
    project: 'CLIN', summary: 'Handover checklist for agency nurses', status: 'Funnel', plan: [1], points: 3,
    objectives: [{ to: 'handover', via: 'parent' }],
    evidence: [
      { kind: 'interview', ...WARD_4B, ageDays: 720, summary: 'Agency nurses missed ward-specific checks during handover (2024 interviews).' },
    ],
    webLinks: [{ title: 'Ward 4B shadowing notes', url: 'https://riverside-health.sharepoint.example/sites/nursing/ward-4b-shadowing' }],
    intended: 'ungrounded', why: 'Live initiative; the only evidence is stale; a shadowing-notes web link could be confirmed.',
  },
  {
    project: 'PAT', summary: 'Online pre-admission questionnaire', status: 'Analyzing', plan: [0], points: 3,
    objectives: [{ to: 'transitions', via: 'relates' }],
    evidence: [
      { kind: 'interview', who: 'Pre-op assessment nurses', role: 'Nurses', site: 'Day surgery unit', ageDays: 60, summary: 'Recorded against the wrong epic.', removed: true },
    ],
    intended: 'ungrounded', why: 'Live theme; its only evidence record was removed (removed records never count).',
  },
  {
    project: 'CLIN', summary: 'Executive bed-capacity briefing', status: 'Analyzing', plan: [0], points: 2, leadershipOnly: true,
    objectives: [{ to: 'transitions', via: 'supports' }],
    intended: 'ungrounded', why: 'Leadership only (Sam cannot see it). Live theme, no evidence.',
  },
  {
    project: 'PAT', summary: 'Carer notifications on discharge', status: 'Implementing', plan: [-1, 0], points: 3,
    objectives: [{ to: 'transitions', via: 'supports' }],
    intended: 'ungrounded', why: 'One carry-over (warning); live theme; no evidence. Trend: ungrounded in PI -1.',
    trend: ['ungrounded'],
  },

  // ---- unanchored: planned, fresh field evidence, no live objective -------
  {
    project: 'CLIN', summary: 'Bed management: real-time bed status board', status: 'Implementing', plan: [0], points: 8,
    objectives: [{ to: 'bedblock', via: 'supports' }],
    evidence: [
      { kind: 'observation', who: 'Patient flow team', role: 'Bed managers', site: 'Riverside General, Patient flow hub', ageDays: 50, summary: 'Bed managers phone each ward 4 times a day to learn bed status.' },
      { kind: 'analytics', who: 'Bed occupancy data set', role: 'Data set', site: 'Riverside General', ageDays: 40, summary: 'Average 3.1 hours between a bed being cleaned and being marked free.' },
    ],
    intended: 'unanchored', why: 'Fresh evidence; its objective passed its target date, so no live objective.',
  },
  {
    project: 'PAT', summary: 'Patient portal: accessible test results', status: 'Funnel', plan: [1], points: 3,
    evidence: [
      { kind: 'survey', who: 'Accessibility panel survey', role: 'Patient panel, 86 responses', site: 'Riverside Health', ageDays: 95, summary: 'Screen-reader users cannot read result tables in the portal.' },
    ],
    intended: 'unanchored', why: 'Fresh survey from a single source; no objective.',
  },
  {
    project: 'CLIN', summary: 'Pharmacy stock alerts in the ward view', status: 'Analyzing', plan: [0], points: 3,
    objectives: [{ to: 'paging', via: 'relates' }],
    evidence: [
      { kind: 'support', who: 'Service desk: pharmacy category', role: 'Support tickets', ageDays: 65, summary: '27 tickets about drugs out of stock discovered at the bedside.' },
    ],
    intended: 'unanchored', why: 'Fresh support tickets; only objective is Done.',
  },
  {
    project: 'PAT', summary: 'Wayfinding in the patient app', status: 'Funnel', plan: [1], points: null,
    evidence: [
      { kind: 'win-loss', who: 'Patient choice review 2026', role: 'Win/loss review', ageDays: 110, summary: 'Patients choosing other hospitals mention getting lost on our site.' },
    ],
    intended: 'unanchored', why: 'Fresh win/loss evidence; no objective.',
  },
  {
    project: 'CLIN', summary: 'Handover: allergy banner on the patient list', status: 'Analyzing', plan: [0], points: 2,
    legacyEvidence: [
      { type: 'interview', link: 'https://riverside-health.dovetail.example/projects/handover/allergy-banner', who: 'Ward 4B nurses', ageDays: 130, note: 'Allergies are only visible two clicks deep; nurses check paper charts instead.' },
    ],
    intended: 'gravity', why: 'Evidence in the OLDER format (version 1), unsigned: it does not count until confirmed (then unanchored); no objective.',
  },
  {
    project: 'PAT', summary: 'Cardiology clinic self-booking', status: 'Funnel', plan: [1], points: 5,
    evidence: [
      { kind: 'observation', ...OSEI, ageDays: 85, summary: 'Clinic slots sit empty because follow-ups are booked by letter.' },
    ],
    intended: 'unanchored', why: 'Fresh observation by Dr. Osei; no objective linked yet.',
  },

  // ---- unplanned: not in the current or the next PI (and delivered: Done, in a past PI) ----
  {
    project: 'CLIN', summary: 'Ward 4B e-whiteboard pilot', status: 'Done', plan: [-2], points: 5,
    objectives: [{ to: 'handover', via: 'parent' }],
    evidence: [
      { kind: 'interview', ...WARD_4B, ageDays: 300, summary: 'Nurses asked for the whiteboard to show pending discharges.' },
    ],
    outcome: {
      intended: 'overdue', deliveredFrom: 'changelog',
      why: 'A pilot nobody went back to: delivered at the end of PI -2 (always more than 12 weeks ago), no adoption or outcome evidence since; its interview predates delivery and does not count. No resolution date: the delivery day is the transition to Done in the changelog.',
    },
    intended: 'delivered', why: 'Done in an earlier PI: delivered, wherever it was planned. Trend: aligned in PI -2 (not done then; interview observed and added before the PI started).',
    trend: ['aligned'],
  },
  {
    project: 'PAT', summary: 'Patient portal single sign-on', status: 'Done', plan: [-3], points: 5,
    outcome: {
      intended: 'evidenced',
      why: 'Adoption measured 45 days after delivery.',
      evidence: [{ kind: 'adoption', who: 'Patient portal analytics', role: 'Data set', site: 'Riverside Health BI', daysAfterDelivery: 45, figure: 71, unit: '% of portal log-ins', summary: '71% of portal log-ins now use single sign-on.' }],
    },
    intended: 'delivered', why: 'Done three PIs ago. Trend: gravity in PI -3 (not done then).',
    trend: ['gravity'],
  },
  {
    project: 'CLIN', summary: 'Clinical photography upload', status: 'Funnel', plan: [], points: null,
    intended: 'unplanned', why: 'In the backlog, no PI.',
  },
  {
    project: 'PAT', summary: 'Interpreter booking request', status: 'Funnel', plan: [], points: 3,
    evidence: [
      { kind: 'support', who: 'Patient liaison service', role: 'Support tickets', ageDays: 55, summary: '19 complaints about interpreters not booked for appointments.' },
    ],
    intended: 'unplanned', why: 'Backlog with fresh evidence but no objective: it would be unanchored if planned, so it is not waiting as a candidate.',
  },
  {
    project: 'CLIN', summary: 'Sepsis alert tuning', status: 'Funnel', plan: [1, 2], points: 5,
    objectives: [{ to: 'transitions', via: 'supports' }],
    intended: 'unplanned', why: 'Re-planned from the next PI to the one after before it started (not a carry-over).',
  },
  {
    project: 'PAT', summary: 'Outpatient letter redesign', status: 'Done', plan: [-1], points: 2,
    outcome: {
      intended: 'evidenced',
      why: 'Delivered at the end of PI -1; the complaint count moved within three weeks (observed today at the latest, so evidenced on every day).',
      evidence: [{ kind: 'outcome', who: 'Patient liaison service', role: 'Support tickets', daysAfterDelivery: 21, figure: -40, unit: '% complaints about unclear letters', summary: 'Complaints about unclear outpatient letters fell by 40% since the redesign.' }],
    },
    intended: 'delivered', why: 'Done in the previous PI. Trend: gravity in PI -1 (not done then).',
    trend: ['gravity'],
  },
  {
    project: 'CLIN', summary: 'Infusion pump integration', status: 'Analyzing', plan: [], points: 13, inRelease: true,
    webLinks: [VENDOR_DOCS],
    intended: 'unplanned', why: 'Only in the non-PI version "Release <year>.1", whose dates overlap the current PI: the name pattern decides.',
  },

  // ---- delivered: Done in the current PI (appended last so earlier epic keys stay put) ----
  {
    project: 'CLIN', summary: 'Ward 7 digital discharge checklist', status: 'Done', plan: [0], points: 3,
    outcome: {
      intended: 'pending',
      why: 'Delivered today (the current PI): adoption or outcome evidence is due 12 weeks on (OUTCOME_DUE), on every day the site is built for.',
    },
    intended: 'delivered', why: 'Done in the current PI with neither a live objective nor fresh evidence: it would read gravity, but a Done item is delivered (the outcome check comes later).',
  },
  {
    project: 'PAT', summary: 'Online repeat-prescription requests', status: 'Done', plan: [-2, -1, 0], points: 3,
    objectives: [{ to: 'selfservice', via: 'relates' }],
    outcome: {
      intended: 'pending',
      why: 'Delivered today (the current PI), after two carry-overs: pending, due in 12 weeks.',
    },
    intended: 'delivered', why: 'Carried over twice, then done in the current PI: delivered, not zombie; the carry-over stays an info looking back. Trend: ungrounded in PI -2 and PI -1 (not done then).',
    trend: ['ungrounded', 'ungrounded'],
  },

  // ---- dropped: in the current PI at its start, then taken out by a drop decision (the not-doing register) ----
  {
    project: 'CLIN', summary: 'Ward round dictation app pilot', status: 'Funnel', plan: [0], points: 5, labels: ['capacity-fill'], dropped: true,
    intended: 'unplanned', why: 'Planned into the current PI as filler, then dropped (drop decision, fix version removed): in the register.',
  },
  {
    project: 'PAT', summary: 'Patient portal animated onboarding tour', status: 'Funnel', plan: [0], points: 3, dropped: true,
    intended: 'unplanned', why: 'Planned into the current PI, then dropped with a rationale: in the register.',
  },
  // ---- history for the trend: epics planned only in past PIs (offsets -6..-1), appended last so earlier keys stay put ----
  // CLIN: the share of points that only fit falls from PI to PI (62% -> 50% -> 42% -> 29% -> 19% -> 16%).
  // PAT: it rises (10% -> 19% -> 31% -> 38% -> 44% -> 54%). See test/sample-site/trend-history.test.ts.
  {
    project: 'CLIN', summary: 'Ward printer fleet: new print drivers', status: 'Done', plan: [-6, -5], points: 8,
    outcome: {
      intended: 'overdue',
      why: 'Delivered in PI -5, before anyone recorded outcomes: overdue, but before the outcomes list\'s 12-month lookback (JQL gravityOutcome = overdue finds it).',
    },
    intended: 'delivered', why: 'Trend: gravity in PI -6 and again in PI -5 after a carry-over (no objective, no evidence). Done in PI -5.',
    trend: ['gravity', 'gravity'],
  },
  {
    project: 'CLIN', summary: 'Clinical portal login page rebrand', status: 'Done', plan: [-6], points: 5, labels: ['capacity-fill'],
    outcome: {
      intended: 'overdue',
      why: 'Delivered in PI -6, no outcome evidence: overdue, older than the 12-month lookback.',
    },
    intended: 'delivered', why: 'Trend: gravity in PI -6 (filler). Done.',
    trend: ['gravity'],
  },
  {
    project: 'CLIN', summary: 'Nurse handover: electronic observations chart', status: 'Done', plan: [-6], points: 8,
    objectives: [{ to: 'handover', via: 'parent' }],
    evidence: [
      { kind: 'interview', ...WARD_4B, ageDays: 620, summary: 'Observations written on paper at the bedside are typed in again at the station, hours later.' },
    ],
    outcome: {
      intended: 'overdue',
      why: 'Delivered in PI -6; its interview predates delivery: overdue, older than the lookback.',
    },
    intended: 'delivered', why: 'Trend: aligned in PI -6 (live initiative, interview observed and added before the PI started, fresh then; stale today). Done.',
    trend: ['aligned'],
  },
  {
    project: 'CLIN', summary: 'Cardiology: ECG results in the referral view', status: 'Done', plan: [-5], points: 8,
    objectives: [{ to: 'referral', via: 'supports' }],
    evidence: [
      { kind: 'observation', ...OSEI, ageDays: 540, summary: 'Triage waits on ECGs faxed separately from the referral.' },
    ],
    outcome: {
      intended: 'overdue',
      why: 'Delivered in PI -5; its observation predates delivery: overdue, older than the lookback.',
    },
    intended: 'delivered', why: 'Trend: aligned in PI -5 (live referral objective, observation dated before the PI). Done.',
    trend: ['aligned'],
  },
  {
    project: 'CLIN', summary: "Order comms: move to the vendor's cloud tenancy", status: 'Done', plan: [-4], points: 8,
    outcome: {
      intended: 'evidenced',
      why: 'The measure it was meant to move, 80 days after delivery.',
      evidence: [{ kind: 'outcome', who: 'IT service reports', role: 'Data set', site: 'Riverside Health IT', daysAfterDelivery: 80, figure: 0, unit: 'unplanned outage hours a quarter', summary: 'No unplanned order-comms outage since the move (14 hours a quarter before).' }],
    },
    intended: 'delivered', why: 'Trend: gravity in PI -4 (no objective, no evidence). Done.',
    trend: ['gravity'],
  },
  {
    project: 'CLIN', summary: 'Ward bed-occupancy dashboard', status: 'Done', plan: [-4], points: 8,
    objectives: [{ to: 'bedblock', via: 'relates' }],
    evidence: [
      { kind: 'survey', who: 'Ward managers survey', role: 'Survey, 11 ward managers', site: 'Riverside General', ageDays: 450, summary: '9 of 11 ward managers said they would check bed occupancy on a dashboard every morning.' },
    ],
    outcome: {
      intended: 'overdue',
      why: 'The health-system classic: a dashboard nobody opens. Delivered at the end of PI -4 (over 12 weeks ago on every day), no adoption evidence since; the survey that asked for it predates delivery and does not count.',
    },
    intended: 'delivered', why: 'Trend: aligned in PI -4: its objective is past its target date today but was not on the day the PI started, so it counts as live then. Done.',
    trend: ['aligned'],
  },
  {
    project: 'CLIN', summary: 'Handover: ward-specific checks library', status: 'Analyzing', plan: [-4, -3], points: 3,
    objectives: [{ to: 'handover', via: 'parent' }],
    intended: 'unplanned', why: 'Trend: ungrounded in PI -4 and in PI -3 after a carry-over (live initiative, no evidence); left in PI -3 unfinished, so in no PI now.',
    trend: ['ungrounded', 'ungrounded'],
  },
  {
    project: 'CLIN', summary: 'Bleep directory clean-up', status: 'Done', plan: [-3], points: 5,
    objectives: [{ to: 'paging', via: 'relates' }],
    outcome: {
      intended: 'retired',
      why: 'Retired by Alex (RTE) 30 days after delivery: the bleep paging system it served is gone (its objective is Done).',
      retire: { by: 'alex', daysAfterDelivery: 30, rationale: 'The legacy bleep paging system was switched off: nobody looks numbers up in the bleep directory any more. No further maintenance.' },
    },
    intended: 'delivered', why: 'Trend: gravity in PI -3: its only objective is Done today, and objectives are read as they are today. Done.',
    trend: ['gravity'],
  },
  {
    project: 'CLIN', summary: 'Referral triage rota in the cardiology view', status: 'Done', plan: [-3], points: 1,
    objectives: [{ to: 'referral', via: 'supports' }],
    evidence: [
      { kind: 'interview', who: 'Cardiology registrars', role: 'Registrars', site: 'Riverside General, Cardiology', ageDays: 370, summary: 'Nobody knows who triages referrals on a given day.' },
    ],
    outcome: {
      intended: 'evidenced',
      why: 'Adoption 60 days after delivery.',
      evidence: [{ kind: 'adoption', who: 'Cardiology registrars', role: 'Registrars', site: 'Riverside General, Cardiology', daysAfterDelivery: 60, figure: 14, unit: 'registrars opening the rota a week', summary: 'All 14 registrars open the triage rota every week.' }],
    },
    intended: 'delivered', why: 'Trend: aligned in PI -3. Done.',
    trend: ['aligned'],
  },
  {
    project: 'CLIN', summary: 'Handover: bedside tablet stands', status: 'Done', plan: [-2], points: 3,
    evidence: [
      { kind: 'observation', who: 'Ward 6A charge nurse', role: 'Charge nurse', site: 'Riverside General, Ward 6A', ageDays: 290, addedAgeDays: 100, summary: 'Tablets are left on beds during handover and dropped.' },
    ],
    outcome: {
      intended: 'evidenced',
      why: 'Adoption observed 40 days after delivery (added after PI -2 ran: the trend is unchanged).',
      evidence: [{ kind: 'adoption', who: 'Ward 6A charge nurse', role: 'Charge nurse', site: 'Riverside General, Ward 6A', daysAfterDelivery: 40, figure: 90, unit: '% of beds with a stand in use', summary: 'Stands in use at 9 of 10 beds on the audited handovers; no tablet dropped since.' }],
    },
    intended: 'delivered', why: 'Trend: gravity in PI -2: the observation predates the PI but was added to the epic while the PI ran, so it does not count then (no objective). Done.',
    trend: ['gravity'],
  },
  {
    project: 'CLIN', summary: 'Theatre list printing from the new PAS', status: 'Done', plan: [-1], points: 3,
    outcome: {
      intended: 'pending',
      why: 'Delivered two days before PI -1 ended (48 days before 2026-11-26), no evidence yet: pending; it turns overdue on the 85th day after delivery (the last two days of the current PI, e.g. 2027-01-02), the day the re-score moves it.',
    },
    intended: 'delivered', why: 'Trend: gravity in PI -1 (no objective, no evidence). Done.',
    trend: ['gravity'],
  },
  {
    project: 'PAT', summary: 'Patient portal: outpatient appointment list', status: 'Done', plan: [-6, -5, -4], points: 8,
    objectives: [{ to: 'selfservice', via: 'parent' }],
    evidence: [
      { kind: 'survey', who: 'Outpatient experience survey 2024', role: 'Survey, 980 responses', site: 'Riverside outpatient clinics', ageDays: 620, summary: 'Patients want to see their upcoming appointments without phoning.' },
    ],
    outcome: {
      intended: 'evidenced',
      why: 'Adoption 50 days after delivery.',
      evidence: [{ kind: 'adoption', who: 'Patient portal analytics', role: 'Data set', site: 'Riverside Health BI', daysAfterDelivery: 50, figure: 3400, unit: 'patients a month', summary: '3,400 patients a month look up their appointments in the portal.' }],
    },
    intended: 'delivered', why: 'Trend: aligned in PI -6, aligned in PI -5 (one carry-over), zombie in PI -4 (carried over twice before it started). Done in PI -4.',
    trend: ['aligned', 'aligned', 'zombie'],
  },
  {
    project: 'PAT', summary: 'Physiotherapy online booking', status: 'Done', plan: [-6], points: 5,
    objectives: [{ to: 'selfservice', via: 'relates' }],
    evidence: [
      { kind: 'interview', who: 'Physiotherapy outpatients', role: 'Patients', site: 'Riverside physiotherapy', ageDays: 610, summary: 'Patients book follow-ups by phone and wait on hold for 20 minutes.' },
    ],
    outcome: {
      intended: 'overdue',
      why: 'Delivered in PI -6: overdue, older than the lookback.',
    },
    intended: 'delivered', why: 'Trend: aligned in PI -6. Done.',
    trend: ['aligned'],
  },
  {
    project: 'PAT', summary: 'Referral acknowledgements by email', status: 'Done', plan: [-6], points: 5,
    objectives: [{ to: 'referral', via: 'relates' }],
    evidence: [
      { kind: 'support', who: 'Patient liaison service', role: 'Support tickets', ageDays: 600, summary: 'Patients phone to ask whether their referral arrived.' },
    ],
    outcome: {
      intended: 'overdue',
      why: 'Delivered in PI -6: overdue, older than the lookback.',
    },
    intended: 'delivered', why: 'Trend: aligned in PI -6. Done.',
    trend: ['aligned'],
  },
  {
    project: 'PAT', summary: 'Patient app icon refresh', status: 'Done', plan: [-6], points: 2, labels: ['capacity-fill'],
    outcome: {
      intended: 'overdue',
      why: 'Delivered in PI -6: overdue, older than the lookback.',
    },
    intended: 'delivered', why: 'Trend: gravity in PI -6 (filler). Done.',
    trend: ['gravity'],
  },
  {
    project: 'PAT', summary: 'Patient portal cookie banner update', status: 'Done', plan: [-5], points: 3,
    outcome: {
      intended: 'overdue',
      why: 'Delivered in PI -5: overdue, older than the lookback.',
    },
    intended: 'delivered', why: 'Trend: gravity in PI -5. Done.',
    trend: ['gravity'],
  },
  {
    project: 'PAT', summary: 'Appointment letters: large-print option', status: 'Done', plan: [-5], points: 5,
    objectives: [{ to: 'selfservice', via: 'relates' }],
    evidence: [
      { kind: 'support', who: 'Patient liaison service', role: 'Support tickets', ageDays: 530, summary: 'Partially sighted patients miss appointments they cannot read about.' },
    ],
    outcome: {
      intended: 'overdue',
      why: 'Delivered in PI -5: overdue, older than the lookback.',
    },
    intended: 'delivered', why: 'Trend: aligned in PI -5. Done.',
    trend: ['aligned'],
  },
  {
    project: 'PAT', summary: 'Parking permit renewal form', status: 'Done', plan: [-4], points: 5,
    outcome: {
      intended: 'evidenced',
      why: 'Adoption 30 days after delivery.',
      evidence: [{ kind: 'adoption', who: 'Car park office', role: 'Permit office', site: 'Riverside General', daysAfterDelivery: 30, figure: 860, unit: 'permits renewed online a month', summary: '860 permits a month are renewed online; the office queue is gone.' }],
    },
    intended: 'delivered', why: 'Trend: gravity in PI -4. Done.',
    trend: ['gravity'],
  },
  {
    project: 'PAT', summary: 'Patient portal: message the clinic', status: 'Done', plan: [-4], points: 3,
    objectives: [{ to: 'selfservice', via: 'parent' }],
    evidence: [
      { kind: 'survey', who: 'Outpatient experience survey 2025', role: 'Survey, 1,100 responses', site: 'Riverside outpatient clinics', ageDays: 440, summary: 'Patients want to ask a quick question without booking an appointment.' },
    ],
    outcome: {
      intended: 'evidenced',
      why: 'The usage figure the issue asks for: 212 weekly active users, 60 days after delivery.',
      evidence: [{ kind: 'adoption', who: 'Patient portal analytics', role: 'Data set', site: 'Riverside Health BI', daysAfterDelivery: 60, figure: 212, unit: 'weekly active users', summary: '212 patients a week message their clinic through the portal.', url: 'https://bi.riverside-health.example/reports/portal-messaging' }],
    },
    intended: 'delivered', why: 'Trend: aligned in PI -4. Done.',
    trend: ['aligned'],
  },
  {
    project: 'PAT', summary: 'Self check-in: printed queue tickets', status: 'Done', plan: [-3], points: 8,
    objectives: [{ to: 'selfservice', via: 'relates' }],
    evidence: [
      { kind: 'observation', who: 'Outpatients front desk', role: 'Receptionists', site: 'Outpatients', ageDays: 360, summary: 'Patients queue twice: once to check in, once to learn where to wait.' },
    ],
    outcome: {
      intended: 'evidenced',
      why: 'The measure it was meant to move, 35 days after delivery.',
      evidence: [{ kind: 'outcome', who: 'Outpatients front desk', role: 'Receptionists', site: 'Outpatients', daysAfterDelivery: 35, figure: -35, unit: '% desk enquiries about where to wait', summary: 'Desk enquiries about where to wait fell by 35% once tickets named the waiting area.' }],
    },
    intended: 'delivered', why: 'Trend: aligned in PI -3. Done.',
    trend: ['aligned'],
  },
  {
    project: 'PAT', summary: 'Appointment reminders: reply to cancel', status: 'Done', plan: [-2], points: 2,
    objectives: [{ to: 'selfservice', via: 'relates' }],
    evidence: [
      { kind: 'analytics', who: 'Did-not-attend report', role: 'Data set', site: 'Riverside Health BI', ageDays: 280, summary: '9% of outpatient slots are missed; most could have been rebooked.' },
    ],
    outcome: {
      intended: 'evidenced',
      why: 'The outcome it was meant to move, 70 days after delivery: 18% fewer missed appointments.',
      evidence: [{ kind: 'outcome', who: 'Did-not-attend report', role: 'Data set', site: 'Riverside Health BI', daysAfterDelivery: 70, figure: -18, unit: '% missed outpatient appointments', summary: 'Did-not-attend rate down 18% since patients can cancel by replying to the reminder.', url: 'https://bi.riverside-health.example/reports/did-not-attend' }],
    },
    intended: 'delivered', why: 'Trend: aligned in PI -2. Done.',
    trend: ['aligned'],
  },
  {
    project: 'PAT', summary: 'Hospital wifi captive portal redesign', status: 'Done', plan: [-1], points: 3, labels: ['capacity-fill'],
    outcome: {
      intended: 'evidenced',
      why: 'Delivered at the end of PI -1; usage measured a week later (today at the latest, so evidenced on every day).',
      evidence: [{ kind: 'adoption', who: 'Network team', role: 'Data set', site: 'Riverside Health IT', daysAfterDelivery: 7, figure: 4100, unit: 'devices a week', summary: '4,100 devices a week sign in through the new guest wifi page.' }],
    },
    intended: 'delivered', why: 'Trend: gravity in PI -1 (filler). Done.',
    trend: ['gravity'],
  },

  // ---- candidates waiting: in no PI or only in PI +2, and aligned if planned (live objective, fresh field evidence) ----
  // Sized like the next PI's gravity items, so each has a swap of similar size (0.5x-2x).
  {
    project: 'CLIN', summary: 'Early warning scores: escalation to critical-care outreach', status: 'Funnel', plan: [], points: 13,
    objectives: [{ to: 'transitions', via: 'supports' }],
    evidence: [
      { kind: 'observation', who: 'Critical-care outreach team', role: 'Outreach nurses', site: 'Riverside General', ageDays: 70, summary: 'Deteriorating patients are escalated by phone after the score is charted; the median delay is 47 minutes.' },
      { kind: 'analytics', who: 'Deterioration audit', role: 'Data set', site: 'Riverside Health BI', ageDays: 40, summary: '1 in 5 high early-warning scores had no escalation recorded within the hour.' },
    ],
    intended: 'unplanned', why: 'Candidate: in no PI; live theme and two fresh field sources: aligned if planned.',
  },
  {
    project: 'CLIN', summary: 'GP referral letters: structured template', status: 'Funnel', plan: [2], points: 20,
    objectives: [{ to: 'referral', via: 'supports' }],
    evidence: [
      { kind: 'interview', who: 'GP practice managers', role: 'Practice managers', site: 'Riverside referral network', ageDays: 95, summary: 'Practices re-send referrals because free-text letters miss the fields triage needs.' },
      { kind: 'support', who: 'Referral office inbox', role: 'Support tickets', ageDays: 50, summary: '112 referrals returned for missing information last quarter.' },
    ],
    intended: 'unplanned', why: 'Candidate: only in PI +2; live referral objective, fresh interview and support evidence: aligned if planned.',
  },
  {
    project: 'CLIN', summary: 'Handover: outstanding tasks per patient', status: 'Analyzing', plan: [], points: 8,
    objectives: [{ to: 'handover', via: 'parent' }],
    evidence: [
      { kind: 'interview', ...WARD_4B, ageDays: 110, summary: 'Tasks left for the next shift live on sticky notes and get lost.' },
      { kind: 'observation', who: 'Ward 6A charge nurse', role: 'Charge nurse', site: 'Riverside General, Ward 6A', ageDays: 80, summary: 'Three of eleven outstanding tasks were not handed over on the shadowed shift.' },
    ],
    intended: 'unplanned', why: 'Candidate: in no PI; live initiative, fresh interview and observation: aligned if planned.',
  },
  {
    project: 'PAT', summary: 'Outpatient letters in the patient portal', status: 'Funnel', plan: [], points: 13,
    objectives: [{ to: 'selfservice', via: 'relates' }],
    evidence: [
      { kind: 'survey', who: 'Outpatient experience survey 2026', role: 'Survey, 1,240 responses', site: 'Riverside outpatient clinics', ageDays: 130, summary: '58% would rather read clinic letters in the portal than wait for the post.' },
      { kind: 'support', who: 'Patient liaison service', role: 'Support tickets', ageDays: 60, summary: '34 complaints about clinic letters arriving after the appointment.' },
    ],
    intended: 'unplanned', why: 'Candidate: in no PI; live initiative, fresh survey and support tickets: aligned if planned.',
  },
  {
    project: 'PAT', summary: 'Virtual ward: home monitoring enrolment', status: 'Funnel', plan: [2], points: 8,
    objectives: [{ to: 'transitions', via: 'supports' }],
    evidence: [
      { kind: 'interview', who: 'Virtual ward nurses', role: 'Community nurses', site: 'Riverside virtual ward', ageDays: 85, summary: 'Enrolment takes a 40-minute phone call per patient.' },
      { kind: 'analytics', who: 'Readmissions report', role: 'Data set', site: 'Riverside Health BI', ageDays: 45, summary: 'Heart-failure patients on home monitoring are readmitted half as often.' },
    ],
    intended: 'unplanned', why: 'Candidate: only in PI +2; live theme, fresh interview and analytics: aligned if planned.',
  },
];
