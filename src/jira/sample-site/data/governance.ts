import { DECISIONS_PROPERTY_KEY, RETIRE_NO_PI, type DecisionRecord } from '../../../shared/decision';
import { addDays, daysBetween } from '../dates';
import { sampleEvidenceSigner } from '../evidence-key';
import type { SiteIssue } from '../model';
import { SITE_PEOPLE, userById, type SampleUserId } from '../users';
import type { SiteBuilder } from './site-builder';

/**
 * The sample site's PI decisions (issue 10): decision records in each item's
 * `factory-gravity.decisions` property, signed like the app signs them
 * (domain 'decision'), dated relative to `today` inside the current PI:
 * - a keep with sponsor Dana Whitfield on "Executive dashboard for length of stay" (gravity);
 * - an overdue re-justify on "Self-service appointment rescheduling" (ungrounded, due date passed, verdict unchanged);
 * - two versions on "Migrate SMS gateway to the new telecom vendor": v1 re-justify, v2 keep (sponsor Dr. Obi Mensah);
 * - the drops of the two epics planned with `dropped` in riverside-epics.ts (their PI fix version removed on the decision date);
 * - the retire of the delivered epic whose `outcome.retire` says so ("Bleep directory clean-up", by Alex), for the PI it was delivered in.
 */

const person = (id: SampleUserId) => {
  const u = userById(id);
  return { accountId: u.accountId, displayName: u.displayName };
};

const sponsor = (displayName: string) => {
  const p = SITE_PEOPLE.find((x) => x.displayName === displayName);
  if (p === undefined) throw new Error(`No site person ${displayName}`);
  return { accountId: p.accountId, displayName: p.displayName };
};

/** Days into the current PI for the decisions: about a third of the way to today (never after it). */
export const decisionDays = (today: string, piStart: string): { early: string; later: string; due: string } => {
  const elapsed = Math.max(0, daysBetween(piStart, today));
  const early = addDays(piStart, Math.floor(elapsed / 3));
  const later = addDays(piStart, Math.floor((elapsed * 2) / 3));
  // Due before today (overdue) but inside the PI; on the PI's first day it can only be today.
  const due = elapsed >= 1 ? addDays(today, -1) : today;
  return { early, later, due };
};

/** A delivered epic the train retired (riverside-epics.ts `outcome.retire`). */
export interface RetiredEpic {
  readonly issue: SiteIssue;
  /** YYYY-MM-DD: when the retire decision was recorded (after delivery). */
  readonly on: string;
  /** The PI the epic was planned in (its fixVersion), or null for none (RETIRE_NO_PI). */
  readonly pi: string | null;
  readonly by: SampleUserId;
  readonly rationale: string;
}

export interface DroppedEpic {
  readonly issue: SiteIssue;
  /** YYYY-MM-DD: when it was dropped (its fix version removed). */
  readonly on: string;
}

const byKey = (b: SiteBuilder, summary: string): SiteIssue => {
  const issue = b.issues.find((i) => i.summary === summary);
  if (issue === undefined) throw new Error(`Sample data error: no epic "${summary}"`);
  return issue;
};

const store = (b: SiteBuilder, issue: SiteIssue, records: readonly Omit<DecisionRecord, 'version' | 'id'>[]): void => {
  const full = records.map((r, i): DecisionRecord => ({ ...r, id: `dec-${issue.key.toLowerCase()}-${i + 1}`, version: i + 1 }));
  b.setProperty(issue, DECISIONS_PROPERTY_KEY, {
    schemaVersion: 1,
    revision: full.length,
    records: full.map((r) => ({ ...r, mac: sampleEvidenceSigner.sign(issue.key, r, 'decision') })),
  });
};

export const addDecisions = (b: SiteBuilder, dropped: readonly DroppedEpic[], retired: readonly RetiredEpic[] = []): void => {
  const current = b.pi(0).pi;
  const { early, later, due } = decisionDays(b.today, current.startDate);
  const at = (day: string, time: string) => `${day}T${time}:00.000Z`;
  const pi = current.name;
  store(b, byKey(b, 'Executive dashboard for length of stay'), [
    {
      pi, kind: 'keep', verdictAtDecision: 'gravity', sponsor: sponsor('Dana Whitfield'), decidedBy: person('alex'), decidedAt: at(early, '10:30'),
      rationale: 'The board asked for length-of-stay reporting this quarter; Dana answers for it while the operations team gathers evidence.',
    },
  ]);
  store(b, byKey(b, 'Self-service appointment rescheduling'), [
    {
      pi, kind: 'rejustify', verdictAtDecision: 'ungrounded', dueDate: due, decidedBy: person('priya'), decidedAt: at(early, '14:00'),
      rationale: 'Bring patient evidence for rescheduling (survey or call-centre data) before the mid-PI review, or it leaves the PI.',
    },
  ]);
  store(b, byKey(b, 'Migrate SMS gateway to the new telecom vendor'), [
    {
      pi, kind: 'rejustify', verdictAtDecision: 'gravity', dueDate: later, decidedBy: person('priya'), decidedAt: at(early, '15:20'),
      rationale: 'Show why the gateway must move this PI rather than at the contract renewal.',
    },
    {
      pi, kind: 'keep', verdictAtDecision: 'gravity', sponsor: sponsor('Dr. Obi Mensah'), decidedBy: person('alex'), decidedAt: at(later, '09:45'),
      rationale: 'The old vendor ends SMS support before PI end: appointment reminders would stop. Dr. Mensah sponsors it as a clinical-safety need.',
    },
  ]);
  // Retire: a delivered item the train stops maintaining, decided by someone with Edit issues on it.
  for (const r of retired) {
    store(b, r.issue, [
      { pi: r.pi ?? RETIRE_NO_PI, kind: 'retire', verdictAtDecision: 'delivered', decidedBy: person(r.by), decidedAt: at(r.on, '11:20'), rationale: r.rationale },
    ]);
  }
  for (const d of dropped) {
    store(b, d.issue, [
      {
        pi, kind: 'drop', verdictAtDecision: 'gravity', decidedBy: person('priya'), decidedAt: at(d.on, '16:10'), removedFromPi: [pi],
        rationale: 'Only in the PI because it fitted the capacity: no objective and no field evidence. Not doing it this PI.',
      },
    ]);
  }
};
