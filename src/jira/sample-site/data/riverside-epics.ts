import type { Verdict } from '../../../shared/assessment';
import type { EvidenceKind } from '../../../shared/evidence';

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
 */

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

export interface EpicSpec {
  readonly project: 'CLIN' | 'PAT';
  readonly summary: string;
  readonly status: 'Funnel' | 'Analyzing' | 'Implementing' | 'Done';
  readonly plan: readonly number[];
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
}

const WARD_4B = { who: 'Ward 4B nurses', role: 'Registered nurses, night shift', site: 'Riverside General, Ward 4B' } as const;
const OSEI = { who: 'Dr. Amara Osei', role: 'Consultant cardiologist', site: 'Riverside General, Cardiology' } as const;
const DOVETAIL = 'https://riverside-health.dovetail.example/projects/discharge/synthesis';
const VENDOR_DOCS: WebLinkSpec = { title: 'Vendor API docs', url: 'https://developer.clinicore.example/api/v4/reference' };

export const RIVERSIDE_EPICS: readonly EpicSpec[] = [
  // ---- aligned: planned, live objective, fresh field evidence -------------
  {
    project: 'CLIN', summary: 'Nurse handover: structured SBAR template', status: 'Implementing', plan: [0],
    objectives: [{ to: 'handover', via: 'parent' }],
    evidence: [
      { kind: 'interview', ...WARD_4B, ageDays: 60, summary: 'Night-shift nurses lose 20 minutes per handover re-reading free-text notes; SBAR layout asked for by 7 of 9.', url: 'https://riverside-health.dovetail.example/projects/handover/interviews-4b' },
      { kind: 'observation', who: 'Ward 6A charge nurse', role: 'Charge nurse', site: 'Riverside General, Ward 6A', ageDays: 45, summary: 'Shadowed two handovers: medication changes were missed in both when notes were unstructured.' },
    ],
    intended: 'aligned', why: 'In the current PI, parent initiative is live, two fresh field sources.',
  },
  {
    project: 'CLIN', summary: 'Cardiology referral workflow: e-referral intake', status: 'Implementing', plan: [0],
    objectives: [{ to: 'referral', via: 'supports' }],
    evidence: [
      { kind: 'observation', ...OSEI, ageDays: 90, summary: 'Observed referral intake for a week: faxed referrals wait 3.5 days on average before triage.', url: 'https://riverside-health.sharepoint.example/sites/cardiology/referral-observation' },
      { kind: 'analytics', who: 'Referral turnaround dashboard', role: 'Data set', site: 'Riverside Health BI', ageDays: 30, summary: 'Median referral-to-triage time 6.2 days over the last quarter; 38% of referrals re-keyed.', url: 'https://bi.riverside-health.example/reports/referral-turnaround' },
    ],
    webLinks: [VENDOR_DOCS],
    intended: 'aligned', why: 'Current PI, supports the live referral objective, fresh observation (Dr. Osei) and analytics.',
  },
  {
    project: 'CLIN', summary: 'Discharge summary: auto-populate discharge medications', status: 'Analyzing', plan: [1],
    objectives: [{ to: 'transitions', via: 'supports' }],
    webLinks: [{ title: 'Discharge interviews – synthesis (Dovetail)', url: DOVETAIL, summary: 'Synthesis of 12 discharge interviews' }],
    evidence: [
      { kind: 'interview', who: 'Discharge coordinators', role: 'Discharge coordinators', site: 'Riverside General', ageDays: 120, summary: 'Coordinators re-type the medication list from the chart into the summary for every discharge.', url: DOVETAIL, fromWebLink: 0 },
      { kind: 'support', who: 'Service desk: discharge category', role: 'Support tickets', ageDays: 75, summary: '41 tickets in 6 months about wrong or missing medications on discharge summaries.', url: 'https://servicedesk.riverside-health.example/queues/discharge' },
    ],
    intended: 'aligned', why: 'Next PI, supports a live theme, fresh interviews (confirmed from a web link) and support tickets.',
  },
  {
    project: 'PAT', summary: 'Patient portal: appointment self check-in', status: 'Implementing', plan: [0],
    objectives: [{ to: 'selfservice', via: 'parent' }],
    evidence: [
      { kind: 'survey', who: 'Outpatient experience survey 2026', role: 'Survey, 1,240 responses', site: 'Riverside outpatient clinics', ageDays: 150, summary: '62% would check in on their phone; queue at the desk is the top complaint.', url: 'https://forms.riverside-health.example/results/outpatient-2026' },
      { kind: 'support', who: 'Front desk incident log', role: 'Support tickets', site: 'Outpatients', ageDays: 40, summary: 'Average 14 minutes queueing at peak; 23 complaints logged last month.' },
    ],
    intended: 'aligned', why: 'Current PI, parent initiative live, fresh survey and support evidence.',
  },
  {
    project: 'PAT', summary: 'Referral status tracker for patients', status: 'Funnel', plan: [1],
    objectives: [{ to: 'referral', via: 'relates' }],
    evidence: [
      { kind: 'win-loss', who: 'Regional referral network review', role: 'Win/loss review', ageDays: 200, summary: 'Two GP practices moved referrals to St. Anne’s citing no visibility of referral status.' },
      { kind: 'interview', who: 'Regional referral network review', role: 'Win/loss review', ageDays: 190, summary: 'Follow-up call: practices want a patient-facing status page.' },
    ],
    intended: 'aligned', why: 'Next PI, relates to the live referral objective, fresh evidence but from a single source (vocal-minority risk).',
  },
  {
    project: 'CLIN', summary: 'Agency staffing cost dashboard', status: 'Analyzing', plan: [0], leadershipOnly: true,
    objectives: [{ to: 'transitions', via: 'supports' }],
    evidence: [
      { kind: 'analytics', who: 'Workforce cost report', role: 'Data set', site: 'Riverside Health Finance', ageDays: 25, summary: 'Agency spend up 31% year on year, concentrated on Wards 4B and 6A.' },
    ],
    intended: 'aligned', why: 'Leadership only (Sam cannot see it). Current PI, live theme, fresh analytics.',
  },
  {
    project: 'CLIN', summary: 'Medication reconciliation: discharge pharmacist review', status: 'Implementing', plan: [-1, 0],
    objectives: [{ to: 'transitions', via: 'supports' }],
    evidence: [
      { kind: 'interview', who: 'Ward pharmacists', role: 'Clinical pharmacists', site: 'Riverside General', ageDays: 100, summary: 'Pharmacists review 30% of discharges today; they want the reconciliation list pre-built.' },
    ],
    intended: 'aligned', why: 'Current PI after one carry-over (a warning, not a zombie); live theme; fresh interview.',
  },
  {
    project: 'PAT', summary: 'Telehealth waiting room', status: 'Funnel', plan: [1],
    objectives: [{ to: 'selfservice', via: 'relates' }],
    legacyEvidence: [
      { type: 'interview', link: 'https://riverside-health.dovetail.example/projects/telehealth/waiting-room', who: 'Virtual clinic patients', ageDays: 80, note: 'Patients leave video calls that start late because nobody tells them they are queued.' },
      { type: 'survey', link: 'https://forms.riverside-health.example/results/telehealth-pulse', who: 'Telehealth pulse survey', ageDays: 70, note: '48% dropped at least one video appointment while waiting.' },
    ],
    intended: 'ungrounded', why: 'Evidence stored in the OLDER format (version 1): read, but written before signing, so it does not count until a person confirms it (then aligned). Next PI, live initiative.',
  },
  {
    project: 'CLIN', summary: 'Bed management: discharge-ready flag', status: 'Funnel', plan: [1],
    objectives: [{ to: 'bedblock', via: 'relates' }, { to: 'transitions', via: 'supports' }],
    evidence: [
      { kind: 'analytics', who: 'Bed occupancy data set', role: 'Data set', site: 'Riverside General', ageDays: 35, summary: 'Patients medically fit for discharge occupy 11% of bed-days.' },
    ],
    intended: 'aligned', why: 'Next PI; one objective is past its target date but the theme is live; fresh analytics.',
  },

  // ---- gravity: planned, no live objective, no fresh field evidence --------
  {
    project: 'CLIN', summary: 'Bedside barcode scanner refresh', status: 'Funnel', plan: [1], labels: ['capacity-fill'],
    intended: 'gravity', why: 'Only there to fill the next PI: no objective, no evidence.',
  },
  {
    project: 'CLIN', summary: 'Migrate order sets to the new template engine', status: 'Funnel', plan: [1],
    intended: 'gravity', why: 'Next PI filler: no objective, no evidence.',
  },
  {
    project: 'PAT', summary: 'Patient portal theme refresh', status: 'Funnel', plan: [1], labels: ['capacity-fill'],
    intended: 'gravity', why: 'Next PI filler: no objective, no evidence.',
  },
  {
    project: 'CLIN', summary: 'Executive dashboard for length of stay', status: 'Implementing', plan: [0],
    evidence: [
      { kind: 'stakeholder-request', who: 'Chief Operating Officer', role: 'COO', site: 'Riverside Health', ageDays: 20, summary: 'Asked for a length-of-stay dashboard in the monthly operations review.', addedBy: 'alex' },
    ],
    intended: 'gravity', why: 'HIPPO: backed only by a stakeholder request, which is not field evidence; no objective.',
  },
  {
    project: 'PAT', summary: 'Appointment reminder SMS templates v2', status: 'Analyzing', plan: [0],
    objectives: [{ to: 'paging', via: 'relates' }],
    evidence: [
      { kind: 'interview', who: 'Outpatient booking team', role: 'Booking clerks', site: 'Riverside outpatients', ageDays: 760, summary: 'Clerks said patients ignore the current reminder wording.' },
    ],
    intended: 'gravity', why: 'Only objective is Done and the only evidence is stale (over 2 years old).',
  },
  {
    project: 'CLIN', summary: 'Bed management board: colour rules', status: 'Funnel', plan: [1],
    objectives: [{ to: 'bedblock', via: 'relates' }],
    webLinks: [{ title: 'Survey results: bed board usability', url: 'https://forms.riverside-health.example/results/bed-board-usability' }],
    intended: 'gravity', why: 'Objective past its target date; a research-looking web link is not yet confirmed as evidence.',
  },
  {
    project: 'PAT', summary: 'Car park payment integration', status: 'Funnel', plan: [1], labels: ['capacity-fill'],
    intended: 'gravity', why: 'Next PI filler: no objective, no evidence.',
  },
  {
    project: 'CLIN', summary: 'Theatre scheduling vendor exit', status: 'Analyzing', plan: [0], leadershipOnly: true,
    intended: 'gravity', why: 'Leadership only (Sam cannot see it). Current PI, no objective, no evidence.',
  },
  {
    project: 'CLIN', summary: 'Discharge summary PDF restyle', status: 'Analyzing', plan: [0],
    webLinks: [{ title: 'Discharge interviews – synthesis (Dovetail)', url: DOVETAIL }, VENDOR_DOCS],
    intended: 'gravity', why: 'Current PI; a Dovetail link looks like research but is unconfirmed; no objective.',
  },
  {
    project: 'PAT', summary: 'Kiosk check-in hardware pilot', status: 'Implementing', plan: [-2, -1, 0],
    intended: 'gravity', why: 'Carried over twice, but gravity is checked first: no objective, no evidence.',
  },
  {
    project: 'PAT', summary: 'Migrate SMS gateway to the new telecom vendor', status: 'Analyzing', plan: [0],
    evidence: [
      { kind: 'stakeholder-request', who: 'Head of IT Operations', role: 'IT leadership', ageDays: 50, summary: 'Wants the gateway moved before the contract renewal.', addedBy: 'alex' },
      { kind: 'survey', who: 'Patient communications survey 2023', role: 'Survey', ageDays: 820, summary: 'Patients preferred SMS to letters.' },
    ],
    intended: 'gravity', why: 'A stakeholder request plus stale survey: no fresh field evidence; no objective.',
  },

  // ---- zombie: carried over two or more times (with a live objective or fresh evidence) ----
  {
    project: 'CLIN', summary: 'Medication reconciliation at admission', status: 'Implementing', plan: [-3, -2, -1, 0],
    objectives: [{ to: 'transitions', via: 'supports' }],
    evidence: [
      { kind: 'interview', who: 'Admissions pharmacists', role: 'Clinical pharmacists', site: 'Riverside General, Admissions', ageDays: 140, summary: 'Half of admissions arrive without a complete medication history.' },
    ],
    intended: 'zombie', why: 'Carried over three times (planned into four PIs).',
  },
  {
    project: 'PAT', summary: 'Patient portal: proxy access for carers', status: 'Implementing', plan: [-2, -1, 0],
    objectives: [{ to: 'selfservice', via: 'relates' }],
    intended: 'zombie', why: 'Carried over twice; live initiative, no evidence.',
  },
  {
    project: 'CLIN', summary: 'Nurse handover: shift summary print view', status: 'Analyzing', plan: [-1, 0, 1],
    objectives: [{ to: 'handover', via: 'parent' }],
    intended: 'zombie', why: 'Carried over twice (last PI into this one, then mid-PI into the next one).',
  },

  // ---- ungrounded: planned, live objective, no fresh field evidence -------
  {
    project: 'CLIN', summary: 'Cardiology referral triage queue', status: 'Funnel', plan: [1],
    objectives: [{ to: 'referral', via: 'supports' }],
    evidence: [
      { kind: 'stakeholder-request', who: 'Head of Cardiology', role: 'Clinical director', site: 'Riverside General, Cardiology', ageDays: 30, summary: 'Requested a triage queue at the directorate meeting.', addedBy: 'alex' },
    ],
    intended: 'ungrounded', why: 'Live objective; only a stakeholder request (HIPPO risk).',
  },
  {
    project: 'PAT', summary: 'Self-service appointment rescheduling', status: 'Implementing', plan: [0],
    objectives: [{ to: 'selfservice', via: 'parent' }],
    intended: 'ungrounded', why: 'Current PI, parent initiative live, no evidence at all.',
  },
  {
    project: 'CLIN', summary: 'Handover checklist for agency nurses', status: 'Funnel', plan: [1],
    objectives: [{ to: 'handover', via: 'parent' }],
    evidence: [
      { kind: 'interview', ...WARD_4B, ageDays: 720, summary: 'Agency nurses missed ward-specific checks during handover (2024 interviews).' },
    ],
    webLinks: [{ title: 'Ward 4B shadowing notes', url: 'https://riverside-health.sharepoint.example/sites/nursing/ward-4b-shadowing' }],
    intended: 'ungrounded', why: 'Live initiative; the only evidence is stale; a shadowing-notes web link could be confirmed.',
  },
  {
    project: 'PAT', summary: 'Online pre-admission questionnaire', status: 'Analyzing', plan: [0],
    objectives: [{ to: 'transitions', via: 'relates' }],
    evidence: [
      { kind: 'interview', who: 'Pre-op assessment nurses', role: 'Nurses', site: 'Day surgery unit', ageDays: 60, summary: 'Recorded against the wrong epic.', removed: true },
    ],
    intended: 'ungrounded', why: 'Live theme; its only evidence record was removed (removed records never count).',
  },
  {
    project: 'CLIN', summary: 'Executive bed-capacity briefing', status: 'Analyzing', plan: [0], leadershipOnly: true,
    objectives: [{ to: 'transitions', via: 'supports' }],
    intended: 'ungrounded', why: 'Leadership only (Sam cannot see it). Live theme, no evidence.',
  },
  {
    project: 'PAT', summary: 'Carer notifications on discharge', status: 'Implementing', plan: [-1, 0],
    objectives: [{ to: 'transitions', via: 'supports' }],
    intended: 'ungrounded', why: 'One carry-over (warning); live theme; no evidence.',
  },

  // ---- unanchored: planned, fresh field evidence, no live objective -------
  {
    project: 'CLIN', summary: 'Bed management: real-time bed status board', status: 'Implementing', plan: [0],
    objectives: [{ to: 'bedblock', via: 'supports' }],
    evidence: [
      { kind: 'observation', who: 'Patient flow team', role: 'Bed managers', site: 'Riverside General, Patient flow hub', ageDays: 50, summary: 'Bed managers phone each ward 4 times a day to learn bed status.' },
      { kind: 'analytics', who: 'Bed occupancy data set', role: 'Data set', site: 'Riverside General', ageDays: 40, summary: 'Average 3.1 hours between a bed being cleaned and being marked free.' },
    ],
    intended: 'unanchored', why: 'Fresh evidence; its objective passed its target date, so no live objective.',
  },
  {
    project: 'PAT', summary: 'Patient portal: accessible test results', status: 'Funnel', plan: [1],
    evidence: [
      { kind: 'survey', who: 'Accessibility panel survey', role: 'Patient panel, 86 responses', site: 'Riverside Health', ageDays: 95, summary: 'Screen-reader users cannot read result tables in the portal.' },
    ],
    intended: 'unanchored', why: 'Fresh survey from a single source; no objective.',
  },
  {
    project: 'CLIN', summary: 'Pharmacy stock alerts in the ward view', status: 'Analyzing', plan: [0],
    objectives: [{ to: 'paging', via: 'relates' }],
    evidence: [
      { kind: 'support', who: 'Service desk: pharmacy category', role: 'Support tickets', ageDays: 65, summary: '27 tickets about drugs out of stock discovered at the bedside.' },
    ],
    intended: 'unanchored', why: 'Fresh support tickets; only objective is Done.',
  },
  {
    project: 'PAT', summary: 'Wayfinding in the patient app', status: 'Funnel', plan: [1],
    evidence: [
      { kind: 'win-loss', who: 'Patient choice review 2026', role: 'Win/loss review', ageDays: 110, summary: 'Patients choosing other hospitals mention getting lost on our site.' },
    ],
    intended: 'unanchored', why: 'Fresh win/loss evidence; no objective.',
  },
  {
    project: 'CLIN', summary: 'Handover: allergy banner on the patient list', status: 'Analyzing', plan: [0],
    legacyEvidence: [
      { type: 'interview', link: 'https://riverside-health.dovetail.example/projects/handover/allergy-banner', who: 'Ward 4B nurses', ageDays: 130, note: 'Allergies are only visible two clicks deep; nurses check paper charts instead.' },
    ],
    intended: 'gravity', why: 'Evidence in the OLDER format (version 1), unsigned: it does not count until confirmed (then unanchored); no objective.',
  },
  {
    project: 'PAT', summary: 'Cardiology clinic self-booking', status: 'Funnel', plan: [1],
    evidence: [
      { kind: 'observation', ...OSEI, ageDays: 85, summary: 'Clinic slots sit empty because follow-ups are booked by letter.' },
    ],
    intended: 'unanchored', why: 'Fresh observation by Dr. Osei; no objective linked yet.',
  },

  // ---- unplanned: not in the current or the next PI (and delivered: Done, in a past PI) ----
  {
    project: 'CLIN', summary: 'Ward 4B e-whiteboard pilot', status: 'Done', plan: [-2],
    objectives: [{ to: 'handover', via: 'parent' }],
    evidence: [
      { kind: 'interview', ...WARD_4B, ageDays: 300, summary: 'Nurses asked for the whiteboard to show pending discharges.' },
    ],
    intended: 'delivered', why: 'Done in an earlier PI: delivered, wherever it was planned.',
  },
  {
    project: 'PAT', summary: 'Patient portal single sign-on', status: 'Done', plan: [-3],
    intended: 'delivered', why: 'Done three PIs ago.',
  },
  {
    project: 'CLIN', summary: 'Clinical photography upload', status: 'Funnel', plan: [],
    intended: 'unplanned', why: 'In the backlog, no PI.',
  },
  {
    project: 'PAT', summary: 'Interpreter booking request', status: 'Funnel', plan: [],
    evidence: [
      { kind: 'support', who: 'Patient liaison service', role: 'Support tickets', ageDays: 55, summary: '19 complaints about interpreters not booked for appointments.' },
    ],
    intended: 'unplanned', why: 'Backlog with fresh evidence: a candidate for the next PI.',
  },
  {
    project: 'CLIN', summary: 'Sepsis alert tuning', status: 'Funnel', plan: [1, 2],
    objectives: [{ to: 'transitions', via: 'supports' }],
    intended: 'unplanned', why: 'Re-planned from the next PI to the one after before it started (not a carry-over).',
  },
  {
    project: 'PAT', summary: 'Outpatient letter redesign', status: 'Done', plan: [-1],
    intended: 'delivered', why: 'Done in the previous PI.',
  },
  {
    project: 'CLIN', summary: 'Infusion pump integration', status: 'Analyzing', plan: [], inRelease: true,
    webLinks: [VENDOR_DOCS],
    intended: 'unplanned', why: 'Only in the non-PI version "Release <year>.1", whose dates overlap the current PI: the name pattern decides.',
  },

  // ---- delivered: Done in the current PI (appended last so earlier epic keys stay put) ----
  {
    project: 'CLIN', summary: 'Ward 7 digital discharge checklist', status: 'Done', plan: [0],
    intended: 'delivered', why: 'Done in the current PI with neither a live objective nor fresh evidence: it would read gravity, but a Done item is delivered (the outcome check comes later).',
  },
  {
    project: 'PAT', summary: 'Online repeat-prescription requests', status: 'Done', plan: [-2, -1, 0],
    objectives: [{ to: 'selfservice', via: 'relates' }],
    intended: 'delivered', why: 'Carried over twice, then done in the current PI: delivered, not zombie; the carry-over stays an info looking back.',
  },

  // ---- dropped: in the current PI at its start, then taken out by a drop decision (the not-doing register) ----
  {
    project: 'CLIN', summary: 'Ward round dictation app pilot', status: 'Funnel', plan: [0], labels: ['capacity-fill'], dropped: true,
    intended: 'unplanned', why: 'Planned into the current PI as filler, then dropped (drop decision, fix version removed): in the register.',
  },
  {
    project: 'PAT', summary: 'Patient portal animated onboarding tour', status: 'Funnel', plan: [0], dropped: true,
    intended: 'unplanned', why: 'Planned into the current PI, then dropped with a rationale: in the register.',
  },
];
