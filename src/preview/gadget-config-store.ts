import { z } from 'zod';
import { GadgetConfigSchema, type GadgetConfig } from '../shared/scope';
import { AppError, toFieldIssues } from '../shared/result';

/**
 * The preview's stand-in for the gadgets' saved configurations. Forge keeps
 * one configuration per gadget instance on a dashboard (the edit view's
 * view.submit() saves it; the view reads it as
 * context.extension.gadgetConfiguration, FORGE-NOTES.md §2); the preview
 * names its instances with the page's `?gadget=` parameter. A page without
 * one is the DEFAULT_GADGET instance.
 */
export interface GadgetConfigStore {
  /** The instance's configuration; null while it is unconfigured. */
  get(gadget?: string): GadgetConfig | null;
  /** Parses and saves; throws AppError('BAD_PAYLOAD') with field issues when invalid. */
  save(input: unknown, gadget?: string): GadgetConfig;
}

/** A gadget instance name as the preview's pages carry it (`?gadget=clin-next-pi`). */
export const GadgetIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'A gadget name is 1-40 lower-case letters, digits and dashes');
export const DEFAULT_GADGET = 'default';

/** A gadget the preview's dashboard starts with: its instance name, what the index page calls it, and its configuration (null: unconfigured). */
export interface PreviewGadget {
  readonly id: string;
  readonly title: string;
  readonly config: GadgetConfig | null;
}

/** The configured gadget the index page opens first: Clinical Apps, next PI. */
export const CONFIGURED_GADGET: PreviewGadget = {
  id: 'clin-next-pi',
  title: 'Clinical Apps (CLIN), next PI',
  config: { scope: { kind: 'project', projectKey: 'CLIN' }, pi: 'next', view: 'report' },
};

/** The same project's trend across PIs (the gadget's trend view; the PI choice does not apply to it). */
export const TREND_GADGET: PreviewGadget = {
  id: 'clin-trend',
  title: 'Clinical Apps (CLIN), trend across PIs',
  config: { scope: { kind: 'project', projectKey: 'CLIN' }, pi: 'next', view: 'trend' },
};

/** The same project's delivered items by outcome status, overdue first (the gadget's outcomes view; the PI choice does not apply to it). */
export const OUTCOMES_GADGET: PreviewGadget = {
  id: 'clin-outcomes',
  title: "Clinical Apps (CLIN), delivered items' outcomes",
  config: { scope: { kind: 'project', projectKey: 'CLIN' }, pi: 'next', view: 'outcomes' },
};

/** A gadget just added to the dashboard: it asks to be configured. */
export const NEW_GADGET: PreviewGadget = { id: 'new', title: 'A new gadget, not yet configured', config: null };

/** Three gadgets scoped by the app's own JQL names (manifest.yml's searchAlias values; README "JQL"). */
export const JQL_GADGETS: readonly PreviewGadget[] = [
  { id: 'jql-gravity', title: 'Only here to fit the next PI', config: { scope: { kind: 'jql', jql: 'gravityVerdict = gravity' }, pi: 'next', view: 'report' } },
  {
    id: 'jql-carried-over',
    title: 'Zombies and items without evidence in the current PI, lowest score first',
    config: { scope: { kind: 'jql', jql: 'gravityVerdict in (zombie, ungrounded) ORDER BY gravityScore ASC' }, pi: 'current', view: 'report' },
  },
  {
    id: 'jql-low-score',
    title: 'Scored under 40 in an unreleased version',
    config: { scope: { kind: 'jql', jql: 'gravityScore < 40 AND fixVersion in unreleasedVersions()' }, pi: 'next', view: 'report' },
  },
];

export const PREVIEW_GADGETS: readonly PreviewGadget[] = [CONFIGURED_GADGET, TREND_GADGET, OUTCOMES_GADGET, NEW_GADGET, ...JQL_GADGETS];

const gadgetId = (gadget: string | undefined): string => {
  if (gadget === undefined) return DEFAULT_GADGET;
  const parsed = GadgetIdSchema.safeParse(gadget);
  if (!parsed.success) throw new AppError('BAD_PAYLOAD', `'${gadget.slice(0, 40)}' is not a gadget name: use 1-40 lower-case letters, digits and dashes`);
  return parsed.data;
};

/** The store, holding `initial` (by default the preview's gadgets: PREVIEW_GADGETS; the DEFAULT_GADGET unconfigured). */
export const createGadgetConfigStore = (initial: readonly PreviewGadget[] = PREVIEW_GADGETS): GadgetConfigStore => {
  const configs = new Map<string, GadgetConfig>();
  for (const g of initial) if (g.config !== null) configs.set(gadgetId(g.id), GadgetConfigSchema.parse(g.config));
  return {
    get: (gadget) => configs.get(gadgetId(gadget)) ?? null,
    save: (input, gadget) => {
      const id = gadgetId(gadget);
      const parsed = GadgetConfigSchema.safeParse(input);
      if (!parsed.success) {
        throw new AppError('BAD_PAYLOAD', 'The gadget configuration is not valid', toFieldIssues(parsed.error.issues));
      }
      configs.set(id, parsed.data);
      return parsed.data;
    },
  };
};
