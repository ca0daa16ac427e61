import { z } from 'zod';
import type { Assessment, Pi } from './assessment';
import type { Baseline, BaselineMeta } from './baseline';
import type { CapacityField } from './capacity';
import { DecisionInputSchema, type DecisionLogEntry, type DecisionView, type Person, type RegisterEntry } from './decision';
import { EvidenceInputSchema, type UntrustedEvidence } from './evidence';
import { PiSelectorSchema, ScopeSpecSchema } from './scope';
import type { ScopeReport } from './report';
import type { ScopeTrend } from './trend';
import type { OutcomeReport } from './outcome';
import type { ItemActivity } from './activity';
import { calendarDate } from './calendar-date';
import type { Settings } from './settings';
import type { AppErrorBody, Envelope } from './result';

/**
 * The resolver contract: one key per resolver, its payload schema (parsed on
 * the server) and its response type (checked at compile time in the UI).
 */

const issueKey = z.string().regex(/^[A-Z][A-Z0-9_]{0,19}-[1-9]\d{0,9}$/, 'Not an issue key');
const projectKey = z.string().regex(/^[A-Z][A-Z0-9_]{0,19}$/, 'Not a project key');
const recordId = z.string().min(1).max(64);
const piName = z.string().trim().min(1, 'Name the PI').max(200);
/**
 * The person's explicit word that evidence text the patient-data guard flagged
 * (src/shared/phi-guard.ts) is not patient data. Without it, flagged text is
 * refused with PHI_SUSPECTED and nothing is written. Only `true` is accepted.
 */
const notPatientData = z.literal(true).optional();

export const PayloadSchemas = {
  getPanel: z.object({ issueKey }).strict(),
  addEvidence: z.object({ issueKey, evidence: EvidenceInputSchema, notPatientData }).strict(),
  editEvidence: z.object({ issueKey, id: recordId, evidence: EvidenceInputSchema, notPatientData }).strict(),
  removeEvidence: z.object({ issueKey, id: recordId }).strict(),
  restoreEvidence: z.object({ issueKey, id: recordId }).strict(),
  confirmEvidence: z.object({ issueKey, id: recordId }).strict(),
  confirmSuggestion: z
    .object({ issueKey, linkId: z.string().min(1).max(64), evidence: EvidenceInputSchema.omit({ url: true }), notPatientData })
    .strict(),
  getScopeReport: z.object({ scope: ScopeSpecSchema, pi: PiSelectorSchema }).strict(),
  getScopeOptions: z.object({}).strict(),
  getSettings: z.object({ projectKey }).strict(),
  saveSettings: z.object({ projectKey, settings: z.unknown() }).strict(),
  /** What the site offers the settings pickers: issue types, link types, fields, the project's versions. */
  getSiteOptions: z.object({ projectKey }).strict(),
  /** The live check of a settings draft: read as the user, nothing saved. */
  checkSettings: z.object({ projectKey, settings: z.unknown() }).strict(),
  /** The PI review page: the scope's report for the PI with decisions, the baseline and its drift, the decision log and the not-doing register. */
  getPiReview: z.object({ scope: ScopeSpecSchema, pi: PiSelectorSchema }).strict(),
  /** One decision for one or more items (the page's multi-select), for the PI named as the calendar names it. Each item succeeds or fails on its own. */
  recordDecisions: z
    .object({ issueKeys: z.array(issueKey).min(1, 'Pick at least one item').max(50, 'At most 50 items at once'), pi: piName, decision: DecisionInputSchema })
    .strict(),
  /** Jira users matching the text, for the sponsor picker (as the person: Jira decides whom they may see). */
  searchUsers: z.object({ query: z.string().trim().min(1, 'Type part of a name').max(100) }).strict(),
  /** Freezes the project's PI as it stands now: only project admins. */
  commitBaseline: z.object({ projectKey, pi: PiSelectorSchema }).strict(),
  /** The trend across PIs of a scope (src/shared/trend.ts): the PI review page's chart and the gadget's trend view. */
  getTrend: z.object({ scope: ScopeSpecSchema }).strict(),
  /**
   * The outcomes list of a scope (src/shared/outcome.ts): its work items delivered since
   * `since` (default: settings outcome.lookbackMonths before today), overdue first. The
   * gadget's outcomes view and the PI review page's outcomes section.
   */
  getOutcomes: z.object({ scope: ScopeSpecSchema, since: calendarDate().optional() }).strict(),
  /** The alignment history of one work item (src/shared/activity.ts): the jira:issueActivity timeline. */
  getActivity: z.object({ issueKey }).strict(),
  /** One committed baseline (the newest when no version is given), for export. */
  getBaseline: z.object({ projectKey, pi: piName, version: z.number().int().min(1).optional() }).strict(),
} as const;

export type ResolverKey = keyof typeof PayloadSchemas;
export type PayloadOf<K extends ResolverKey> = z.input<(typeof PayloadSchemas)[K]>;

export interface PanelData {
  readonly assessment: Assessment;
  /** Whether this user may add, edit and remove evidence on the item. */
  readonly canEdit: boolean;
  readonly current: Pi | null;
  readonly next: Pi | null;
  /** Removed evidence that can still be restored (undo). */
  readonly removed: readonly { readonly id: string; readonly summary: string; readonly removedAt: string }[];
  /**
   * Live evidence that does not count: not signed by the app (older records) or
   * changed outside Factory Gravity (a direct issue-property write). Shown with
   * what it claims; a person who may edit can confirm it. Never carries a `mac`.
   */
  readonly untrusted: readonly UntrustedEvidence[];
  readonly settingsWarning?: string;
  /** Whether this project's patient-data guard is on (settings evidence.phi.enabled): the evidence form warns as the person types. */
  readonly phiGuard: boolean;
  /** The field that sizes the item (assessment.size is in its unit); null when items are counted. */
  readonly capacityField: CapacityField | null;
}

export interface ScopeOptions {
  readonly projects: readonly { readonly key: string; readonly name: string }[];
  readonly boards: readonly { readonly id: number; readonly name: string; readonly projectKey?: string }[];
}

export interface SettingsData {
  readonly settings: Settings;
  readonly defaults: Settings;
  /** Only project admins may save. */
  readonly canEdit: boolean;
  /** Set when the stored value was invalid and defaults are shown. */
  readonly warning?: string;
}

/** The site's issue types, link types, fields and the project's versions, for the settings pickers. */
export interface SiteOptions {
  readonly issueTypes: readonly { readonly id: string; readonly name: string; readonly subtask: boolean }[];
  readonly linkTypes: readonly { readonly id: string; readonly name: string; readonly inward: string; readonly outward: string }[];
  /** Custom fields and duedate: the ids the settings can name. `type` is the field's schema type ("date", "array", "option", ...). */
  readonly fields: readonly { readonly id: string; readonly name: string; readonly type?: string }[];
  readonly versions: readonly { readonly name: string; readonly startDate?: string; readonly releaseDate?: string; readonly released: boolean }[];
}

/** The live check of a settings draft: what the app would see with it. */
export interface SettingsCheck {
  readonly today: string;
  /** Every dated PI, oldest first. */
  readonly pis: readonly Pi[];
  readonly current: Pi | null;
  readonly next: Pi | null;
  /** Work items in the current and the next PI (null when there is no such PI). */
  readonly workItems: { readonly current: number | null; readonly next: number | null };
  /** Distinct objectives reached from those items, and how many of them are live. */
  readonly objectives: { readonly found: number; readonly live: number };
  /** Versions or sprints the pattern matches but the app cannot date, with the reason. */
  readonly undatable: readonly { readonly kind: 'version' | 'sprint'; readonly name: string; readonly reason: string }[];
  /** Anything that made the check incomplete (a time limit, unreadable items). */
  readonly notes: readonly string[];
  /**
   * What sizes work items with this draft (capacity.field resolved against the site) and how many
   * of the current and next PIs' items have a size; `warning` when the field cannot be used.
   */
  readonly capacity: { readonly field: CapacityField | null; readonly sized: number; readonly unsized: number; readonly warning: string | null };
}

/** Everything the PI review page shows for one scope and PI. */
export interface PiReview {
  /** The PI report; report.baseline holds the newest baseline's drift (null when none is committed). */
  readonly report: ScopeReport;
  /** The project baselines belong to: the scope's project (null when the scope is not one project: committing is off). */
  readonly projectKey: string | null;
  /** Whether the person may record decisions (Edit issues in the project); each item is checked again on save. */
  readonly canDecide: boolean;
  /** Whether the person may commit the baseline (Administer projects in the project). */
  readonly canCommit: boolean;
  /** Every committed baseline of this PI, newest first. */
  readonly baselineVersions: readonly BaselineMeta[];
  /** Every decision record of this PI, on the report's items and on items dropped from it, newest first. */
  readonly decisionLog: readonly DecisionLogEntry[];
  /** The not-doing register of the scope's projects (every PI), newest first. */
  readonly register: readonly RegisterEntry[];
}

/** One item's outcome in a recordDecisions call. */
export type DecisionResult =
  | { readonly issueKey: string; readonly ok: true; readonly decision: DecisionView }
  | { readonly issueKey: string; readonly ok: false; readonly error: AppErrorBody };

export interface ResponseTypes {
  getPanel: PanelData;
  addEvidence: PanelData;
  editEvidence: PanelData;
  removeEvidence: PanelData;
  restoreEvidence: PanelData;
  confirmEvidence: PanelData;
  confirmSuggestion: PanelData;
  getScopeReport: ScopeReport;
  getScopeOptions: ScopeOptions;
  getSettings: SettingsData;
  saveSettings: SettingsData;
  getSiteOptions: SiteOptions;
  checkSettings: SettingsCheck;
  getPiReview: PiReview;
  recordDecisions: { readonly results: readonly DecisionResult[] };
  searchUsers: { readonly users: readonly Person[] };
  commitBaseline: BaselineMeta;
  getBaseline: { readonly baseline: Baseline; readonly versions: readonly BaselineMeta[] };
  getTrend: ScopeTrend;
  getOutcomes: OutcomeReport;
  getActivity: ItemActivity;
}

/** For @forge/resolver's makeResolver<Defs>() and @forge/bridge's makeInvoke<Defs>(). */
export type ResolverDefs = {
  [K in ResolverKey]: (payload: PayloadOf<K>) => Envelope<ResponseTypes[K]>;
};
