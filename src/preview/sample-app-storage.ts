import type { JiraTransport } from '../jira/transport';
import type { KeyValueStore } from '../storage/key-value-store';

// PLACEHOLDER: built by the helper that owns the sample site's seeded governance data.
/** Puts the sample site's app-storage data (the committed baseline of the current PI, the not-doing register) into `kvs`. */
export const seedSampleAppStorage = async (_kvs: KeyValueStore, _asAlex: JiraTransport, _today: string): Promise<void> => {};
