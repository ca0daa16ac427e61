import { GadgetConfigSchema, type GadgetConfig } from '../shared/scope';
import { AppError, toFieldIssues } from '../shared/result';

/** The preview's stand-in for the gadget's saved configuration (Forge keeps it per gadget instance). */
export interface GadgetConfigStore {
  get(): GadgetConfig | null;
  /** Parses and saves; throws AppError('BAD_PAYLOAD') with field issues when invalid. */
  save(input: unknown): GadgetConfig;
}

export const createGadgetConfigStore = (initial: GadgetConfig | null = null): GadgetConfigStore => {
  let current = initial;
  return {
    get: () => current,
    save: (input) => {
      const parsed = GadgetConfigSchema.safeParse(input);
      if (!parsed.success) {
        throw new AppError('BAD_PAYLOAD', 'The gadget configuration is not valid', toFieldIssues(parsed.error.issues));
      }
      current = parsed.data;
      return current;
    },
  };
};
