import { createSampleSite, piByIndex, piContaining } from '../../src/jira/sample-site';
import { buildRiversideHealth } from '../../src/jira/sample-site/data/riverside-health';
import { PAST_BASELINE_OFFSET, seedSampleAppStorage } from '../../src/preview/sample-app-storage';
import { listBaselines, readBaseline } from '../../src/storage/baseline-store';
import { createMemoryKeyValueStore } from '../../src/storage/key-value-store';
import { listRegister } from '../../src/storage/register-store';
import { TODAY } from '../forge/support/resolver-harness';
import { pastPi } from '../sample-site/history';

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

describe('the seeded baselines', () => {
  const seeded = async () => {
    const site = createSampleSite({ today: TODAY });
    const kvs = createMemoryKeyValueStore();
    await seedSampleAppStorage(kvs, site.transport('alex'), TODAY);
    return kvs;
  };

  it("commit CLIN's current PI with each item's story points and the unit", async () => {
    const kvs = await seeded();
    const current = piContaining(TODAY);
    const baseline = await readBaseline(kvs, 'CLIN', current.name);
    expect(baseline?.capacityUnit).toBe('points');
    const sizes = Object.fromEntries((baseline?.items ?? []).map((i) => [i.key, i.size]));
    expect(sizes).toMatchObject({ 'CLIN-1': 8, 'CLIN-12': null, 'CLIN-26': 5, 'CLIN-17': 2 });
    expect((baseline?.items ?? []).every((i) => i.size !== undefined)).toBe(true);
  });

  it('commit a past CLIN PI on its first day, with the items that held it then, so the trend has a committed point', async () => {
    const kvs = await seeded();
    const past = piByIndex(piContaining(TODAY).index + PAST_BASELINE_OFFSET);
    const baseline = await readBaseline(kvs, 'CLIN', past.name);
    expect(baseline).toMatchObject({ version: 1, pi: { name: past.name, startDate: past.startDate, endDate: past.endDate }, committedAt: `${past.startDate}T09:00:00.000Z`, capacityUnit: 'points' });
    expect(baseline?.items.map((i) => [i.key, i.verdict, i.size])).toEqual([
      ['CLIN-36', 'gravity', 3],
      ['CLIN-13', 'ungrounded', 8],
      ['CLIN-21', 'aligned', 5],
    ]);
    expect(baseline?.items.map((i) => i.summary)).toEqual(['Handover: bedside tablet stands', 'Medication reconciliation at admission', 'Ward 4B e-whiteboard pilot']);
    expect(await listBaselines(kvs, 'PAT', past.name)).toEqual([]);
  });

  it('the past baseline holds what the history says held that PI at its start, with the same verdicts', async () => {
    const kvs = await seeded();
    const past = piByIndex(piContaining(TODAY).index + PAST_BASELINE_OFFSET);
    const baseline = await readBaseline(kvs, 'CLIN', past.name);
    const reconstructed = pastPi(buildRiversideHealth(TODAY), 'CLIN', PAST_BASELINE_OFFSET).items;
    expect((baseline?.items ?? []).map((i) => [i.key, i.verdict, i.size]).sort()).toEqual(reconstructed.map((i) => [i.key, i.verdict, i.size]).sort());
  });

  it('commits nothing more the second time', async () => {
    const site = createSampleSite({ today: TODAY });
    const kvs = await seeded();
    const before = await kvs.listByPrefix('baseline');
    await seedSampleAppStorage(kvs, site.transport('alex'), TODAY);
    expect(await kvs.listByPrefix('baseline')).toEqual(before);
  });
});
