import type { Page } from 'playwright-core';
import type { SettingsData } from '../../src/shared/payloads';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { describeBrowser, eventually, invoke, invokeData, openPage, pageUrl, screenshot, seriousAxeViolations, useBrowserFixture, type BrowserFixture, type Theme, type User } from './helpers';

/**
 * The project settings page: a bad value is refused at its field and nothing
 * is saved; a good value is saved by a project admin; a viewer sees the
 * settings read-only and the resolver refuses their save too. The pickers
 * are filled from the site and keep a stored value it lacks; the live check
 * follows the draft; export and import round-trip the settings.
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

  const openSettings = async (user: User, theme?: Theme): Promise<Page> => {
    const page = await openPage(fx, pageUrl(fx.preview, 'settings', { projectKey: 'CLIN', user, theme }));
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

  const SUMMARY = '[data-testid="settings-check-summary"]';
  const PATTERN = '[data-testid="setting-pi-namePattern"]';

  it('fills the pickers from the site, and keeps and flags a stored type the site lacks', async () => {
    await invokeData(fx.preview, 'saveSettings', { projectKey: 'CLIN', settings: { ...DEFAULT_SETTINGS, workItemTypes: ['Epic', 'Feature'] } }, { user: 'alex', projectKey: 'CLIN' });
    const page = await openSettings('alex');
    const types = page.locator('[data-testid="setting-workItemTypes"]');
    await types.waitFor({ timeout: 10_000 });
    const boxes = types.locator('input[type="checkbox"]');
    expect(await boxes.evaluateAll((els) => els.map((e) => [(e as HTMLInputElement).value, (e as HTMLInputElement).checked]))).toEqual([
      ['Epic', true],
      ['Story', false],
      ['Objective', false],
      ['Initiative', false],
      ['Strategic Theme', false],
      ['Feature', true],
    ]);
    expect(await page.locator('[data-testid="missing-workItemTypes"]').textContent()).toMatch(/no issue type “Feature”/);
    expect(await page.locator('[data-testid="setting-objectives-linkTypes"] input[value="Supports"]').count()).toBe(1);
    expect(await page.inputValue('[data-testid="setting-objectives-targetDateField"]')).toBe('duedate');
    // With the stored type, the live check shows Jira's refusal of the JQL; unticking it (the option then goes) and saving stores the site's types only.
    await page.waitForSelector('[data-testid="settings-check-error"]', { timeout: 10_000 });
    expect(await page.textContent('[data-testid="settings-check-error"]')).toMatch(/'Feature' does not exist for the field 'issuetype'/);
    await types.locator('input[value="Feature"]').click();
    await types.locator('input[value="Feature"]').waitFor({ state: 'detached' });
    expect(await page.locator('[data-testid="missing-workItemTypes"]').count()).toBe(0);
    await page.click('[data-testid="save-settings"]');
    expect(await eventually(async () => (await stored()).workItemTypes, ['Epic'])).toEqual(['Epic']);
    await page.close();
  });

  it('shows the live check of the draft, and a new pattern changes the calendar shown without saving', async () => {
    const before = await stored();
    const page = await openSettings('alex');
    await page.waitForSelector(SUMMARY, { timeout: 15_000 });
    expect(await page.textContent(SUMMARY)).toMatch(/^With these settings: PI \d+\.\d+ is current \(.+\), PI \d+\.\d+ is next \(.+\); \d+ work items in them; \d+ objectives? found/);
    const piNames = () => page.locator('[data-testid="check-pi"]').allTextContents();
    expect((await piNames()).every((t) => t.startsWith('PI '))).toBe(true);
    await page.fill(PATTERN, '^Release');
    await page.waitForFunction(() => document.querySelector('[data-testid="settings-check-summary"]')?.textContent?.includes('Release') === true, undefined, { timeout: 10_000 });
    expect(await page.textContent(SUMMARY)).toMatch(/Release 2026\.1 is current/);
    expect((await piNames()).map((t) => t.split(':')[0])).toEqual(['Release 2025.2', 'Release 2026.1']);
    await page.fill(PATTERN, '(a');
    await page.waitForSelector('[data-testid="settings-check-error"]', { timeout: 10_000 });
    expect(await page.textContent('[data-testid="settings-check-error"]')).toMatch(/pi\.namePattern/);
    expect(await stored()).toEqual(before);
    await page.close();
  });

  it('exports the settings as JSON and imports them back into the form, saving only on Save', async () => {
    const page = await openSettings('alex');
    const exported = await page.inputValue('[data-testid="settings-export-json"]');
    expect(JSON.parse(exported)).toEqual(await stored());
    const download = page.waitForEvent('download');
    await page.click('[data-testid="settings-export-download"]');
    const file = await download;
    expect(file.suggestedFilename()).toBe('factory-gravity-settings-CLIN.json');

    // A bad import names its problems and leaves the form as it was.
    await page.fill('[data-testid="settings-import-json"]', '{"evidence": {"freshnessMonths": 0}}');
    await page.click('[data-testid="settings-import-button"]');
    expect(await page.textContent('[data-testid="settings-import-problem"]')).toMatch(/evidence\.freshnessMonths: At least 1 month/);
    expect(await page.inputValue(FRESHNESS)).toBe('18');

    const edited = { ...JSON.parse(exported), evidence: { ...JSON.parse(exported).evidence, freshnessMonths: 9 } };
    await page.fill('[data-testid="settings-import-json"]', JSON.stringify(edited));
    await page.click('[data-testid="settings-import-button"]');
    expect(await page.inputValue(FRESHNESS)).toBe('9');
    expect(await page.textContent('[data-testid="settings-notice"]')).toMatch(/Imported the pasted JSON into the form/);
    expect((await stored()).evidence.freshnessMonths).toBe(18);
    expect(JSON.parse(await page.inputValue('[data-testid="settings-export-json"]'))).toEqual(edited);
    // A file Export wrote imports the same way.
    await page.setInputFiles('[data-testid="settings-import-file"]', { name: 'factory-gravity-settings-CLIN.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await eventually(async () => page.inputValue(FRESHNESS), '18');
    expect(await page.inputValue(FRESHNESS)).toBe('18');
    expect(await page.textContent('[data-testid="settings-notice"]')).toMatch(/Imported factory-gravity-settings-CLIN\.json into the form/);
    await page.fill('[data-testid="settings-import-json"]', JSON.stringify(edited));
    await page.click('[data-testid="settings-import-button"]');
    await page.click('[data-testid="save-settings"]');
    expect(await eventually(async () => (await stored()).evidence.freshnessMonths, 9)).toBe(9);
    await page.close();
  });

  it('copies another project’s settings into the form', async () => {
    await invokeData(fx.preview, 'saveSettings', { projectKey: 'PAT', settings: { ...DEFAULT_SETTINGS, carryOver: { warnAt: 2, zombieAt: 3, penaltyPerCarryOver: 5 } } }, { user: 'alex', projectKey: 'PAT' });
    const page = await openSettings('alex');
    await page.waitForSelector('[data-testid="settings-copy-from"]', { timeout: 10_000 });
    await page.selectOption('[data-testid="settings-copy-from"]', 'PAT');
    await page.click('[data-testid="settings-copy-button"]');
    await eventually(async () => page.inputValue('[data-testid="setting-carryOver-zombieAt"]'), '3');
    expect(await page.inputValue('[data-testid="setting-carryOver-zombieAt"]')).toBe('3');
    expect((await stored()).carryOver.zombieAt).toBe(2);
    await page.close();
  });

  it.each(['light', 'dark'] as const)('renders the settings page in %s with no serious axe violation (screenshot)', async (theme) => {
    const page = await openSettings('alex', theme);
    await page.waitForSelector(SUMMARY, { timeout: 15_000 });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, `settings-${theme}`);
    await page.close();
  });
});
