import { z } from 'zod';
import type { Assessment, Pi } from './assessment';
import { EvidenceInputSchema, type UntrustedEvidence } from './evidence';
import { PiSelectorSchema, ScopeSpecSchema } from './scope';
import type { ScopeReport } from './report';
import type { Settings } from './settings';
import type { Envelope } from './result';

/**
 * The resolver contract: one key per resolver, its payload schema (parsed on
 * the server) and its response type (checked at compile time in the UI).
 */

const issueKey = z.string().regex(/^[A-Z][A-Z0-9_]{0,19}-[1-9]\d{0,9}$/, 'Not an issue key');
const projectKey = z.string().regex(/^[A-Z][A-Z0-9_]{0,19}$/, 'Not a project key');
const recordId = z.string().min(1).max(64);

export const PayloadSchemas = {
  getPanel: z.object({ issueKey }).strict(),
  addEvidence: z.object({ issueKey, evidence: EvidenceInputSchema }).strict(),
  editEvidence: z.object({ issueKey, id: recordId, evidence: EvidenceInputSchema }).strict(),
  removeEvidence: z.object({ issueKey, id: recordId }).strict(),
  restoreEvidence: z.object({ issueKey, id: recordId }).strict(),
  confirmEvidence: z.object({ issueKey, id: recordId }).strict(),
  confirmSuggestion: z
    .object({ issueKey, linkId: z.string().min(1).max(64), evidence: EvidenceInputSchema.omit({ url: true }) })
    .strict(),
  getScopeReport: z.object({ scope: ScopeSpecSchema, pi: PiSelectorSchema }).strict(),
  getScopeOptions: z.object({}).strict(),
  getSettings: z.object({ projectKey }).strict(),
  saveSettings: z.object({ projectKey, settings: z.unknown() }).strict(),
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
}

/** For @forge/resolver's makeResolver<Defs>() and @forge/bridge's makeInvoke<Defs>(). */
export type ResolverDefs = {
  [K in ResolverKey]: (payload: PayloadOf<K>) => Envelope<ResponseTypes[K]>;
};
