import { createMemoryKeyValueStore } from '../../src/storage/key-value-store';
import { readAllSettings, readSettings, saveSettings, settingsKey } from '../../src/storage/settings-store';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { AppError } from '../../src/shared/result';

describe('in-memory key-value store', () => {
  it('stores JSON copies, not references', async () => {
    const kvs = createMemoryKeyValueStore();
    const value = { a: [1, 2] };
    await kvs.set('k', value);
    value.a.push(3);
    expect(await kvs.get('k')).toEqual({ a: [1, 2] });
    await kvs.delete('k');
    expect(await kvs.get('k')).toBeUndefined();
  });

  it('sets a key only when absent, and frees it when its TTL passes', async () => {
    let now = 1_000;
    const kvs = createMemoryKeyValueStore(() => now);
    expect(await kvs.setIfAbsent('lock', 'first', 30)).toBe(true);
    expect(await kvs.setIfAbsent('lock', 'second', 30)).toBe(false);
    expect(await kvs.get('lock')).toBe('first');
    now += 29_999;
    expect(await kvs.setIfAbsent('lock', 'second', 30)).toBe(false);
    now += 1;
    expect(await kvs.get('lock')).toBeUndefined();
    expect(await kvs.setIfAbsent('lock', 'second', 30)).toBe(true);
  });

  it('lists the live entries under a prefix, and nothing else', async () => {
    let now = 0;
    const kvs = createMemoryKeyValueStore(() => now);
    await kvs.set('settings:PAT', { a: 1 });
    await kvs.set('settings:CLIN', { b: 2 });
    await kvs.set('settings-projects', ['CLIN']);
    await kvs.setIfAbsent('settings:TMP', 'soon gone', 10);
    now = 10_000;
    expect(await kvs.listByPrefix('settings:')).toEqual([
      { key: 'settings:CLIN', value: { b: 2 } },
      { key: 'settings:PAT', value: { a: 1 } },
    ]);
  });

  it('lets exactly one of many concurrent setIfAbsent calls win', async () => {
    const kvs = createMemoryKeyValueStore();
    const wins = await Promise.all(Array.from({ length: 12 }, (_, i) => kvs.setIfAbsent('lock', i, 30)));
    expect(wins.filter(Boolean)).toHaveLength(1);
  });
});

describe('settings store', () => {
  it('answers the defaults when nothing is saved', async () => {
    expect(await readSettings(createMemoryKeyValueStore(), 'CLIN')).toEqual({ settings: DEFAULT_SETTINGS });
  });

  it('saves valid settings with defaults filled in and remembers the project', async () => {
    const kvs = createMemoryKeyValueStore();
    const saved = await saveSettings(kvs, 'CLIN', { evidence: { freshnessMonths: 12 } });
    expect(saved.evidence.freshnessMonths).toBe(12);
    expect(saved.workItemTypes).toEqual(['Epic']);
    expect(await readSettings(kvs, 'CLIN')).toEqual({ settings: saved });
    await saveSettings(kvs, 'CLIN', {});
    await saveSettings(kvs, 'PAT', {});
    expect([...(await readAllSettings(kvs)).keys()].sort()).toEqual(['CLIN', 'PAT']);
  });

  it('reads every project\'s settings with one prefix query, ignores a stale settings-projects list, and warns per project', async () => {
    const kvs = createMemoryKeyValueStore();
    await saveSettings(kvs, 'PAT', { evidence: { freshnessMonths: 1 } });
    await kvs.set('settings-projects', ['OLD', 'PAT']);
    await kvs.set(settingsKey('BAD'), { carryOver: { warnAt: 3, zombieAt: 1 } });
    await kvs.set('lock:evidence:PAT-1', 'token');
    const gets = jest.spyOn(kvs, 'get');
    const all = await readAllSettings(kvs);
    expect(gets).not.toHaveBeenCalled();
    expect([...all.keys()].sort()).toEqual(['BAD', 'PAT']);
    expect(all.get('PAT')?.settings.evidence.freshnessMonths).toBe(1);
    expect(all.get('BAD')?.settings).toEqual(DEFAULT_SETTINGS);
    expect(all.get('BAD')?.warning).toMatch(/project BAD .*carryOver\.zombieAt/);
  });

  it('saving settings writes only the project\'s own key (no shared list to update)', async () => {
    const kvs = createMemoryKeyValueStore();
    await saveSettings(kvs, 'CLIN', {});
    await saveSettings(kvs, 'PAT', {});
    expect(kvs.keys().sort()).toEqual([settingsKey('CLIN'), settingsKey('PAT')]);
  });

  it('refuses invalid settings with field issues and keeps what was stored', async () => {
    const kvs = createMemoryKeyValueStore();
    await saveSettings(kvs, 'CLIN', { workItemTypes: ['Feature'] });
    let error: unknown;
    try {
      await saveSettings(kvs, 'CLIN', { workItemTypes: 'Feature', colour: 'red' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('INVALID_SETTINGS');
    expect((error as AppError).issues?.length).toBeGreaterThanOrEqual(2);
    expect((await readSettings(kvs, 'CLIN')).settings.workItemTypes).toEqual(['Feature']);
  });

  it('falls back to the defaults with a warning naming the bad field', async () => {
    const kvs = createMemoryKeyValueStore();
    await kvs.set(settingsKey('CLIN'), { carryOver: { warnAt: 3, zombieAt: 1 } });
    const read = await readSettings(kvs, 'CLIN');
    expect(read.settings).toEqual(DEFAULT_SETTINGS);
    expect(read.warning).toMatch(/CLIN/);
    expect(read.warning).toMatch(/carryOver\.zombieAt/);
  });
});
