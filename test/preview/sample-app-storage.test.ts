import { createSampleSite, piContaining } from '../../src/jira/sample-site';
import { seedSampleAppStorage } from '../../src/preview/sample-app-storage';
import { createMemoryKeyValueStore } from '../../src/storage/key-value-store';
import { listRegister } from '../../src/storage/register-store';
import { TODAY } from '../forge/support/resolver-harness';

describe('the sample site app storage', () => {
  it('holds the two dropped epics in the not-doing register, with who, why and the PI version removed', async () => {
    const site = createSampleSite({ today: TODAY });
    const kvs = createMemoryKeyValueStore();
    await seedSampleAppStorage(kvs, site.transport('alex'), TODAY);
    const entries = await listRegister(kvs, ['CLIN', 'PAT']);
    const pi = piContaining(TODAY).name;
    expect(entries.map((e) => [e.summary, e.pi, e.removedFromPi, e.decidedBy.displayName]).sort()).toEqual([
      ['Patient portal animated onboarding tour', pi, [pi], 'Priya Nair'],
      ['Ward round dictation app pilot', pi, [pi], 'Priya Nair'],
    ]);
  });

  it('adds nothing the second time', async () => {
    const site = createSampleSite({ today: TODAY });
    const kvs = createMemoryKeyValueStore();
    await seedSampleAppStorage(kvs, site.transport('alex'), TODAY);
    const first = await kvs.listByPrefix('register:');
    await seedSampleAppStorage(kvs, site.transport('alex'), TODAY);
    expect(await kvs.listByPrefix('register:')).toEqual(first);
    expect(first).toHaveLength(2);
  });
});
