import type { Page } from 'playwright-core';
import type { SettingsData } from '../../src/shared/payloads';
import { describeBrowser, eventually, invoke, invokeData, openPage, pageUrl, useBrowserFixture, type BrowserFixture, type User } from './helpers';

/**
 * The project settings page: a bad value is refused at its field and nothing
 * is saved; a good value is saved by a project admin; a viewer sees the
 * settings read-only and the resolver refuses their save too.
 */

const FRESHNESS = '[data-testid="setting-evidence-freshnessMonths"]';

describeBrowser('project settings page', () => {
  const fixture = useBrowserFixture();
  let fx: BrowserFixture;
  beforeEach(() => {
    fx = fixture();
  });

  const stored = async (projectKey = 'CLIN') =>
    (await invokeData<SettingsData>(fx.preview, 'getSettings', { projectKey }, { user: 'alex', projectKey })).settings;

  const openSettings = async (user: User): Promise<Page> => {
    const page = await openPage(fx, pageUrl(fx.preview, 'settings', { projectKey: 'CLIN', user }));
    await page.waitForSelector('[data-testid="settings-form"]', { timeout: 15_000 });
    return page;
  };

  it('refuses a freshness window of 0 months at its field and saves nothing', async () => {
    const before = await stored();
    const page = await openSettings('alex');
    await page.fill(FRESHNESS, '0');
    await page.click('[data-testid="save-settings"]');
    const error = page.locator('[data-testid="field-error-evidence.freshnessMonths"]');
    await error.waitFor({ timeout: 5_000 });
    expect(await error.textContent()).toMatch(/at least 1/i);
    expect(await stored()).toEqual(before);
    await page.close();
  });

  it('saves a valid freshness window as a project admin, and shows it after a reload', async () => {
    expect((await stored()).evidence.freshnessMonths).toBe(18);
    const page = await openSettings('alex');
    await page.fill(FRESHNESS, '12');
    await page.click('[data-testid="save-settings"]');
    expect(await eventually(async () => (await stored()).evidence.freshnessMonths, 12)).toBe(12);
    await page.reload();
    await page.waitForSelector('[data-testid="settings-form"]');
    expect(await page.inputValue(FRESHNESS)).toBe('12');
    expect(await page.locator('[data-testid^="field-error-"]').count()).toBe(0);
    await page.close();
  });

  it('shows a viewer the settings read-only, and the resolver refuses their save', async () => {
    const before = await stored();
    const page = await openSettings('sam');
    await page.waitForSelector('[data-testid="read-only-note"]');
    expect(await page.locator('[data-testid="save-settings"]').count()).toBe(0);
    expect(await page.getAttribute(FRESHNESS, 'readonly')).not.toBeNull();
    expect(await page.inputValue(FRESHNESS)).toBe(String(before.evidence.freshnessMonths));
    await page.close();

    const { body } = await invoke(
      fx.preview,
      'saveSettings',
      { projectKey: 'CLIN', settings: { ...before, evidence: { ...before.evidence, freshnessMonths: 6 } } },
      { user: 'sam', projectKey: 'CLIN' },
    );
    expect(body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await stored()).toEqual(before);
  });
});
