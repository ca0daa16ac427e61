import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { SettingsData } from '../../src/shared/payloads';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { describeBrowser, eventually, invoke, invokeData, openPage, pageUrl, screenshot, SCREENSHOT_DIR, seriousAxeViolations, useBrowserFixture, type BrowserFixture, type Theme, type User } from './helpers';

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

  const CAPACITY_LINE = '[data-testid="settings-check-capacity"]';
  const capacityLineIs = (page: Page, pattern: RegExp) =>
    page.waitForFunction((source) => new RegExp(source).test(document.querySelector('[data-testid="settings-check-capacity"]')?.textContent ?? ''), pattern.source, { timeout: 10_000 });

  it('offers the capacity choices, picks a number field from the site, and the live check says what sizes the items', async () => {
    await invokeData(fx.preview, 'saveSettings', { projectKey: 'CLIN', settings: DEFAULT_SETTINGS }, { user: 'alex', projectKey: 'CLIN' });
    const page = await openSettings('alex');
    const choices = page.locator('[data-testid="setting-capacity-choice"]');
    expect(await choices.locator('legend').textContent()).toBe('What sizes work items');
    expect(await choices.locator('input[type="radio"]').evaluateAll((els) => els.map((e) => [(e as HTMLInputElement).value, (e as HTMLInputElement).checked]))).toEqual([
      ['auto', true],
      ['timeoriginalestimate', false],
      ['customField', false],
      ['none', false],
    ]);
    await capacityLineIs(page, /^Sized by Story Points \(customfield_10016, found automatically\): \d+ of \d+ items(; \d+ unsized)?\.$/);

    // Keyboard: the arrow keys move through the radio group, as in any native one.
    await page.focus('[data-testid="capacity-choice-auto"]');
    await page.keyboard.press('ArrowDown');
    expect(await page.isChecked('[data-testid="capacity-choice-timeoriginalestimate"]')).toBe(true);
    await capacityLineIs(page, /^Sized by Original estimate \(timeoriginalestimate, in hours\)/);
    await page.keyboard.press('ArrowDown');
    expect(await page.isChecked('[data-testid="capacity-choice-customField"]')).toBe(true);
    // The picker lists the site's number custom fields only, and starts at the first one.
    const picker = '[data-testid="setting-capacity-field"]';
    expect(await page.locator(`${picker} option`).evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value))).toEqual(['customfield_10016']);
    expect(await page.inputValue(picker)).toBe('customfield_10016');
    expect(await page.getAttribute(picker, 'aria-describedby')).toBe('setting-capacity-field-help');
    await capacityLineIs(page, /^Sized by Story Points \(customfield_10016\): \d+ of \d+ items/);
    await page.check('[data-testid="capacity-choice-none"]');
    await capacityLineIs(page, /^Items are counted, not sized\.$/);
    expect(await page.locator(picker).count()).toBe(0);

    await page.check('[data-testid="capacity-choice-timeoriginalestimate"]');
    await page.click('[data-testid="save-settings"]');
    expect(await eventually(async () => (await stored()).capacity.field, 'timeoriginalestimate')).toBe('timeoriginalestimate');
    await page.close();
  });

  it('warns in the live check about a stored capacity field that is not a number field, and keeps it flagged in the picker', async () => {
    await invokeData(fx.preview, 'saveSettings', { projectKey: 'CLIN', settings: { ...DEFAULT_SETTINGS, capacity: { field: 'customfield_10020' } } }, { user: 'alex', projectKey: 'CLIN' });
    const page = await openSettings('alex', 'dark');
    expect(await page.isChecked('[data-testid="capacity-choice-customField"]')).toBe(true);
    await page.waitForSelector('[data-testid="missing-capacity.field"]', { timeout: 10_000 });
    expect(await page.getAttribute('[data-testid="setting-capacity-field"]', 'aria-describedby')).toBe('setting-capacity-field-help setting-capacity-field-missing');
    expect(await page.textContent('[data-testid="missing-capacity.field"]')).toMatch(/“Sprint” \(customfield_10020\) is not a number field \(its type is array\): items are counted/);
    await capacityLineIs(page, /^The capacity field customfield_10020 \(Sprint\) is not a number field: items are counted instead of sized\.$/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.locator('[data-testid="settings-check"]').screenshot({ path: join(SCREENSHOT_DIR, 'settings-check-capacity-warning-dark.png') });
    await page.locator('[data-testid="settings-section-capacity"]').screenshot({ path: join(SCREENSHOT_DIR, 'settings-capacity-warning-dark.png') });
    await page.close();
  });

  it('refuses trend and candidate values out of range at their fields, explains the swap ratio, and saves good ones', async () => {
    await invokeData(fx.preview, 'saveSettings', { projectKey: 'CLIN', settings: DEFAULT_SETTINGS }, { user: 'alex', projectKey: 'CLIN' });
    const page = await openSettings('alex');
    const PIS = '[data-testid="setting-trend-pis"]';
    const RATIO = '[data-testid="setting-candidates-swapRatio"]';
    const LIMIT = '[data-testid="setting-candidates-limit"]';
    expect([await page.inputValue(PIS), await page.inputValue(RATIO), await page.inputValue(LIMIT)]).toEqual(['6', '2', '10']);
    expect(await page.textContent('#setting-candidates-swapRatio-help')).toMatch(/with 2, from half to twice the size\. An 8-point gravity item: candidates of 4 to 16 points\./);
    await page.fill(PIS, '13');
    await page.fill(RATIO, '0.5');
    await page.fill(LIMIT, '2.5');
    await page.click('[data-testid="save-settings"]');
    expect(await page.textContent('[data-testid="field-error-trend.pis"]')).toBe('At most 12 PIs');
    expect(await page.textContent('[data-testid="field-error-candidates.swapRatio"]')).toBe('At least 1 (the same size only)');
    expect(await page.textContent('[data-testid="field-error-candidates.limit"]')).toBe('Use a whole number');
    // Each message is read with its field.
    expect(await page.getAttribute(PIS, 'aria-describedby')).toBe('setting-trend-pis-help setting-trend-pis-error');
    expect(await page.getAttribute(PIS, 'aria-invalid')).toBe('true');
    expect((await stored()).trend.pis).toBe(6);

    await page.fill(PIS, '4');
    await page.fill(RATIO, '3');
    await page.fill(LIMIT, '20');
    expect(await page.textContent('#setting-candidates-swapRatio-help')).toMatch(/with 3, from a third to 3 times the size/);
    await page.click('[data-testid="save-settings"]');
    const saved = await eventually(async () => {
      const s = await stored();
      return { trend: s.trend, candidates: s.candidates };
    }, { trend: { pis: 4 }, candidates: { swapRatio: 3, limit: 20 } });
    expect(saved).toEqual({ trend: { pis: 4 }, candidates: { swapRatio: 3, limit: 20 } });
    expect(await page.locator('[data-testid^="field-error-"]').count()).toBe(0);
    await page.close();
  });

  it('carries capacity, trend and candidates through export and import', async () => {
    const settings = { ...DEFAULT_SETTINGS, capacity: { field: 'customfield_10016' }, trend: { pis: 8 }, candidates: { swapRatio: 1.5, limit: 30 } };
    await invokeData(fx.preview, 'saveSettings', { projectKey: 'CLIN', settings }, { user: 'alex', projectKey: 'CLIN' });
    const page = await openSettings('alex');
    const exported = JSON.parse(await page.inputValue('[data-testid="settings-export-json"]')) as typeof settings;
    expect(exported).toMatchObject({ capacity: { field: 'customfield_10016' }, trend: { pis: 8 }, candidates: { swapRatio: 1.5, limit: 30 } });
    await page.fill('[data-testid="settings-import-json"]', JSON.stringify({ ...exported, capacity: { field: 'none' }, trend: { pis: 2 }, candidates: { swapRatio: 4, limit: 5 } }));
    await page.click('[data-testid="settings-import-button"]');
    expect(await page.isChecked('[data-testid="capacity-choice-none"]')).toBe(true);
    expect(await page.inputValue('[data-testid="setting-trend-pis"]')).toBe('2');
    expect(JSON.parse(await page.inputValue('[data-testid="settings-export-json"]'))).toMatchObject({ capacity: { field: 'none' }, trend: { pis: 2 }, candidates: { swapRatio: 4, limit: 5 } });
    expect((await stored()).trend.pis).toBe(8);
    await page.close();
  });

  it('refuses outcome values out of range at their fields, explains the due day, saves good ones, and keeps them through a reload', async () => {
    await invokeData(fx.preview, 'saveSettings', { projectKey: 'CLIN', settings: DEFAULT_SETTINGS }, { user: 'alex', projectKey: 'CLIN' });
    const page = await openSettings('alex');
    const DUE = '[data-testid="setting-outcome-dueWeeks"]';
    const LOOKBACK = '[data-testid="setting-outcome-lookbackMonths"]';
    expect([await page.inputValue(DUE), await page.inputValue(LOOKBACK)]).toEqual(['12', '12']);
    expect(await page.textContent('#setting-outcome-dueWeeks-help')).toMatch(/Delivered on 31 January, an item is pending until 25 April \(12 weeks, 84 days\) and overdue from 26 April .*Default: 12\./);
    await page.fill(DUE, '0');
    await page.fill(LOOKBACK, '61');
    await page.click('[data-testid="save-settings"]');
    expect(await page.textContent('[data-testid="field-error-outcome.dueWeeks"]')).toBe('At least 1 week');
    expect(await page.textContent('[data-testid="field-error-outcome.lookbackMonths"]')).toBe('At most 60 months');
    expect(await page.getAttribute(DUE, 'aria-describedby')).toBe('setting-outcome-dueWeeks-help setting-outcome-dueWeeks-error');
    expect(await page.getAttribute(DUE, 'aria-invalid')).toBe('true');
    expect((await stored()).outcome).toEqual({ dueWeeks: 12, lookbackMonths: 12 });

    // Keyboard: Tab goes from the due weeks to the look-back months.
    await page.focus(DUE);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('4');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('setting-outcome-lookbackMonths');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('24');
    expect(await page.textContent('#setting-outcome-dueWeeks-help')).toMatch(/pending until 28 February \(4 weeks, 28 days\) and overdue from 1 March/);
    await page.click('[data-testid="save-settings"]');
    expect(await eventually(async () => (await stored()).outcome, { dueWeeks: 4, lookbackMonths: 24 })).toEqual({ dueWeeks: 4, lookbackMonths: 24 });
    // The other settings are kept as they were (the draft carries every key).
    const { outcome: _outcome, ...rest } = await stored();
    const { outcome: _default, ...defaults } = DEFAULT_SETTINGS;
    expect(rest).toEqual(defaults);
    await page.reload();
    await page.waitForSelector('[data-testid="settings-form"]');
    expect([await page.inputValue(DUE), await page.inputValue(LOOKBACK)]).toEqual(['4', '24']);
    expect(await page.locator('[data-testid^="field-error-"]').count()).toBe(0);
    await page.close();
  });

  it.each(['light', 'dark'] as const)('shows the outcome check section in %s with no serious axe violation (screenshot)', async (theme) => {
    await invokeData(fx.preview, 'saveSettings', { projectKey: 'CLIN', settings: DEFAULT_SETTINGS }, { user: 'alex', projectKey: 'CLIN' });
    const page = await openSettings('alex', theme);
    const section = page.locator('[data-testid="settings-section-outcome"]');
    await section.waitFor({ timeout: 10_000 });
    expect(await section.locator('h3').textContent()).toBe('Outcome check');
    await page.fill('[data-testid="setting-outcome-lookbackMonths"]', '0');
    await page.click('[data-testid="save-settings"]');
    await page.locator('[data-testid="field-error-outcome.lookbackMonths"]').waitFor({ timeout: 5_000 });
    expect(await seriousAxeViolations(page)).toEqual([]);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await section.screenshot({ path: join(SCREENSHOT_DIR, `settings-outcome-${theme}.png`) });
    await page.close();
  });

  /** The new sections and the live check beside them, as one picture to look at. */
  const sectionsShot = async (page: Page, name: string) => {
    // Bounding boxes are relative to the viewport; at scroll 0 they are page coordinates, as a full-page clip wants.
    await page.evaluate(() => window.scrollTo(0, 0));
    const box = async (id: string) => {
      const b = await page.locator(`[data-testid="${id}"]`).boundingBox();
      if (b === null) throw new Error(`${id} is not on the page`);
      return b;
    };
    const [capacity, candidates] = [await box('settings-section-capacity'), await box('settings-section-candidates')];
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true, clip: { x: 0, y: capacity.y - 8, width: 1200, height: candidates.y + candidates.height - capacity.y + 16 } });
  };

  it.each(['light', 'dark'] as const)('renders the settings page in %s with no serious axe violation (screenshot)', async (theme) => {
    await invokeData(fx.preview, 'saveSettings', { projectKey: 'CLIN', settings: DEFAULT_SETTINGS }, { user: 'alex', projectKey: 'CLIN' });
    const page = await openSettings('alex', theme);
    await page.waitForSelector(SUMMARY, { timeout: 15_000 });
    await page.waitForSelector(CAPACITY_LINE, { timeout: 15_000 });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, `settings-${theme}`);
    // With a number field chosen (its picker open) and a swap ratio explained.
    await page.check('[data-testid="capacity-choice-customField"]');
    await capacityLineIs(page, /^Sized by Story Points \(customfield_10016\)/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await sectionsShot(page, `settings-capacity-${theme}`);
    await page.locator('[data-testid="settings-check"]').screenshot({ path: join(SCREENSHOT_DIR, `settings-check-${theme}.png`) });
    await page.close();
  });
});
